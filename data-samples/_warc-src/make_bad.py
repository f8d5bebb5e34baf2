#!/usr/bin/env python3
"""Regenerate the binary bad-input fixtures (deterministic, stdlib only).

    python3 data-samples/_warc-src/make_bad.py

bad/binary.html        PNG signature + 2 KiB of SHA-256-chained noise, saved as .html
bad/truncated.jsonl.gz gzip of a one-line JSONL export, cut in the middle of the stream
(bad/truncated.warc.gz is written by make_warc.py.)
"""
import gzip
import hashlib
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def noise(n, seed=b"claimtrace-binary"):
    out, h = b"", seed
    while len(out) < n:
        h = hashlib.sha256(h).digest()
        out += h
    return out[:n]


def main():
    bad = os.path.join(ROOT, "bad")
    os.makedirs(bad, exist_ok=True)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\x00\x00\x00\x01\x80\x08\x06\x00\x00\x00"
    with open(os.path.join(bad, "binary.html"), "wb") as fh:
        fh.write(png + noise(2048))
    line = json.dumps({
        "url": "https://promptpost.net/stories/lost-in-transfer",
        "title": "Export that never finished",
        "published_at": "2026-03-21T10:00:00Z",
        "text": ("This record was part of a feed export whose gzip stream was cut off during upload. "
                 "No part of it should be ingested as an article. ") * 12,
    })
    z = gzip.compress((line + "\n").encode(), compresslevel=9, mtime=0)
    with open(os.path.join(bad, "truncated.jsonl.gz"), "wb") as fh:
        fh.write(z[: len(z) // 2])
    print("wrote bad/binary.html (%d bytes), bad/truncated.jsonl.gz (%d of %d bytes)" % (len(png) + 2048, len(z) // 2, len(z)))


if __name__ == "__main__":
    main()
