//! Tokenisation with the model's `tokenizer.json` (Hugging Face `tokenizers`), keeping offsets.

use tokenizers::Tokenizer;

use crate::error::{Error, Result};

/// Token ids of a text and, for each, its byte range in that text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tokens {
    pub ids: Vec<u32>,
    pub offsets: Vec<(usize, usize)>,
}

/// The model's tokenizer. Special tokens are *not* added here: windows add their own.
///
/// ```no_run
/// let json = std::fs::read("model/tokenizer.json").unwrap();
/// let tok = palisade::TextTokenizer::from_bytes(&json).unwrap();
/// let t = tok.encode("Hello world").unwrap();
/// assert_eq!(t.ids.len(), t.offsets.len());
/// ```
pub struct TextTokenizer {
    inner: Tokenizer,
}

impl TextTokenizer {
    /// Loads a `tokenizer.json`.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let mut inner = Tokenizer::from_bytes(bytes).map_err(|e| Error::InvalidTokenizer(e.to_string()))?;
        // Palisade windows long inputs itself; a tokenizer that truncated would hide text.
        inner
            .with_truncation(None)
            .map_err(|e| Error::InvalidTokenizer(e.to_string()))?
            .with_padding(None);
        Ok(TextTokenizer { inner })
    }

    /// Number of pieces in the vocabulary (used to check a tokenizer against a model).
    pub fn vocab_size(&self) -> usize {
        self.inner.get_vocab_size(true)
    }

    /// Encodes `text` without special tokens; offsets are byte offsets into `text`.
    pub fn encode(&self, text: &str) -> Result<Tokens> {
        if text.is_empty() {
            return Ok(Tokens::default());
        }
        let enc = self.inner.encode(text, false).map_err(|e| Error::InvalidTokenizer(e.to_string()))?;
        Ok(Tokens { ids: enc.get_ids().to_vec(), offsets: enc.get_offsets().to_vec() })
    }
}
