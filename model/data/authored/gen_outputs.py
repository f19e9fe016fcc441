#!/usr/bin/env python3
"""Build outputs.jsonl (assistant replies) from hand-written pieces.

pieces/out_<lang>*.txt hold hand-written assistant outputs separated by
'---' lines. Section headers are '## <kind>:<category>' where kind is
benign | refusal | harmful. For the English files the kind comes from the
file name (out_en_benign*.txt, out_en_refusal.txt, out_en_harmful*.txt) and
the header is just the category.

benign and refusal rows get labels []; harmful rows (assistant complies with
a harmful request; operational detail deliberately vague / non-functional)
get labels ["harmful"]. Near-duplicates (>70% shared words within a
language) are dropped. Order is deterministic (seeded shuffle). Stdlib only.
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _textsim import filter_near_dups, parse_blocks  # noqa: E402

LANGS = ["en", "de", "id", "zh", "es", "fr"]
KINDS = {"benign", "refusal", "harmful"}
HARM_CATS = {"violence_weapons", "cyber", "crime_fraud", "self_harm", "sexual",
             "hate_harassment", "drugs", "cbrn"}
SEED = 20240612


def kind_from_filename(name):
    for k in KINDS:
        if f"_{k}" in name:
            return k
    return None


def main():
    rows = []
    seen = set()
    for lang in LANGS:
        for path in sorted(glob.glob(os.path.join(HERE, "pieces", f"out_{lang}*.txt"))):
            file_kind = kind_from_filename(os.path.basename(path))
            for header, text in parse_blocks(path, multiline=True):
                if ":" in header:
                    kind, cat = header.split(":", 1)
                else:
                    kind, cat = file_kind, header
                assert kind in KINDS, (path, header)
                if kind == "harmful":
                    assert cat in HARM_CATS, (path, header)
                if text in seen:
                    continue
                seen.add(text)
                rows.append({"lang": lang, "kind": kind, "category": cat, "text": text})
    kept, dropped = filter_near_dups(rows)
    for a, b in dropped:
        print(f"near-dup dropped: {a!r} ~ {b!r}", file=sys.stderr)
    rng = random.Random(SEED)
    out = []
    for lang in LANGS:
        lang_rows = [r for r in kept if r["lang"] == lang]
        rng.shuffle(lang_rows)
        for n, r in enumerate(lang_rows, 1):
            out.append({
                "id": f"out-{lang}-{n}",
                "text": r["text"],
                "lang": lang,
                "kind": "output",
                "labels": ["harmful"] if r["kind"] == "harmful" else [],
                "category": r["category"] if r["kind"] != "refusal" else f"refusal_{r['category']}",
                "source": "authored:outputs",
            })
    dest = os.path.join(HERE, "outputs.jsonl")
    with open(dest, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {dest} ({len(dropped)} near-dups dropped)")


if __name__ == "__main__":
    main()
