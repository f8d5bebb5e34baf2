#!/usr/bin/env python3
"""Verify the claimtrace AI-news evaluation set (stdlib only).

Checks: every line parses as JSON; schema and allowed values; entity offsets
(text[start:end] == entity text, no overlaps); attribution source, hedges and
quantity texts occur verbatim in the sentence; ids unique and of the form
<doc>-sNN; each doc lies wholly in the split given by the split rule; then prints
counts per split. Exit status 1 on any error.

Split rule: train iff int(md5(doc_id as UTF-8).hexdigest(), 16) % 5 < 3, else test.
"""
import collections, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = {"train": "ai-news-train.jsonl", "test": "ai-news-test.jsonl"}
KINDS = {"person", "organization", "document", "vague", "none"}
ETYPES = {"PERSON", "ORG", "LOC", "PRODUCT", "MONEY", "PERCENT", "DATE"}
KEYS = {"id", "doc", "text", "claim", "attribution", "hedges", "prediction", "quantities", "entities"}


def split_of(doc):
    return "train" if int(hashlib.md5(doc.encode("utf-8")).hexdigest(), 16) % 5 < 3 else "test"


def main():
    errors = []
    ids = set()
    doc_split = {}
    rows = {k: [] for k in FILES}

    def err(where, msg):
        errors.append(f"{where}: {msg}")

    for split, name in FILES.items():
        with open(os.path.join(HERE, name), encoding="utf-8") as fh:
            for ln, line in enumerate(fh, 1):
                where = f"{name}:{ln}"
                try:
                    r = json.loads(line)
                except json.JSONDecodeError as ex:
                    err(where, f"bad JSON: {ex}")
                    continue
                if set(r) != KEYS:
                    err(where, f"keys {sorted(r)}")
                    continue
                t = r["text"]
                where = f"{name}:{ln} ({r['id']})"
                if r["id"] in ids:
                    err(where, "duplicate id")
                ids.add(r["id"])
                if not re.fullmatch(re.escape(r["doc"]) + r"-s\d\d", r["id"]):
                    err(where, "id does not match doc")
                if split_of(r["doc"]) != split:
                    err(where, f"doc {r['doc']} belongs to {split_of(r['doc'])}")
                if doc_split.setdefault(r["doc"], split) != split:
                    err(where, "doc straddles the split")
                if not isinstance(r["claim"], bool) or not isinstance(r["prediction"], bool):
                    err(where, "claim/prediction must be booleans")
                a = r["attribution"]
                if a.get("kind") not in KINDS:
                    err(where, f"bad attribution kind {a.get('kind')}")
                elif a["kind"] == "none":
                    if a.get("source") is not None:
                        err(where, "kind none needs source null")
                elif not a.get("source") or a["source"] not in t:
                    err(where, f"attribution source not in text: {a.get('source')!r}")
                for h in r["hedges"]:
                    if h not in t:
                        err(where, f"hedge not in text: {h!r}")
                for q in r["quantities"]:
                    if q.get("text") not in t:
                        err(where, f"quantity not in text: {q.get('text')!r}")
                    if not isinstance(q.get("value"), (int, float)) or not q.get("unit"):
                        err(where, f"quantity needs numeric value and unit: {q}")
                    if re.fullmatch(r"(19|20)\d\d", str(q.get("text"))):
                        err(where, f"a year is a date, not a quantity: {q}")
                spans = []
                for e in r["entities"]:
                    if e.get("type") not in ETYPES:
                        err(where, f"bad entity type {e}")
                    s, en = e.get("start"), e.get("end")
                    if not (isinstance(s, int) and isinstance(en, int) and 0 <= s < en <= len(t)) or t[s:en] != e.get("text"):
                        err(where, f"offset mismatch {e}")
                    spans.append((s, en))
                spans.sort()
                for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
                    if s2 < e1:
                        err(where, f"overlapping entities at {s1}-{e1} and {s2}-{e2}")
                rows[split].append(r)

    for split in list(FILES) + ["all"]:
        rs = rows[split] if split != "all" else rows["train"] + rows["test"]
        docs = {r["doc"] for r in rs}
        n = len(rs)
        claims = sum(r["claim"] for r in rs)
        print(f"== {split}: {n} sentences, {len(docs)} docs")
        print(f"   claim={claims} ({100*claims/max(n,1):.1f}%) non-claim={n-claims}")
        print("   attribution:", dict(sorted(collections.Counter(r["attribution"]["kind"] for r in rs).items())))
        print(f"   hedged={sum(bool(r['hedges']) for r in rs)} (hedged claims={sum(bool(r['hedges']) and r['claim'] for r in rs)})"
              f" predictions={sum(r['prediction'] for r in rs)}"
              f" with-quantities={sum(bool(r['quantities']) for r in rs)} quantities={sum(len(r['quantities']) for r in rs)}")
        print("   entities:", dict(sorted(collections.Counter(e["type"] for r in rs for e in r["entities"]).items())))
    total = len(rows["train"]) + len(rows["test"])
    if total < 320:
        err("set", f"only {total} sentences")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for x in errors:
            print("  " + x)
        return 1
    print("\nOK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
