//! Inference engines behind one small trait: the same [`Batch`] in, one row of label
//! probabilities (or the logits behind them, [`Output`]) per window out.
//!
//! * [`TractEngine`] — pure Rust (`tract-onnx`), the engine inside WebAssembly; also native.
//! * [`OrtEngine`] (feature `ort`, native only) — ONNX Runtime loaded at run time from a
//!   `libonnxruntime.so`, the reference for parity and speed.

use crate::error::Result;
use crate::window::Batch;

pub mod embedding;
mod integer_linear;
mod logits;
mod plan;
pub mod kernel;
pub mod kernel7;
mod prefold;
mod tract;
pub use self::tract::{Kernels, TractEngine};

#[cfg(all(feature = "ort", not(target_arch = "wasm32")))]
mod ort;
#[cfg(all(feature = "ort", not(target_arch = "wasm32")))]
pub use self::ort::OrtEngine;

/// What an engine call returns for each row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Output {
    /// Label probabilities, the graph's own output: what scores and thresholds use.
    #[default]
    Probabilities,
    /// The logits the probabilities are the sigmoid of. They do not saturate (a probability is
    /// exactly 1.0 in f32 from a logit of about 17), so they still rank and measure windows the
    /// model is certain about: what explanations use. For a graph that does not end in a sigmoid,
    /// the log-odds of its probabilities.
    Logits,
}

/// Runs the classifier graph: `input_ids` and `attention_mask` `[rows, cols]` → `[rows, labels]`.
pub trait Engine {
    /// Short name for logs and results (`"tract"`, `"ort"`).
    fn name(&self) -> &'static str;
    /// One row of `output` per row of `batch`, run exactly as given (padding included).
    fn run_padded(&self, batch: &Batch, output: Output) -> Result<Vec<Vec<f32>>>;
    /// One probability vector per batch row (see [`Engine::run_as`]).
    fn run(&self, batch: &Batch) -> Result<Vec<Vec<f32>>> {
        self.run_as(batch, Output::Probabilities)
    }
    /// One row of `output` per batch row; rows of very different lengths run separately so
    /// that a short last window does not pay for a full one (see [`Batch::by_length`]).
    fn run_as(&self, batch: &Batch, output: Output) -> Result<Vec<Vec<f32>>> {
        let groups = batch.by_length();
        if groups.len() == 1 && groups[0].1.cols == batch.cols {
            return self.run_padded(batch, output);
        }
        let mut out = vec![Vec::new(); batch.rows];
        for (rows, sub) in groups {
            for (r, values) in rows.into_iter().zip(self.run_padded(&sub, output)?) {
                out[r] = values;
            }
        }
        Ok(out)
    }
}

/// Which engine to build; the tract ones are the only ones in WebAssembly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EngineKind {
    /// tract with Palisade's integer kernel for int8 weights ([`Kernels::Integer`]).
    #[default]
    Tract,
    /// tract with its own f32 kernels throughout ([`Kernels::Float`]): the reference.
    TractFloat,
    /// tract with the integer kernel on activations rounded to 7 bits ([`Kernels::Integer7`]):
    /// fastest where WebAssembly has relaxed SIMD; its verdicts differ from the default's near
    /// a threshold.
    TractInt7,
    Ort,
}

impl std::str::FromStr for EngineKind {
    type Err = crate::Error;
    fn from_str(s: &str) -> Result<Self> {
        match s {
            "tract" => Ok(EngineKind::Tract),
            "tract-f32" => Ok(EngineKind::TractFloat),
            "tract-int7" => Ok(EngineKind::TractInt7),
            "ort" => Ok(EngineKind::Ort),
            other => Err(crate::Error::InvalidOption(format!("unknown engine {other:?} (expected tract, tract-f32, tract-int7 or ort)"))),
        }
    }
}

/// Splits a flat `[rows, labels]` output into rows, checking its size.
pub(crate) fn split_rows(flat: &[f32], rows: usize, labels: usize) -> Result<Vec<Vec<f32>>> {
    if flat.len() != rows * labels {
        return Err(crate::Error::Inference(format!(
            "model returned {} values, expected {rows} rows × {labels} labels",
            flat.len()
        )));
    }
    Ok(flat.chunks(labels.max(1)).map(|c| c.to_vec()).collect())
}

/// The graph outputs an engine reads: the probabilities, and the logits where the graph exposes
/// them ([`logits::expose_logits`]); picks or derives the `output` asked for.
pub(crate) fn select_output(probabilities: &[f32], logits: Option<&[f32]>, output: Output) -> Vec<f32> {
    match (output, logits) {
        (Output::Probabilities, _) => probabilities.to_vec(),
        (Output::Logits, Some(l)) => l.to_vec(),
        (Output::Logits, None) => probabilities.iter().map(|&p| logits::logit(p)).collect(),
    }
}
