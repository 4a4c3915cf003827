# Sourced by run.sh and compare.sh (profile.py reads BABELBAKE_JVM from here too): how the
# benchmarks start Babelbake, as the README's jar command does.

# The JVM options after the class-data archive: C1 only with one compiler thread, the serial
# collector, a heap that starts at 64 MB.
BABELBAKE_JVM="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms64m"

# Writes DIR/babelbake.jsa, the class-data archive for DIR/babelbake.jar and DIR/lib (an archive
# fits only the jar and class path it was made with), by building SITE into OUT once.
write_class_archive() {
  local dir=$1 site=$2 out=$3
  java -XX:ArchiveClassesAtExit="$dir/babelbake.jsa" -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off \
    -jar "$dir/babelbake.jar" build --source "$site" --out "$out" > /dev/null
}
