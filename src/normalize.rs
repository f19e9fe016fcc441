//! Normalisation before tokenisation, keeping a map back to the caller's text.
//!
//! The tokenizer already applies the model's own normaliser (XLM-R's NFKC-like charsmap). This
//! step removes what attackers insert *between* letters to split words into harmless pieces and
//! what the tokenizer would otherwise keep: invisible format characters (zero-width spaces and
//! joiners, bidi controls, variation selectors, soft hyphens, word joiners) are dropped, and
//! Unicode tag characters (U+E0020–U+E007E, used to smuggle hidden ASCII) are decoded back to the
//! ASCII they encode. Every byte of the result remembers which byte of the input it came from, so
//! a flagged span is always a span of the original text.

/// Text after normalisation, with a byte-level map back to the original.
///
/// ```
/// let n = palisade::normalize::Normalized::canonical("ki\u{200B}ll");
/// assert_eq!(n.text, "kill");
/// assert_eq!(n.original_range(2, 4), 5..7); // "ll" sits after the 3-byte zero-width space
/// ```
#[derive(Debug, Clone)]
pub struct Normalized {
    /// The normalised text.
    pub text: String,
    /// For each byte of `text`, the byte offset of the input character it came from.
    origin: Vec<usize>,
    /// For each byte of `text`, the end (exclusive) of that input character.
    origin_end: Vec<usize>,
}

/// Characters that render as nothing and carry no meaning for the classifier.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'                      // soft hyphen
        | '\u{034F}'                    // combining grapheme joiner
        | '\u{061C}'                    // Arabic letter mark
        | '\u{115F}' | '\u{1160}'       // Hangul fillers
        | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'       // Mongolian variation selectors
        | '\u{200B}'..='\u{200F}'       // zero-width space/joiners, LRM/RLM
        | '\u{202A}'..='\u{202E}'       // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'       // word joiner, invisible operators
        | '\u{2066}'..='\u{206F}'       // bidi isolates, deprecated format chars
        | '\u{3164}' | '\u{FFA0}'       // Hangul fillers
        | '\u{FE00}'..='\u{FE0F}'       // variation selectors
        | '\u{FEFF}'                    // BOM / zero-width no-break space
        | '\u{1D173}'..='\u{1D17A}'     // musical format controls
        | '\u{E0000}'..='\u{E001F}'     // tag block controls
        | '\u{E007F}'                   // cancel tag
        | '\u{E0100}'..='\u{E01EF}'     // variation selectors supplement
    )
}

impl Normalized {
    /// The canonical view used for scoring.
    pub fn canonical(input: &str) -> Self {
        let mut text = String::with_capacity(input.len());
        let mut origin = Vec::with_capacity(input.len());
        let mut origin_end = Vec::with_capacity(input.len());
        for (pos, c) in input.char_indices() {
            let end = pos + c.len_utf8();
            let out = match c {
                // Tag characters mirror ASCII 0x20–0x7E: decode the smuggled text.
                '\u{E0020}'..='\u{E007E}' => char::from_u32(c as u32 - 0xE0000),
                // NUL and other C0/C1 controls except ordinary whitespace read as a space.
                '\t' | '\n' | '\r' => Some(c),
                c if c.is_control() => Some(' '),
                c if is_invisible(c) => None,
                c => Some(c),
            };
            if let Some(o) = out {
                text.push(o);
                for _ in 0..o.len_utf8() {
                    origin.push(pos);
                    origin_end.push(end);
                }
            }
        }
        Normalized { text, origin, origin_end }
    }

    /// Maps a byte range of [`Normalized::text`] back to a byte range of the input.
    pub fn original_range(&self, start: usize, end: usize) -> std::ops::Range<usize> {
        if self.origin.is_empty() || start >= end {
            let p = self.origin.get(start).copied().unwrap_or_else(|| self.origin_end.last().copied().unwrap_or(0));
            return p..p;
        }
        let s = self.origin[start.min(self.origin.len() - 1)];
        let e = self.origin_end[(end - 1).min(self.origin_end.len() - 1)];
        s..e.max(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_invisible_and_keeps_offsets() {
        let input = "ig\u{200D}nore \u{FE0F}all";
        let n = Normalized::canonical(input);
        assert_eq!(n.text, "ignore all");
        let r = n.original_range(7, 10);
        assert_eq!(&input[r], "all");
    }

    #[test]
    fn decodes_tag_characters() {
        let smuggled: String = "hi".chars().map(|c| char::from_u32(0xE0000 + c as u32).unwrap()).collect();
        let n = Normalized::canonical(&format!("x{smuggled}"));
        assert_eq!(n.text, "xhi");
        assert_eq!(n.original_range(1, 3), 1..9);
    }

    #[test]
    fn controls_become_spaces_and_empty_is_fine() {
        assert_eq!(Normalized::canonical("a\0b\u{7}c").text, "a b c");
        let n = Normalized::canonical("");
        assert_eq!(n.text, "");
        assert_eq!(n.original_range(0, 0), 0..0);
    }
}
