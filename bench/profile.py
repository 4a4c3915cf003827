#!/usr/bin/env python3
"""Where a Babelbake build spends its time: one build under Java Flight Recorder, its samples
grouped by task.

    python3 bench/profile.py --site DIR [--jar target/babelbake.jar] [--jvm "OPTIONS"] [--keep FILE.jfr]
                             [--sampling high|max] [--perf]

Runs `java OPTIONS -XX:StartFlightRecording=... -jar JAR build --source DIR --out TMP` (OPTIONS
default to the README's, from babelbake-jvm.sh: C1 only, the serial collector, -Xms64m, huge pages, and the
class-data archive beside JAR, babelbake.jsa, when there is one: without it, reading class files
from the jars looks like a start-up cost that the README's command does not have), then reads the recording with `jfr print` and prints, over all
samples (Java code and native code such as zlib), the share of each task: a sample counts for a
task when the task's method is anywhere on its stack, so the shares overlap (Freemarker is inside
"page rendering"). The JIT compiler and the collector run outside these samples: `perf` or
`-XX:+CITime` show them. JFR's "profile" settings sample Java code every 10 ms, a few hundred
samples for a build of ten seconds; `--sampling max` samples it every millisecond (JFR's
method-profiling=max), thousands of samples, enough to see a cost of 1 or 2%, at some cost to
the build's own time.

JFR samples Java code; native code (zlib deflating, the JIT compiler, the collector, the kernel's
file and memory work) it sees rarely or not at all: at 2,100 pages it puts deflating at 2% of its
samples where perf finds zlib at 10% of the CPU. `--perf` builds once under Linux `perf record`
instead and prints the process's CPU by thread and by kind of code.
"""
import argparse
import collections
import os
import re
import shutil
import subprocess
import sys
import tempfile

# task -> the method names (prefixes) that stand for it, from the outside in
TASKS = [
    ("Markdown, articles and pages (whole phase)", ["org.babelbake.site.SiteBuilder.lambda$renderArticles"]),
    ("  Markdown: flexmark's parser and renderer", ["com.vladsch.flexmark."]),
    ("  Markdown: flexmark's document written as jsoup's tree", ["org.babelbake.bake.MarkdownTree.of"]),
    ("  Markdown: cleaning (jsoup Safelist)", ["org.babelbake.html.HtmlSanitizer.clean"]),
    ("  glossary and external links", ["org.babelbake.page.ArticleText.link"]),
    ("  page rendering (template, parse, bidi, marks)", ["org.babelbake.site.PageWriter.render"]),
    ("    Freemarker", ["freemarker."]),
    ("    bidi isolation", ["org.babelbake.html.BidiIsolation"]),
    ("  edition cuts", ["org.babelbake.site.RenderedPage.in", "org.babelbake.html.EditionMarks"]),
    ("  search text of each page", ["org.babelbake.site.RenderedPage.forSearch"]),
    ("  EPUB chapters", ["org.babelbake.epub.EpubChapter.write"]),
    ("deflating (zips' pages, EPUB chapters)", ["java.util.zip.Deflater.deflate"]),
    ("reading content files", ["org.babelbake.content.ContentTree.load"]),
    ("search indexes", ["org.babelbake.site.SearchFiles.write"]),
    ("offline copies: homes, checks, zips, EPUBs", ["org.babelbake.site.OfflineCopies.zip"]),
    ("link checks", ["org.babelbake.site.BrokenLinks"]),
    ("writing files", ["java.nio.file.Files.write", "sun.nio.ch.FileChannelImpl.write"]),
]
FRAME = re.compile(r"^\s+([\w.$<>/]+)\(", re.M)


def samples(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample,jdk.NativeMethodSample",
                           "--stack-depth", "300", recording], check=True, capture_output=True, text=True).stdout
    for event in re.split(r"^jdk\.(?:ExecutionSample|NativeMethodSample)", text, flags=re.M)[1:]:
        frames = FRAME.findall(event)
        if frames:
            yield frames


def readme_jvm_options():
    """The README's JVM options, as run.sh and compare.sh take them from babelbake-jvm.sh."""
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "babelbake-jvm.sh")
    with open(path, encoding="utf-8") as settings:
        return re.search(r'^BABELBAKE_JVM="([^"]*)"', settings.read(), re.M).group(1)


def build(args, work, wrapper=(), jvm_extra=()):
    """Builds the site once into WORK/site, as the README's command does (run under WRAPPER, with JVM_EXTRA), and prints its phases."""
    command = [*wrapper, "java", *args.jvm.split(), *jvm_extra, "-jar", args.jar,
               "build", "--source", args.site, "--out", os.path.join(work, "site"), "--timings"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("profile: the build failed:\n" + done.stdout + done.stderr)
    print("".join(line + "\n" for line in done.stdout.splitlines() if not line.startswith("[")))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", required=True, help="the site project to build")
    parser.add_argument("--jar", default="target/babelbake.jar")
    parser.add_argument("--jvm", help="the JVM options (default: the README's, with the archive beside JAR)")
    parser.add_argument("--keep", help="keep the recording in this file")
    parser.add_argument("--sampling", choices=["high", "max"], default="high",
                        help="JFR's method profiling: high (every 10 ms, the default) or max (every 1 ms)")
    parser.add_argument("--perf", action="store_true",
                        help="sample the whole process with Linux perf instead: CPU by thread and by kind of code "
                             "(Java, the JVM's compiler and collector, zlib, the kernel), which JFR does not see")
    args = parser.parse_args()
    if args.jvm is None:
        args.jvm = readme_jvm_options()
        archive = os.path.join(os.path.dirname(os.path.abspath(args.jar)), "babelbake.jsa")
        if os.path.exists(archive):
            args.jvm = f"-XX:SharedArchiveFile={archive} {args.jvm}"
    if args.perf:
        perf_shares(args)
        return
    with tempfile.TemporaryDirectory(prefix="babelbake-profile") as work:
        recording = args.keep or os.path.join(work, "build.jfr")
        build(args, work, jvm_extra=[f"-XX:StartFlightRecording=filename={recording},settings=profile,method-profiling={args.sampling}"])
        total = 0
        counts = collections.Counter()
        own = collections.Counter()
        for frames in samples(recording):
            total += 1
            own[frames[0]] += 1
            for task, prefixes in TASKS:
                if any(f.startswith(p) for f in frames for p in prefixes):
                    counts[task] += 1
    if total == 0:
        sys.exit("profile: the recording has no samples")
    print(f"{total} samples (Java and native), shares overlap: a task's share includes what it calls\n")
    print("| task | share |\n|---|---:|")
    for task, _ in TASKS:
        print(f"| {task.replace('  ', '&nbsp;&nbsp;')} | {100 * counts[task] / total:.1f}% |")
    print("\nMost samples in one method (its own code, not what it calls):\n")
    for method, n in own.most_common(12):
        print(f"  {100 * n / total:5.1f}%  {method}")


# perf's names for where a sample's code lives -> what that code is
CODE_KINDS = [
    ("Java code (compiled, and the interpreter)", lambda dso: dso.startswith("[JIT]") or dso.startswith("perf-")),
    ("the JVM (JIT compiler, collector, runtime)", lambda dso: dso == "libjvm.so"),
    ("zlib (deflating)", lambda dso: dso.startswith("libz.")),
    ("the kernel (files, folders, page faults)", lambda dso: dso.startswith("[kernel")),
    ("C library", lambda dso: dso.startswith("libc.")),
]
THREADS = [("main thread", "java"), ("pool worker", "ForkJoinPool"), ("C1 compiler", "C1 Compiler"),
           ("collector (VM thread)", "VM Thread")]


def perf_shares(args):
    """One build under `perf record` (CPU clock, 999 Hz, every thread), its samples by thread and by code."""
    if shutil.which("perf") is None:
        sys.exit("profile: --perf needs Linux perf (Debian: apt-get install linux-perf)")
    with tempfile.TemporaryDirectory(prefix="babelbake-perf") as work:
        data = os.path.join(work, "perf.data")
        build(args, work, wrapper=["perf", "record", "-q", "-F", "999", "-o", data, "--"])
        by = {}
        for key in ("comm", "dso"):
            report = subprocess.run(["perf", "report", "-i", data, "--stdio", "--no-children", "--sort", key, "-q"],
                                    check=True, capture_output=True, text=True).stdout
            shares = collections.Counter()
            for line in report.splitlines():
                match = re.match(r"\s*([\d.]+)%\s+(.+?)\s*$", line)
                if match:
                    shares[match.group(2)] += float(match.group(1))
            by[key] = shares
    print("CPU samples of the whole process (perf), by thread:\n\n| thread | share |\n|---|---:|")
    for name, prefix in THREADS:
        print(f"| {name} | {sum(v for k, v in by['comm'].items() if k.startswith(prefix)):.1f}% |")
    print("\nand by code:\n\n| code | share |\n|---|---:|")
    for name, test in CODE_KINDS:
        print(f"| {name} | {sum(v for k, v in by['dso'].items() if test(k)):.1f}% |")
    rest = sum(v for k, v in by["dso"].items() if not any(test(k) for _, test in CODE_KINDS))
    print(f"| other | {rest:.1f}% |")


if __name__ == "__main__":
    main()
