"""The check thirds of the authored sets: the rule that splits them, and a verification that the
files on disk still follow it (`model/data/README.md`, "The split for the next model").

An authored set that is also a check is split by group, so that a row and its translations land on
the same side: the groups whose hash is 0 modulo 3 go to `authored/not_used/*_check.jsonl`, which no
model trains on (`checks.py` scores them), the rest to the training files. Two salts are in use:
`sha256(group)` for the encoded-payload questions (model 0.5.0) and `sha256("check:" + group)` for
the sets written since. `harmful_dna_information_hazard.jsonl` is held out whole.

    python check_split.py                      # verify every check file against its training files (CI)
    python check_split.py --split new.jsonl --salt check: --train-out a.jsonl --check-out b.jsonl
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import sys
import unicodedata

from data import AUTHORED, authored_group as group_of

# check file (in not_used/) -> (salt, the training files split from the same set)
CHECKS = {
    "encoded_check_en_de_id_zh.jsonl": ("", "encoded_benign_*.jsonl"),
    "encoded_check_more.jsonl": ("", "encoded_benign_*.jsonl"),
    "howto_benign_check.jsonl": ("check:", "howto_benign_*.jsonl"),
    "howto_harmful_check.jsonl": ("check:", "howto_harmful_*.jsonl"),
    "pasted_benign_check.jsonl": ("check:", "pasted_benign*.jsonl"),
    "dna_lookalikes_check.jsonl": ("check:", "dna_lookalikes_*.jsonl"),
    "harmful_dna_translated_check.jsonl": ("check:", "harmful_dna_translated_*.jsonl"),
}
# Held out whole, not split.
WHOLE = ["harmful_dna_information_hazard.jsonl"]


def read_jsonl(path):
    """Every row of `path`; unlike data.read_jsonl, a missing file or a bad line is an error here."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def is_check(group: str, salt: str) -> bool:
    """The split rule: a group is in the check third when its salted sha256 is 0 modulo 3."""
    return int(hashlib.sha256((salt + group).encode()).hexdigest(), 16) % 3 == 0


def normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def trained_files():
    """Every authored file that data.py reads: the top level and the answers/ and pairs/ folders."""
    out = sorted(glob.glob(os.path.join(AUTHORED, "*.jsonl")))
    for sub in ("answers", "pairs", "pieces"):
        out += sorted(glob.glob(os.path.join(AUTHORED, sub, "*.jsonl")))
    return out


def verify() -> list[str]:
    """Problems with the split on disk (none when it holds): a check row on the training side of
    its rule, a training row on the check side, or a check row's group or text in any trained file."""
    problems = []
    trained = {p: read_jsonl(p) for p in trained_files()}
    groups_trained = {group_of(r): os.path.basename(p) for p, rs in trained.items() for r in rs if isinstance(r.get("text"), str)}
    texts_trained = {normalised(r["text"]): os.path.basename(p) for p, rs in trained.items() for r in rs if isinstance(r.get("text"), str)}
    for name, (salt, pattern) in CHECKS.items():
        check_rows = read_jsonl(os.path.join(AUTHORED, "not_used", name))
        train_paths = sorted(glob.glob(os.path.join(AUTHORED, pattern)))
        if not train_paths:
            problems.append(f"{name}: no training files match {pattern}")
        problems += [f"{name}: {group_of(r)} is on the training side of the rule" for r in check_rows if not is_check(group_of(r), salt)]
        for p in train_paths:
            problems += [f"{os.path.basename(p)}: {group_of(r)} belongs to the check third" for r in trained[p] if is_check(group_of(r), salt)]
        print(f"  {name}: {len(check_rows)} check rows, {sum(len(trained[p]) for p in train_paths)} in {len(train_paths)} training files")
    for name in list(CHECKS) + WHOLE:
        for r in read_jsonl(os.path.join(AUTHORED, "not_used", name)):
            if group_of(r) in groups_trained:
                problems.append(f"{name}: group {group_of(r)} is also in {groups_trained[group_of(r)]}")
            if normalised(r["text"]) in texts_trained:
                problems.append(f"{name}: {r['id']}'s text is also in {texts_trained[normalised(r['text'])]}")
    return problems


def split(path, salt, train_out, check_out):
    """Split a new authored file by the rule, appending to `train_out` and `check_out`."""
    rows = read_jsonl(path)
    sides = {True: [], False: []}
    for r in rows:
        sides[is_check(group_of(r), salt)].append(r)
    for out, rs in ((check_out, sides[True]), (train_out, sides[False])):
        with open(out, "a", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rs)
    print(f"{path}: {len(sides[False])} rows to {train_out}, {len(sides[True])} to {check_out}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", metavar="FILE", help="split FILE by the rule instead of verifying")
    ap.add_argument("--salt", default="check:", help='the salt before the group ("check:" for new sets)')
    ap.add_argument("--train-out")
    ap.add_argument("--check-out")
    args = ap.parse_args()
    if args.split:
        if not (args.train_out and args.check_out):
            ap.error("--split needs --train-out and --check-out")
        split(args.split, args.salt, args.train_out, args.check_out)
        return
    problems = verify()
    for p in problems:
        print("  " + p)
    print(f"check split: {'OK' if not problems else f'{len(problems)} problem(s)'}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
