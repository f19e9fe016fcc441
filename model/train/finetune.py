"""Fine-tuning of the encoder's top layers (none in the shipped models, all six in the 0.5.0 candidate)
and the classifier head.

The frozen encoder (model 0.1) separates the classes well on average but not where it matters:
English benign prompts at 1 % FPR, long benign German answers, a short injection padded by benign
text. Fine-tuning all six layers costs ~8 minutes an epoch on two CPU cores (under 20 seconds on a
GPU, where `sweep.py` compares variants); the top `k` layers cost less when the layers below stay
frozen, because their output can be computed once:

1. the lower `layers - k` layers (with k = 6, only the embeddings) run once over every training
   window in onnxruntime — the same int8 graph the product ships — and their states are cached (fp16);
2. torch trains the top `k` layers (initialised from multilingual-e5-small) and a fresh MLP head on
   those states, with a per-label binary cross-entropy;
3. the trained weights go back into `graph.build_model`, so the exported graph is the same shape as
   before and runs in tract and onnxruntime alike.

Deterministic for a given machine: seeded, single process, fixed thread count (a GPU run is close,
not bit-identical).
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import time

import numpy as np
import onnxruntime as ort
from sklearn.metrics import roc_auc_score

import graph

PAD = 1


def log(msg):
    import sys
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def hidden_states(header, weights, kept, lower, windows, cache_prefix):
    """States after the first `lower` layers for every window (fp16, padding dropped), cached on
    disk by a hash of the windows and the encoder slice."""
    key = hashlib.sha256(json.dumps([lower, len(kept), kept[:50], windows]).encode()).hexdigest()[:16]
    path = f"{cache_prefix}-{key}.npz"
    if os.path.exists(path):
        log(f"  reusing cached hidden states {path}")
        z = np.load(path)
        flat, offsets = z["flat"], z["offsets"]
        return [flat[offsets[i] : offsets[i + 1]] for i in range(len(windows))]
    model = graph.build_model(header, weights, kept, layers=lower, hidden_out=True)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    sess = ort.InferenceSession(model.SerializeToString(), opts, providers=["CPUExecutionProvider"])
    order = np.argsort([len(w) for w in windows], kind="stable")
    out = [None] * len(windows)
    t0 = time.time()
    for s in range(0, len(order), 64):
        idx = order[s : s + 64]
        h = sess.run(["hidden"], graph.padded_inputs(windows, idx, PAD))[0]
        for r, i in enumerate(idx):
            out[i] = h[r, : len(windows[i])].astype(np.float16)
        if (s // 64) % 50 == 0:
            log(f"  hidden states: {s + len(idx)}/{len(windows)} windows, {time.time() - t0:.0f}s")
    offsets = np.cumsum([0] + [len(h) for h in out])
    np.savez(path, flat=np.concatenate(out), offsets=offsets)
    return out


def build_top(torch, header, weights, lower, layers, n_labels, head_hidden=256, pooling="mean", dropout=0.0, att_heads=1):
    nn = torch.nn
    H, nh = header.hidden, header.heads

    class Layer(nn.Module):
        def __init__(self, p):
            super().__init__()
            lin = lambda w, b: _linear(nn, torch, weights[w], weights[b])  # noqa: E731
            self.q, self.k, self.v = lin(p + ".q.w", p + ".q.b"), lin(p + ".k.w", p + ".k.b"), lin(p + ".v.w", p + ".v.b")
            self.ao, self.fi, self.fo = lin(p + ".ao.w", p + ".ao.b"), lin(p + ".fi.w", p + ".fi.b"), lin(p + ".fo.w", p + ".fo.b")
            self.aln, self.oln = _ln(nn, torch, weights[p + ".aln.w"], weights[p + ".aln.b"], header.eps), _ln(nn, torch, weights[p + ".oln.w"], weights[p + ".oln.b"], header.eps)

        def forward(self, x, bias):
            B, S, _ = x.shape
            split = lambda t: t.view(B, S, nh, H // nh).transpose(1, 2)  # noqa: E731
            att = split(self.q(x)) @ split(self.k(x)).transpose(-1, -2) / math.sqrt(H // nh) + bias
            ctx = (att.softmax(-1) @ split(self.v(x))).transpose(1, 2).reshape(B, S, H)
            x = self.aln(self.ao(ctx) + x)
            return self.oln(self.fo(nn.functional.gelu(self.fi(x))) + x)

    class Top(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([Layer(f"l{i}") for i in range(lower, layers)])
            # "attn": a learned score per token picks which tokens to pool, beside the mean; a short
            # attack in a long benign window keeps its weight instead of being averaged away.
            # Several scorers, averaged, so that no single token can take the whole pool.
            self.att = nn.Linear(H, att_heads) if pooling == "attn" else None
            self.h1 = nn.Linear(2 * H if self.att is not None else H, head_hidden)
            self.drop = nn.Dropout(dropout)
            self.h2 = nn.Linear(head_hidden, n_labels)
            # Set by `train` with `aux`: a second head (pooled -> 64 ReLU -> 1) that learns the output
            # head's task beside the prompt head; discarded after training.
            self.aux = None

        def pooled(self, x, mask):
            bias = ((1.0 - mask) * -10000.0)[:, None, None, :]
            for layer in self.layers:
                x = layer(x, bias)
            pooled = (x * mask[..., None]).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-6)
            if self.att is not None:
                w = (self.att(x) + ((1.0 - mask) * -10000.0)[..., None]).softmax(1)  # [B, S, heads]
                pooled = torch.cat([pooled, (w.transpose(1, 2) @ x).mean(1)], -1)
            return pooled

        def head(self, pooled):
            return self.h2(self.drop(torch.relu(self.h1(self.drop(pooled)))))

        def forward(self, x, mask):
            return self.head(self.pooled(x, mask))

    return Top()


def _linear(nn, torch, w, b):
    lin = nn.Linear(w.shape[1], w.shape[0])
    with torch.no_grad():
        lin.weight.copy_(torch.from_numpy(np.ascontiguousarray(w, np.float32)))
        lin.bias.copy_(torch.from_numpy(np.ascontiguousarray(b, np.float32)))
    return lin


def _ln(nn, torch, g, b, eps):
    ln = nn.LayerNorm(g.shape[0], eps=eps)
    with torch.no_grad():
        ln.weight.copy_(torch.from_numpy(g.astype(np.float32)))
        ln.bias.copy_(torch.from_numpy(b.astype(np.float32)))
    return ln


def _batches(states, idx, batch, torch):
    """Length-sorted batches (little padding), in shuffled batch order."""
    for chunk in idx:
        n = max(len(states[i]) for i in chunk)
        x = np.zeros((len(chunk), n, states[chunk[0]].shape[1]), np.float32)
        m = np.zeros((len(chunk), n), np.float32)
        for r, i in enumerate(chunk):
            x[r, : len(states[i])] = states[i]
            m[r, : len(states[i])] = 1
        yield chunk, torch.from_numpy(x), torch.from_numpy(m)


def _chunks(order, batch):
    return [order[s : s + batch] for s in range(0, len(order), batch)]


def device(torch):
    """A GPU where there is one (the sweep in `sweep.py`), else the CPU the pipeline runs on."""
    return torch.device("cuda" if torch.cuda.is_available() else "cpu")


def predict(torch, model, states, batch=64, aux=False):
    """Probabilities of the prompt head for `states`, or (`aux`) of the auxiliary output head."""
    model.eval()
    dev = next(model.parameters()).device
    order = np.argsort([len(s) for s in states], kind="stable")
    out = np.zeros((len(states), 1 if aux else model.h2.out_features), np.float32)
    with torch.no_grad():
        for chunk, x, m in _batches(states, _chunks(order, batch), batch, torch):
            logits = model.aux(model.pooled(x.to(dev), m.to(dev))) if aux else model(x.to(dev), m.to(dev))
            out[chunk] = torch.sigmoid(logits).cpu().numpy()
    return out


def load_head(torch, model, init):
    """Start the head from a trained one instead of from random weights: `init` is (head, att) as
    `train` returns them, e.g. the frozen-encoder head. Fine-tuning the encoder under a trained head
    ("linear probing, then fine-tuning") moves the pretrained features less than under a random
    head, whose large early gradients reach every layer."""
    head, att = init
    (w1, b1, _), (w2, b2, _) = head
    sd = {"h1.weight": w1.T, "h1.bias": b1, "h2.weight": w2.T, "h2.bias": b2}
    if att is not None:
        sd.update({"att.weight": att[0], "att.bias": att[1]})
    with torch.no_grad():
        params = dict(model.named_parameters())
        for name, value in sd.items():
            params[name].copy_(torch.from_numpy(np.ascontiguousarray(value, np.float32)).reshape(params[name].shape))


def train(header, weights, kept, layers, k, train_windows, Y_train, extra_windows, val_windows, Y_val, work,
          epochs=2, extra_per_epoch=10000, batch=32, seed=0, lr=4e-5, pooling="mean", head_lr=1e-3, extra_val=None, decision_cols=3, dropout=0.0, weight_decay=0.01, att_heads=1,
          init=None, states=None, history=None, aux=None, aux_val=None, aux_weight=1.0, aux_per_epoch=6000, aux_head_lr=1e-3):
    """Returns (updated weights, head for graph.build_model, validation probabilities from torch,
    attention-pooling weights or None, torch probabilities for `extra_val` windows or None).

    `init`: (head, att) to start the head from (see `load_head`); the epoch is then chosen among
    the starting point too. `states`: a function like `hidden_states` (the device sweep computes
    them on the GPU). `history`: a list that receives each epoch's validation figures.

    `aux`: (windows, harmful labels) of the output head's task (`train.py --lp-ft-output-loss`).
    A second small head learns them on the same pooled features, its loss (× `aux_weight`) added
    to the prompt head's, so that the encoder is trained to keep what the output head will need.
    Without it the encoder sees answers only as rows of the prompt head; candidate 0.7g's lost
    separation on harmful answers that way (experiments_0.7.md). `aux_per_epoch` of its windows
    are drawn each epoch; for the first twentieth of the steps the new head learns on detached
    features, so its random start sends no large gradients into the encoder (the reason for
    LP-FT). The head is discarded: the shipped output head is still fitted afterwards
    (`train.py`'s `fit_output_head`). `aux_val`: (windows, labels) whose AUROC under the auxiliary
    head is logged each epoch; the epoch is still chosen on the prompt head alone."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    dev = device(torch)
    states_fn = states or hidden_states
    rng = np.random.default_rng(seed)
    lower = layers - k
    log(f"fine-tuning layers {lower}..{layers - 1} and the head; caching the states of layers 0..{lower - 1}")
    t0 = time.time()
    S_train = states_fn(header, weights, kept, lower, train_windows, os.path.join(work, "hidden-train"))
    S_extra = states_fn(header, weights, kept, lower, extra_windows, os.path.join(work, "hidden-extra"))
    S_val = states_fn(header, weights, kept, lower, val_windows, os.path.join(work, "hidden-val"))
    log(f"  states ready in {time.time() - t0:.0f}s")
    states = S_train + S_extra
    Y = np.concatenate([Y_train, np.zeros((len(S_extra), Y_train.shape[1]), Y_train.dtype)]).astype(np.float32)
    n_labels = Y.shape[1]
    model = build_top(torch, header, weights, lower, layers, n_labels, pooling=pooling, dropout=dropout, att_heads=att_heads)
    if init is not None:
        load_head(torch, model, init)
    S_aux = S_auxval = None
    if aux is not None:
        S_aux = states_fn(header, weights, kept, lower, aux[0], os.path.join(work, "hidden-aux"))
        if aux_val is not None:
            S_auxval = states_fn(header, weights, kept, lower, aux_val[0], os.path.join(work, "hidden-auxval"))
        y_aux = np.concatenate([np.zeros(len(states), np.float32), np.asarray(aux[1], np.float32)])
        is_aux = np.concatenate([np.zeros(len(states), np.float32), np.ones(len(S_aux), np.float32)])
        Y = np.concatenate([Y, np.zeros((len(S_aux), n_labels), np.float32)])
        states = states + S_aux
        width = model.h1.in_features
        model.aux = torch.nn.Sequential(torch.nn.Linear(width, 64), torch.nn.ReLU(), torch.nn.Linear(64, 1))
        n_pos = float(np.sum(aux[1]))
        aux_loss_fn = torch.nn.BCEWithLogitsLoss(reduction="none", pos_weight=torch.tensor([(len(S_aux) - n_pos) / max(n_pos, 1.0)]).to(dev))
        log(f"  auxiliary output-head loss: {len(S_aux)} windows ({int(n_pos)} harmful), {min(aux_per_epoch, len(S_aux))} an epoch, weight {aux_weight:g}")
    model.to(dev)
    pos = Y[: len(S_train)].sum(0)
    # Balanced classes per label, as the frozen-encoder heads had (class_weight="balanced").
    pos_weight = torch.tensor((len(S_train) - pos) / np.maximum(pos, 1), dtype=torch.float32, device=dev)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight)
    loss_fn_rows = torch.nn.BCEWithLogitsLoss(pos_weight=pos_weight, reduction="none")
    enc_params = [p for n, p in model.named_parameters() if n.startswith("layers.")]
    head_params = [p for n, p in model.named_parameters() if not n.startswith(("layers.", "aux."))]
    aux_params = [p for n, p in model.named_parameters() if n.startswith("aux.")]
    groups = [{"params": enc_params, "lr": lr}, {"params": head_params, "lr": head_lr}, {"params": aux_params, "lr": aux_head_lr}]
    opt = torch.optim.AdamW([g for g in groups if g["params"]], weight_decay=weight_decay)
    per_epoch = len(S_train) + min(extra_per_epoch, len(S_extra)) + (min(aux_per_epoch, len(S_aux)) if aux is not None else 0)
    total_steps = epochs * math.ceil(per_epoch / batch)
    warm = max(1, total_steps // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (total_steps - s) / max(1, total_steps - warm)))
    best, best_auc, step = None, -1.0, 0
    yv = Y_val[:, :decision_cols].max(1)

    def evaluate(epoch, t0):
        nonlocal best, best_auc
        P = predict(torch, model, S_val)
        # Unsafe = any decision label (the first `decision_cols` columns; the rest are categories).
        pmax = P[:, :decision_cols].max(1)
        auc = roc_auc_score(yv, pmax)
        neg = np.sort(pmax[yv == 0])
        t = neg[min(len(neg) - 1, int(math.ceil(0.99 * len(neg))) - 1)] if len(neg) else 1.0
        recall = float((pmax[yv == 1] > t).mean())
        aux_note = ""
        if S_auxval is not None:
            aux_note = f", auxiliary head on validation answers AUROC {roc_auc_score(aux_val[1], predict(torch, model, S_auxval, aux=True)[:, 0]):.4f}"
        log(f"  epoch {epoch}: val unsafe AUROC {auc:.4f}, recall at 1 % FPR {recall:.4f}{aux_note} ({time.time() - t0:.0f}s)")
        if history is not None:
            history.append({"epoch": epoch, "auroc": float(auc), "recall_at_1pct": recall, "probs": P})
        if best is None or auc > best_auc:  # (a one-class validation slice gives nan)
            best_auc = auc
            best = ({n: p.detach().clone() for n, p in model.state_dict().items()}, P)

    if init is not None:
        evaluate(0, time.time())
    for epoch in range(epochs):
        extra = rng.permutation(len(S_extra))[:extra_per_epoch] + len(S_train)
        idx = np.concatenate([np.arange(len(S_train)), extra])
        if aux is not None:
            idx = np.concatenate([idx, rng.permutation(len(S_aux))[:aux_per_epoch] + len(S_train) + len(S_extra)])
        # Length-sorted chunks of nearby lengths, visited in random order.
        idx = idx[np.argsort([len(states[i]) + rng.random() * 8 for i in idx], kind="stable")]
        chunks = _chunks(idx, batch)
        rng.shuffle(chunks)
        model.train()
        t0, seen, run_loss = time.time(), 0, 0.0
        for chunk, x, m in _batches(states, chunks, batch, torch):
            if aux is None:
                loss = loss_fn(model(x.to(dev), m.to(dev)), torch.from_numpy(Y[chunk]).to(dev))
            else:
                # Per row: the prompt head's loss on prompt-side rows, the auxiliary head's on its
                # own, each as a share of the batch (a batch of prompt rows only weighs as before).
                pooled = model.pooled(x.to(dev), m.to(dev))
                main = loss_fn_rows(model.head(pooled), torch.from_numpy(Y[chunk]).to(dev)).mean(1)
                z = model.aux(pooled if step >= warm else pooled.detach())[:, 0]
                side = aux_loss_fn(z, torch.from_numpy(y_aux[chunk]).to(dev))
                a = torch.from_numpy(is_aux[chunk]).to(dev)
                loss = ((1 - a) * main + aux_weight * a * side).mean()
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            step += 1
            seen += len(chunk)
            run_loss = 0.98 * run_loss + 0.02 * loss.item() if step > 1 else loss.item()
            if step % 50 == 0:
                rate = seen / (time.time() - t0)
                log(f"  epoch {epoch + 1}/{epochs} step {step}/{total_steps} loss {run_loss:.4f} ({rate:.1f} windows/s, eta {(per_epoch - seen) / rate / 60:.0f} min this epoch)")
        evaluate(epoch + 1, t0)
    model.load_state_dict(best[0])
    new = dict(weights)
    names = {"q": "q", "k": "k", "v": "v", "ao": "ao", "fi": "fi", "fo": "fo"}
    sd = {n: t.cpu().numpy().astype(np.float32) for n, t in model.state_dict().items()}
    for j, i in enumerate(range(lower, layers)):
        for ours in names:
            new[f"l{i}.{ours}.w"] = sd[f"layers.{j}.{ours}.weight"]
            new[f"l{i}.{ours}.b"] = sd[f"layers.{j}.{ours}.bias"]
        for ln in ("aln", "oln"):
            new[f"l{i}.{ln}.w"] = sd[f"layers.{j}.{ln}.weight"]
            new[f"l{i}.{ln}.b"] = sd[f"layers.{j}.{ln}.bias"]
    head = [(sd["h1.weight"].T, sd["h1.bias"], "relu"), (sd["h2.weight"].T, sd["h2.bias"], "sigmoid")]
    att = (sd["att.weight"], sd["att.bias"]) if pooling == "attn" else None
    P_extra = None
    if extra_val is not None:
        P_extra = predict(torch, model, states_fn(header, weights, kept, lower, extra_val, os.path.join(work, "hidden-extraval")))
    return new, head, best[1], att, P_extra
