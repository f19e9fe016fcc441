//! The token embedding as one op over the int8 table itself, and the graph pass that puts it in
//! place of tract's `Gather(int8 table) → Cast → Mul(Gather(row scales))`.
//!
//! Why: the table is 15 of the model's 28 MB. As a tract constant it is a tensor of its own, which
//! a compiled plan copies out of the WebAssembly module's data segment at every load; this op reads
//! the rows it needs where the plan keeps them (`plan::read_static`). The arithmetic is tract's:
//! each value widened to f32, times its row's f32 scale, so the embeddings are the same bits.

use std::borrow::Cow;
use std::sync::Arc;

use tract_onnx::prelude::*;
use tract_onnx::tract_core::internal::*;
use tract_onnx::tract_core::ops::array::Gather;
use tract_onnx::tract_core::ops::binary::TypedBinOp;
use tract_onnx::tract_core::ops::cast::Cast;
use tract_onnx::tract_core::ops::change_axes::AxisOp;
use tract_onnx::tract_core::ops::math::Mul;

/// `ids [..] → table[id] · scales[id]  [.., dim]` for a `[rows, dim]` int8 table with one f32
/// scale per row.
///
/// ```
/// use palisade::engine::embedding::Int8Embedding;
/// let table = Int8Embedding::new(vec![1, -2, 3, 4], vec![0.5, 0.25], 2).unwrap();
/// assert_eq!(table.lookup(&[1, 0]).unwrap(), [0.75, 1.0, 0.5, -1.0]);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Int8Embedding {
    /// Row-major `[rows, dim]`; borrowed from a compiled plan embedded in the program.
    table: Cow<'static, [i8]>,
    scales: Arc<[f32]>,
    dim: usize,
}

impl Int8Embedding {
    /// `None` unless `table` holds one row of `dim` values per scale.
    pub fn new(table: impl Into<Cow<'static, [i8]>>, scales: impl Into<Arc<[f32]>>, dim: usize) -> Option<Int8Embedding> {
        let (table, scales) = (table.into(), scales.into());
        (dim > 0 && table.len() == scales.len() * dim).then_some(Int8Embedding { table, scales, dim })
    }

    /// The embeddings of `ids`, one row of `dim` values each. An id counts from the end when
    /// negative, as ONNX's `Gather` does; one outside the table is an error.
    pub fn lookup(&self, ids: &[i64]) -> TractResult<Vec<f32>> {
        let mut out = vec![0.0; ids.len() * self.dim];
        self.lookup_into(ids, &mut out)?;
        Ok(out)
    }

    /// [`Int8Embedding::lookup`] into `out` (`ids.len() · dim` values).
    fn lookup_into(&self, ids: &[i64], out: &mut [f32]) -> TractResult<()> {
        let rows = self.scales.len();
        ensure!(out.len() == ids.len() * self.dim, "{} outputs for {} ids of {} values", out.len(), ids.len(), self.dim);
        for (&id, out) in ids.iter().zip(out.chunks_exact_mut(self.dim)) {
            let row = if id < 0 { id + rows as i64 } else { id };
            ensure!((0..rows as i64).contains(&row), "token id {id} outside an embedding table of {rows} rows");
            let row = row as usize;
            let scale = self.scales[row];
            for (o, &q) in out.iter_mut().zip(&self.table[row * self.dim..(row + 1) * self.dim]) {
                *o = q as f32 * scale;
            }
        }
        Ok(())
    }

    /// The table's values (`[rows, dim]`, row-major): what a compiled plan stores.
    pub fn table(&self) -> &[i8] {
        &self.table
    }

    pub fn scales(&self) -> &[f32] {
        &self.scales
    }

    pub fn dim(&self) -> usize {
        self.dim
    }
}

impl Eq for Int8Embedding {}

impl Op for Int8Embedding {
    fn name(&self) -> StaticName {
        "PalisadeInt8Embedding".into()
    }

    fn info(&self) -> TractResult<Vec<String>> {
        Ok(vec![format!("{} rows of {} int8 values, one scale per row", self.scales.len(), self.dim)])
    }

    op_as_typed_op!();
}

impl EvalOp for Int8Embedding {
    op_out_of_plan!();

    fn eval(&self, _ctx: &EvalContext, inputs: TVec<TValue>) -> TractResult<TVec<TValue>> {
        let ids = &inputs[0];
        let mut shape: TVec<usize> = ids.shape().into();
        shape.push(self.dim);
        // SAFETY: `lookup_into` writes every value (or fails, and `out` is dropped unread).
        let mut out = unsafe { Tensor::uninitialized::<f32>(&shape)? };
        self.lookup_into(ids.try_as_plain_ram()?.as_slice::<i64>()?, out.try_as_plain_ram_mut()?.as_slice_mut::<f32>()?)?;
        Ok(tvec!(out.into_tvalue()))
    }
}

impl TypedOp for Int8Embedding {
    fn output_facts(&self, inputs: &[&TypedFact]) -> TractResult<TVec<TypedFact>> {
        ensure!(inputs[0].datum_type == i64::datum_type(), "token ids of type {:?}", inputs[0].datum_type);
        let mut shape: TVec<TDim> = inputs[0].shape.iter().cloned().collect();
        shape.push(self.dim.to_dim());
        Ok(tvec!(f32::fact(shape)))
    }

    as_op!();
}

/// Replaces each `Mul(Cast<f32>(Gather(table, ids)), AddAxis(Gather(scales, ids)))` over a
/// constant int8 `[rows, dim]` table and constant f32 `[rows]` scales (how `train/graph.py`
/// exports the embedding) with an [`Int8Embedding`]; returns how many were replaced.
pub fn use_int8_embeddings(model: &mut TypedModel) -> TractResult<usize> {
    let mut replaced = 0;
    for id in model.eval_order()? {
        let node = model.node(id);
        if !node.op_as::<TypedBinOp>().is_some_and(|b| b.0.is::<Mul>()) || node.inputs.len() != 2 {
            continue;
        }
        let found = [(0, 1), (1, 0)].into_iter().find_map(|(v, s)| embedding_operands(model, node.inputs[v], node.inputs[s]).transpose());
        let Some(found) = found else { continue };
        let (ids, embedding) = found?;
        let patch = TypedModelPatch::replace_single_op(model, node, &[ids], embedding)?;
        patch.apply(model)?;
        replaced += 1;
    }
    Ok(replaced)
}

/// The ids and the op when `values` is `Cast<f32>(Gather(int8 table, ids))` and `scales` is
/// `AddAxis(last)(Gather(f32 scales, the same ids))`.
fn embedding_operands(model: &TypedModel, values: OutletId, scales: OutletId) -> TractResult<Option<(OutletId, Int8Embedding)>> {
    let (cast, add_axis) = (model.node(values.node), model.node(scales.node));
    if !cast.op_as::<Cast>().is_some_and(|c| c.to == f32::datum_type()) {
        return Ok(None);
    }
    let Some((table, ids)) = gathered_constant(model, cast.inputs[0]) else { return Ok(None) };
    let Some(AxisOp::Add(axis)) = add_axis.op_as::<AxisOp>() else { return Ok(None) };
    let Some((row_scales, scale_ids)) = gathered_constant(model, add_axis.inputs[0]) else { return Ok(None) };
    let ids_rank = model.outlet_fact(ids)?.rank();
    if scale_ids != ids || *axis != ids_rank || table.datum_type() != i8::datum_type() || table.rank() != 2 {
        return Ok(None);
    }
    if row_scales.datum_type() != f32::datum_type() || row_scales.rank() != 1 || row_scales.len() != table.shape()[0] {
        return Ok(None);
    }
    let (table_values, scale_values) = (table.try_as_plain_ram()?, row_scales.try_as_plain_ram()?);
    let op = Int8Embedding::new(table_values.as_slice::<i8>()?.to_vec(), scale_values.as_slice::<f32>()?, table.shape()[1]);
    Ok(op.map(|op| (ids, op)))
}

/// The constant and the indices of a `Gather` on axis 0 of a constant.
fn gathered_constant(model: &TypedModel, outlet: OutletId) -> Option<(Arc<Tensor>, OutletId)> {
    let gather = model.node(outlet.node);
    let op = gather.op_as::<Gather>()?;
    if op.axis != 0 || op.output_type.is_some() || gather.inputs.len() != 2 {
        return None;
    }
    let konst = model.outlet_fact(gather.inputs[0]).ok()?.konst.clone()?;
    Some((konst, gather.inputs[1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_rows_and_counts_negative_ids_from_the_end() {
        let e = Int8Embedding::new(vec![1, 2, 3, -128, 127, 0], vec![0.5, 2.0, -1.0], 2).unwrap();
        assert_eq!(e.lookup(&[2, 0, -1]).unwrap(), [-127.0, -0.0, 0.5, 1.0, -127.0, -0.0]);
        assert!(e.lookup(&[3]).is_err() && e.lookup(&[-4]).is_err());
        assert!(Int8Embedding::new(vec![1, 2, 3], vec![1.0, 1.0], 2).is_none());
    }
}
