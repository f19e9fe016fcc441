"""The shipped model with its int8 weights expanded to plain fp32 initialisers.

model/train/graph.py stores each weight as int8 → Cast → Mul(scale); this folds those constant
subgraphs into fp32 tensors, so the benchmark can also run every engine on a graph with no
quantisation at all (the same network and the same numbers, only stored at 4 bytes a weight).

    python3 bench/fp32_export.py OUT_DIR     # writes palisade.onnx, tokenizer.json, config.json
"""
import hashlib
import json
import os
import shutil
import sys

import numpy as np
import onnx
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
MODEL_DIR = os.path.join(HERE, "..", "model")


def main(out_dir):
    m = onnx.load(os.path.join(MODEL_DIR, "palisade.onnx"))
    g = m.graph
    inits = {i.name: i for i in g.initializer}
    producers = {o: n for n in g.node for o in n.output}
    folded, drop = {}, set()
    for n in g.node:
        if n.op_type != "Mul" or len(n.input) != 2:
            continue
        cast = producers.get(n.input[0])
        if cast is None or cast.op_type != "Cast" or cast.input[0] not in inits or n.input[1] not in inits:
            continue
        q = numpy_helper.to_array(inits[cast.input[0]])
        if q.dtype != np.int8:
            continue
        scale = numpy_helper.to_array(inits[n.input[1]])
        folded[n.output[0]] = (q.astype(np.float32) * scale).astype(np.float32)
        drop.update({id(n), id(cast)})
        drop_inits = (cast.input[0], n.input[1])
        for name in drop_inits:
            inits.pop(name, None)
    nodes = [n for n in g.node if id(n) not in drop]
    del g.node[:]
    g.node.extend(nodes)
    del g.initializer[:]
    g.initializer.extend(list(inits.values()) + [numpy_helper.from_array(w, name) for name, w in folded.items()])
    onnx.checker.check_model(m)
    os.makedirs(out_dir, exist_ok=True)
    data = m.SerializeToString()
    open(os.path.join(out_dir, "palisade.onnx"), "wb").write(data)
    shutil.copy(os.path.join(MODEL_DIR, "tokenizer.json"), out_dir)
    config = json.load(open(os.path.join(MODEL_DIR, "config.json")))
    config["model_sha256"] = hashlib.sha256(data).hexdigest()
    config["name"] += "-fp32-bench"
    json.dump(config, open(os.path.join(out_dir, "config.json"), "w"), indent=1)
    print(f"folded {len(folded)} int8 weights; {len(data) / 1e6:.1f} MB → {out_dir}")


if __name__ == "__main__":
    main(sys.argv[1])
