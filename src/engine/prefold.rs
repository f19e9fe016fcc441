//! Dequantises the model's int8 weights in the ONNX protobuf, before tract reads the graph.
//!
//! Why: `graph.py` stores each matrix as `Mul(Cast(int8 initializer), per-column scale)`. tract
//! folds those constants itself while analysing the graph, through its generic broadcasting `Mul`
//! at ~8 ns a value: 0.3 s of a 1.2 s cold start in WebAssembly for the 21 M values of model 0.3.
//! The same product in a plain loop here takes a few milliseconds; tract then reads ready f32
//! constants, and everything after (the integer kernel recovers the int8 values exactly) is unchanged.

use std::collections::HashMap;

use tract_onnx::pb::{tensor_proto::DataType, GraphProto, ModelProto, NodeProto, TensorProto};

/// Replaces every `Mul(Cast(int8 [k, n] initializer → float), f32 [n] initializer)` whose inputs
/// nothing else reads with one f32 initializer named like the `Mul`'s output; returns how many.
/// Anything else (another layout, a shared input, external data) is left for tract.
pub(crate) fn fold_dequantised_weights(model: &mut ModelProto) -> usize {
    let Some(graph) = model.graph.as_mut() else { return 0 };
    let mut readers: HashMap<String, usize> = HashMap::new();
    for input in graph.node.iter().flat_map(|n| &n.input).chain(graph.output.iter().map(|o| &o.name)) {
        *readers.entry(input.clone()).or_default() += 1;
    }
    let initializer: HashMap<String, usize> = graph.initializer.iter().enumerate().map(|(i, t)| (t.name.clone(), i)).collect();
    let producer: HashMap<String, usize> = graph.node.iter().enumerate().flat_map(|(i, n)| n.output.iter().map(move |o| (o.clone(), i))).collect();
    let mut drop_nodes = vec![false; graph.node.len()];
    let mut drop_inits = vec![false; graph.initializer.len()];
    let mut added = Vec::new();
    for (m, node) in graph.node.iter().enumerate() {
        let Some(f) = match_fold(graph, node, &readers, &initializer, &producer) else { continue };
        // Decoded once, here; a tensor whose data does not fit its dims is left for tract.
        let Some(folded) = dequantise(&graph.initializer[f.weight], &graph.initializer[f.scale], node.output[0].clone()) else { continue };
        added.push(folded);
        drop_nodes[m] = true;
        drop_nodes[f.cast] = true;
        drop_inits[f.weight] = true;
        drop_inits[f.scale] = true;
    }
    let folded = added.len();
    let mut i = 0;
    graph.node.retain(|_| (!drop_nodes[i], i += 1).0);
    let mut i = 0;
    graph.initializer.retain(|_| (!drop_inits[i], i += 1).0);
    graph.initializer.extend(added);
    folded
}

/// A `Mul(Cast(weight), scale)` to fold: the Cast node and the two initializers.
struct Fold {
    cast: usize,
    weight: usize,
    scale: usize,
}

fn match_fold(
    graph: &GraphProto,
    node: &NodeProto,
    readers: &HashMap<String, usize>,
    initializer: &HashMap<String, usize>,
    producer: &HashMap<String, usize>,
) -> Option<Fold> {
    if node.op_type != "Mul" || !node.domain.is_empty() || node.input.len() != 2 || node.output.len() != 1 {
        return None;
    }
    let only_reader = |name: &String| readers.get(name) == Some(&1);
    let (cast_out, scale_name) = (&node.input[0], &node.input[1]);
    let cast = *producer.get(cast_out)?;
    let cast_node = &graph.node[cast];
    let to_float = cast_node.attribute.iter().any(|a| a.name == "to" && a.i == DataType::Float as i64);
    if cast_node.op_type != "Cast" || !to_float || cast_node.input.len() != 1 || !only_reader(cast_out) || !only_reader(scale_name) {
        return None;
    }
    let weight = *initializer.get(&cast_node.input[0])?;
    let scale = *initializer.get(scale_name)?;
    let (w, s) = (&graph.initializer[weight], &graph.initializer[scale]);
    let plain = |t: &TensorProto| t.segment.is_none() && t.external_data.is_empty();
    let dims_ok = w.dims.len() == 2 && s.dims.len() == 1 && w.dims[1] == s.dims[0] && w.dims.iter().all(|&d| d > 0);
    let types_ok = w.data_type == DataType::Int8 as i32 && s.data_type == DataType::Float as i32;
    (plain(w) && plain(s) && dims_ok && types_ok && only_reader(&cast_node.input[0])).then_some(Fold { cast, weight, scale })
}

/// int8 values, from `raw_data` (what `numpy_helper` writes) or `int32_data`.
fn weight_values(t: &TensorProto) -> Option<Vec<i8>> {
    if !t.raw_data.is_empty() {
        Some(t.raw_data.iter().map(|&b| b as i8).collect())
    } else {
        t.int32_data.iter().map(|&v| i8::try_from(v).ok()).collect()
    }
}

fn scale_values(t: &TensorProto) -> Option<Vec<f32>> {
    if !t.raw_data.is_empty() {
        (t.raw_data.len() % 4 == 0).then(|| t.raw_data.chunks_exact(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]])).collect())
    } else {
        Some(t.float_data.clone())
    }
}

/// `q · scale` per column, as ONNX `Mul(Cast(q), scale)` computes it (one f32 product each);
/// `None` when the data does not have the `[k, n]` and `[n]` values the dims say.
fn dequantise(weight: &TensorProto, scale: &TensorProto, name: String) -> Option<TensorProto> {
    let (q, s) = (weight_values(weight)?, scale_values(scale)?);
    let n = s.len();
    if n == 0 || q.len() != weight.dims.iter().product::<i64>() as usize || n as i64 != weight.dims[1] {
        return None;
    }
    let mut raw = Vec::with_capacity(q.len() * 4);
    for (i, &v) in q.iter().enumerate() {
        raw.extend_from_slice(&(v as f32 * s[i % n]).to_le_bytes());
    }
    Some(TensorProto { name, dims: weight.dims.clone(), data_type: DataType::Float as i32, raw_data: raw, ..Default::default() })
}
