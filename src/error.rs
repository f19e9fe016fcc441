//! Typed errors. Every variant has a stable [`Error::code`] that the JS binding copies onto the
//! `Error` object it throws, so applications can branch on `err.code` instead of parsing messages.

/// Everything that can go wrong while loading a model or scoring text.
///
/// ```
/// let err = palisade::Error::InvalidOption("threshold 2 is outside [0, 1]".into());
/// assert_eq!(err.code(), "INVALID_OPTION");
/// ```
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The model config is not valid JSON or is missing/contradicts required fields.
    #[error("invalid model config: {0}")]
    InvalidConfig(String),
    /// The model bytes do not hash to the sha256 the config names (corrupt, truncated or swapped file).
    #[error("model bytes do not match the config's sha256 (expected {expected}, got {actual})")]
    ModelHashMismatch { expected: String, actual: String },
    /// The tokenizer does not hash to the config's sha256, or fails to load.
    #[error("invalid tokenizer: {0}")]
    InvalidTokenizer(String),
    /// The ONNX bytes could not be parsed or optimised by the engine.
    #[error("invalid model: {0}")]
    InvalidModel(String),
    /// The model ran but failed or produced an output of the wrong shape.
    #[error("inference failed: {0}")]
    Inference(String),
    /// A per-call option was out of range or of the wrong kind.
    #[error("invalid option: {0}")]
    InvalidOption(String),
    /// The input itself is unusable (not a string, not an array of strings, …).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// The text is longer than the call's `maxInputBytes` (default [`crate::DEFAULT_MAX_INPUT_BYTES`]):
    /// refused before any work, so a pasted novel cannot freeze a browser tab for minutes.
    #[error("input of {bytes} bytes is over the limit of {limit} bytes (raise it with the maxInputBytes option){at}")]
    InputTooLarge { bytes: usize, limit: usize, at: String },
    /// The requested engine is not compiled in or its runtime library could not be loaded.
    #[error("engine unavailable: {0}")]
    EngineUnavailable(String),
}

impl Error {
    /// A stable, machine-readable code for this error.
    pub fn code(&self) -> &'static str {
        match self {
            Error::InvalidConfig(_) => "INVALID_CONFIG",
            Error::ModelHashMismatch { .. } => "MODEL_HASH_MISMATCH",
            Error::InvalidTokenizer(_) => "INVALID_TOKENIZER",
            Error::InvalidModel(_) => "INVALID_MODEL",
            Error::Inference(_) => "INFERENCE_FAILED",
            Error::InvalidOption(_) => "INVALID_OPTION",
            Error::InvalidInput(_) => "INVALID_INPUT",
            Error::EngineUnavailable(_) => "ENGINE_UNAVAILABLE",
            Error::InputTooLarge { .. } => "INPUT_TOO_LARGE",
        }
    }
}

/// Result with Palisade's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;
