#!/usr/bin/env python3
"""Search index sizes per locale of a built site, against the locale's visible text.

Usage: python3 bench/search-sizes.py SITE_DIR   (e.g. target/site, or $BENCH_WORK/out/babelbake)

Visible text: the text of every HTML page under <tag>/ outside <head>, <script> and <style>,
whitespace collapsed, in UTF-8 bytes (what SearchSiteTest measures with jsoup).
"""
import os
import sys
from html.parser import HTMLParser


class VisibleText(HTMLParser):
    HIDDEN = {"head", "script", "style", "title", "template"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def text_bytes(folder):
    total = 0
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if name.endswith(".html"):
                parser = VisibleText()
                with open(os.path.join(root, name), encoding="utf-8") as f:
                    parser.feed(f.read())
                total += len(" ".join("".join(parser.parts).split()).encode("utf-8"))
    return total


def main():
    site = sys.argv[1] if len(sys.argv) > 1 else "target/site"
    print("| locale | visible text | search-index.js | index/text | search-text.js | text file/text |")
    print("|---|---:|---:|---:|---:|---:|")
    for tag in sorted(os.listdir(site)):
        index = os.path.join(site, tag, "search-index.js")
        if not os.path.isfile(index):
            continue
        text = text_bytes(os.path.join(site, tag))
        size = os.path.getsize(index)
        passages = os.path.getsize(os.path.join(site, tag, "search-text.js"))
        print(f"| {tag} | {text:,} | {size:,} | {100 * size / text:.1f}% | {passages:,} | {100 * passages / text:.1f}% |")


if __name__ == "__main__":
    main()
