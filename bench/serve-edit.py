#!/usr/bin/env python3
"""How fast `serve` shows an edit: the time from saving one Markdown file to the reload event.

    python3 bench/serve-edit.py --jar target/babelbake.jar --site DIR [--edits 10] [--port 8831]

Starts `java -jar JAR serve --source DIR`, waits for its first build, listens to the preview's
reload events (/__babelbake/events, server-sent events), then edits one section file of the
source language EDITS times (a word changed in place, as an editor saves it) and measures, per
edit, the wall time from the write to the "reload" event, as a browser sees it. Also prints
what serve itself reports ("Updated N pages for FILE in X ms"). Prints the median and the
highest of both. Stdlib only.
"""

import argparse
import glob
import http.client
import os
import queue
import socket
import statistics
import subprocess
import sys
import threading
import time


def lines_of(stream, into):
    for raw in iter(stream.readline, b""):
        into.put((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))


def wait_for(q, text, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            at, line = q.get(timeout=max(0.01, end - time.monotonic()))
        except queue.Empty:
            break
        if text in line:
            return at, line
    sys.exit(f"serve-edit: no '{text}' within {timeout} s")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jar", required=True)
    ap.add_argument("--site", required=True)
    ap.add_argument("--edits", type=int, default=10)
    ap.add_argument("--port", type=int, default=0, help="default: a free port")
    ap.add_argument("--java-opts", default="")
    args = ap.parse_args()

    sections = sorted(glob.glob(os.path.join(args.site, "content", "en", "*", "[0-9]*-*.md")))
    if not sections:
        sys.exit("serve-edit: no section files under content/en/*/")
    target = sections[len(sections) // 2]
    original = open(target, encoding="utf-8").read()
    if args.port == 0:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            args.port = probe.getsockname()[1]
    out = os.path.join(args.site, "target", "site")
    cmd = ["java"] + args.java_opts.split() + ["-jar", args.jar, "serve", "--source", args.site,
                                               "--out", out, "--port", str(args.port)]
    server = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    console = queue.Queue()
    threading.Thread(target=lines_of, args=(server.stdout, console), daemon=True).start()
    try:
        wait_for(console, "Preview: http://127.0.0.1:", 900)
        conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
        conn.request("GET", "/__babelbake/events")
        response = conn.getresponse()
        events = queue.Queue()
        threading.Thread(target=lines_of, args=(response, events), daemon=True).start()
        wait_for(events, ": connected", 10)
        end_to_end, reported, pages = [], [], None
        for i in range(args.edits):
            time.sleep(0.5)  # let the watcher settle between edits
            text = original.replace("\n\n", "\n\nEdit %d. " % i, 1) if i % 2 == 0 else original
            start = time.monotonic()
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            at, _ = wait_for(events, "event: reload", 60)
            end_to_end.append((at - start) * 1000)
            _, line = wait_for(console, " ms", 60)
            if line.startswith("Updated"):
                reported.append(int(line.rsplit(" in ", 1)[1].split()[0]))
                pages = line.split()[1]
            else:
                print("serve-edit: not an update:", line, file=sys.stderr)
        rel = os.path.relpath(target, args.site)
        print(f"edited {rel} {args.edits} times; serve re-rendered {pages} pages each time")
        print(f"save -> reload event (what a reader waits): median {statistics.median(end_to_end):.0f} ms, "
              f"max {max(end_to_end):.0f} ms  (includes the watcher's 40 ms quiet wait)")
        if reported:
            print(f"serve's own update time:                   median {statistics.median(reported):.0f} ms, "
                  f"max {max(reported)} ms")
    finally:
        with open(target, "w", encoding="utf-8") as f:
            f.write(original)
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    main()
