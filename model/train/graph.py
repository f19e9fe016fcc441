"""Build Palisade's ONNX graph (a BERT encoder, mean pooling, a classifier head) straight from numpy
weights with `onnx.helper`, so the pipeline needs no deep-learning framework.

Only plain ONNX ops that both tract 0.23 and onnxruntime run are used (no LayerNormalization or
fused attention contrib ops); tract recognises the decomposed layer norm itself.

Weights are stored int8 with one fp32 scale per output channel (`Cast` then `Mul`), which makes the
file ~4× smaller than fp32. Both engines fold matrix weights to fp32 when they optimise the graph;
the embedding table stays int8 at run time because it is gathered before it is cast.

    >>> m = build_model(header, weights, kept_ids, head)   # doctest: +SKIP
    >>> onnx.save(m, "palisade.onnx")                        # doctest: +SKIP
"""
from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


def int8_codes(w: np.ndarray, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """int8 codes of `w` and one fp32 scale per slice along `axis` (the max magnitude maps to 127):
    how every stored matrix and the word table are quantised. `codes * scale` is what both engines
    compute from them.

        >>> q, s = int8_codes(np.array([[1.0, -2.0], [0.5, 0.25]], np.float32), axis=1)
        >>> q.tolist(), [round(float(x), 4) for x in s]
        ([[64, -127], [127, 64]], [0.0157, 0.0039])
    """
    scale = np.maximum(np.abs(w).max(axis=axis, keepdims=True), 1e-8) / 127.0
    q = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
    return q, scale.squeeze(axis).astype(np.float32)


class _B:
    """Tiny graph builder: keeps node and initializer lists and hands out unique names."""

    def __init__(self, quantize: bool):
        self.nodes, self.inits, self.n, self.quantize = [], [], 0, quantize

    def name(self, base):
        self.n += 1
        return f"{base}_{self.n}"

    def const(self, arr, base="c"):
        nm = self.name(base)
        self.inits.append(numpy_helper.from_array(np.asarray(arr), nm))
        return nm

    def op(self, op_type, inputs, base=None, **attrs):
        out = self.name(base or op_type.lower())
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def weight(self, w_in_out: np.ndarray, base: str):
        """A [in, out] matrix, int8 per output column when quantising."""
        w = w_in_out.astype(np.float32)
        if not self.quantize:
            return self.const(w, base)
        q, scale = int8_codes(w, axis=0)
        qn = self.const(q, base + "_q")
        f = self.op("Cast", [qn], base + "_f", to=TensorProto.FLOAT)
        return self.op("Mul", [f, self.const(scale, base + "_s")], base)

    def linear(self, x, w_out_in, b, base):
        y = self.op("MatMul", [x, self.weight(w_out_in.T, base + "_w")])
        return self.op("Add", [y, self.const(b.astype(np.float32), base + "_b")])

    def layer_norm(self, x, g, b, eps):
        mean = self.op("ReduceMean", [x], axes=[-1], keepdims=1)
        d = self.op("Sub", [x, mean])
        var = self.op("ReduceMean", [self.op("Mul", [d, d])], axes=[-1], keepdims=1)
        std = self.op("Sqrt", [self.op("Add", [var, self.const(np.float32(eps), "eps")])])
        y = self.op("Div", [d, std])
        return self.op("Add", [self.op("Mul", [y, self.const(g.astype(np.float32), "ln_g")]), self.const(b.astype(np.float32), "ln_b")])

    def gelu(self, x):
        e = self.op("Erf", [self.op("Div", [x, self.const(np.float32(np.sqrt(2.0)), "sqrt2")])])
        return self.op("Mul", [self.op("Mul", [x, self.const(np.float32(0.5), "half")]), self.op("Add", [e, self.const(np.float32(1.0), "one")])])


def build_model(header, weights, kept_ids=None, head=None, layers=None, quantize=True, hidden_out=False, pooling="mean", att_pool=None,
                max_positions=None) -> onnx.ModelProto:
    """The full graph. `head` is a list of (W [in, out], b [out], activation) layers ending in logits;
    without it the output is the pooled embedding (`pooled`, [batch, hidden]), used for training, or
    with `hidden_out` the last layer's states (`hidden`, [batch, seq, hidden]) that fine-tuning of
    the layers above starts from. `max_positions` keeps only the first rows of the position table: the
    runtime's windows never pass 128 tokens, and e5's other 384 rows were 0.6 MB of the shipped file."""
    b = _B(quantize)
    H, nh = header.hidden, header.heads
    dh = H // nh
    L = header.layers if layers is None else layers
    word = weights["emb.word"] if kept_ids is None else weights["emb.word"][np.asarray(kept_ids)]

    ids = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"])
    mask = helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])

    # Embeddings: the word table stays int8 (row scales) and is dequantised after the gather.
    if quantize:
        q, scale = int8_codes(word, axis=1)
        g = b.op("Gather", [b.const(q, "word_q"), "input_ids"], axis=0)
        s = b.op("Gather", [b.const(scale, "word_s"), "input_ids"], axis=0)
        x = b.op("Mul", [b.op("Cast", [g], to=TensorProto.FLOAT), b.op("Unsqueeze", [s, b.const(np.array([-1], np.int64))])])
    else:
        x = b.op("Gather", [b.const(word.astype(np.float32), "word"), "input_ids"], axis=0)
    seq = b.op("Gather", [b.op("Shape", ["input_ids"]), b.const(np.array(1, np.int64))], axis=0)
    positions = b.op("Range", [b.const(np.array(0, np.int64)), seq, b.const(np.array(1, np.int64))])
    x = b.op("Add", [x, b.op("Gather", [b.const(weights["emb.pos"][:max_positions].astype(np.float32), "pos"), positions], axis=0)])
    x = b.op("Add", [x, b.const(weights["emb.type"][0].astype(np.float32), "type0")])
    x = b.layer_norm(x, weights["emb.ln.w"], weights["emb.ln.b"], header.eps)

    maskf = b.op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    # Additive attention bias [batch, 1, 1, seq]: 0 for real tokens, -10000 for padding.
    bias = b.op("Mul", [b.op("Sub", [b.const(np.float32(1.0)), maskf]), b.const(np.float32(-10000.0))])
    bias = b.op("Unsqueeze", [bias, b.const(np.array([1, 2], np.int64))])
    heads_shape = b.const(np.array([0, 0, nh, dh], np.int64))
    merge_shape = b.const(np.array([0, 0, H], np.int64))
    inv_sqrt = b.const(np.float32(1.0 / np.sqrt(dh)))
    for i in range(L):
        p = f"l{i}"
        q = b.op("Transpose", [b.op("Reshape", [b.linear(x, weights[p + ".q.w"], weights[p + ".q.b"], p + "q"), heads_shape])], perm=[0, 2, 1, 3])
        k = b.op("Transpose", [b.op("Reshape", [b.linear(x, weights[p + ".k.w"], weights[p + ".k.b"], p + "k"), heads_shape])], perm=[0, 2, 3, 1])
        v = b.op("Transpose", [b.op("Reshape", [b.linear(x, weights[p + ".v.w"], weights[p + ".v.b"], p + "v"), heads_shape])], perm=[0, 2, 1, 3])
        att = b.op("Add", [b.op("Mul", [b.op("MatMul", [q, k]), inv_sqrt]), bias])
        ctx = b.op("MatMul", [b.op("Softmax", [att], axis=-1), v])
        ctx = b.op("Reshape", [b.op("Transpose", [ctx], perm=[0, 2, 1, 3]), merge_shape])
        x = b.layer_norm(b.op("Add", [b.linear(ctx, weights[p + ".ao.w"], weights[p + ".ao.b"], p + "ao"), x]), weights[p + ".aln.w"], weights[p + ".aln.b"], header.eps)
        h = b.gelu(b.linear(x, weights[p + ".fi.w"], weights[p + ".fi.b"], p + "fi"))
        x = b.layer_norm(b.op("Add", [b.linear(h, weights[p + ".fo.w"], weights[p + ".fo.b"], p + "fo"), x]), weights[p + ".oln.w"], weights[p + ".oln.b"], header.eps)

    if hidden_out:
        b.nodes.append(helper.make_node("Identity", [x], ["hidden"]))
        out_vi = helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["batch", "seq", H])
        graph = helper.make_graph(b.nodes, "palisade-hidden", [ids, mask], [out_vi], b.inits)
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="palisade-train")
        model.ir_version = 8
        return model

    # Mean pooling over real tokens.
    m3 = b.op("Unsqueeze", [maskf, b.const(np.array([-1], np.int64))])
    summed = b.op("ReduceSum", [b.op("Mul", [x, m3]), b.const(np.array([1], np.int64))], keepdims=0)
    count = b.op("Max", [b.op("ReduceSum", [m3, b.const(np.array([1], np.int64))], keepdims=0), b.const(np.float32(1e-6))])
    pooled = b.op("Div", [summed, count], "pooled")
    if pooling == "mean_max":
        # Mean and max over real tokens, side by side: a short attack inside a long benign window
        # moves the mean little (dilution) but still sets some token features to their maximum.
        masked = b.op("Add", [x, _padding_bias(b, m3)])
        peak = b.op("ReduceMax", [masked], axes=[1], keepdims=0)
        pooled = b.op("Concat", [pooled, peak], axis=-1)
        H = 2 * H
    elif pooling == "attn":
        # Attention pooling beside the mean: each of k learned scorers gives a softmax over the real
        # tokens; the k weighted sums are averaged. w: [k, H] (torch Linear layout), bias: [k].
        w, bias_a = att_pool
        w = np.asarray(w, np.float32).reshape(-1, H)
        score = b.op("Add", [b.op("MatMul", [x, b.const(np.ascontiguousarray(w.T), "att_w")]), b.const(np.asarray(bias_a, np.float32).reshape(-1), "att_b")])
        score = b.op("Add", [score, _padding_bias(b, m3)])
        weights_t = b.op("Softmax", [score], axis=1)  # [batch, seq, k]
        per_head = b.op("MatMul", [b.op("Transpose", [weights_t], perm=[0, 2, 1]), x])  # [batch, k, H]
        attended = b.op("ReduceMean", [per_head], axes=[1], keepdims=0)
        pooled = b.op("Concat", [pooled, attended], axis=-1)
        H = 2 * H
    elif pooling != "mean":
        raise ValueError(f"unknown pooling {pooling!r}")
    if head is None:
        out_name, n_out = pooled, H
        out_vi = helper.make_tensor_value_info(pooled, TensorProto.FLOAT, ["batch", H])
    else:
        y = pooled
        for w, bb, act in head:
            y = b.op("Add", [b.op("MatMul", [y, b.const(w.astype(np.float32), "head_w")]), b.const(bb.astype(np.float32), "head_b")])
            if act == "relu":
                y = b.op("Relu", [y])
            elif act == "sigmoid":
                y = b.op("Sigmoid", [y])
        out_name, n_out = y, head[-1][0].shape[1]
        out_vi = helper.make_tensor_value_info("probs", TensorProto.FLOAT, ["batch", n_out])
        b.nodes.append(helper.make_node("Identity", [out_name], ["probs"]))
    if head is None:
        out_vi = helper.make_tensor_value_info("pooled", TensorProto.FLOAT, ["batch", n_out])
        b.nodes.append(helper.make_node("Identity", [out_name], ["pooled"]))
    graph = helper.make_graph(b.nodes, "palisade", [ids, mask], [out_vi], b.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="palisade-train")
    model.ir_version = 8
    onnx.checker.check_model(model, full_check=False)
    return model


def _padding_bias(b, m3):
    """-10000 at padding positions, 0 at real tokens ([batch, seq, 1]): added before a max or softmax over tokens."""
    return b.op("Mul", [b.op("Sub", [b.const(np.float32(1.0)), m3]), b.const(np.float32(-10000.0))])


def padded_inputs(windows, idx, pad=1):
    """`input_ids` and `attention_mask` for the windows at `idx`, padded to the longest of them."""
    n = max(len(windows[i]) for i in idx)
    ids = np.full((len(idx), n), pad, np.int64)
    mask = np.zeros((len(idx), n), np.int64)
    for r, i in enumerate(idx):
        ids[r, : len(windows[i])] = windows[i]
        mask[r, : len(windows[i])] = 1
    return {"input_ids": ids, "attention_mask": mask}
