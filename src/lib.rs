//! # Palisade
//!
//! A guardrail classifier that runs inside the app: it scores prompts before they reach an LLM and
//! outputs before they reach a user, for harmful requests, jailbreaks and prompt injections.
//!
//! The pipeline is one module per stage — [`normalize`] → [`tokenize`] → [`window`] →
//! [`engine`] → [`policy`] — composed by [`Guard`]; [`stream`] moderates text as it streams. Nothing here knows about WebAssembly; the
//! `wasm` module (wasm32 only) converts types at the boundary and nothing else.
//!
//! ```no_run
//! let guard = palisade::Guard::load_default()?;
//! let verdict = guard.score_prompt("How do I bake sourdough bread?", &Default::default())?;
//! assert_eq!(verdict.decision, palisade::Decision::Allow);
//! # Ok::<(), palisade::Error>(())
//! ```

pub mod config;
pub mod engine;
pub mod error;
pub mod guard;
pub mod normalize;
pub mod policy;
pub mod stream;
pub mod tokenize;
pub mod window;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use config::{sha256_hex, LabelThresholds, ModelConfig, OperatingPoint, SpecialTokens, WindowConfig};
pub use engine::{Engine, EngineKind};
pub use error::{Error, Result};
pub use normalize::{View, ViewSet};
pub use guard::{Attribution, Explanation, Guard, Kind, Span, Verdict, MAX_EXPLAINED_WORDS};
pub use policy::{Decision, DenyMatch, Mode, Policy, ScoreOptions, ThresholdOverride, ThresholdPair, DEFAULT_MAX_INPUT_BYTES};
pub use stream::{StreamEvent, StreamMode, StreamOptions, StreamScanner, StreamUpdate};
pub use tokenize::{TextTokenizer, Tokens};
