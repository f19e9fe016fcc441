#!/usr/bin/env python3
"""Build hard_negatives.jsonl from hand-written pieces/hn_<lang>.txt.

Every line in a pieces file is one hand-written benign prompt that contains
alarming vocabulary or attack-like phrasing; '## <theme>' lines set the
category. Rows are de-duplicated (exact and >70% word overlap within a
language) and written in a deterministic, seeded order. Stdlib only.
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from _textsim import filter_near_dups, parse_blocks  # noqa: E402

LANGS = ["en", "de", "id", "zh", "es", "fr", "tr", "ru", "ja", "pt"]
SEED = 20240611


def main():
    rows = []
    seen = set()
    for lang in LANGS:
        path = os.path.join(HERE, "pieces", f"hn_{lang}.txt")
        for cat, text in parse_blocks(path, multiline=False):
            if text in seen:
                continue
            seen.add(text)
            rows.append({"lang": lang, "category": cat, "text": text})
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
                "id": f"hardneg-{lang}-{n}",
                "text": r["text"],
                "lang": lang,
                "kind": "prompt",
                "labels": [],
                "category": r["category"],
                "source": "authored:hard_negatives",
            })
    dest = os.path.join(HERE, "hard_negatives.jsonl")
    with open(dest, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} rows to {dest} ({len(dropped)} near-dups dropped)")


if __name__ == "__main__":
    main()
