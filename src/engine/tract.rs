//! The `tract-onnx` engine: protobuf (int8 weights dequantised there, [`super::prefold`]) → typed →
//! decluttered → integer kernels swapped in → optimised → runnable, with the batch and sequence
//! dimensions left symbolic so one plan serves every window shape.

use std::io::Cursor;
use std::sync::Arc;

use tract_onnx::prelude::*;

use super::integer_linear::use_integer_kernels;
use super::prefold::fold_dequantised_weights;
use super::{split_rows, Engine};
use crate::error::{Error, Result};
use crate::window::Batch;

type Plan = Arc<TypedRunnableModel>;

/// ONNX inference with tract.
///
/// ```no_run
/// use palisade::{engine::{Engine, TractEngine}, window::Batch};
/// let bytes = std::fs::read("model/palisade.onnx").unwrap();
/// let engine = TractEngine::from_bytes(&bytes, 3).unwrap();
/// let out = engine.run(&Batch { ids: vec![0, 2], mask: vec![1, 1], rows: 1, cols: 2 }).unwrap();
/// assert_eq!(out[0].len(), 3);
/// ```
pub struct TractEngine {
    plan: Plan,
    labels: usize,
    integer_products: usize,
}

/// Which kernels run the matrix products whose weights are stored int8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kernels {
    /// Palisade's integer kernel ([`kernel`](super::kernel)): int8 weights as stored,
    /// activations quantised per row. ~2.2× faster than tract's f32 kernels in WebAssembly
    /// (`bench/RESULTS.md`); natively ~1.3× slower than tract's AVX2-FMA f32.
    #[default]
    Integer,
    /// tract's own f32 kernels on the dequantised weights (the reference).
    Float,
}

impl TractEngine {
    /// Parses and optimises an ONNX classifier with `labels` outputs, on [`Kernels::Integer`].
    pub fn from_bytes(bytes: &[u8], labels: usize) -> Result<Self> {
        TractEngine::from_bytes_with(bytes, labels, Kernels::Integer)
    }

    /// As [`TractEngine::from_bytes`], choosing the kernels.
    pub fn from_bytes_with(bytes: &[u8], labels: usize, kernels: Kernels) -> Result<Self> {
        TractEngine::load(bytes, labels, kernels, true)
    }

    fn load(bytes: &[u8], labels: usize, kernels: Kernels, prefold: bool) -> Result<Self> {
        let bad = |e: TractError| Error::InvalidModel(format!("{e:#}"));
        let onnx = tract_onnx::onnx();
        let mut proto = onnx.proto_model_for_read(&mut Cursor::new(bytes)).map_err(bad)?;
        if prefold {
            fold_dequantised_weights(&mut proto);
        }
        let mut model = onnx.model_for_proto_model(&proto).map_err(bad)?;
        drop(proto);
        if model.inputs.len() != 2 {
            return Err(Error::InvalidModel(format!("expected 2 inputs (input_ids, attention_mask), found {}", model.inputs.len())));
        }
        let batch = model.sym("B");
        let seq = model.sym("S");
        let fact = || InferenceFact::dt_shape(i64::datum_type(), tvec![batch.to_dim(), seq.to_dim()]);
        model.set_input_fact(0, fact()).map_err(bad)?;
        model.set_input_fact(1, fact()).map_err(bad)?;
        let mut typed = model.into_typed().map_err(bad)?.into_decluttered().map_err(bad)?;
        let integer_products = match kernels {
            Kernels::Integer => use_integer_kernels(&mut typed).map_err(bad)?,
            Kernels::Float => 0,
        };
        let plan = typed.into_optimized().map_err(bad)?.into_runnable().map_err(bad)?;
        Ok(TractEngine { plan, labels, integer_products })
    }

    /// How many matrix products run on the integer kernel (0 for an fp32 model or
    /// [`Kernels::Float`]).
    pub fn integer_products(&self) -> usize {
        self.integer_products
    }
}

impl Engine for TractEngine {
    fn name(&self) -> &'static str {
        if self.integer_products > 0 {
            "tract"
        } else {
            "tract-f32"
        }
    }

    fn run_padded(&self, batch: &Batch) -> Result<Vec<Vec<f32>>> {
        let fail = |e: TractError| Error::Inference(format!("{e:#}"));
        let shape = [batch.rows, batch.cols];
        let ids = Tensor::from_shape(&shape, &batch.ids).map_err(fail)?;
        let mask = Tensor::from_shape(&shape, &batch.mask).map_err(fail)?;
        let out = self.plan.run(tvec![ids.into(), mask.into()]).map_err(fail)?;
        let first = out.first().ok_or_else(|| Error::Inference("model produced no output".into()))?;
        let view = first.to_plain_array_view::<f32>().map_err(fail)?;
        let probs: Vec<f32> = view.iter().copied().collect();
        split_rows(&probs, batch.rows, self.labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::SpecialTokens;

    /// Weights dequantised in the protobuf are the constants tract would have folded: the same
    /// probabilities bit for bit, on both kernels.
    #[test]
    fn prefolded_weights_change_nothing() {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/model/palisade.onnx")).unwrap();
        let config = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/model/config.json")).unwrap();
        let columns = crate::config::ModelConfig::from_json(&config).unwrap().model_columns();
        let mut proto = tract_onnx::onnx().proto_model_for_read(&mut Cursor::new(&bytes)).unwrap();
        assert_eq!(fold_dequantised_weights(&mut proto), 36, "every encoder matrix");
        let ids: Vec<u32> = (0..100u32).map(|i| 5 + (i * 37) % 39_000).collect();
        let batch = Batch::from_windows(&ids, &[0..100, 40..90], SpecialTokens { cls: 0, sep: 2, pad: 1 });
        for kernels in [Kernels::Integer, Kernels::Float] {
            let folded = TractEngine::load(&bytes, columns, kernels, true).unwrap();
            let plain = TractEngine::load(&bytes, columns, kernels, false).unwrap();
            assert_eq!(folded.integer_products, plain.integer_products);
            assert_eq!(folded.run(&batch).unwrap(), plain.run(&batch).unwrap(), "{kernels:?}");
        }
    }
}
