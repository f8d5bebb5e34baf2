#!/usr/bin/env python3
"""Consistency check for data-samples/_labels.json (python3 stdlib only).

    python3 data-samples/_warc-src/check_labels.py

Checks that:
  * _labels.json parses;
  * every article / reject / duplicate source exists (file, WARC record, JSONL line, feed item);
  * every WARC record's Content-Length matches its block, and members are well-formed;
  * every claim / look-alike / singleton / non-claim text occurs verbatim in the visible
    text of its article (HTML tags removed, entities unescaped, whitespace collapsed);
  * each labelled article's text has 120-300 words;
and prints counts per format, outlets and family sizes. Exit status 1 on any failure.
"""
import gzip
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAIL = []


def fail(msg):
    FAIL.append(msg)
    print("FAIL:", msg)


BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "header",
         "footer", "nav", "ul", "ol", "aside", "main", "table", "tr", "td", "title", "time", "span", "form", "button"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript"):
            self.skip += 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript"):
            self.skip -= 1
        if tag in BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def html_text(src):
    p = Text()
    p.feed(src)
    p.close()
    return norm("".join(p.out))


def article_body_text(src):
    """Paragraph text only (for word counts)."""
    paras = re.findall(r"<p(?:\s[^>]*)?>(.*?)</p>", src, re.S)
    return norm(" ".join(html.unescape(re.sub(r"<[^>]+>", "", x)) for x in paras))


def read_warc(path):
    raw = gzip.open(path).read()
    recs, pos = [], 0
    while pos < len(raw):
        end = raw.index(b"\r\n\r\n", pos)
        head = raw[pos:end].decode("utf-8").split("\r\n")
        if head[0] != "WARC/1.1":
            fail("%s: bad version line at %d" % (path, pos))
            break
        h = dict(l.split(": ", 1) for l in head[1:])
        n = int(h["Content-Length"])
        block = raw[end + 4:end + 4 + n]
        if len(block) != n or raw[end + 4 + n:end + 8 + n] != b"\r\n\r\n":
            fail("%s: Content-Length mismatch for %s" % (path, h.get("WARC-Target-URI")))
        recs.append((h, block))
        pos = end + 8 + n
    return recs


WARC_CACHE = {}


def warc_lookup(fname, uri):
    if fname not in WARC_CACHE:
        WARC_CACHE[fname] = read_warc(os.path.join(ROOT, fname))
    for h, block in WARC_CACHE[fname]:
        if h.get("WARC-Type") == "response" and h.get("WARC-Target-URI") == uri:
            head, _, body = block.partition(b"\r\n\r\n")
            return head.decode("latin-1"), body
    return None


def load_source(sf):
    """Return (html_or_text, is_html) for an article source reference."""
    if "#" in sf:
        fname, frag = sf.split("#", 1)
        if fname.endswith(".warc.gz"):
            r = warc_lookup(fname, frag)
            if r is None:
                return None
            return r[1].decode("utf-8"), True
        tree = ET.parse(os.path.join(ROOT, fname))
        rootel = tree.getroot()
        if rootel.tag == "rss":
            for it in rootel.iter("item"):
                if it.findtext("link") == frag:
                    return it.findtext("{http://purl.org/rss/1.0/modules/content/}encoded"), True
        else:
            ns = "{http://www.w3.org/2005/Atom}"
            for e in rootel.iter(ns + "entry"):
                if e.find(ns + "link").get("href") == frag:
                    return e.findtext(ns + "content"), True
        return None
    m = re.match(r"(.+\.jsonl(?:\.gz)?):(\d+)$", sf)
    if m:
        path = os.path.join(ROOT, m.group(1))
        data = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
        line = data.decode("utf-8").split("\n")[int(m.group(2)) - 1]
        o = json.loads(line)
        return (o["html"], True) if "html" in o else (o["text"], False)
    path = os.path.join(ROOT, sf)
    if not os.path.exists(path):
        return None
    return open(path, "rb").read().decode("utf-8"), True


def main():
    labels = json.load(open(os.path.join(ROOT, "_labels.json"), encoding="utf-8"))
    texts, fmt, outlets = {}, Counter(), set()
    for a in labels["articles"]:
        src = load_source(a["source_file"])
        if src is None:
            fail("missing source " + a["source_file"])
            continue
        body, is_html = src
        text = html_text(body) if is_html else norm(body)
        wc = len((article_body_text(body) if is_html else text).split())
        if not 120 <= wc <= 300:
            fail("%s: %d words" % (a["source_file"], wc))
        if norm(a["title"]) not in text and a["source_file"].startswith(("html/", "warc/")):
            fail("%s: title not found" % a["source_file"])
        if a["duplicate_of"] is None:
            if a["url"] in texts:
                fail("two non-duplicate articles with url " + a["url"])
            texts[a["url"]] = text
        k = a["source_file"].split("/")[0]
        if k == "feeds":
            k = "rss" if "rss" in a["source_file"] else "atom"
        if ".jsonl.gz" in a["source_file"]:
            k = "jsonl.gz"
        fmt[k] += 1
        outlets.add(a["outlet"])
        if a["outlet"] not in labels["outlets"]:
            fail("unknown outlet " + a["outlet"])

    def check(url, t, where):
        if not t.endswith((".", "?")) and where != "non_claims":
            fail("%s: claim does not end with a period: %s" % (where, t))
        if url not in texts:
            fail("%s: no kept article for %s" % (where, url))
        elif norm(t) not in texts[url]:
            fail("%s: text not found in %s: %r" % (where, url, t))

    sizes = {}
    for f in labels["families"]:
        for c in f["claims"]:
            check(c["url"], c["text"], f["id"])
        sizes[f["id"]] = (f["kind"], len(f["claims"]), len({c["url"].split("/")[2] for c in f["claims"]}))
        if f["origin_url"] != f["claims"][0]["url"]:
            fail(f["id"] + ": origin_url is not the first claim")
    for lk in labels["lookalikes"]:
        check(lk["a"]["url"], lk["a"]["text"], "lookalike")
        check(lk["b"]["url"], lk["b"]["text"], "lookalike")
    for s in labels.get("singleton_claims", []):
        check(s["url"], s["text"], "singleton")
    for s in labels["non_claims"]:
        check(s["url"], s["text"], "non_claims")

    for r in labels["rejects"]:
        sf = r["source_file"]
        if "#" in sf:
            fname, uri = sf.split("#", 1)
            got = warc_lookup(fname, uri)
            if got is None:
                fail("reject record missing " + sf)
        else:
            path = os.path.join(ROOT, re.sub(r":\d+$", "", sf))
            if not os.path.exists(path):
                fail("reject file missing " + sf)
    for d in labels["duplicates"]:
        if d["kept_url"] not in texts:
            fail("duplicate kept_url not an article: " + d["kept_url"])
        if load_source(d["dropped_source"]) is None:
            fail("duplicate dropped source missing: " + d["dropped_source"])

    # every WARC record well-formed
    for h, _ in read_warc(os.path.join(ROOT, "warc/crawl-2026-03.warc.gz")):
        pass
    nrec = Counter(h["WARC-Type"] for h, _ in WARC_CACHE.get("warc/crawl-2026-03.warc.gz", read_warc(os.path.join(ROOT, "warc/crawl-2026-03.warc.gz"))))

    print("article records by format:", dict(sorted(fmt.items())), "total", sum(fmt.values()))
    print("unique (kept) articles:", len(texts))
    print("outlets:", len(outlets), "declared:", len(labels["outlets"]))
    print("families:", {k: "%s, %d claims, %d hosts" % v for k, v in sizes.items()})
    print("lookalike pairs:", len(labels["lookalikes"]), "singleton claims:", len(labels.get("singleton_claims", [])),
          "non-claims:", len(labels["non_claims"]))
    print("rejects:", len(labels["rejects"]), "duplicates:", len(labels["duplicates"]))
    print("llm-artefact articles:", sum(1 for a in labels["articles"] if a["llm_artifacts"]),
          "articles quoting llm phrases:", sum(1 for a in labels["articles"] if a["quotes_llm_phrases"]))
    print("WARC records:", dict(nrec))
    print("OK" if not FAIL else "%d FAILURES" % len(FAIL))
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
