#!/usr/bin/env python3
"""Issue 17's speed goals, checked against one run of bench/run.sh (which calls this last).

    python3 bench/goals.py --results RESULTS.tsv --pages 300 --locales 7 --per-article 1 [--serve SERVE.txt]

Reads the raw results run.sh wrote (tool, run, seconds, KiB, CPU seconds) and, if given, the
output of serve-edit.py, and prints each goal that this corpus measures with its figure and
whether it is met. The goals compare with Hugo's median in the same run; where themed Hugo ran
too, the ratio to it is printed beside (Hugo making pages like Babelbake's: the other baseline
the team may choose). Stdlib only.
"""

import argparse
import re
import statistics

# Issue 17, "Must show" 4.
ONE_SECTION_RATIO = 3.0  # 2,100 one-section articles (300 x 7), Babelbake/Hugo median wall time
LARGE_RATIO = 1.5  # 20,000 pages
LARGE_PEAK_MIB = 1024
DEFAULT_SITE_SECONDS = 1.5
SERVE_MS = 150  # save to reload, median, at 2,100 articles


def read_results(path):
    """run.sh's raw results by tool: (seconds, peak KiB, CPU seconds) of each build that ran, and how many failed.
    run.sh's table reads them through this too."""
    builds, failed = {}, {}
    for line in open(path, encoding="utf-8"):
        if not line.strip():
            continue
        tool, _, secs, kib, cpu = line.rstrip("\n").split("\t")
        if secs == "FAILED":
            failed[tool] = failed.get(tool, 0) + 1
        else:
            builds.setdefault(tool, []).append((float(secs), int(kib), float(cpu)))
    return builds, failed


def verdict(value, goal):
    return "met" if value <= goal else "not met"


def ratio_rows(label, median, goal):
    rows = []
    if "babelbake" in median and "hugo" in median:
        r = median["babelbake"] / median["hugo"]
        rows.append((f"{label}, Babelbake/Hugo", f"{r:.2f}x", f"<= {goal}x", verdict(r, goal)))
    if "babelbake" in median and "themed" in median:
        r = median["babelbake"] / median["themed"]
        rows.append((f"{label}, Babelbake/themed Hugo", f"{r:.2f}x", f"(<= {goal}x if restated)", verdict(r, goal)))
    return rows


def serve_median(path):
    for line in open(path, encoding="utf-8"):
        found = re.search(r"save -> reload.*median (\d+) ms", line)
        if found:
            return int(found.group(1))
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", required=True)
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--locales", type=int, required=True)
    ap.add_argument("--per-article", type=int, required=True)
    ap.add_argument("--serve", help="serve-edit.py's output, when it ran")
    args = ap.parse_args()

    builds, _ = read_results(args.results)
    median = {t: statistics.median(s for s, _, _ in b) for t, b in builds.items()}
    peak = {t: max(k for _, k, _ in b) / 1024 for t, b in builds.items()}
    sources = args.pages * args.locales
    one_section_2100 = sources == 2100 and args.per_article == 1
    rows = []
    if one_section_2100:
        rows += ratio_rows("2,100 one-section articles", median, ONE_SECTION_RATIO)
    if sources == 20000:
        rows += ratio_rows("20,000 pages", median, LARGE_RATIO)
        if "babelbake" in peak:
            rows.append(("20,000 pages, Babelbake's peak memory", f"{peak['babelbake']:.0f} MiB",
                         f"<= {LARGE_PEAK_MIB} MiB", verdict(peak["babelbake"], LARGE_PEAK_MIB)))
    if "default" in median:
        rows.append(("the default site", f"{median['default']:.2f} s", f"<= {DEFAULT_SITE_SECONDS} s",
                     verdict(median["default"], DEFAULT_SITE_SECONDS)))
    if args.serve and one_section_2100:
        ms = serve_median(args.serve)
        if ms is not None:
            rows.append(("serve, save to reload (median)", f"{ms} ms", f"<= {SERVE_MS} ms", verdict(ms, SERVE_MS)))
    if not rows:
        print("Issue 17's goals: none measured by this corpus (they are for 300 7 N 1, 2000 10 N and the default site)")
        return
    print("Issue 17's goals, this run (median wall times, the tools side by side):")
    width = max(len(r[0]) for r in rows)
    for name, value, goal, met in rows:
        print(f"  {name:<{width}}  {value:>9}  {goal:<26} {met}")


if __name__ == "__main__":
    main()
