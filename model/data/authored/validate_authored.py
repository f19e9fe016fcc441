#!/usr/bin/env python3
"""Validate hard_negatives.jsonl and outputs.jsonl; print counts (stdlib only)."""
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _textsim import THRESHOLD, overlap, tokens  # noqa: E402

SPECS = {
    "hard_negatives.jsonl": dict(kind="prompt", source="authored:hard_negatives",
                                 prefix="hardneg-", min_rows=800),
    "outputs.jsonl": dict(kind="output", source="authored:outputs",
                          prefix="out-", min_rows=700),
}
KEYS = {"id", "text", "lang", "kind", "labels", "category", "source"}


def check(name, spec):
    rows, errors = [], []
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{i}: bad JSON: {e}")
                continue
            if set(r) != KEYS:
                errors.append(f"{name}:{i}: keys {sorted(r)}")
            if r.get("kind") != spec["kind"] or r.get("source") != spec["source"]:
                errors.append(f"{name}:{i}: kind/source mismatch")
            if not r.get("id", "").startswith(spec["prefix"] + r.get("lang", "") + "-"):
                errors.append(f"{name}:{i}: id/lang mismatch {r.get('id')}")
            if not isinstance(r.get("text"), str) or len(r["text"].strip()) < 10:
                errors.append(f"{name}:{i}: empty/short text")
            if r.get("labels") not in ([], ["harmful"]):
                errors.append(f"{name}:{i}: labels {r.get('labels')}")
            if spec["kind"] == "prompt" and r.get("labels"):
                errors.append(f"{name}:{i}: hard negative with label")
            rows.append(r)
    ids = Counter(r["id"] for r in rows)
    errors += [f"{name}: duplicate id {k}" for k, v in ids.items() if v > 1]
    texts = Counter(r["text"] for r in rows)
    errors += [f"{name}: duplicate text {k[:60]!r}" for k, v in texts.items() if v > 1]
    # near-duplicate check within language
    by_lang = {}
    worst = 0.0
    for r in rows:
        by_lang.setdefault(r["lang"], []).append(tokens(r["text"], r["lang"]))
    for lang, toks in by_lang.items():
        for a in range(len(toks)):
            for b in range(a + 1, len(toks)):
                o = overlap(toks[a], toks[b])
                worst = max(worst, o)
                if o > THRESHOLD:
                    errors.append(f"{name}: near-dup in {lang} ({o:.2f})")
    if len(rows) < spec["min_rows"]:
        errors.append(f"{name}: only {len(rows)} rows")
    return rows, errors, worst


def main():
    ok = True
    for name, spec in SPECS.items():
        rows, errors, worst = check(name, spec)
        print(f"== {name}: {len(rows)} rows, max within-language word overlap {worst:.2f}")
        print("  lang:", dict(Counter(r["lang"] for r in rows).most_common()))
        print("  labels:", dict(Counter(",".join(r["labels"]) or "[]" for r in rows)))
        if name == "outputs.jsonl":
            def rtype(r):
                if r["labels"]:
                    return "harmful"
                return "refusal" if r["category"].startswith("refusal_") else "benign"
            print("  type:", dict(Counter(rtype(r) for r in rows)))
            print("  type x lang:", dict(sorted(Counter((rtype(r), r["lang"]) for r in rows).items())))
            print("  harmful categories:", dict(Counter(r["category"] for r in rows if r["labels"]).most_common()))
            print("  refusal categories:", dict(Counter(r["category"] for r in rows if r["category"].startswith("refusal_")).most_common()))
            print("  benign categories:", dict(Counter(r["category"] for r in rows if rtype(r) == "benign").most_common()))
        else:
            print("  category:", dict(Counter(r["category"] for r in rows).most_common()))
        for e in errors[:20]:
            print("  ERROR", e)
        ok &= not errors
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
