//! From label probabilities to a decision: per-label thresholds from the model config, optionally
//! overridden per call.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::config::{check_threshold, LabelThresholds, ModelConfig};
use crate::error::{Error, Result};

/// What the application should do with the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// No label reached its flag threshold.
    Allow,
    /// Some label reached its flag threshold but none its block threshold: let it through, log it.
    Flag,
    /// Some label reached its block threshold.
    Block,
}

impl std::fmt::Display for Decision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Decision::Allow => "allow",
            Decision::Flag => "flag",
            Decision::Block => "block",
        })
    }
}

/// A per-call threshold override: a bare number sets the block threshold; an object may set both.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ThresholdOverride {
    Block(f32),
    Both(ThresholdPair),
}

/// Block and/or flag threshold; a misspelt key is an error, not a silently ignored field.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdPair {
    #[serde(default)]
    pub block: Option<f32>,
    #[serde(default)]
    pub flag: Option<f32>,
}

/// Per-call options.
///
/// ```
/// let opts: palisade::ScoreOptions =
///     serde_json::from_str(r#"{"thresholds": {"jailbreak": 0.8, "harmful": {"flag": 0.2}}}"#).unwrap();
/// assert_eq!(opts.thresholds.len(), 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreOptions {
    /// A named operating point from the model config (`strict`, `balanced`, `permissive`) to start
    /// from instead of the default thresholds.
    #[serde(default, rename = "operatingPoint", alias = "operating_point")]
    pub operating_point: Option<String>,
    /// Threshold overrides by label name, applied on top.
    #[serde(default)]
    pub thresholds: BTreeMap<String, ThresholdOverride>,
}

/// Resolved thresholds for one call.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// In the model's label order.
    pub thresholds: Vec<(String, LabelThresholds)>,
}

impl Policy {
    /// The config's thresholds with `options` applied; unknown labels and out-of-range values are errors.
    pub fn resolve(config: &ModelConfig, options: &ScoreOptions) -> Result<Policy> {
        for label in options.thresholds.keys() {
            if !config.labels.iter().any(|l| l == label) {
                return Err(Error::InvalidOption(format!(
                    "unknown label {label:?} in thresholds (labels: {})",
                    config.labels.join(", ")
                )));
            }
        }
        let base = match &options.operating_point {
            None => &config.thresholds,
            Some(name) => &config
                .operating_points
                .get(name)
                .ok_or_else(|| {
                    let known: Vec<&str> = config.operating_points.keys().map(String::as_str).collect();
                    Error::InvalidOption(format!("unknown operating point {name:?} (model has: {})", known.join(", ")))
                })?
                .thresholds,
        };
        let mut thresholds = Vec::with_capacity(config.labels.len());
        for label in &config.labels {
            let mut t = base[label];
            match options.thresholds.get(label) {
                None => {}
                Some(ThresholdOverride::Block(b)) => {
                    t.block = *b;
                    t.flag = t.flag.min(*b);
                }
                Some(ThresholdOverride::Both(ThresholdPair { block, flag })) => {
                    if let Some(b) = block {
                        t.block = *b;
                    }
                    if let Some(f) = flag {
                        t.flag = *f;
                    }
                    if flag.is_none() {
                        t.flag = t.flag.min(t.block);
                    }
                }
            }
            check_threshold(label, t.block)?;
            check_threshold(label, t.flag)?;
            if t.flag > t.block {
                return Err(Error::InvalidOption(format!(
                    "flag threshold {} for {label:?} is above its block threshold {}",
                    t.flag, t.block
                )));
            }
            thresholds.push((label.clone(), t));
        }
        Ok(Policy { thresholds })
    }

    /// The decision for one probability vector (model label order).
    pub fn decide(&self, probs: &[f32]) -> Decision {
        let mut d = Decision::Allow;
        for ((_, t), &p) in self.thresholds.iter().zip(probs) {
            if p >= t.block {
                return Decision::Block;
            }
            if p >= t.flag {
                d = Decision::Flag;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> ModelConfig {
        ModelConfig::from_json(
            r#"{"name":"t","version":"0","labels":["harmful","jailbreak"],
            "thresholds":{"harmful":{"block":0.8,"flag":0.5},"jailbreak":{"block":0.9,"flag":0.6}},
            "operating_points":{"strict":{"thresholds":{"harmful":{"block":0.3,"flag":0.1},"jailbreak":{"block":0.3,"flag":0.1}}}},
            "window":{"size":8,"stride":4},"special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"x"}"#,
        )
        .unwrap()
    }

    #[test]
    fn decides_by_thresholds() {
        let p = Policy::resolve(&config(), &ScoreOptions::default()).unwrap();
        assert_eq!(p.decide(&[0.1, 0.1]), Decision::Allow);
        assert_eq!(p.decide(&[0.5, 0.1]), Decision::Flag);
        assert_eq!(p.decide(&[0.1, 0.95]), Decision::Block);
    }

    #[test]
    fn overrides_apply_and_are_validated() {
        let opts: ScoreOptions = serde_json::from_str(r#"{"thresholds":{"jailbreak":0.3}}"#).unwrap();
        let p = Policy::resolve(&config(), &opts).unwrap();
        assert_eq!(p.decide(&[0.0, 0.35]), Decision::Block);
        assert!(serde_json::from_str::<ScoreOptions>(r#"{"thresholds":{"harmful":{"blok":0.3}}}"#).is_err());
        for bad in [r#"{"thresholds":{"nope":0.3}}"#, r#"{"thresholds":{"harmful":1.5}}"#,
                    r#"{"thresholds":{"harmful":{"block":0.4,"flag":0.6}}}"#] {
            let opts: ScoreOptions = serde_json::from_str(bad).unwrap();
            assert_eq!(Policy::resolve(&config(), &opts).unwrap_err().code(), "INVALID_OPTION", "{bad}");
        }
        assert!(serde_json::from_str::<ScoreOptions>(r#"{"treshold":1}"#).is_err());
        let strict: ScoreOptions = serde_json::from_str(r#"{"operatingPoint":"strict"}"#).unwrap();
        assert_eq!(Policy::resolve(&config(), &strict).unwrap().decide(&[0.35, 0.0]), Decision::Block);
        let nope: ScoreOptions = serde_json::from_str(r#"{"operatingPoint":"lenient"}"#).unwrap();
        assert_eq!(Policy::resolve(&config(), &nope).unwrap_err().code(), "INVALID_OPTION");
    }
}
