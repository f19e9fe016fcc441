//! ONNX Runtime through `ort` with `load-dynamic`: the shared library is found at run time, e.g.
//! the `libonnxruntime.so` inside PyPI's `onnxruntime` wheel (no download at build time).

use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use ort::session::Session;
use ort::value::Tensor;

use super::logits::expose_logits;
use super::{select_output, split_rows, Engine, Output};
use crate::error::{Error, Result};
use crate::window::Batch;

static ENVIRONMENT: OnceLock<std::result::Result<ort::environment::Environment, String>> = OnceLock::new();

/// Where to look for `libonnxruntime.so`: `ORT_DYLIB_PATH`, else the `onnxruntime` Python
/// package found by asking `python3`.
pub fn find_library() -> Result<PathBuf> {
    if let Ok(p) = std::env::var("ORT_DYLIB_PATH") {
        return Ok(PathBuf::from(p));
    }
    let out = std::process::Command::new("python3")
        .args(["-c", "import onnxruntime, os; print(os.path.join(os.path.dirname(onnxruntime.__file__), 'capi'))"])
        .output()
        .map_err(|e| Error::EngineUnavailable(format!("set ORT_DYLIB_PATH (python3 not runnable: {e})")))?;
    let dir = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    let lib = std::fs::read_dir(&dir)
        .map_err(|_| Error::EngineUnavailable("set ORT_DYLIB_PATH or `pip install onnxruntime`".into()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("libonnxruntime.so")))
        .ok_or_else(|| Error::EngineUnavailable(format!("no libonnxruntime.so in {}", dir.display())))?;
    Ok(lib)
}

fn environment(lib: &Path) -> Result<&'static ort::environment::Environment> {
    ENVIRONMENT
        .get_or_init(|| {
            ort::init_from(lib)
                .map_err(|e| e.to_string())?
                .with_name("palisade")
                .build()
                .map_err(|e| e.to_string())
        })
        .as_ref()
        .map_err(|e| Error::EngineUnavailable(format!("could not load ONNX Runtime from {}: {e}", lib.display())))
}

/// Native ONNX Runtime inference (single-threaded by default, for fair comparisons).
pub struct OrtEngine {
    session: Mutex<Session>,
    labels: usize,
    /// Whether the session's second output is the logits ([`super::logits`]).
    logits: bool,
}

impl OrtEngine {
    /// Loads ONNX Runtime (once per process) and builds a session from model bytes, with the
    /// logits behind the probabilities as a second output (as tract runs it).
    pub fn from_bytes(bytes: &[u8], labels: usize, threads: usize) -> Result<Self> {
        let env = environment(&find_library()?)?;
        use tract_onnx::prelude::Framework;
        let mut proto = tract_onnx::onnx()
            .proto_model_for_read(&mut std::io::Cursor::new(bytes))
            .map_err(|e| Error::InvalidModel(format!("{e:#}")))?;
        let logits = expose_logits(&mut proto);
        let edited = logits.then(|| prost::Message::encode_to_vec(&proto));
        drop(proto);
        let bytes = edited.as_deref().unwrap_or(bytes);
        let bad = |e: ort::Error| Error::InvalidModel(e.to_string());
        let session = Session::builder(env)
            .map_err(bad)?
            .with_intra_threads(threads.max(1))
            .map_err(|e| Error::InvalidModel(e.to_string()))?
            .commit_from_memory(bytes)
            .map_err(bad)?;
        Ok(OrtEngine { session: Mutex::new(session), labels, logits })
    }
}

impl Engine for OrtEngine {
    fn name(&self) -> &'static str {
        "ort"
    }

    fn run_padded(&self, batch: &Batch, output: Output) -> Result<Vec<Vec<f32>>> {
        let fail = |e: ort::Error| Error::Inference(e.to_string());
        let shape = [batch.rows as i64, batch.cols as i64];
        let ids = Tensor::from_array((shape, batch.ids.clone())).map_err(fail)?;
        let mask = Tensor::from_array((shape, batch.mask.clone())).map_err(fail)?;
        let mut session = self.session.lock().map_err(|_| Error::Inference("session poisoned".into()))?;
        let outputs = session.run(ort::inputs!["input_ids" => ids, "attention_mask" => mask]).map_err(fail)?;
        let (_, probs) = outputs[0].try_extract_tensor::<f32>().map_err(fail)?;
        let logits = match (output, self.logits) {
            (Output::Logits, true) => Some(outputs[1].try_extract_tensor::<f32>().map_err(fail)?.1),
            _ => None,
        };
        split_rows(&select_output(probs, logits, output), batch.rows, self.labels)
    }
}
