#!/usr/bin/env bash
# Babelbake vs plain JBake vs Hugo (and its bare stack): cold builds of the same generated corpus, side by side.
#
#   bench/run.sh [PAGES] [LOCALES] [RUNS] [PER_ARTICLE]      defaults: 300 7 3 30
#
# PAGES pages (~600 words each) per locale, LOCALES locales (en first), RUNS timed runs per tool,
# PER_ARTICLE sections per Babelbake article (30: long articles; 1: one article per page, as a
# Hugo site has them).
# Each run is a new process with an empty output folder; the tools take turns within each run
# (Babelbake, JBake, Hugo, Babelbake, ...) so that a change in machine load hits them all.
# Wall time, peak RSS and CPU time (user + system) come from GNU time (/usr/bin/time -f "%e %M %U %S").
# CPU time is the work done, whatever the number of cores.
#
# Environment:
#   BENCH_WORK       working folder (default /tmp/babelbake-bench): corpus, outputs, logs
#   BENCH_JAVA_OPTS  extra JVM options for both Java tools (default none, i.e. JVM defaults)
#   BENCH_BABELBAKE_JVM  Babelbake's JVM options (default: the README's, class-data archive and C1;
#                    "-XX:+UseSerialGC" or " " for none)
#   BENCH_WARMUP     untimed builds per tool before the timed runs (default 0)
#   BENCH_TOOLS      which tools to run (default "babelbake jbake hugo"; also "bare": Babelbake's stack used
#                    plainly, flexmark and Freemarker on the JVM doing only what Hugo does, see bare-stack/;
#                    and "themed": Hugo building Babelbake's articles with a theme doing the online pages'
#                    work that Hugo can do, see hugo_themed.py)
#   BENCH_SERVE_EDITS edits timed in `serve` after the builds (default 10; 0 skips)
#   BENCH_DEFAULT_SITE  1 (default): when Babelbake runs, the project's own site is built in each
#                    run too, as the tool "default" (the README's command); 0 leaves it out
# At the end, goals.py prints issue 17's goals that this corpus measures, met or not.
set -euo pipefail

PAGES=${1:-300}
LOCALES=${2:-7}
RUNS=${3:-3}
PER_ARTICLE=${4:-30}
WARMUP=${BENCH_WARMUP:-0}
TOOLS=${BENCH_TOOLS:-babelbake jbake hugo}
# The default site takes its turn right after Babelbake, so its time is measured in the same run.
if [[ ${BENCH_DEFAULT_SITE:-1} != 0 && " $TOOLS " == *" babelbake "* && " $TOOLS " != *" default "* ]]; then
  TOOLS=${TOOLS/babelbake/babelbake default}
fi
JAVA_OPTS=${BENCH_JAVA_OPTS:-}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
WORK=${BENCH_WORK:-/tmp/babelbake-bench}

die() { echo "bench: $*" >&2; exit 1; }
[[ $PAGES =~ ^[1-9][0-9]*$ && $LOCALES =~ ^[1-9][0-9]*$ && $RUNS =~ ^[1-9][0-9]*$ && $PER_ARTICLE =~ ^[1-9][0-9]*$ ]] \
  || die "usage: bench/run.sh [PAGES] [LOCALES] [RUNS] [PER_ARTICLE]   (positive integers; default 300 7 3 30)"

# ---- tools ----
need_apt=()
command -v hugo >/dev/null 2>&1 || need_apt+=(hugo)
[[ -x /usr/bin/time ]] || need_apt+=(time)
if ((${#need_apt[@]})); then
  echo "bench: installing ${need_apt[*]} from Debian" >&2
  SUDO=; [[ $(id -u) -eq 0 ]] || SUDO=sudo
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
command -v python3 >/dev/null || die "python3 is needed for the corpus generator"
command -v javac >/dev/null || die "a JDK 17 (javac) is needed for the JBake driver"

if [[ ! -f $REPO/target/babelbake.jar ]]; then
  echo "bench: target/babelbake.jar is missing; building it (mvn -q -B package -DskipTests)" >&2
  (cd "$REPO" && mvn -q -B package -DskipTests)
fi

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
# Snapshot the jar and its libraries, so a rebuild of target/ during the benchmark changes nothing.
BIN=$WORK/bin
rm -rf "$BIN" && mkdir -p "$BIN/classes"
cp "$REPO/target/babelbake.jar" "$BIN/" && cp -r "$REPO/target/lib" "$BIN/lib"
# Babelbake runs as the README's jar command does: with the class-data archive (made here for the
# copied jar) and the options of babelbake-jvm.sh.
# shellcheck source=bench/babelbake-jvm.sh
. "$HERE/babelbake-jvm.sh"
write_class_archive "$BIN" "$REPO" "$WORK/archive-site/site"
BB_JVM=${BENCH_BABELBAKE_JVM:--XX:SharedArchiveFile=$BIN/babelbake.jsa $BABELBAKE_JVM}
# The driver is compiled once, so JBake's timings do not include compiling a source file.
# Plain JBake needs its whole dependency tree (OrientDB included), which Babelbake's class path leaves out.
mvn -q -B -f "$HERE/jbake-driver/pom.xml" dependency:copy-dependencies -DoutputDirectory="$BIN/jbake-lib" \
  || die "could not copy plain JBake's libraries (mvn -f bench/jbake-driver/pom.xml dependency:copy-dependencies)"
javac -nowarn -d "$BIN/classes" -cp "$BIN/jbake-lib/*" "$HERE/jbake-driver/PlainJBake.java"
cp "$HERE/jbake-driver/logback.xml" "$BIN/classes/"

# ---- corpus ----
CORPUS=$WORK/corpus-${PAGES}x${LOCALES}-${PER_ARTICLE}
python3 "$HERE/generate-corpus.py" --pages "$PAGES" --locales "$LOCALES" --per-article "$PER_ARTICLE" --out "$CORPUS"
# The generator stamps translations with the hash of the source's body; Babelbake's stamps cover every
# translatable field, and stamp --upgrade turns the one into the other: the translations are then
# "translated", not "outdated" (no notices on every part).
(cd "$CORPUS/babelbake" && java -XX:TieredStopAtLevel=1 -jar "$BIN/babelbake.jar" stamp --upgrade > /dev/null)

# The bare stack (bare-stack/BareStack.java) on Babelbake's own copy of flexmark and Freemarker,
# in a jar so that it can have a class-data archive as Babelbake does, made from a build of the corpus.
BARE_CP="$BIN/bare-stack.jar:$BIN/lib/*"
if [[ " $TOOLS " == *" bare "* ]]; then
  javac -nowarn -d "$BIN/bare-classes" -cp "$BIN/lib/*" "$HERE/bare-stack/BareStack.java"
  jar cf "$BIN/bare-stack.jar" -C "$BIN/bare-classes" .
  java -XX:DumpLoadedClassList="$BIN/bare-stack.classlist" -XX:TieredStopAtLevel=1 -cp "$BARE_CP" \
    BareStack "$CORPUS/jbake" "$WORK/archive-site/bare" 2> /dev/null
  rm -rf "$WORK/archive-site/bare"
  java -Xshare:dump -XX:SharedClassListFile="$BIN/bare-stack.classlist" -XX:SharedArchiveFile="$BIN/bare-stack.jsa" \
    -Xlog:disable -Xlog:all=error:stderr -cp "$BARE_CP" BareStack > /dev/null
fi

OUT=$WORK/out
LOGS=$WORK/logs
# A run's output is moved here, not deleted, until the end: ext4 skips inodes freed in the last
# 30 s when it makes files, so deleting 4,000 files just before a build slows the build's file
# creation, the more so with each run (Hugo's time grew from 0.73 to 1.70 s over five runs).
TRASH=$WORK/trash-$$
mkdir -p "$LOGS" "$TRASH"
for old in "$WORK"/trash-* "$OUT"; do
  if [[ -e $old && $old != "$TRASH" ]]; then mv "$old" "$TRASH/"; fi
done
RESULTS=$WORK/results-${PAGES}x${LOCALES}-${PER_ARTICLE}.tsv
: > "$RESULTS"

# Babelbake's per-phase timings, when this version of the jar has the option.
BB_EXTRA=()
java -jar "$BIN/babelbake.jar" build --help 2>/dev/null | grep -q -- '--timings' && BB_EXTRA=(--timings)

# The command line of each tool, into the array CMD.
# shellcheck disable=SC2206
command_of() {
  case $1 in
    babelbake) CMD=(java $BB_JVM $JAVA_OPTS -jar "$BIN/babelbake.jar" build --source "$CORPUS/babelbake" --out "$OUT/babelbake" "${BB_EXTRA[@]}") ;;
    default)   CMD=(java $BB_JVM $JAVA_OPTS -jar "$BIN/babelbake.jar" build --source "$REPO" --out "$OUT/default") ;;
    jbake)     CMD=(java $JAVA_OPTS -cp "$BIN/classes:$BIN/jbake-lib/*" PlainJBake "$CORPUS/jbake" "$OUT/jbake") ;;
    bare)      CMD=(java -XX:SharedArchiveFile="$BIN/bare-stack.jsa" $BABELBAKE_JVM $JAVA_OPTS -cp "$BARE_CP" BareStack "$CORPUS/jbake" "$OUT/bare") ;;
    hugo)      CMD=(hugo --quiet -s "$CORPUS/hugo" -d "$OUT/hugo") ;;
    themed)    CMD=(hugo --quiet -s "$CORPUS/hugo-themed" -d "$OUT/themed") ;;
    *) die "unknown tool $1 (known: babelbake default jbake bare hugo themed)" ;;
  esac
}

# One cold build: empty output folder, new process, GNU time. Appends "tool run seconds KiB cpu-seconds" to RESULTS.
build() {
  local tool=$1 run=$2 log=$LOGS/$1-$2.log tf=$LOGS/$1-$2.time
  [[ -e $OUT/$tool ]] && mv "$OUT/$tool" "$TRASH/$tool-$run"
  rm -rf "$CORPUS/babelbake/target"
  mkdir -p "$OUT"
  command_of "$tool"
  if /usr/bin/time -f "%e %M %U %S" -o "$tf" "${CMD[@]}" > "$log" 2>&1; then
    if [[ $run != warmup* ]]; then
      read -r secs kib user sys < <(tail -n 1 "$tf")
      cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
      printf '%s\t%s\t%s\t%s\t%s\n' "$tool" "$run" "$secs" "$kib" "$cpu" >> "$RESULTS"
      printf '  %-10s run %s: %6.2f s  %6d MiB  %6.2f s CPU  (load %s)\n' "$tool" "$run" "$secs" $((kib / 1024)) "$cpu" \
        "$(cut -d' ' -f1 /proc/loadavg)" >&2
    fi
  else
    echo "bench: $tool failed (run $run); output ($log):" >&2
    sed -n '1,60p' "$log" >&2
    printf '%s\t%s\tFAILED\t0\t0\n' "$tool" "$run" >> "$RESULTS"
  fi
}

echo "bench: $PAGES pages x $LOCALES locales ($PER_ARTICLE per Babelbake article), $RUNS run(s) per tool; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "bench: $(java -version 2>&1 | head -n 1); $(hugo version | cut -d' ' -f1-2)" >&2
for ((w = 1; w <= WARMUP; w++)); do
  for tool in $TOOLS; do build "$tool" "warmup$w"; done
done
for ((r = 1; r <= RUNS; r++)); do
  for tool in $TOOLS; do build "$tool" "$r"; done
done

# HTML pages each tool produced (from the last run's output).
PAGECOUNTS=$WORK/pages-${PAGES}x${LOCALES}-${PER_ARTICLE}.tsv
: > "$PAGECOUNTS"
for tool in $TOOLS; do
  n=0
  [[ -d $OUT/$tool ]] && n=$(find "$OUT/$tool" -name '*.html' | wc -l)
  b=0
  [[ -d $OUT/$tool ]] && b=$(du -sb "$OUT/$tool" | cut -f1)
  printf '%s\t%s\t%s\n' "$tool" "$n" "$b" >> "$PAGECOUNTS"
done

python3 - "$HERE" "$RESULTS" "$PAGECOUNTS" "$PAGES" "$LOCALES" "$RUNS" "$(nproc)" <<'PY'
import statistics, sys
here, results, counts, pages, locales, runs, cores = sys.argv[1:]
sys.path.insert(0, here)
from goals import read_results
builds, failures = read_results(results)
html = {t: (int(n), int(b)) for t, n, b in (l.rstrip("\n").split("\t") for l in open(counts) if l.strip())}
names = {"babelbake": "Babelbake", "default": "default site", "jbake": "plain JBake", "bare": "bare stack", "hugo": "Hugo",
         "themed": "themed Hugo"}
order = [t for t in ("babelbake", "default", "jbake", "bare", "hugo", "themed") if t in html]
med, peak, cpu, runs_of, failed = {}, {}, {}, {}, {}
for t in order:
    ok = builds.get(t, [])
    failed[t] = failures.get(t, 0)
    runs_of[t] = [s for s, _, _ in ok]
    if ok:
        med[t] = statistics.median(s for s, _, _ in ok)
        peak[t] = max(k for _, k, _ in ok) / 1024
        cpu[t] = statistics.median(c for _, _, c in ok)
print()
print(f"{pages} pages x {locales} locales = {int(pages) * int(locales)} source pages; {runs} run(s) per tool; "
      f"{cores} cores; cold builds (new process, empty output)")
print()
print(f"| {'tool':<12} | {'median s':>8} | {'runs (s)':<22} | {'CPU s':>7} | {'peak RSS MiB':>12} | {'HTML pages':>10} | {'output MiB':>10} |")
print(f"|{'-' * 14}|{'-' * 9}:|{'-' * 24}|{'-' * 8}:|{'-' * 13}:|{'-' * 11}:|{'-' * 11}:|")
for t in order:
    r = " ".join(f"{s:.2f}" for s in runs_of[t]) + (f" ({failed[t]} failed)" if failed[t] else "")
    m = f"{med[t]:.2f}" if t in med else "failed"
    c = f"{cpu[t]:.2f}" if t in cpu else "-"
    p = f"{peak[t]:.0f}" if t in peak else "-"
    print(f"| {names[t]:<12} | {m:>8} | {r:<22} | {c:>7} | {p:>12} | {html[t][0]:>10} | {html[t][1] / 2**20:>10.1f} |")
print()
print("CPU s: median of user + system time, the work done whatever the number of cores.")
for tool, other in (("babelbake", "hugo"), ("babelbake", "jbake"), ("babelbake", "bare"), ("bare", "hugo"),
                    ("babelbake", "themed"), ("themed", "hugo")):
    if tool in med and other in med:
        print(f"{names[tool][0].upper() + names[tool][1:]}/{names[other]}: time {med[tool] / med[other]:.2f}x, "
              f"CPU time {cpu[tool] / cpu[other]:.2f}x, peak memory {peak[tool] / peak[other]:.2f}x")
PY
if [[ " $TOOLS " == *" babelbake "* && ${#BB_EXTRA[@]} -gt 0 && -f $LOGS/babelbake-$RUNS.log ]]; then
  echo
  echo "Babelbake phases (--timings), run $RUNS:"
  cat "$LOGS/babelbake-$RUNS.log"
fi
# serve: one edited Markdown file, from save to the reload event (BENCH_SERVE_EDITS=0 skips it).
EDITS=${BENCH_SERVE_EDITS:-10}
SERVE=$WORK/serve-${PAGES}x${LOCALES}-${PER_ARTICLE}.txt
rm -f "$SERVE"
if [[ " $TOOLS " == *" babelbake "* && $EDITS -gt 0 ]]; then
  echo
  echo "serve on the same corpus, $EDITS edits of one section:"
  python3 "$HERE/serve-edit.py" --jar "$BIN/babelbake.jar" --site "$CORPUS/babelbake" --edits "$EDITS" \
    ${JAVA_OPTS:+--java-opts "$JAVA_OPTS"} | tee "$SERVE" || echo "bench: serve-edit failed" >&2
  rm -rf "$CORPUS/babelbake/target"
fi
GOALS_ARGS=(--results "$RESULTS" --pages "$PAGES" --locales "$LOCALES" --per-article "$PER_ARTICLE")
[[ -s $SERVE ]] && GOALS_ARGS+=(--serve "$SERVE")
echo
python3 "$HERE/goals.py" "${GOALS_ARGS[@]}"
echo >&2
rm -rf "$TRASH"
echo "bench: logs in $LOGS, raw results in $RESULTS" >&2
