//! The model config shipped next to the ONNX file: labels, thresholds, window geometry, hashes.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

/// Block and flag thresholds for one label.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LabelThresholds {
    /// Probability at or above which the text is blocked.
    pub block: f32,
    /// Probability at or above which the text is flagged for review (≤ `block`).
    pub flag: f32,
}

/// Sliding-window geometry, in tokens, counting the two special tokens each window carries.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowConfig {
    /// Tokens per window, special tokens included.
    pub size: usize,
    /// How far each window start moves; `stride < size - 2` gives overlapping windows.
    pub stride: usize,
}

/// Ids of the special tokens the windows are wrapped in.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SpecialTokens {
    pub cls: u32,
    pub sep: u32,
    pub pad: u32,
}

/// A named set of thresholds and what it measured on validation data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OperatingPoint {
    pub thresholds: BTreeMap<String, LabelThresholds>,
    #[serde(default)]
    pub measured_fpr: Option<f64>,
    #[serde(default)]
    pub measured_recall: Option<f64>,
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// `config.json`: everything Palisade needs to know about a model besides its bytes.
///
/// ```
/// let json = r#"{"name":"m","version":"1","labels":["harmful"],
///   "thresholds":{"harmful":{"block":0.9,"flag":0.5}},
///   "window":{"size":16,"stride":8},"special_tokens":{"cls":0,"sep":2,"pad":1},
///   "model_sha256":"00"}"#;
/// let cfg = palisade::ModelConfig::from_json(json).unwrap();
/// assert_eq!(cfg.labels, vec!["harmful"]);
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ModelConfig {
    pub name: String,
    pub version: String,
    /// The decision labels: the model's first output columns, in order; each an independent
    /// probability with thresholds.
    pub labels: Vec<String>,
    /// Harm categories (`cyber`, `self_harm`, …): output columns after [`ModelConfig::labels`] that
    /// say what kind of harm a text is about. They have no thresholds of their own and decide
    /// nothing unless a call's policy sets one (see [`crate::ScoreOptions::thresholds`]).
    #[serde(default)]
    pub categories: Vec<String>,
    pub thresholds: BTreeMap<String, LabelThresholds>,
    /// The labels that decide for model outputs (`Kind::Output`); `None`: every label. The others
    /// are still scored and reported, and decide for an output only when a call sets a threshold
    /// for them. Model 0.3 decides outputs on `harmful` alone: "jailbreak" and "injection" are
    /// attacks *on* a model, and in an answer's markdown, commands and quoted prompts they were
    /// most of the false positives.
    #[serde(default)]
    pub output_labels: Option<Vec<String>>,
    /// Labels that a separate output head scores for model outputs: for `Kind::Output` (and
    /// streams) the label's probability is read from this extra column of the model's output,
    /// after the labels and categories, instead of its own column. A head trained on answers and
    /// stream pieces then leaves the prompt head exactly as it was. Empty: one head for both.
    ///
    /// ```
    /// let json = r#"{"name":"m","version":"1","labels":["harmful"],"categories":["cyber"],
    ///   "output_columns":{"harmful":2},"thresholds":{"harmful":{"block":0.9,"flag":0.5}},
    ///   "window":{"size":128,"stride":96},
    ///   "special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"00"}"#;
    /// let cfg = palisade::ModelConfig::from_json(json)?;
    /// assert_eq!(cfg.model_columns(), 3);
    /// # Ok::<(), palisade::Error>(())
    /// ```
    #[serde(default)]
    pub output_columns: BTreeMap<String, usize>,
    /// Labels that the output head scores for the pieces of a stream ([`crate::StreamScanner`])
    /// from yet another extra column: the same head, calibrated on pieces instead of whole
    /// answers. A stream of a long answer is scored as dozens of short pieces, and its first
    /// event ends it, so a piece must clear a stricter bar than a whole answer (which is judged
    /// by its highest window) for a benign stream to pass as often as a benign answer does.
    /// Empty: stream pieces are read like outputs ([`ModelConfig::output_columns`]).
    ///
    /// ```
    /// let json = r#"{"name":"m","version":"1","labels":["harmful"],
    ///   "output_columns":{"harmful":1},"stream_columns":{"harmful":2},
    ///   "thresholds":{"harmful":{"block":0.9,"flag":0.5}},"window":{"size":128,"stride":96},
    ///   "special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"00"}"#;
    /// let cfg = palisade::ModelConfig::from_json(json)?;
    /// assert_eq!(cfg.model_columns(), 3);
    /// # Ok::<(), palisade::Error>(())
    /// ```
    #[serde(default)]
    pub stream_columns: BTreeMap<String, usize>,
    pub window: WindowConfig,
    /// Conversation context: how many tokens of the user's prompt the model reads before an
    /// output window (its first and last halves when longer), laid out `CLS prompt SEP SEP answer
    /// SEP`. 0 (the default, and models before 0.4): the model reads no context, and a call that
    /// passes one gets `INVALID_OPTION`.
    #[serde(default)]
    pub context_prompt_tokens: usize,
    pub special_tokens: SpecialTokens,
    /// Lower-case hex sha256 of the ONNX bytes.
    pub model_sha256: String,
    /// Lower-case hex sha256 of `tokenizer.json`, when the config pins one.
    #[serde(default)]
    pub tokenizer_sha256: Option<String>,
    /// Named threshold sets (`strict`, `balanced`, `permissive`) with the validation FPR/recall each gave.
    #[serde(default)]
    pub operating_points: BTreeMap<String, OperatingPoint>,
    /// Name of the graph's probability output.
    #[serde(default = "default_output")]
    pub output: String,
    /// Validation metrics and provenance; carried along, not interpreted.
    #[serde(flatten)]
    pub extra: BTreeMap<String, serde_json::Value>,
}

fn default_output() -> String {
    "probs".into()
}

impl ModelConfig {
    /// Parses and validates a config.
    pub fn from_json(json: &str) -> Result<Self> {
        let cfg: ModelConfig = serde_json::from_str(json).map_err(|e| Error::InvalidConfig(e.to_string()))?;
        cfg.validate()?;
        Ok(cfg)
    }

    /// Checks the invariants the rest of the pipeline relies on.
    pub fn validate(&self) -> Result<()> {
        if self.labels.is_empty() {
            return Err(Error::InvalidConfig("no labels".into()));
        }
        let mut names: Vec<&String> = self.labels.iter().chain(&self.categories).collect();
        names.sort();
        if let Some(w) = names.windows(2).find(|w| w[0] == w[1]) {
            return Err(Error::InvalidConfig(format!("output column {:?} is named twice", w[0])));
        }
        if let Some(unknown) = self.output_labels.iter().flatten().find(|l| !self.labels.contains(l)) {
            return Err(Error::InvalidConfig(format!("output_labels: {unknown:?} is not one of the labels")));
        }
        let extra = [("output_columns", &self.output_columns), ("stream_columns", &self.stream_columns)];
        for (field, columns) in extra {
            for (label, &column) in columns {
                if !self.labels.contains(label) {
                    return Err(Error::InvalidConfig(format!("{field}: {label:?} is not one of the labels")));
                }
                // Extra columns only (after labels and categories), at most 64 of them: a typo'd huge
                // index would otherwise make every engine call fail.
                if column < self.columns() || column >= self.columns() + 64 {
                    return Err(Error::InvalidConfig(format!(
                        "{field}: {label:?} -> {column} must be an extra column, in {}..{}",
                        self.columns(),
                        self.columns() + 64
                    )));
                }
            }
        }
        if self.window.size < 3 || self.window.size > 4096 {
            return Err(Error::InvalidConfig(format!("window.size {} must be in 3..=4096", self.window.size)));
        }
        if self.window.stride == 0 || self.window.stride > self.window.size - 2 {
            return Err(Error::InvalidConfig(format!(
                "window.stride {} must be in 1..={}",
                self.window.stride,
                self.window.size - 2
            )));
        }
        // With a full context an output window must still hold a useful stretch of answer.
        if self.context_prompt_tokens > 0 && self.context_prompt_tokens + 4 + MIN_ANSWER_TOKENS > self.window.size {
            return Err(Error::InvalidConfig(format!(
                "context_prompt_tokens {} leaves fewer than {MIN_ANSWER_TOKENS} answer tokens in a window of {}",
                self.context_prompt_tokens, self.window.size
            )));
        }
        let sets = std::iter::once(("thresholds".to_string(), &self.thresholds))
            .chain(self.operating_points.iter().map(|(n, p)| (format!("operating point {n:?}"), &p.thresholds)));
        for (what, set) in sets {
            for label in &self.labels {
                let t = set
                    .get(label)
                    .ok_or_else(|| Error::InvalidConfig(format!("{what}: no thresholds for label {label:?}")))?;
                check_threshold(label, t.block).map_err(|e| Error::InvalidConfig(format!("{what}: {e}")))?;
                check_threshold(label, t.flag).map_err(|e| Error::InvalidConfig(format!("{what}: {e}")))?;
            }
        }
        Ok(())
    }

    /// The window geometry for answer tokens read after `context` prompt tokens: the context and
    /// its two separators take room from each window, and the stride shrinks with it so that
    /// windows still overlap. Without context, [`ModelConfig::window`].
    ///
    /// ```
    /// # let mut cfg: palisade::ModelConfig = serde_json::from_str(palisade::Guard::embedded_artefacts().2).unwrap();
    /// cfg.window = palisade::WindowConfig { size: 128, stride: 96 };
    /// assert_eq!(cfg.window_after(0), cfg.window);
    /// let w = cfg.window_after(48); // 128 - 48 - 2 = 78: 76 answer tokens between CLS and SEP
    /// assert_eq!((w.size, w.stride), (78, 76));
    /// ```
    pub fn window_after(&self, context: usize) -> WindowConfig {
        if context == 0 {
            return self.window;
        }
        let size = self.window.size.saturating_sub(context + 2).max(3);
        WindowConfig { size, stride: self.window.stride.clamp(1, size - 2) }
    }

    /// How many probabilities the model returns per window: labels, then categories.
    pub fn columns(&self) -> usize {
        self.labels.len() + self.categories.len()
    }

    /// Columns of the model's output: [`ModelConfig::columns`] plus the extra columns of
    /// [`ModelConfig::output_columns`] and [`ModelConfig::stream_columns`].
    pub fn model_columns(&self) -> usize {
        self.output_columns.values().chain(self.stream_columns.values()).map(|c| c + 1).max().unwrap_or(0).max(self.columns())
    }

    /// Whether rows need [`ModelConfig::reported_row`] (the model has extra columns).
    pub fn has_extra_columns(&self) -> bool {
        !(self.output_columns.is_empty() && self.stream_columns.is_empty())
    }

    /// One row of model output as the labels and categories a text of `kind` is judged on: for
    /// outputs, labels listed in [`ModelConfig::output_columns`] take their extra column; for the
    /// pieces of an output stream (`stream_piece`), those of [`ModelConfig::stream_columns`] take
    /// theirs first.
    ///
    /// ```
    /// # let json = r#"{"name":"m","version":"1","labels":["harmful"],
    /// #   "output_columns":{"harmful":1},"stream_columns":{"harmful":2},
    /// #   "thresholds":{"harmful":{"block":0.9,"flag":0.5}},"window":{"size":128,"stride":96},
    /// #   "special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"00"}"#;
    /// # let cfg = palisade::ModelConfig::from_json(json)?;
    /// use palisade::Kind;
    /// let row = [0.1, 0.6, 0.3]; // prompt head, output head on whole answers, output head on pieces
    /// assert_eq!(cfg.reported_row(Kind::Prompt, false, &row), vec![0.1]);
    /// assert_eq!(cfg.reported_row(Kind::Output, false, &row), vec![0.6]);
    /// assert_eq!(cfg.reported_row(Kind::Output, true, &row), vec![0.3]);
    /// # Ok::<(), palisade::Error>(())
    /// ```
    pub fn reported_row(&self, kind: crate::Kind, stream_piece: bool, row: &[f32]) -> Vec<f32> {
        let mut out = row[..self.columns()].to_vec();
        if kind == crate::Kind::Output {
            for columns in [Some(&self.output_columns), stream_piece.then_some(&self.stream_columns)].into_iter().flatten() {
                for (label, &column) in columns {
                    if let Some(i) = self.labels.iter().position(|l| l == label) {
                        out[i] = row[column];
                    }
                }
            }
        }
        out
    }

    /// Verifies `bytes` against [`ModelConfig::model_sha256`].
    pub fn verify_model(&self, bytes: &[u8]) -> Result<()> {
        self.verify_model_digest(&sha256_hex(bytes))
    }

    /// Compares a model's sha256, computed by the caller (hex), with [`ModelConfig::model_sha256`].
    pub fn verify_model_digest(&self, actual: &str) -> Result<()> {
        if !actual.trim().eq_ignore_ascii_case(self.model_sha256.trim()) {
            return Err(Error::ModelHashMismatch { expected: self.model_sha256.clone(), actual: actual.to_string() });
        }
        Ok(())
    }

    /// Verifies tokenizer bytes against [`ModelConfig::tokenizer_sha256`] when the config pins one.
    pub fn verify_tokenizer(&self, bytes: &[u8]) -> Result<()> {
        if let Some(expected) = &self.tokenizer_sha256 {
            let actual = sha256_hex(bytes);
            if !actual.eq_ignore_ascii_case(expected.trim()) {
                return Err(Error::InvalidTokenizer(format!(
                    "tokenizer does not match this model (sha256 expected {expected}, got {actual})"
                )));
            }
        }
        Ok(())
    }
}

/// The fewest answer tokens a window may hold beside a full context (see [`ModelConfig::validate`]).
const MIN_ANSWER_TOKENS: usize = 16;

pub(crate) fn check_threshold(label: &str, t: f32) -> Result<()> {
    if !(0.0..=1.0).contains(&t) || t.is_nan() {
        return Err(Error::InvalidOption(format!("threshold {t} for {label:?} is outside [0, 1]")));
    }
    Ok(())
}

/// Lower-case hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

#[cfg(test)]
mod tests {
    use super::ModelConfig;
    use crate::Kind;

    fn config(output_columns: &str) -> crate::Result<ModelConfig> {
        ModelConfig::from_json(&format!(
            r#"{{"name":"m","version":"1","labels":["harmful","injection"],"categories":["cyber"],
                "output_columns":{output_columns},"thresholds":{{"harmful":{{"block":0.9,"flag":0.5}},"injection":{{"block":0.9,"flag":0.5}}}},"window":{{"size":128,"stride":96}},
                "special_tokens":{{"cls":0,"sep":2,"pad":1}},"model_sha256":"00"}}"#
        ))
    }

    #[test]
    fn outputs_read_their_labels_from_the_output_head() {
        let cfg = config(r#"{"harmful":3}"#).unwrap();
        assert_eq!((cfg.columns(), cfg.model_columns()), (3, 4));
        let row = [0.1, 0.2, 0.3, 0.9];
        assert_eq!(cfg.reported_row(Kind::Prompt, false, &row), vec![0.1, 0.2, 0.3]);
        assert_eq!(cfg.reported_row(Kind::Output, false, &row), vec![0.9, 0.2, 0.3]);
        // Without stream columns a stream piece reads the output head's column.
        assert_eq!(cfg.reported_row(Kind::Output, true, &row), vec![0.9, 0.2, 0.3]);
        let plain = config("{}").unwrap();
        assert_eq!(plain.model_columns(), 3);
        assert_eq!(plain.reported_row(Kind::Output, false, &row[..3]), vec![0.1, 0.2, 0.3]);
    }

    #[test]
    fn stream_pieces_of_outputs_read_the_stream_column() {
        let cfg = ModelConfig::from_json(
            r#"{"name":"m","version":"1","labels":["harmful","injection"],"categories":["cyber"],
                "output_columns":{"harmful":3},"stream_columns":{"harmful":4},
                "thresholds":{"harmful":{"block":0.9,"flag":0.5},"injection":{"block":0.9,"flag":0.5}},"window":{"size":128,"stride":96},
                "special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"00"}"#,
        )
        .unwrap();
        assert_eq!(cfg.model_columns(), 5);
        let row = [0.1, 0.2, 0.3, 0.9, 0.4];
        assert_eq!(cfg.reported_row(Kind::Output, true, &row), vec![0.4, 0.2, 0.3]);
        assert_eq!(cfg.reported_row(Kind::Output, false, &row), vec![0.9, 0.2, 0.3]);
        // A prompt stream reads the prompt head, piece or not.
        assert_eq!(cfg.reported_row(Kind::Prompt, true, &row), vec![0.1, 0.2, 0.3]);
        let err = ModelConfig::from_json(
            r#"{"name":"m","version":"1","labels":["harmful"],"stream_columns":{"harmful":0},
                "thresholds":{"harmful":{"block":0.9,"flag":0.5}},"window":{"size":128,"stride":96},
                "special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"00"}"#,
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("stream_columns: \"harmful\" -> 0 must be an extra column"), "{err}");
    }

    #[test]
    fn output_columns_must_name_a_label_and_an_extra_column() {
        let err = config(r#"{"harm":3}"#).unwrap_err().to_string();
        assert!(err.contains("not one of the labels"), "{err}");
        for bad in [r#"{"harmful":2}"#, r#"{"harmful":0}"#, r#"{"harmful":1000}"#] {
            let err = config(bad).unwrap_err().to_string();
            assert!(err.contains("must be an extra column, in 3..67"), "{bad}: {err}");
        }
    }
}
