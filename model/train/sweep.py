"""Fine-tuning variants side by side on a GPU machine, from one bundle written by `train.py --bundle`.

On two CPU cores one epoch of fine-tuning all six layers takes ~8 minutes, so comparing learning
rates and schedules there costs hours; on a GPU each variant takes well under a minute. This runs
the variants through the pipeline's own code (`finetune.train`, the same model, loss, batches and
epoch choice), so the winner can be trained again on the CPU with `train.py` and be expected to
land near the same numbers. It chooses nothing: it reports, per variant and epoch, validation
AUROC, recall at 1 % FPR and per-language false-positive rates, and the held-out set's figures,
which are there to be reported and never to choose by.

    python train.py --bundle work/bundle.npz                  # here (needs the data packages)
    python sweep.py --bundle work/bundle.npz --out DIR        # there (numpy, torch, scikit-learn)
    python sweep.py --bundle work/bundle.npz --out DIR --limit 200 --variants frozen,lpft6   # a quick check

The encoder's lower layers are computed in torch instead of onnxruntime: the frozen word table and
the frozen layers' matrices are rounded with `graph.int8_codes`, as the exported graph stores them,
so the states match the CPU path to float rounding.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import time

import numpy as np
from sklearn.metrics import roc_auc_score

import e5_weights
import finetune
import graph

# name: (top layers trained, settings that differ from the frozen recipe, start from the frozen head?)
VARIANTS = {
    "frozen": (0, {}, False),
    "ft6": (6, {"epochs": 3, "lr": 4e-5, "head_lr": 1e-3}, False),
    "lpft6": (6, {"epochs": 3, "lr": 1e-5, "head_lr": 1e-4}, True),
    "lpft6_fast": (6, {"epochs": 3, "lr": 3e-5, "head_lr": 1e-4}, True),
    "lpft6_slow": (6, {"epochs": 3, "lr": 3e-6, "head_lr": 1e-4}, True),
    "lpft6_long": (6, {"epochs": 5, "lr": 1e-5, "head_lr": 1e-4}, True),
    "lpft3": (3, {"epochs": 3, "lr": 1e-5, "head_lr": 1e-4}, True),
    "ft6_long": (6, {"epochs": 5, "lr": 4e-5, "head_lr": 1e-3}, False),
    "ft6_seed1": (6, {"epochs": 3, "lr": 4e-5, "head_lr": 1e-3, "seed": 1}, False),
    "lpft6_seed1": (6, {"epochs": 3, "lr": 1e-5, "head_lr": 1e-4, "seed": 1}, True),
}


def log(msg):
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def load(path, limit=None):
    z = np.load(path)
    meta = json.loads(z["meta"].tobytes())
    header = e5_weights.E5Header(**meta["header"])
    weights = {}
    for key in z.files:
        if key.startswith("t:"):
            name = key[2:]
            dt, count = (int(v) for v in z["tmeta:" + name])
            # The word table is cut to the kept pieces, so it has no shape of its own in e5_weights.
            arr = e5_weights.decode(header, name if name != "emb.word" else "emb.word.kept", dt, count, z[key].tobytes())
            weights[name] = arr.reshape(-1, header.hidden) if name == "emb.word" else arr

    def windows(name):
        flat, off = z[name], z[name + "_offsets"]
        return [flat[off[i] : off[i + 1]].astype(np.int64).tolist() for i in range(len(off) - 1)]

    data = {n: windows(n) for n in ("fit", "extra", "val", "held")}
    fit_y, y_val, held_row = z["fit_y"].astype(np.int64), z["y_val"].astype(np.int64), z["held_row"]
    if limit:  # a quick check of the script itself, not a measurement
        data["fit"], fit_y, data["extra"] = data["fit"][:limit], fit_y[:limit], data["extra"][:limit]
        data["val"], y_val = data["val"][:limit], y_val[:limit]
        meta["val"] = meta["val"][:limit]
    return header, weights, meta, data, fit_y, y_val, held_row


class GpuStates:
    """`finetune.hidden_states` in torch: the states after the first `lower` frozen layers, fp16 as
    the CPU cache stores them, memoised per (lower, window list)."""

    def __init__(self, torch, header):
        self.torch, self.header, self.memo = torch, header, {}

    def __call__(self, header, weights, kept, lower, windows, _cache_prefix):
        key = (lower, id(windows), len(windows))
        if key not in self.memo:
            # The list is kept with its states so that its id cannot be reused by another list.
            self.memo[key] = (windows, self.compute(weights, lower, windows))
        return self.memo[key][1]

    def compute(self, weights, lower, windows):
        torch, H = self.torch, self.header.hidden
        dev = finetune.device(torch)
        table = torch.from_numpy(dequantised(weights["emb.word"], axis=1)).to(dev)
        pos = torch.from_numpy(weights["emb.pos"].astype(np.float32)).to(dev)
        type0 = torch.from_numpy(weights["emb.type"][0].astype(np.float32)).to(dev)
        ln_w = torch.from_numpy(weights["emb.ln.w"].astype(np.float32)).to(dev)
        ln_b = torch.from_numpy(weights["emb.ln.b"].astype(np.float32)).to(dev)
        # The CPU path runs the lower layers in the int8 graph: round their matrices the same way.
        top = finetune.build_top(torch, self.header, int8_rounded(weights, lower), 0, lower, 1).to(dev).eval()
        order = np.argsort([len(w) for w in windows], kind="stable")
        out = [None] * len(windows)
        with torch.no_grad():
            for s in range(0, len(order), 256):
                idx = order[s : s + 256]
                inputs = graph.padded_inputs(windows, idx)
                n = inputs["input_ids"].shape[1]
                m = torch.from_numpy(inputs["attention_mask"].astype(np.float32)).to(dev)
                x = table[torch.from_numpy(inputs["input_ids"]).to(dev)] + pos[:n] + type0
                x = torch.nn.functional.layer_norm(x, (H,), ln_w, ln_b, self.header.eps)
                bias = ((1.0 - m) * -10000.0)[:, None, None, :]
                for layer in top.layers:
                    x = layer(x, bias)
                h = x.half().cpu().numpy()
                for r, i in enumerate(idx):
                    out[i] = h[r, : len(windows[i])]
        return out


def dequantised(w, axis):
    """`w` as the exported graph computes it from its int8 codes (`graph.int8_codes`)."""
    q, scale = graph.int8_codes(w.astype(np.float32), axis)
    return q.astype(np.float32) * np.expand_dims(scale, axis)


def int8_rounded(weights, lower):
    """The first `lower` layers' matrices as the graph stores them: one scale per output channel,
    i.e. per row of a torch [out, in] matrix."""
    out = dict(weights)
    for i in range(lower):
        for n in ("q", "k", "v", "ao", "fi", "fo"):
            out[f"l{i}.{n}.w"] = dequantised(weights[f"l{i}.{n}.w"], axis=1)
    return out


def figures(p, y, langs=None, threshold=None):
    """AUROC, recall at 1 % FPR, and FPR / recall at `threshold` (default: this set's 1 % FPR point)."""
    neg = np.sort(p[y == 0])
    t1 = neg[min(len(neg) - 1, int(math.ceil(0.99 * len(neg))) - 1)]
    t = t1 if threshold is None else threshold
    out = {"auroc": float(roc_auc_score(y, p)), "recall_at_1pct": float((p[y == 1] > t1).mean()),
           "threshold": float(t), "fpr": float((p[y == 0] > t).mean()), "recall": float((p[y == 1] > t).mean())}
    if langs is not None:
        out["by_lang"] = {}
        for lang in sorted(set(langs)):
            m = np.array([l == lang for l in langs])
            ym, pm = y[m], p[m]
            out["by_lang"][lang] = {"n_safe": int((ym == 0).sum()), "n_unsafe": int((ym == 1).sum()),
                                    "fpr": float((pm[ym == 0] > t).mean()) if (ym == 0).any() else None,
                                    "recall": float((pm[ym == 1] > t).mean()) if (ym == 1).any() else None}
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--limit", type=int)
    ap.add_argument("--frozen-head", help="the pipeline's cached frozen prompt head (work/prompt-head-*.pkl) to start "
                                          "LP-FT variants from, instead of training the `frozen` variant first")
    ap.add_argument("--probe", nargs="*", default=[],
                    help="texts to score with each variant (first window; needs --tokenizer), e.g. attacks a test names")
    ap.add_argument("--tokenizer", help="the pruned tokenizer.json the bundle was cut with (model/tokenizer.json)")
    args = ap.parse_args()
    import torch

    os.makedirs(args.out, exist_ok=True)
    header, weights, meta, data, fit_y, y_val, held_row = load(args.bundle, args.limit)
    layers, base, labels = meta["layers"], meta["settings"], meta["labels"]
    n_dec = len(labels)
    kept = list(range(len(weights["emb.word"])))
    dev = finetune.device(torch)
    log(f"device {dev} ({torch.cuda.get_device_name() if dev.type == 'cuda' else 'cpu'}); {len(data['fit'])} training, "
        f"{len(data['extra'])} extra, {len(data['val'])} validation, {len(data['held'])} held-out windows")
    states = GpuStates(torch, header)
    val_langs = [r["lang"] for r in meta["val"]]
    yv = y_val[:, :n_dec].max(1)
    held = meta["held"]
    y_held = np.array([r["label"] == "unsafe" for r in held], np.int64)
    # As train.heldout_metrics: an output is decided by `harmful` alone.
    held_cols = [[j for j, l in enumerate(labels) if r["kind"] == "prompt" or l == "harmful"] for r in held]
    results, frozen = {}, None
    if args.frozen_head:
        import pickle

        _, head, _, att = pickle.load(open(args.frozen_head, "rb"))
        frozen = (head, att)
    probes = []
    if args.probe:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_file(args.tokenizer)
        probes = [[0] + e.ids[:126] + [2] for e in tok.encode_batch(args.probe, add_special_tokens=False)]
    for name in args.variants.split(","):
        k, overrides, from_frozen = VARIANTS[name]
        settings = dict(base, **overrides)
        if args.limit:
            settings["epochs"] = min(settings["epochs"], 2)
        t0 = time.time()
        history = []
        new_weights, head, _, att, _ = finetune.train(
            header, weights, kept, layers, k, data["fit"], fit_y, data["extra"], data["val"], y_val, args.out,
            init=frozen if from_frozen else None, states=states, history=history, **settings)
        seconds = time.time() - t0
        if name == "frozen":
            frozen = (head, att)
        best = max(history, key=lambda h: h["auroc"])
        p_val = best["probs"][:, :n_dec].max(1)
        val = figures(p_val, yv, val_langs)
        # Held-out: every runtime window, max-pooled per row, read through the trained top layers.
        model = finetune.build_top(torch, header, new_weights, layers - k, layers, fit_y.shape[1],
                                   pooling=settings["pooling"], att_heads=settings["att_heads"])
        finetune.load_head(torch, model, (head, att))
        model.to(dev)
        P = finetune.predict(torch, model, states(header, weights, kept, layers - k, data["held"], None))
        p_row = np.zeros(len(held))
        for w, i in enumerate(held_row):
            p_row[i] = max(p_row[i], P[w, held_cols[i]].max())
        results[name] = {"layers_trained": k, "settings": settings, "from_frozen_head": from_frozen, "seconds": round(seconds, 1),
                         "epochs": [{"epoch": h["epoch"], "val_auroc": h["auroc"], "val_recall_at_1pct": h["recall_at_1pct"]} for h in history],
                         "chosen_epoch": best["epoch"], "validation": val,
                         "heldout": figures(p_row, y_held, [r["lang"] for r in held], threshold=val["threshold"])}
        if probes:
            Pp = finetune.predict(torch, model, states(header, weights, kept, layers - k, probes, None))
            results[name]["probes"] = {t: {l: round(float(p), 4) for l, p in zip(labels, row[:n_dec])} for t, row in zip(args.probe, Pp)}
            for t, row in zip(args.probe, Pp):
                log(f"  probe {' '.join(f'{l} {p:.3f}' for l, p in zip(labels, row[:n_dec]))}: {t[:70]}")
        r = results[name]
        log(f"{name}: {seconds:.0f}s, epoch {best['epoch']}: val AUROC {val['auroc']:.4f} recall@1% {val['recall_at_1pct']:.3f}; "
            f"held-out AUROC {r['heldout']['auroc']:.4f} recall@1% {r['heldout']['recall_at_1pct']:.3f} "
            f"FPR/recall at val 1 % point {r['heldout']['fpr']:.3f}/{r['heldout']['recall']:.3f}")
        json.dump(results, open(os.path.join(args.out, "sweep.json"), "w"), indent=1)


if __name__ == "__main__":
    main()
