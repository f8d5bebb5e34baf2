#!/usr/bin/env python3
"""Checks the held-out scoring corpus (python3 stdlib only). Exits 1 on any failure.

usage: python3 check.py            (run from anywhere; reads files next to this script)
"""
import html, json, os, re, sys
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urlparse

HERE = os.path.dirname(os.path.abspath(__file__))
BLOCK = {"article", "h1", "h2", "h3", "p", "div", "li", "ul", "ol", "blockquote", "section", "br"}
PRIMARY = ("europa.eu", "sec.gov", "ftc.gov", "arxiv.org", "nist.gov", ".gov")
errors = []


def fail(msg):
    errors.append(msg)


class Para(HTMLParser):
    """Collects visible text per block and the hrefs inside each block (entities decoded, whitespace collapsed)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.blocks, self.cur, self.links = [], [], []

    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t:
            self.blocks.append((t, self.links))
        self.cur, self.links = [], []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag == "a":
            self.links.append(dict(attrs).get("href", ""))

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        self.cur.append(data)


def parse(doc):
    p = Para()
    p.feed(doc)
    p.close()
    p.flush()
    return p.blocks


def main():
    arts = {}
    with open(os.path.join(HERE, "articles.jsonl"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                a = json.loads(line)
            except json.JSONDecodeError as e:
                fail("articles.jsonl:%d does not parse: %s" % (n, e))
                continue
            for k in ("url", "html", "title", "published_at", "outlet", "byline"):
                if not isinstance(a.get(k), str) or not a[k]:
                    fail("articles.jsonl:%d missing %s" % (n, k))
            if a["url"] in arts:
                fail("duplicate url " + a["url"])
            host = urlparse(a["url"]).hostname or ""
            if not (host == a["outlet"] or host.endswith("." + a["outlet"])):
                fail("%s: outlet %s is not the url's domain" % (a["url"], a["outlet"]))
            d = datetime.strptime(a["published_at"], "%Y-%m-%dT%H:%M:%SZ")
            if not (datetime(2026, 5, 4) <= d < datetime(2026, 5, 26)):
                fail("%s: date %s outside 2026-05-04..2026-05-25" % (a["url"], a["published_at"]))
            blocks = parse(a["html"])
            if not a["html"].startswith("<article><h1>") or blocks[0][0] != a["title"]:
                fail("%s: html must start with <article><h1>title" % a["url"])
            paras = blocks[1:]
            words = sum(len(t.split()) for t, _ in paras)
            if not 120 <= words <= 250:
                fail("%s: %d words (want 120-250)" % (a["url"], words))
            a["_paras"], a["_words"] = paras, words
            arts[a["url"]] = a

    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        labels = json.load(f)
    if labels.get("version") != 1:
        fail("labels.json version must be 1")

    def claim_para(c):
        a = arts.get(c["url"])
        if a is None:
            fail("claim url not in articles: " + c["url"])
            return None, None
        t = c["text"]
        if not t.endswith("."):
            fail("claim does not end with a period: " + t)
        hits = [(p, links) for p, links in a["_paras"] if t in p]
        if len(hits) != 1:
            fail("%s: claim found in %d paragraphs: %s" % (c["url"], len(hits), t))
            return a, None
        p, links = hits[0]
        # a full sentence: starts the paragraph or follows ". ", and ends the paragraph or precedes " "
        i = p.index(t)
        if not (i == 0 or p[:i].endswith(". ") or p[:i].endswith("\u201d ")):
            fail("%s: claim does not start a sentence: %s" % (c["url"], t))
        if not (i + len(t) == len(p) or p[i + len(t)] == " "):
            fail("%s: claim does not end a sentence: %s" % (c["url"], t))
        return a, links

    kinds = {}
    labelled = set()
    for fam in labels["families"]:
        k = fam["kind"]
        if k not in ("fabricated", "well_sourced", "syndicated"):
            fail("%s: bad kind %s" % (fam["id"], k))
        kinds.setdefault(k, []).append(fam)
        urls = [c["url"] for c in fam["claims"]]
        outlets = {arts[u]["outlet"] for u in urls if u in arts}
        if len(outlets) != len(urls):
            fail("%s: every claim must come from a different outlet" % fam["id"])
        if fam.get("size", len(urls)) != len(urls):
            fail("%s: size field does not match claims" % fam["id"])
        lo, hi = {"fabricated": (3, 6), "well_sourced": (3, 5), "syndicated": (3, 5)}.get(k, (0, 99))
        if not lo <= len(urls) <= hi:
            fail("%s: %d claims, want %d-%d for %s" % (fam["id"], len(urls), lo, hi, k))
        if "origin_url" in fam and fam["origin_url"] != min(urls, key=lambda u: arts[u]["published_at"]):
            fail("%s: origin_url is not the earliest article" % fam["id"])
        texts = []
        for c in fam["claims"]:
            labelled.add(c["url"])
            a, links = claim_para(c)
            if a is None:
                continue
            texts.append(c["text"])
            ext = [h for h in re.findall(r'href="([^"]+)"', a["html"])]
            if k == "fabricated" and ext:
                fail("%s: fabricated article links %s" % (c["url"], ext))
            if k == "well_sourced" and links is not None:
                if not any((urlparse(h).hostname or "").endswith(PRIMARY) or "/blog/" in h for h in links):
                    fail("%s: no primary-source link in the claim paragraph" % c["url"])
        if k == "syndicated":
            if len(set(texts)) != 1:
                fail("%s: syndicated claim texts differ" % fam["id"])
            bodies = [[t for t, _ in arts[u]["_paras"]] for u in urls if u in arts]
            base = min(bodies, key=len)
            for u, b in zip(urls, bodies):
                if b[:len(base)] != base:
                    fail("%s: %s is not a verbatim copy of the wire story" % (fam["id"], u))
                if "Wire" not in " ".join(b) or not re.search(r"\((?:[A-Z][a-z]+ )+Wire\) \u2014", b[0]):
                    fail("%s: %s lacks wire credit" % (fam["id"], u))
        else:
            if len(set(texts)) != len(texts):
                fail("%s: non-syndicated family repeats a sentence verbatim" % fam["id"])
    for s in labels.get("singletons", []):
        labelled.add(s["url"])
        claim_para(s)

    need = {"fabricated": 5, "well_sourced": 4, "syndicated": 2}
    for k, n in need.items():
        if len(kinds.get(k, [])) < n:
            fail("%d %s families, want >= %d" % (len(kinds.get(k, [])), k, n))
    outlets = {a["outlet"] for a in arts.values()}
    if len(arts) < 45:
        fail("%d articles, want >= 45" % len(arts))
    if len(outlets) < 10:
        fail("%d outlets, want >= 10" % len(outlets))
    unl = set(arts) - labelled
    if unl:
        fail("articles without any label: %s" % sorted(unl))
    dates = sorted(a["published_at"] for a in arts.values())

    print("articles: %d, outlets: %d, dates %s .. %s, words %d-%d" % (
        len(arts), len(outlets), dates[0][:10], dates[-1][:10],
        min(a["_words"] for a in arts.values()), max(a["_words"] for a in arts.values())))
    for k in ("fabricated", "well_sourced", "syndicated"):
        print("%-12s %d families, sizes %s" % (k, len(kinds.get(k, [])),
                                               ", ".join("%s=%d" % (f["id"], len(f["claims"])) for f in kinds.get(k, []))))
    print("singletons   %d" % len(labels.get("singletons", [])))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
