"""Shared helpers for the authored-data generators (stdlib only).

Near-duplicate rule: two rows of the same language are near-duplicates when
they share more than 70% of their word types, measured as
|A & B| / max(|A|, |B|). For Chinese and Japanese (no spaces) the "words" are
character bigrams over CJK characters plus any Latin/digit tokens.
"""
import re

CJK_LANGS = {"zh", "ja"}
_WORD = re.compile(r"\w+", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[A-Za-z0-9_]+")
THRESHOLD = 0.70


def tokens(text, lang):
    if lang in CJK_LANGS:
        toks = set(t.lower() for t in _LATIN.findall(text))
        for run in _CJK.findall(text):
            if len(run) == 1:
                toks.add(run)
            toks.update(run[i:i + 2] for i in range(len(run) - 1))
        return toks
    return set(w.lower() for w in _WORD.findall(text))


def overlap(a, b):
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def filter_near_dups(rows, key="text"):
    """Greedy, order-preserving filter. Returns (kept, dropped_pairs)."""
    kept, dropped = [], []
    by_lang = {}
    for r in rows:
        toks = tokens(r[key], r["lang"])
        pool = by_lang.setdefault(r["lang"], [])
        clash = None
        for other, otoks in pool:
            if overlap(toks, otoks) > THRESHOLD:
                clash = other
                break
        if clash is not None:
            dropped.append((r[key][:80], clash[key][:80]))
            continue
        pool.append((r, toks))
        kept.append(r)
    return kept, dropped


def parse_blocks(path, multiline):
    """Parse a pieces file. '## header' starts a section.

    multiline=False: every non-empty line is one item.
    multiline=True: items are separated by a line containing only '---'.
    Yields (header, text).
    """
    header = None
    buf = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")

    def flush():
        text = "\n".join(buf).strip()
        buf.clear()
        return text

    for line in lines:
        if line.startswith("## "):
            if multiline:
                t = flush()
                if t:
                    yield header, t
            header = line[3:].strip()
            continue
        if multiline:
            if line.strip() == "---":
                t = flush()
                if t:
                    yield header, t
            else:
                buf.append(line)
        else:
            if line.strip():
                yield header, line.strip()
    if multiline:
        t = flush()
        if t:
            yield header, t
