#!/usr/bin/env python3
"""Build data-samples/warc/crawl-2026-03.warc.gz from the pages in _warc-src/.

Deterministic, python3 stdlib only. Run from anywhere:

    python3 data-samples/_warc-src/make_warc.py

Reads _warc-src/manifest.json (one entry per HTTP response: target URI, source file,
WARC-Date, HTTP status, Content-Type). Writes a warcinfo record followed by a
request/response pair per entry, each record in its own gzip member (mtime=0).
Record ids are UUIDs derived from a SHA-1 of (type, uri, date), so reruns are
byte-identical.

Also writes bad/truncated.warc.gz: warcinfo + request + a response record whose
gzip member is cut in the middle.
"""
import base64
import gzip
import hashlib
import json
import os
import uuid
from email.utils import formatdate
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# 67-byte 1x1 transparent PNG
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")

REASONS = {200: "OK", 404: "Not Found"}


def rid(*parts):
    h = hashlib.sha1("|".join(parts).encode()).digest()[:16]
    return "<urn:uuid:%s>" % uuid.UUID(bytes=h, version=5)


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def http_date(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return formatdate(dt.timestamp(), usegmt=True)


def record(wtype, headers, block):
    """Serialise one WARC record (bytes) and return it gzip-compressed as its own member."""
    lines = ["WARC/1.1", "WARC-Type: " + wtype]
    lines += ["%s: %s" % kv for kv in headers]
    lines.append("Content-Length: %d" % len(block))
    raw = ("\r\n".join(lines) + "\r\n\r\n").encode() + block + b"\r\n\r\n"
    return gzip.compress(raw, compresslevel=9, mtime=0)


def warcinfo(filename, date):
    fields = (
        "software: claimtrace-sample make_warc.py\r\n"
        "format: WARC File Format 1.1\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
        "description: Authored, fictional sample crawl for the claimtrace test corpus\r\n"
        "robots: obey\r\n"
    ).encode()
    return record("warcinfo", [
        ("WARC-Record-ID", rid("warcinfo", filename)),
        ("WARC-Date", date),
        ("WARC-Filename", filename),
        ("Content-Type", "application/warc-fields"),
    ], fields)


def pair(uri, body, date, status, ctype):
    host = uri.split("/")[2]
    path = "/" + uri.split("/", 3)[3] if uri.count("/") >= 3 else "/"
    req_id, resp_id = rid("request", uri, date), rid("response", uri, date)
    accept = "text/plain" if uri.endswith(".txt") else ("image/png,image/*" if uri.endswith(".png") else "text/html,application/xhtml+xml")
    req = ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: claimtrace-sample-crawler/0.1 (+https://example.org/claimtrace)\r\n"
           "Accept: %s\r\nAccept-Encoding: identity\r\nConnection: close\r\n\r\n" % (path, host, accept)).encode()
    http_head = ("HTTP/1.1 %d %s\r\nDate: %s\r\nServer: nginx\r\nContent-Type: %s\r\nContent-Length: %d\r\n"
                 "Cache-Control: max-age=300\r\nConnection: close\r\n\r\n" % (status, REASONS[status], http_date(date), ctype, len(body))).encode()
    block = http_head + body
    req_member = record("request", [
        ("WARC-Record-ID", req_id),
        ("WARC-Date", date),
        ("WARC-Target-URI", uri),
        ("WARC-Concurrent-To", resp_id),
        ("Content-Type", "application/http;msgtype=request"),
    ], req)
    resp_member = record("response", [
        ("WARC-Record-ID", resp_id),
        ("WARC-Date", date),
        ("WARC-Target-URI", uri),
        ("WARC-IP-Address", "192.0.2.%d" % (1 + int(hashlib.sha1(host.encode()).hexdigest(), 16) % 250)),
        ("Content-Type", "application/http;msgtype=response"),
        ("WARC-Payload-Digest", sha1_b32(body)),
        ("WARC-Block-Digest", sha1_b32(block)),
    ], block)
    return req_member, resp_member


def load(f):
    if f == "@png":
        return PNG
    with open(os.path.join(HERE, f), "rb") as fh:
        return fh.read()


def main():
    with open(os.path.join(HERE, "manifest.json"), encoding="utf-8") as fh:
        man = json.load(fh)
    name = os.path.basename(man["warc"])
    recs = man["records"]
    data = warcinfo(name, "2026-03-02T00:00:00Z")
    for r in recs:
        data += b"".join(pair(r["uri"], load(r["file"]), r["date"], r["status"], r["ctype"]))
    out = os.path.join(ROOT, man["warc"])
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as fh:
        fh.write(data)
    print("wrote %s (%d bytes, %d responses)" % (out, len(data), len(recs)))

    # truncated copy: the response member is cut roughly a third of the way in
    t = man["truncated"]
    req_m, resp = pair(t["uri"], load(t["file"]), t["date"], 200, "text/html; charset=utf-8")
    cut = req_m + resp[: len(resp) // 3]
    tout = os.path.join(ROOT, t["output"])
    os.makedirs(os.path.dirname(tout), exist_ok=True)
    with open(tout, "wb") as fh:
        fh.write(warcinfo("truncated.warc.gz", "2026-03-12T18:00:00Z") + cut)
    print("wrote %s (%d bytes, response member cut at %d of %d bytes)" % (tout, len(warcinfo("x", "y")) + len(cut), len(resp) // 3, len(resp)))


if __name__ == "__main__":
    main()
