# Sourced by run.sh and compare.sh (profile.py reads BABELBAKE_JVM from here too): how the
# benchmarks start Babelbake, as the README's jar command does.

# The JVM options after the class-data archive: C1 only with one compiler thread, the serial
# collector, a heap that starts at 64 MB, on transparent huge pages (Linux).
BABELBAKE_JVM="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Xms64m -XX:+UseTransparentHugePages -Xlog:pagesize=off"

# Writes DIR/babelbake.jsa, the class-data archive for DIR/babelbake.jar and DIR/lib (an archive
# fits only the jar and class path it was made with), as mvn package does: the classes of one build
# of SITE into OUT, then a static archive of them (Java 17 keeps picocli's old class files out of an
# archive written as a run ends).
write_class_archive() {
  local dir=$1 site=$2 out=$3
  java -XX:DumpLoadedClassList="$dir/babelbake.classlist" -XX:TieredStopAtLevel=1 \
    -jar "$dir/babelbake.jar" build --source "$site" --out "$out" > /dev/null
  java -Xshare:dump -XX:SharedClassListFile="$dir/babelbake.classlist" -XX:SharedArchiveFile="$dir/babelbake.jsa" \
    -Xlog:disable -Xlog:all=error:stderr -jar "$dir/babelbake.jar" > /dev/null
}
