//! From label probabilities to a decision: per-label thresholds from the model config, optionally
//! overridden per call, plus the application's own rules: a mode (`block` / `flag` / `audit`) and
//! allow/deny patterns. Policies are plain JSON (see [`ScoreOptions`]) and are validated once.

use std::collections::BTreeMap;
use std::ops::Range;

use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};

use crate::config::{check_threshold, LabelThresholds, ModelConfig};
use crate::error::{Error, Result};
use crate::guard::Kind;
use crate::normalize::ViewSet;

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

/// What a decision does to the application's traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Decisions apply as computed (a stream stops at a block).
    #[default]
    Block,
    /// Nothing is blocked: a block becomes a flag, so the app can warn but never stops text.
    Flag,
    /// Shadow mode: every decision is `allow`; what would have happened is in `rawDecision`.
    Audit,
}

/// Most patterns one policy may hold, and the longest pattern: policies come from configuration
/// that may be user-supplied, and every pattern runs on every text.
pub const MAX_PATTERNS: usize = 64;
/// See [`MAX_PATTERNS`].
pub const MAX_PATTERN_LEN: usize = 512;
/// Default for [`ScoreOptions::max_input_bytes`]: 1 MiB of UTF-8, about 250k tokens of English
/// and ~3,000 windows — minutes of CPU in WebAssembly (≈1.6 ms per token on this project's machine).
pub const DEFAULT_MAX_INPUT_BYTES: usize = 1 << 20;
/// Compiled-size cap per pattern (the `regex` crate guarantees linear-time matching; this bounds memory).
const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// A deny-list pattern that matched, and where (byte offsets into the scored text).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DenyMatch {
    pub pattern: String,
    pub start: usize,
    pub end: usize,
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
    /// `block` (default), `flag` (never block) or `audit` (never act; report only).
    #[serde(default)]
    pub mode: Mode,
    /// Regular expressions (case-insensitive) for text the model should not see: matches are
    /// blanked before scoring, e.g. your own system prompt or a product name that looks alarming.
    #[serde(default)]
    pub allow: Vec<String>,
    /// Regular expressions (case-insensitive) that block on their own, matched on every view the
    /// call scores (canonical first), so `k\u{200B}ill` and `k1ll` still match `kill`.
    #[serde(default)]
    pub deny: Vec<String>,
    /// `"all"` (default): score the canonical view and every extra view the text calls for
    /// (leetspeak folded, base64/hex/URL payloads decoded, ROT13 undone; see
    /// [`crate::normalize`]); `"canonical"`: the canonical view only.
    #[serde(default)]
    pub views: ViewSet,
    /// The longest text (UTF-8 bytes) one call scores, or one stream accepts in total; longer
    /// input is refused with `INPUT_TOO_LARGE` before any work. Default
    /// [`DEFAULT_MAX_INPUT_BYTES`]; cost is linear in length, so raise it for long documents you
    /// are willing to wait for.
    #[serde(default, rename = "maxInputBytes", alias = "max_input_bytes")]
    pub max_input_bytes: Option<usize>,
    /// Conversation context for outputs: the user's prompt the answer replies to. The model reads
    /// (the start and end of) it before each window of the answer, so an answer that is harmful
    /// only given its question ("about twenty of them, crushed into something sweet") is seen as
    /// such. Needs a model that reads context (`context_prompt_tokens` in its config); refused
    /// for prompts.
    #[serde(default)]
    pub context: Option<String>,
}

/// Resolved thresholds and compiled patterns for one call (or one batch, file or stream).
#[derive(Debug, Clone)]
pub struct Policy {
    /// In the model's label order.
    pub thresholds: Vec<(String, LabelThresholds)>,
    /// Per label (model order): whether it decides for model outputs, see
    /// [`ModelConfig::output_labels`]. Labels always decide for prompts.
    pub decides_output: Vec<bool>,
    /// Harm categories the call set thresholds for: (index among the config's categories, name,
    /// thresholds). Categories without one never decide.
    pub category_thresholds: Vec<(usize, String, LabelThresholds)>,
    pub mode: Mode,
    allow: Vec<Regex>,
    deny: Vec<Regex>,
    /// Which normalisation views are scored.
    pub views: ViewSet,
    /// See [`ScoreOptions::max_input_bytes`].
    pub max_input_bytes: usize,
    /// Token ids of the conversation context read before every window (empty: none). Set by
    /// [`crate::Guard::policy`], which has the tokenizer; [`Policy::resolve`] leaves it empty.
    pub context: Vec<u32>,
    /// Set by [`crate::StreamScanner`] on its own copy: texts scored with this policy are pieces
    /// of a stream, read from [`crate::ModelConfig::stream_columns`] where the model has them.
    pub(crate) stream_piece: bool,
}

fn compile(kind: &str, patterns: &[String]) -> Result<Vec<Regex>> {
    if patterns.len() > MAX_PATTERNS {
        return Err(Error::InvalidOption(format!("{kind}: {} patterns, at most {MAX_PATTERNS} allowed", patterns.len())));
    }
    patterns
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.is_empty() || p.len() > MAX_PATTERN_LEN {
                return Err(Error::InvalidOption(format!(
                    "{kind}[{i}]: a pattern must have 1 to {MAX_PATTERN_LEN} bytes, this one has {}",
                    p.len()
                )));
            }
            RegexBuilder::new(p)
                .case_insensitive(true)
                .size_limit(PATTERN_SIZE_LIMIT)
                .dfa_size_limit(PATTERN_SIZE_LIMIT)
                .build()
                .map_err(|e| Error::InvalidOption(format!("{kind}[{i}] {p:?} is not a valid pattern: {e}")))
        })
        .collect()
}

/// The error for a context given to a model that reads none (its config has no
/// `context_prompt_tokens`): refused, not silently ignored.
pub(crate) fn context_unsupported(config: &ModelConfig) -> Error {
    Error::InvalidOption(format!(
        "context: model {} {} does not read conversation context (no context_prompt_tokens in its config)",
        config.name, config.version
    ))
}

/// `t` if both thresholds lie in [0, 1] and the flag threshold is not above the block threshold.
fn checked(label: &str, t: LabelThresholds) -> Result<LabelThresholds> {
    check_threshold(label, t.block)?;
    check_threshold(label, t.flag)?;
    if t.flag > t.block {
        return Err(Error::InvalidOption(format!(
            "flag threshold {} for {label:?} is above its block threshold {}",
            t.flag, t.block
        )));
    }
    Ok(t)
}

impl Policy {
    /// The config's thresholds with `options` applied; unknown labels and out-of-range values are errors.
    pub fn resolve(config: &ModelConfig, options: &ScoreOptions) -> Result<Policy> {
        for label in options.thresholds.keys() {
            if !config.labels.iter().chain(&config.categories).any(|l| l == label) {
                let categories = if config.categories.is_empty() {
                    String::new()
                } else {
                    format!("; categories: {}", config.categories.join(", "))
                };
                return Err(Error::InvalidOption(format!(
                    "unknown label {label:?} in thresholds (labels: {}{categories})",
                    config.labels.join(", ")
                )));
            }
        }
        if options.context.is_some() && config.context_prompt_tokens == 0 {
            return Err(context_unsupported(config));
        }
        let mut category_thresholds = Vec::new();
        for (i, name) in config.categories.iter().enumerate() {
            // A category decides only through the caller's thresholds: a bare number blocks, a
            // pair may flag only (no block threshold: never blocks).
            let t = match options.thresholds.get(name) {
                None => continue,
                Some(ThresholdOverride::Block(b)) => checked(name, LabelThresholds { block: *b, flag: *b })?,
                Some(ThresholdOverride::Both(ThresholdPair { block: Some(b), flag })) => {
                    checked(name, LabelThresholds { block: *b, flag: flag.unwrap_or(*b) })?
                }
                // No block threshold: the category only ever flags (infinity is never reached).
                Some(ThresholdOverride::Both(ThresholdPair { block: None, flag })) => {
                    let flag = match flag {
                        Some(f) => checked(name, LabelThresholds { block: 1.0, flag: *f })?.flag,
                        None => f32::INFINITY,
                    };
                    LabelThresholds { block: f32::INFINITY, flag }
                }
            };
            category_thresholds.push((i, name.clone(), t));
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
            // `ModelConfig::validate` guarantees a set per label, but the config's fields are
            // public and a hand-built config may skip it: an error, not a panic.
            let mut t = *base.get(label).ok_or_else(|| Error::InvalidConfig(format!("no thresholds for label {label:?}")))?;
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
            thresholds.push((label.clone(), checked(label, t)?));
        }
        // A threshold the call sets itself always counts, for outputs too.
        let decides_output = config
            .labels
            .iter()
            .map(|l| config.output_labels.as_ref().is_none_or(|o| o.contains(l)) || options.thresholds.contains_key(l))
            .collect();
        Ok(Policy {
            thresholds,
            decides_output,
            category_thresholds,
            mode: options.mode,
            allow: compile("allow", &options.allow)?,
            deny: compile("deny", &options.deny)?,
            views: options.views,
            max_input_bytes: match options.max_input_bytes {
                Some(0) => return Err(Error::InvalidOption("maxInputBytes must be at least 1".into())),
                Some(n) => n,
                None => DEFAULT_MAX_INPUT_BYTES,
            },
            context: Vec::new(),
            stream_piece: false,
        })
    }

    /// `INPUT_TOO_LARGE` if `bytes` is over the limit; `at` says where (e.g. `" (texts[3])"`).
    pub fn check_size(&self, bytes: usize, at: &str) -> Result<()> {
        if bytes > self.max_input_bytes {
            return Err(Error::InputTooLarge { bytes, limit: self.max_input_bytes, at: at.to_string() });
        }
        Ok(())
    }

    /// Byte ranges of `text` that allow patterns cover (merged, in order).
    pub fn allowed_ranges(&self, text: &str) -> Vec<Range<usize>> {
        let mut ranges: Vec<Range<usize>> =
            self.allow.iter().flat_map(|re| re.find_iter(text).map(|m| m.range())).filter(|r| !r.is_empty()).collect();
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }

    /// The first deny pattern (in policy order) that matches `text`, with its leftmost match.
    pub fn deny_match(&self, text: &str) -> Option<(usize, Range<usize>)> {
        self.deny.iter().enumerate().find_map(|(i, re)| re.find(text).map(|m| (i, m.range())))
    }

    /// The source of deny pattern `i` (empty if there is no such pattern).
    pub fn deny_pattern(&self, i: usize) -> &str {
        self.deny.get(i).map_or("", Regex::as_str)
    }

    /// What the mode makes of a decision.
    pub fn apply_mode(&self, raw: Decision) -> Decision {
        match self.mode {
            Mode::Block => raw,
            Mode::Flag => raw.min(Decision::Flag),
            Mode::Audit => Decision::Allow,
        }
    }

    /// Whether label `i` (model order) decides for texts of `kind`.
    pub fn decides(&self, i: usize, kind: Kind) -> bool {
        kind == Kind::Prompt || self.decides_output.get(i).copied().unwrap_or(true)
    }

    /// The decision for one probability vector (model column order: labels, then categories) of a
    /// text of `kind`.
    pub fn decide(&self, probs: &[f32], kind: Kind) -> Decision {
        let labels = self.thresholds.len();
        let categories = self.category_thresholds.iter().map(|(i, _, t)| (t, probs.get(labels + i).copied().unwrap_or(0.0)));
        let deciding = self.thresholds.iter().zip(probs).enumerate().filter(|&(i, _)| self.decides(i, kind));
        let mut d = Decision::Allow;
        for (t, p) in deciding.map(|(_, ((_, t), &p))| (t, p)).chain(categories) {
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
    fn output_labels_decide_outputs_unless_a_call_sets_a_threshold() {
        let json = r#"{"name":"t","version":"0","labels":["harmful","injection"],"output_labels":["harmful"],
            "thresholds":{"harmful":{"block":0.8,"flag":0.5},"injection":{"block":0.5,"flag":0.25}},
            "window":{"size":8,"stride":4},"special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"x"}"#;
        let config = ModelConfig::from_json(json).unwrap();
        let plain = Policy::resolve(&config, &ScoreOptions::default()).unwrap();
        assert_eq!(plain.decide(&[0.1, 0.99], Kind::Prompt), Decision::Block);
        assert_eq!(plain.decide(&[0.1, 0.99], Kind::Output), Decision::Allow, "injection is reported, not decided, for outputs");
        assert_eq!(plain.decide(&[0.9, 0.0], Kind::Output), Decision::Block);
        let opts: ScoreOptions = serde_json::from_str(r#"{"thresholds":{"injection":0.7}}"#).unwrap();
        let own = Policy::resolve(&config, &opts).unwrap();
        assert_eq!(own.decide(&[0.1, 0.75], Kind::Output), Decision::Block, "a call's own threshold makes it decide");
        let err = ModelConfig::from_json(&json.replace(r#""output_labels":["harmful"]"#, r#""output_labels":["harm"]"#)).unwrap_err();
        assert_eq!(err.code(), "INVALID_CONFIG");
    }

    #[test]
    fn categories_decide_only_when_a_call_sets_their_threshold() {
        let config = ModelConfig::from_json(
            r#"{"name":"t","version":"0","labels":["harmful"],"categories":["cyber","self_harm"],
            "thresholds":{"harmful":{"block":0.8,"flag":0.5}},
            "window":{"size":8,"stride":4},"special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"x"}"#,
        )
        .unwrap();
        // Columns: harmful, cyber, self_harm.
        let plain = Policy::resolve(&config, &ScoreOptions::default()).unwrap();
        assert_eq!(plain.decide(&[0.1, 0.99, 0.99], Kind::Prompt), Decision::Allow);
        let opts: ScoreOptions = serde_json::from_str(r#"{"thresholds":{"self_harm":0.3,"cyber":{"flag":0.6}}}"#).unwrap();
        let p = Policy::resolve(&config, &opts).unwrap();
        assert_eq!(p.decide(&[0.1, 0.1, 0.35], Kind::Prompt), Decision::Block);
        assert_eq!(p.decide(&[0.1, 0.99, 0.0], Kind::Prompt), Decision::Flag, "a flag-only category never blocks");
        assert_eq!(p.decide(&[0.9, 0.0, 0.0], Kind::Prompt), Decision::Block);
        let bad: ScoreOptions = serde_json::from_str(r#"{"thresholds":{"drugs":0.3}}"#).unwrap();
        let err = Policy::resolve(&config, &bad).unwrap_err();
        assert!(err.to_string().contains("categories: cyber, self_harm"), "{err}");
        let bad: ScoreOptions = serde_json::from_str(r#"{"thresholds":{"cyber":{"block":0.2,"flag":0.4}}}"#).unwrap();
        assert_eq!(Policy::resolve(&config, &bad).unwrap_err().code(), "INVALID_OPTION");
        // NaN can arrive from JS (serde-wasm-bindgen); it must be refused like any value outside [0, 1].
        for t in [ThresholdOverride::Block(f32::NAN), ThresholdOverride::Both(ThresholdPair { block: None, flag: Some(f32::NAN) })] {
            let nan = ScoreOptions { thresholds: [("cyber".to_string(), t)].into(), ..Default::default() };
            assert_eq!(Policy::resolve(&config, &nan).unwrap_err().code(), "INVALID_OPTION");
        }
        let twice = r#"{"name":"t","version":"0","labels":["harmful"],"categories":["harmful"],
            "thresholds":{"harmful":{"block":0.8,"flag":0.5}},
            "window":{"size":8,"stride":4},"special_tokens":{"cls":0,"sep":2,"pad":1},"model_sha256":"x"}"#;
        assert_eq!(ModelConfig::from_json(twice).unwrap_err().code(), "INVALID_CONFIG");
    }

    #[test]
    fn decides_by_thresholds() {
        let p = Policy::resolve(&config(), &ScoreOptions::default()).unwrap();
        assert_eq!(p.decide(&[0.1, 0.1], Kind::Prompt), Decision::Allow);
        assert_eq!(p.decide(&[0.5, 0.1], Kind::Prompt), Decision::Flag);
        assert_eq!(p.decide(&[0.1, 0.95], Kind::Prompt), Decision::Block);
    }

    #[test]
    fn overrides_apply_and_are_validated() {
        let opts: ScoreOptions = serde_json::from_str(r#"{"thresholds":{"jailbreak":0.3}}"#).unwrap();
        let p = Policy::resolve(&config(), &opts).unwrap();
        assert_eq!(p.decide(&[0.0, 0.35], Kind::Prompt), Decision::Block);
        assert!(serde_json::from_str::<ScoreOptions>(r#"{"thresholds":{"harmful":{"blok":0.3}}}"#).is_err());
        for bad in [r#"{"thresholds":{"nope":0.3}}"#, r#"{"thresholds":{"harmful":1.5}}"#,
                    r#"{"thresholds":{"harmful":{"block":0.4,"flag":0.6}}}"#] {
            let opts: ScoreOptions = serde_json::from_str(bad).unwrap();
            assert_eq!(Policy::resolve(&config(), &opts).unwrap_err().code(), "INVALID_OPTION", "{bad}");
        }
        assert!(serde_json::from_str::<ScoreOptions>(r#"{"treshold":1}"#).is_err());
        let strict: ScoreOptions = serde_json::from_str(r#"{"operatingPoint":"strict"}"#).unwrap();
        assert_eq!(Policy::resolve(&config(), &strict).unwrap().decide(&[0.35, 0.0], Kind::Prompt), Decision::Block);
        let nope: ScoreOptions = serde_json::from_str(r#"{"operatingPoint":"lenient"}"#).unwrap();
        assert_eq!(Policy::resolve(&config(), &nope).unwrap_err().code(), "INVALID_OPTION");
    }

    fn policy(json: &str) -> Result<Policy> {
        Policy::resolve(&config(), &serde_json::from_str(json).map_err(|e| Error::InvalidOption(e.to_string()))?)
    }

    #[test]
    fn modes_soften_decisions() {
        assert_eq!(policy(r#"{"mode":"block"}"#).unwrap().apply_mode(Decision::Block), Decision::Block);
        assert_eq!(policy(r#"{"mode":"flag"}"#).unwrap().apply_mode(Decision::Block), Decision::Flag);
        assert_eq!(policy(r#"{"mode":"flag"}"#).unwrap().apply_mode(Decision::Allow), Decision::Allow);
        assert_eq!(policy(r#"{"mode":"audit"}"#).unwrap().apply_mode(Decision::Block), Decision::Allow);
        assert_eq!(policy(r#"{"mode":"shadow"}"#).unwrap_err().code(), "INVALID_OPTION");
    }

    #[test]
    fn patterns_are_case_insensitive_bounded_and_validated() {
        let p = policy(r#"{"deny":["acme\\s+secret", "launch code"], "allow":["kill (the )?process", "process"]}"#).unwrap();
        assert_eq!(p.deny_match("the ACME  Secret plan"), Some((0, 4..16)));
        assert_eq!(p.deny_match("nothing here"), None);
        assert_eq!(p.deny_pattern(1), "launch code");
        assert_eq!(p.allowed_ranges("Kill the process, then process again"), vec![0..16, 23..30]);
        for bad in [r#"{"deny":["("]}"#, r#"{"deny":[""]}"#, r#"{"allow":[42]}"#] {
            assert_eq!(policy(bad).unwrap_err().code(), "INVALID_OPTION", "{bad}");
        }
        let long = format!(r#"{{"deny":["{}"]}}"#, "a".repeat(MAX_PATTERN_LEN + 1));
        assert_eq!(policy(&long).unwrap_err().code(), "INVALID_OPTION");
        let many = format!(r#"{{"deny":[{}]}}"#, vec!["\"x\""; MAX_PATTERNS + 1].join(","));
        assert_eq!(policy(&many).unwrap_err().code(), "INVALID_OPTION");
        // A pattern whose compiled form would be huge is refused, not built.
        assert_eq!(policy(r#"{"deny":["\\w{1000}\\w{1000}\\w{1000}"]}"#).unwrap_err().code(), "INVALID_OPTION");
    }
}
