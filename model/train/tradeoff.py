"""Size / latency / accuracy trade-off of encoder depth for the frozen-encoder model family.

For each depth L, the first L layers of multilingual-e5-small (pruned vocabulary, int8 weights) feed
the same MLP head as train.py; we measure validation AUROC and recall at 1 % FPR, the ONNX size, and
the median latency of one 128-token window in onnxruntime (1 thread) and tract-native is left to the
Rust benchmarks. Writes tradeoff.md (committed, read by model_card.py).

    python tradeoff.py [--depths 2,4,6,8,12]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import time

import numpy as np
import onnxruntime as ort
from sklearn.metrics import roc_auc_score
from sklearn.neural_network import MLPClassifier
from tokenizers import Tokenizer

import e5_weights
import graph
from data import LABELS
from train import HERE, MODEL_DIR, first_window, log, metrics_for, run_batches


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--depths", default="2,4,6,8,12")
    args = ap.parse_args()
    work = os.path.join(HERE, "work")
    rows = [json.loads(l) for l in open(os.path.join(work, "data.jsonl"), encoding="utf-8")]
    cfg = json.load(open(os.path.join(MODEL_DIR, "config.json")))
    tok = Tokenizer.from_file(os.path.join(MODEL_DIR, "tokenizer.json"))
    # The shipped tokenizer's pieces, in order, are rows `kept` of the original vocabulary.
    base = json.load(open(__import__("vocab").base_tokenizer_path(), encoding="utf-8"))["model"]["vocab"]
    index = {p: i for i, (p, _s) in enumerate(base)}
    kept = [index[p] for p, _s in json.load(open(os.path.join(MODEL_DIR, "tokenizer.json"), encoding="utf-8"))["model"]["vocab"]]
    header, weights = e5_weights.load_e5()
    windows = first_window(tok, [r["text"] for r in rows])
    Y = np.array([[1 if l in r["labels"] else 0 for l in LABELS] for r in rows])
    tr = np.array([r["split"] == "train" for r in rows])
    va = ~tr
    probe = np.array([windows[0][:1] + list(range(10, 136)) + [2]], np.int64)[:, :128]
    results = []
    for L in [int(x) for x in args.depths.split(",")]:
        enc = graph.build_model(header, weights, kept, head=None, layers=L)
        opts = ort.SessionOptions()
        sess = ort.InferenceSession(enc.SerializeToString(), providers=["CPUExecutionProvider"])
        key = hashlib.sha256(json.dumps([L, kept, windows]).encode()).hexdigest()[:16]
        cache = os.path.join(work, f"features-{key}.npy")
        if os.path.exists(cache):
            X = np.load(cache)
        else:
            log(f"depth {L}: encoding")
            X = run_batches(sess, windows, "pooled")
            np.save(cache, X)
        mu, sd = X[tr].mean(0), X[tr].std(0) + 1e-6
        Xs = (X - mu) / sd
        mlp = MLPClassifier(hidden_layer_sizes=(256,), alpha=1e-3, max_iter=300, early_stopping=True, random_state=0).fit(Xs[tr], Y[tr])
        P = mlp.predict_proba(Xs)
        m = metrics_for(Y[va].max(1), P[va].max(1))
        opts.intra_op_num_threads = 1
        one = ort.InferenceSession(enc.SerializeToString(), opts, providers=["CPUExecutionProvider"])
        feed = {"input_ids": probe, "attention_mask": np.ones_like(probe)}
        for _ in range(3):
            one.run(None, feed)
        times = []
        for _ in range(15):
            t = time.perf_counter()
            one.run(None, feed)
            times.append(1000 * (time.perf_counter() - t))
        size = len(enc.SerializeToString())
        results.append({"layers": L, "auroc": m["auroc"], "recall_at_1pct_fpr": m["recall_at_1pct_fpr"],
                        "recall_at_5pct_fpr": m["recall_at_5pct_fpr"], "onnx_mb": size / 1e6,
                        "ort_1thread_ms_128tok": float(np.median(times))})
        log(f"depth {L}: {results[-1]}")
    with open(os.path.join(HERE, "tradeoff.md"), "w") as f:
        f.write("| layers | val AUROC | recall @1% FPR | recall @5% FPR | ONNX MB | onnxruntime 1-thread ms (128 tokens) |\n|---|---|---|---|---|---|\n")
        for r in results:
            f.write(f"| {r['layers']} | {r['auroc']:.4f} | {100 * r['recall_at_1pct_fpr']:.1f} % | {100 * r['recall_at_5pct_fpr']:.1f} % | {r['onnx_mb']:.1f} | {r['ort_1thread_ms_128tok']:.1f} |\n")
    json.dump(results, open(os.path.join(work, "tradeoff.json"), "w"), indent=1)
    print(open(os.path.join(HERE, "tradeoff.md")).read())


if __name__ == "__main__":
    main()
