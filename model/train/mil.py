"""The output head trained as multiple-instance learning (`train.py --output-head-mil bags`).

The stream scanner scores an answer as dozens of short pieces and blocks it when any one piece
crosses the threshold. The shipped output head (0.4.1) learns from pieces labelled like the answer
they were cut from, so a generic piece of a harmful answer ("**Pick your moment** — choose a time
when…") is taught as harmful, and the same kind of piece in a benign how-to answer then fires: every
blind long-answer file so far has raised events on ordinary step-by-step sections.

Here a harmful answer is one *bag* of its pieces, and only a smooth maximum over the bag has to
score high: the head may leave the generic pieces low as long as some piece of the answer — the
one that says what is being done — scores high. Every piece of a benign answer is still an instance
that must score low, and prompts keep their own labels. That is also exactly the scanner's rule
(block when the highest piece crosses), so the loss asks for what the product does with the score.

The head has the shape of the shipped one (pooled features -> 64 ReLU units -> one logit), so
`train.py` merges it into the graph the same way.

    W1, b1, W2, b2 = train(X, y, bags)   # X: (n, d) instances, y: 0/1, bags: [(k_i, d) arrays]
"""
from __future__ import annotations

import math
import time

import numpy as np


def train(X, y, bags, *, hidden=64, epochs=30, lr=1e-3, weight_decay=1e-4, sharpness=5.0, seed=0, batch=256, log=print):
    """An MLP trained on instances `X` (labels `y`) and positive bags (each an array of its
    pieces' features, all from one harmful answer).

    A bag's logit is `logsumexp(sharpness * z) / sharpness` over its pieces: at least their
    maximum, at most the maximum plus log(k) / sharpness, so one high piece satisfies it and many
    middling pieces do not add up to much. Each step takes `batch` instances and the same share of
    the bags (every bag once an epoch); a bag weighs as much as one instance.

    Returns the weights as train.py stores heads: W1 (d, hidden), b1 (hidden,), W2 (hidden,), b2.
    The features are used as given (train.py standardises them beforehand)."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(2)
    rng = np.random.default_rng(seed)
    Xt = torch.tensor(np.asarray(X, np.float32))
    yt = torch.tensor(np.asarray(y, np.float32))
    n, d = Xt.shape
    longest = max((len(b) for b in bags), default=1)
    B = torch.zeros((len(bags), longest, d))
    mask = torch.zeros((len(bags), longest), dtype=torch.bool)
    for i, b in enumerate(bags):
        B[i, : len(b)] = torch.tensor(np.asarray(b, np.float32))
        mask[i, : len(b)] = True
    net = torch.nn.Sequential(torch.nn.Linear(d, hidden), torch.nn.ReLU(), torch.nn.Linear(hidden, 1))
    opt = torch.optim.AdamW(net.parameters(), lr=lr, weight_decay=weight_decay)
    bce = torch.nn.BCEWithLogitsLoss(reduction="sum")
    steps = max(1, math.ceil(n / batch))
    t0 = time.time()
    for epoch in range(epochs):
        order = torch.tensor(rng.permutation(n))
        bag_order = torch.tensor(rng.permutation(len(bags))) if bags else None
        total = 0.0
        for s in range(steps):
            idx = order[s * batch : (s + 1) * batch]
            loss = bce(net(Xt[idx])[:, 0], yt[idx])
            count = len(idx)
            if bags:
                bi = bag_order[s * len(bags) // steps : (s + 1) * len(bags) // steps]
                if len(bi):
                    z = net(B[bi])[..., 0].masked_fill(~mask[bi], -1e4)
                    pooled = torch.logsumexp(sharpness * z, dim=1) / sharpness
                    loss = loss + bce(pooled, torch.ones(len(bi)))
                    count += len(bi)
            loss = loss / count
            opt.zero_grad()
            loss.backward()
            opt.step()
            total += float(loss) * count
        if epoch % 5 == 4 or epoch == epochs - 1:
            log(f"  MIL head epoch {epoch + 1}/{epochs}: loss {total / (n + len(bags)):.4f} ({time.time() - t0:.0f}s)")
    lin1, lin2 = net[0], net[2]
    return (lin1.weight.detach().numpy().T.astype(np.float64), lin1.bias.detach().numpy().astype(np.float64),
            lin2.weight.detach().numpy()[0].astype(np.float64), float(lin2.bias.detach()[0]))
