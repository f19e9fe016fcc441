//! A tract op that runs `activations · int8 weights` on [`kernel`](super::kernel), and the graph
//! pass that puts it in place of tract's float matrix products.
//!
//! Why a pass over tract's graph rather than an engine of our own: everything else (embeddings,
//! layer norm, attention, the head) stays tract's, so any graph `train/graph.py` exports still
//! runs, and only products with a constant weight that is exactly int8 per column change kernel.

use std::sync::Arc;

use tract_onnx::prelude::*;
use tract_onnx::tract_core::internal::*;
use tract_onnx::tract_core::ops::binary::TypedBinOp;
use tract_onnx::tract_core::ops::einsum::EinSum;
use tract_onnx::tract_core::ops::math::Add;

use super::kernel::{Addends, PackedWeights};
use super::kernel7::SevenBitWeights;

/// `[..prefix, ..contracted] · [..contracted, n] (+ bias[n]) (+ residual) → [..prefix, n]` with a
/// packed int8 weight. The residual, when there is one, is the op's second input, of the output's
/// shape.
#[derive(Debug, Clone)]
pub struct IntegerLinear {
    pub(crate) weights: LinearWeights,
    /// How many leading input axes are kept (the rest are contracted, flattened to `k`).
    pub(crate) prefix_rank: usize,
    /// Added per output column ([`fuse_addends`]).
    pub(crate) bias: Option<Arc<[f32]>>,
    /// Whether a second input is added as it is (a residual connection, [`fuse_addends`]).
    pub(crate) residual: bool,
}

/// The weights of an [`IntegerLinear`], packed for the kernel that multiplies them: which one
/// decides the activations' precision.
#[derive(Debug, Clone, PartialEq)]
pub enum LinearWeights {
    /// [`kernel`](super::kernel): activations rounded to 15 bits per row (the default engine).
    Bits15(Arc<PackedWeights>),
    /// [`kernel7`](super::kernel7): activations rounded to 7 bits per row (`tract-int7`).
    Bits7(Arc<SevenBitWeights>),
}

impl LinearWeights {
    pub fn k(&self) -> usize {
        match self {
            LinearWeights::Bits15(w) => w.k(),
            LinearWeights::Bits7(w) => w.k(),
        }
    }

    pub fn n(&self) -> usize {
        match self {
            LinearWeights::Bits15(w) => w.n(),
            LinearWeights::Bits7(w) => w.n(),
        }
    }

    /// The stored integers (`[k, n]`, row-major) and per-column scales.
    pub fn to_int8(&self) -> (Vec<i8>, Vec<f32>) {
        match self {
            LinearWeights::Bits15(w) => w.to_int8(),
            LinearWeights::Bits7(w) => w.to_int8(),
        }
    }

    fn matmul_add(&self, a: &[f32], m: usize, addends: Addends<'_>, out: &mut [f32]) {
        match self {
            LinearWeights::Bits15(w) => w.matmul_add(a, m, addends, out),
            LinearWeights::Bits7(w) => w.matmul_add(a, m, addends, out),
        }
    }
}

impl PartialEq for IntegerLinear {
    fn eq(&self, other: &Self) -> bool {
        self.prefix_rank == other.prefix_rank && self.residual == other.residual && self.bias == other.bias && self.weights == other.weights
    }
}

impl Eq for IntegerLinear {}

impl Op for IntegerLinear {
    fn name(&self) -> StaticName {
        "PalisadeIntegerLinear".into()
    }

    fn info(&self) -> TractResult<Vec<String>> {
        Ok(vec![format!(
            "k={} n={} int8 weights, activations quantised per row to {} bits{}{}",
            self.weights.k(),
            self.weights.n(),
            if matches!(self.weights, LinearWeights::Bits7(_)) { 7 } else { 15 },
            if self.bias.is_some() { ", bias added" } else { "" },
            if self.residual { ", residual added" } else { "" }
        )])
    }

    op_as_typed_op!();
}

impl EvalOp for IntegerLinear {
    op_out_of_plan!();

    fn eval(&self, _ctx: &EvalContext, inputs: TVec<TValue>) -> TractResult<TVec<TValue>> {
        let input = &inputs[0];
        let shape = input.shape();
        ensure!(shape.len() >= self.prefix_rank, "input rank {} below {}", shape.len(), self.prefix_rank);
        let k: usize = shape[self.prefix_rank..].iter().product();
        ensure!(k == self.weights.k(), "contracted size {k} but the weight has k = {}", self.weights.k());
        let m: usize = shape[..self.prefix_rank].iter().product();
        let mut out_shape: TVec<usize> = shape[..self.prefix_rank].into();
        out_shape.push(self.weights.n());
        ensure!(inputs.len() == 1 + self.residual as usize, "{} inputs for an integer linear layer with residual = {}", inputs.len(), self.residual);
        // SAFETY: `matmul_add` writes every element of `out` (each row, each column of each
        // panel) before anything reads it, and every bit pattern is a valid f32. Zero-filling it
        // first was a memset of every layer's output (~1 % of a call in WebAssembly).
        let mut out = unsafe { Tensor::uninitialized::<f32>(&out_shape)? };
        {
            let a = input.try_as_plain_ram()?;
            let residual = if self.residual {
                ensure!(inputs[1].shape() == &*out_shape, "residual of shape {:?} for an output of shape {out_shape:?}", inputs[1].shape());
                Some(inputs[1].try_as_plain_ram()?)
            } else {
                None
            };
            let residual = residual.as_ref().map(|r| r.as_slice::<f32>()).transpose()?;
            let mut dst = out.try_as_plain_ram_mut()?;
            let addends = Addends { bias: self.bias.as_deref(), residual };
            self.weights.matmul_add(a.as_slice::<f32>()?, m, addends, dst.as_slice_mut::<f32>()?);
        }
        Ok(tvec!(out.into_tvalue()))
    }
}

impl TypedOp for IntegerLinear {
    fn output_facts(&self, inputs: &[&TypedFact]) -> TractResult<TVec<TypedFact>> {
        let mut shape: TVec<TDim> = inputs[0].shape.iter().take(self.prefix_rank).cloned().collect();
        shape.push(self.weights.n().to_dim());
        Ok(tvec!(f32::fact(shape)))
    }

    as_op!();
}

/// Replaces every float `EinSum` of the form `p…c…, c…n -> p…n` whose second operand is a
/// constant int8-per-column matrix with an [`IntegerLinear`]; returns how many were replaced.
/// Run it on a decluttered model (where tract has folded `Cast(int8) * scale` into a constant).
pub fn use_integer_kernels(model: &mut TypedModel) -> TractResult<usize> {
    let mut replaced = 0;
    for id in model.eval_order()? {
        let node = model.node(id);
        let Some(einsum) = node.op_as::<EinSum>() else { continue };
        if einsum.q_params.is_some() || einsum.operating_dt != f32::datum_type() || node.inputs.len() != 2 {
            continue;
        }
        let Some(prefix_rank) = linear_prefix(&einsum.axes.to_string()) else { continue };
        let a_fact = model.outlet_fact(node.inputs[0])?;
        let w_fact = model.outlet_fact(node.inputs[1])?;
        if a_fact.datum_type != f32::datum_type() || a_fact.konst.is_some() {
            continue;
        }
        let Some(w) = w_fact.konst.clone() else { continue };
        if w.datum_type() != f32::datum_type() || w.rank() < 2 {
            continue;
        }
        let n = *w.shape().last().unwrap();
        let k: usize = w.shape()[..w.rank() - 1].iter().product();
        let plain = w.try_as_plain_ram()?;
        let Some(packed) = PackedWeights::from_exact_int8(plain.as_slice::<f32>()?, k, n) else { continue };
        let op = IntegerLinear { weights: LinearWeights::Bits15(Arc::new(packed)), prefix_rank, bias: None, residual: false };
        let inputs = [node.inputs[0]];
        let patch = TypedModelPatch::replace_single_op(model, node, &inputs, op)?;
        patch.apply(model)?;
        replaced += 1;
    }
    Ok(replaced)
}

/// Folds into each [`IntegerLinear`] the `Add` of a constant bias (`[1, …, 1, n]`) that follows
/// it, then the `Add` of a residual of its output's shape that follows that, when the layer's
/// output goes nowhere else; returns how many adds were folded. The sums keep their order
/// (`(product + bias) + residual`), so the results are the same bits.
///
/// Why: each of those adds was a pass of tract's generic broadcasting `Add` over the whole
/// output, with an allocation (~4 % of a call in WebAssembly, `bench/RESULTS.md`).
pub fn fuse_addends(model: &mut TypedModel) -> TractResult<usize> {
    let mut fused = 0;
    for residual in [false, true] {
        for id in model.eval_order()? {
            let node = model.node(id);
            let Some(op) = node.op_as::<IntegerLinear>() else { continue };
            if (residual && op.residual) || (!residual && op.bias.is_some()) {
                continue;
            }
            let Some(add) = model.single_succ(id)? else { continue };
            if !add.op_as::<TypedBinOp>().is_some_and(|b| b.0.is::<Add>()) || add.inputs.len() != 2 || model.outputs.contains(&OutletId::new(id, 0)) {
                continue;
            }
            let Some(other) = add.inputs.iter().copied().find(|o| o.node != id) else { continue };
            let other_fact = model.outlet_fact(other)?;
            let own_fact = model.outlet_fact(OutletId::new(id, 0))?;
            if other_fact.datum_type != f32::datum_type() {
                continue;
            }
            let n = op.weights.n();
            let mut new_op = op.clone();
            let mut inputs: TVec<OutletId> = node.inputs.iter().copied().collect();
            if residual {
                if other_fact.konst.is_some() || other_fact.shape != own_fact.shape {
                    continue;
                }
                new_op.residual = true;
                inputs.push(other);
            } else {
                let Some(bias) = other_fact.konst.clone() else { continue };
                let ones = bias.shape().split_last().is_some_and(|(&last, rest)| last == n && rest.iter().all(|&d| d == 1));
                if !ones || bias.rank() != own_fact.rank() {
                    continue;
                }
                let plain = bias.try_as_plain_ram()?;
                new_op.bias = Some(plain.as_slice::<f32>()?.into());
            }
            let add_id = add.id;
            let mut patch = TypedModelPatch::default();
            let taps: TVec<OutletId> = inputs.iter().map(|i| patch.tap_model(model, *i)).collect::<TractResult<_>>()?;
            let wire = patch.wire_node(&model.node(add_id).name, new_op, &taps)?[0];
            patch.shunt_outside(model, add_id.into(), wire)?;
            patch.apply(model)?;
            fused += 1;
        }
    }
    model.compact()?;
    Ok(fused)
}

/// Switches every [`IntegerLinear`] to 7-bit activations ([`kernel7`](super::kernel7), the
/// `tract-int7` engine), repacking its weights; returns how many were switched.
///
/// Why at load rather than in a plan of its own: the module embeds one plan, and the 15-bit
/// engine stays the default; the repacking is one pass over the int8 weights.
pub fn use_seven_bit_activations(model: &mut TypedModel) -> TractResult<usize> {
    let mut switched = 0;
    for id in model.eval_order()? {
        let node = model.node_mut(id);
        let Some(op) = node.op_as::<IntegerLinear>() else { continue };
        let LinearWeights::Bits15(packed) = &op.weights else { continue };
        let mut new_op = op.clone();
        new_op.weights = LinearWeights::Bits7(Arc::new(SevenBitWeights::from_packed(packed)));
        node.op = Box::new(new_op);
        switched += 1;
    }
    Ok(switched)
}

/// Puts tract's float `EinSum` back in place of every [`IntegerLinear`], on the weights
/// dequantised (`q · scale`): the [`Kernels::Float`](super::Kernels::Float) reference for a
/// model that arrives as a compiled plan, where only the integers are stored. Returns how many
/// were replaced.
pub fn use_float_kernels(model: &mut TypedModel) -> TractResult<usize> {
    let mut replaced = 0;
    for id in model.eval_order()? {
        let node = model.node(id);
        let Some(op) = node.op_as::<IntegerLinear>() else { continue };
        let (k, n, prefix_rank) = (op.weights.k(), op.weights.n(), op.prefix_rank);
        let (bias, residual) = (op.bias.clone(), op.residual.then(|| node.inputs[1]));
        let (q, scales) = op.weights.to_int8();
        let weights: Vec<f32> = q.iter().enumerate().map(|(i, &v)| v as f32 * scales[i % n]).collect();
        let input_fact = model.outlet_fact(node.inputs[0])?.clone();
        let mut patch = TypedModelPatch::default();
        let mut wire = patch.tap_model(model, node.inputs[0])?;
        if input_fact.rank() != prefix_rank + 1 {
            let from: TVec<TDim> = input_fact.shape.iter().skip(prefix_rank).cloned().collect();
            let to = tvec![k.to_dim()];
            wire = patch.wire_node(format!("{}.flatten", node.name), AxisOp::Reshape(prefix_rank, from, to), &[wire])?[0];
        }
        let w = patch.add_const(format!("{}.weights", node.name), Tensor::from_shape(&[k, n], &weights)?)?;
        let prefix: String = "abcdefghij".chars().take(prefix_rank).collect();
        let axes: AxesMapping = format!("{prefix}k,kn->{prefix}n").parse()?;
        // The last node wired takes the layer's name; with adds after it the product gets a suffix.
        let product = if bias.is_none() && residual.is_none() { node.name.clone() } else { format!("{}.product", node.name) };
        wire = patch.wire_node(product, EinSum::new(axes, f32::datum_type()), &[wire, w])?[0];
        if let Some(bias) = &bias {
            let mut shape = tvec![1usize; prefix_rank];
            shape.push(n);
            let b = patch.add_const(format!("{}.bias", node.name), Tensor::from_shape(&shape, bias)?)?;
            wire = patch.wire_node(format!("{}.add_bias", node.name), TypedBinOp(Box::new(Add), None), &[wire, b])?[0];
        }
        if let Some(residual) = residual {
            let r = patch.tap_model(model, residual)?;
            wire = patch.wire_node(format!("{}.add_residual", node.name), TypedBinOp(Box::new(Add), None), &[wire, r])?[0];
        }
        patch.shunt_outside(model, id.into(), wire)?;
        patch.apply(model)?;
        replaced += 1;
    }
    Ok(replaced)
}

/// For an axes string `"amk,kn->amn"` or `"ambk,bkn->amn"`: the number of kept leading axes of
/// the first input when the product is a plain linear layer over its trailing axes, else `None`.
fn linear_prefix(axes: &str) -> Option<usize> {
    let (inputs, output) = axes.split_once("->")?;
    let (a, w) = inputs.split_once(',')?;
    let (a, w, output): (Vec<char>, Vec<char>, Vec<char>) = (a.chars().collect(), w.chars().collect(), output.chars().collect());
    let (&n, contracted) = w.split_last()?;
    if contracted.is_empty() || a.len() <= contracted.len() || a.ends_with(&[n]) {
        return None;
    }
    let prefix = &a[..a.len() - contracted.len()];
    let linear = a.ends_with(contracted) && output.len() == prefix.len() + 1 && output.starts_with(prefix) && output.last() == Some(&n);
    let distinct = prefix.iter().all(|c| !contracted.contains(c) && *c != n);
    (linear && distinct).then_some(prefix.len())
}

#[cfg(test)]
mod tests {
    use super::linear_prefix;

    #[test]
    fn recognises_linear_layers_only() {
        assert_eq!(linear_prefix("amk,kn->amn"), Some(2));
        assert_eq!(linear_prefix("ambk,bkn->amn"), Some(2));
        assert_eq!(linear_prefix("mk,kn->mn"), Some(1));
        assert_eq!(linear_prefix("mak,kn->mn"), None, "a reduced axis");
        assert_eq!(linear_prefix("ambk,anbk->abmn"), None, "attention");
        assert_eq!(linear_prefix("amk,nk->amn"), None, "transposed weight");
        assert_eq!(linear_prefix("akm,akn->amn"), None);
    }
}
