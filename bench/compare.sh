#!/usr/bin/env bash
# Two or more Babelbake builds side by side: the jars of two commits, or one jar with two sets of
# JVM options. Cold builds of one site, taking turns, so that the machine's changes of speed hit
# every variant alike; this machine's speed moves by 10% or more within minutes, so only a
# comparison made this way tells a change of a few percent.
#
#   bench/compare.sh [--runs N] [--site DIR] VARIANT VARIANT...
#
# A VARIANT is WHAT or WHAT@OPTIONS:
#   WHAT     a git revision of this repository (HEAD~1, a commit, a branch), built with Maven in a
#            worktree of its own; or "target", this checkout's target/babelbake.jar as it is now
#   OPTIONS  JVM options added after the README's (class-data archive, C1 with one compiler
#            thread, serial collector, -Xms64m, huge pages); a later option wins, e.g. "@-Xms384m"
# Each variant gets a copy of its jar and libraries and its own class-data archive (an archive
# fits one jar and class path). The site defaults to this project's own; outputs are kept until
# the end (ext4 slows down file creation right after thousands of deletions).
#
# Example: bench/compare.sh --runs 10 HEAD~1 target
#          bench/compare.sh --runs 6 --site /tmp/babelbake-bench/corpus-300x7-1/babelbake target target@-Xms384m
#
# Prints per variant the median wall time with its range, the median CPU time (user + system) and
# the peak memory, and against the first variant the median of the rounds' ratios and their range
# (each round builds every variant once, in reverse order every other round), how many rounds it
# won, and how likely chance alone would split the rounds so unevenly (a sign test).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
RUNS=5
SITE=$REPO
die() { echo "compare: $*" >&2; exit 1; }
while (($#)); do
  case $1 in
    --runs) RUNS=${2:-}; shift 2 ;;
    --site) SITE=${2:-}; shift 2 ;;
    -h|--help) sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --*) die "unknown option $1 (see --help)" ;;
    *) break ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "--runs takes a positive number"
(($# >= 2)) || die "name two variants or more (see --help)"
[[ -d $SITE ]] || die "no site folder $SITE"
SITE=$(cd "$SITE" && pwd)
[[ -x /usr/bin/time ]] || die "GNU time is needed: apt-get install time"

# shellcheck source=bench/babelbake-jvm.sh
. "$HERE/babelbake-jvm.sh"
WORK=${BENCH_WORK:-/tmp/babelbake-bench}/compare-$$
mkdir -p "$WORK"
# A variant's worktree is removed once its jar is copied; one left by a failed build goes here.
cleanup() {
  local tree
  for tree in "$WORK"/v*/tree; do
    [[ -d $tree ]] && git -C "$REPO" worktree remove --force "$tree" 2>/dev/null
  done
  git -C "$REPO" worktree prune 2>/dev/null || true
}
trap cleanup EXIT

# The jar and libraries of a variant, copied into DIR; its class-data archive written there.
prepare() {
  local what=$1 dir=$2 source
  mkdir -p "$dir"
  if [[ $what == target ]]; then
    [[ -f $REPO/target/babelbake.jar ]] || die "target/babelbake.jar is missing: mvn -q -B package -DskipTests"
    source=$REPO/target
  else
    local rev
    rev=$(git -C "$REPO" rev-parse --verify --quiet "$what^{commit}") || die "$what is neither \"target\" nor a revision"
    source=$dir/tree/target
    echo "compare: building $what (${rev:0:7})" >&2
    git -C "$REPO" worktree add --detach --quiet "$dir/tree" "$rev"
    (cd "$dir/tree" && mvn -q -B -o package -DskipTests > "$dir/build.log" 2>&1 || mvn -q -B package -DskipTests >> "$dir/build.log" 2>&1) \
      || die "could not build $what; see $dir/build.log"
  fi
  cp "$source/babelbake.jar" "$dir/" && cp -r "$source/lib" "$dir/lib"
  write_class_archive "$dir" "$SITE" "$dir/archive-run/site" 2> "$dir/archive-run.log" \
    || die "$what could not build $SITE; see $dir/archive-run.log"
  if [[ $what != target ]]; then git -C "$REPO" worktree remove --force "$dir/tree"; fi
}

names=() dirs=() opts=()
i=0
for variant in "$@"; do
  i=$((i + 1))
  what=${variant%%@*}
  extra=; [[ $variant == *@* ]] && extra=${variant#*@}
  names+=("$variant") dirs+=("$WORK/v$i") opts+=("$extra")
  prepare "$what" "$WORK/v$i"
done

RESULTS=$WORK/results.tsv
: > "$RESULTS"
echo "compare: $RUNS run(s) of each, taking turns, building $SITE; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
for ((r = 1; r <= RUNS; r++)); do
  # Every other round in reverse order: when the machine speeds up or slows down through the
  # runs, a fixed order would hand the same variant the later, slower (or faster) turn each time.
  order=()
  for ((v = 0; v < ${#names[@]}; v++)); do
    if ((r % 2)); then order+=("$v"); else order=("$v" "${order[@]}"); fi
  done
  for v in "${order[@]}"; do
    dir=${dirs[v]}
    # shellcheck disable=SC2086 # the option lists are several words on purpose
    if /usr/bin/time -f "%e %M %U %S" -o "$WORK/time" java -XX:SharedArchiveFile="$dir/babelbake.jsa" $BABELBAKE_JVM ${opts[v]} \
        -jar "$dir/babelbake.jar" build --source "$SITE" --out "$dir/out-$r" > "$dir/run-$r.log" 2>&1; then
      read -r secs kib user sys < "$WORK/time"
      printf '%s\t%s\t%s\t%s\t%s\n' "$v" "$secs" "$kib" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$r" >> "$RESULTS"
      printf '  run %d  %-40s %6.2f s\n' "$r" "${names[v]}" "$secs" >&2
    else
      die "${names[v]} failed in run $r; see $dir/run-$r.log"
    fi
  done
done

python3 - "$RESULTS" "${names[@]}" <<'PY'
import math, statistics, sys
results, names = sys.argv[1], sys.argv[2:]
rows = [line.split("\t") for line in open(results) if line.strip()]
runs = {}  # variant -> round -> (wall s, peak KiB, CPU s)
for v, s, k, c, r in rows:
    runs.setdefault(int(v), {})[int(r)] = (float(s), int(k), float(c))
print()


def sign_test(wins, n):
    """Two-sided sign test: how often chance alone (each round a coin toss) splits n rounds at least this unevenly."""
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(min(wins, n - wins) + 1)) / 2 ** n
    return min(1.0, 2 * tail)


print(f"| variant | median s | range s | CPU s | peak MiB | time / first | its rounds | CPU / first | rounds faster | chance |")
print(f"|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for v, name in enumerate(names):
    mine = list(runs[v].values())
    wall = statistics.median(s for s, _, _ in mine)
    cpu = statistics.median(c for _, _, c in mine)
    peak = max(k for _, k, _ in mine) / 1024
    low, high = min(s for s, _, _ in mine), max(s for s, _, _ in mine)
    if v == 0:
        ratios = f"1.000 | | 1.000 | | "
    else:
        # Within each round, against the first variant: the machine's drift between rounds cancels out.
        rounds = sorted(runs[v].keys() & runs[0].keys())
        each = [runs[v][r][0] / runs[0][r][0] for r in rounds]
        cpu_ratio = statistics.median(runs[v][r][2] / runs[0][r][2] for r in rounds)
        faster = sum(1 for ratio in each if ratio < 1)
        slower = sum(1 for ratio in each if ratio > 1)
        # A tie (GNU time gives hundredths of a second) says nothing either way: the sign test leaves it out.
        ratios = (f"{statistics.median(each):.3f} | {min(each):.2f}–{max(each):.2f} | {cpu_ratio:.3f} | {faster} of {len(rounds)}"
                  f" | {sign_test(faster, faster + slower):.2f}")
    print(f"| `{name}` | {wall:.3f} | {low:.2f}–{high:.2f} | {cpu:.2f} | {peak:.0f} | {ratios} |")
print()
print("time / first and CPU / first: the median of each round's ratio to the first variant's build;")
print("its rounds: the lowest and highest of those ratios; rounds faster: the rounds in which the variant's")
print("build took less time than the first variant's; chance: how likely so uneven a split is if the two")
print("do not differ (two-sided sign test; rounds of equal time left out). This machine's speed moves by")
print("10-60% within minutes: 5 of 6 rounds (0.22) is often chance; trust a difference only when chance is")
print("small and a second run agrees.")
PY
echo >&2
echo "compare: builds and logs in $WORK (delete it when done)" >&2
