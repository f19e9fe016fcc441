"""Score the held-aside check sets (`data/authored/not_used/*.jsonl`) with one or more models and
print the share of each set that the runtime blocks, per set and per language.

The check sets are thirds of authored sets, split by group (`sha256("check:" + group) % 3 == 0`,
datasheet in `data/README.md`), that no model trains on, plus rows left out of training on purpose
(`harmful_dna_information_hazard.jsonl`). The rows ready for the next model's training are one
folder down (`not_used/next/`) and are not read here. Unlike the reserved held-out sources they
may be looked at while choosing what to train on next, which is what they are for: judge a
candidate on them before the held-out set (`experiments_0.6.md`).

    python3 model/train/checks.py                               # the shipped (embedded) model
    python3 model/train/checks.py --model-dir work/cand-0.6b --model-dir model   # side by side

Needs the native CLI (`cargo build --release`; `scripts/env.sh` sets `PALISADE_BIN`).
"""
import argparse
import collections
import glob
import json
import os
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
NOT_USED = os.path.join(HERE, "..", "data", "authored", "not_used")


def set_name(path: str, row: dict) -> str:
    """The table row a check row belongs to: its file, and for the translations and look-alikes
    the part of the source it comes from (the two donotanswer files, how-to or named questions), and
    for the how-to questions their kind or shape."""
    name = os.path.basename(path).removesuffix(".jsonl")
    if "source" in row and "donotanswer" in row["source"]:
        return f"{name} ({os.path.basename(row['source']).removesuffix('.jsonl')})"
    if name.startswith(("dna_lookalikes", "howto_benign")) and row.get("category"):
        return f"{name} ({row['category']})"
    if name.startswith("howto_harmful") and row.get("shape"):
        return f"{name} ({row['shape']})"
    return name


def load_checks() -> tuple[list[dict], dict[str, tuple[str, str, bool]]]:
    """Every check row as a `palisade score` input row, and for each id its set, language and label."""
    rows, meta = [], {}
    for path in sorted(glob.glob(os.path.join(NOT_USED, "*.jsonl"))):
        for n, line in enumerate(open(path, encoding="utf-8")):
            if not line.strip():
                continue
            r = json.loads(line)
            rid = f"{os.path.basename(path)}:{n}"
            rows.append({"id": rid, "text": r["text"], "kind": r.get("kind", "prompt")})
            meta[rid] = (set_name(path, r), r.get("lang", "en"), bool(r.get("labels")))
    return rows, meta


def score(rows: list[dict], model_dir: str | None) -> dict[str, str]:
    """The runtime's decision (allow / flag / block) for every row, through `palisade score`."""
    binary = os.environ.get("PALISADE_BIN", "palisade")
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        cmd = [binary, "score", "--input", src, "--output", dst, "--strict"]
        if model_dir:
            cmd += ["--model-dir", model_dir]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        return {o["id"]: o["decision"] for o in map(json.loads, open(dst, encoding="utf-8"))}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model-dir", action="append", default=[],
                    help="a model directory (palisade.onnx, tokenizer.json, config.json); repeat to compare. "
                         "Default: the model embedded in the CLI")
    ap.add_argument("--by-lang", action="store_true", help="also print each set's blocks per language")
    args = ap.parse_args()
    models = args.model_dir or [None]
    rows, meta = load_checks()
    decisions = [score(rows, m) for m in models]
    names = [m or "embedded" for m in models]

    sets = collections.defaultdict(list)
    for rid, (name, lang, _) in meta.items():
        sets[name].append(rid)
    print("| check set (harmful?) | rows | " + " | ".join(f"{n} blocked" for n in names) + " |")
    print("|---|---|" + "---|" * len(names))
    for name in sorted(sets):
        ids = sets[name]
        harmful = "harmful" if meta[ids[0]][2] else "benign"
        cells = [f"{100 * sum(d[i] == 'block' for i in ids) / len(ids):.1f} %" for d in decisions]
        print(f"| {name} ({harmful}) | {len(ids)} | " + " | ".join(cells) + " |")
    if args.by_lang:
        print()
        for name in sorted(sets):
            by_lang = collections.defaultdict(list)
            for i in sets[name]:
                by_lang[meta[i][1]].append(i)
            parts = [f"{lang} " + "/".join(str(sum(d[i] == "block" for i in ids)) for d in decisions) + f" of {len(ids)}"
                     for lang, ids in sorted(by_lang.items())]
            print(f"{name}: " + ", ".join(parts))


if __name__ == "__main__":
    main()
