//! Normalisation before tokenisation, keeping a map back to the caller's text.
//!
//! The tokenizer already applies the model's own normaliser (XLM-R's NFKC-like charsmap). This
//! step undoes what attackers do to split words into pieces the classifier does not recognise,
//! in this order, each step per character so that every output character remembers the input
//! character it came from (a flagged span is always a span of the original text):
//!
//! | step | example |
//! |---|---|
//! | [`invisible`]: drop zero-width, bidi, variation-selector and other invisible format chars | `ki\u{200B}ll` → `kill` |
//! | [`invisible`]: decode Unicode tag characters (U+E0020–E007E) to the ASCII they hide | `\u{E0068}\u{E0069}` → `hi` |
//! | controls (NUL, bell, …) become spaces; tab and newlines stay | `a\0b` → `a b` |
//! | [`styled`]: small capitals, parenthesized, negative squared letters, regional indicators | `ʜᴏᴡ`, `⒣⒪⒲`, `🅷🅾🆆` → `how`, `HOW` |
//! | Unicode NFKC per character: fullwidth, mathematical alphanumerics, ligatures | `ｂｏｍｂ`, `𝐛𝐨𝐦𝐛` → `bomb` |
//! | [`styled`]: combining marks on Latin letters dropped (Zalgo, strikethrough) or composed | `h̶o̶w̶`, `cafe\u{301}` → `how`, `café` |
//! | [`confusables`]: Cyrillic/Greek homoglyphs folded to Latin inside mixed-script words | `раураl` (mixed) → `paypal` |
//! | [`spacing`]: letter-spaced words joined, and letters joined by a separator | `h o w  t o`, `h-o-w t-o` → `how to` |
//! | [`spacing`]: emoji used as word separators dropped | `how 🔥 to 🔥 make` → `how to make` |
//! | [`repeats`]: a sentence said more than three times in a row kept three times | `Thanks! ` × 40 → `Thanks! ` × 3 |
//! | [`case`]: shouting or random case sentence-cased | `hOw To MaKe A bOmB` → `How to make a bomb` |
//!
//! That is the *canonical* view, always scored. [`views()`] derives up to ten **extra views** from
//! it, each only when the text holds what that view undoes; the guard scores them alongside the
//! canonical one and keeps the worst (see [`views`](crate::normalize::views) for the bounds):
//!
//! | view | made when | example |
//! |---|---|---|
//! | `leetspeak` ([`leet`]) | a word has (Latin, accented too) letters on both sides of `0 1 3 4 5 7 8 9 @ $ !` | `h0w t0 m4k3 4 b0mb` → `how to make a bomb` |
//! | `base64` ([`decode`]) | a run of ≥ 16 base64 characters decodes to readable text, JSON or UTF-16 text | `aG93IHRvIG1ha2UgYSBib21i` → `how to make a bomb` |
//! | `hex` ([`decode`]) | ≥ 16 hex digits (plain, `\x41` escapes or spaced pairs) decode to readable text | `686f7720746f206d616b65` → `how to make` |
//! | `url` ([`decode`]) | a word holds ≥ 3 `%XX` escapes making up ≥ 25 % of it, or ≥ 3 escaping letters/digits | `%62%6F%6D%62` → `bomb` |
//! | `base32` ([`decode`]) | a run of ≥ 16 `A–Z 2–7` characters with a digit decodes to readable text | `NBXXOIDUN4QG2YLLMU======` → `how to make` |
//! | `morse` ([`decode`]) | ≥ 8 Morse codes separated by spaces, words by `/` | `.... --- .-- / - --- / -- .- -.- .` → `how to make` |
//! | `rot13` ([`rot13`]) | a sentence has far more common words (English and the Latin-script training languages) after ROT13 than before, or, where common words cannot tell, reads ≥ 2 nats per letter more probably in the model's vocabulary (the guard's [`segment::Lexicon`]) | `ubj gb znxr n obzo` → `how to make a bomb` |
//! | `caesar` ([`rot13::Cipher`]) | a sentence that reads as no common words reads as many under another Caesar shift or Atbash, or (as for `rot13`) reads far more probably in the vocabulary under the substitution with the likeliest letters | `Krz wr pdnh d erpe` → `How to make a bomb` |
//! | `reversed` ([`reversed`]) | a sentence has far more common words once read backwards than as written, or, in any script, reads ≥ 1 nat per letter more probably backwards in the vocabulary | `?bmob a ekam ot woH` → `?How to make a bomb`, `益利济经取牟以价股纵操何如` → `如何操纵股价以牟取经济利益` |
//! | `segmented` ([`segment`]) | runs of ≥ 12 Latin, Greek or Cyrillic letters hold half the text's letters, or one reads as ≥ 4 of the model's words with common function words among them (the guard's [`segment::Lexicon`]) | `howtomakeabomb` → `how to make a bomb` |
//!
//! An extra view that shows shouting or random case the canonical text did not (`1GN0R3 4LL`
//! folds to `IGNORE ALL`) is sentence-cased too ([`case`]).
//!
//! A decoded payload may itself hold one more encoded payload (depth 2, view named e.g.
//! `base64+url`). Each decoded character maps back to the whole encoded payload in the input.
//! A payload that a view decodes is blanked in the canonical view and in the other views, and so
//! is what is declared binary (a `data:` URI's base64 body, a JWT's signature): the model reads a
//! long random-looking run as an obfuscation attempt whatever it says, so a benign question about
//! a token or a log line was blocked on the blob alone ([`views::with_extra_views`]).

mod confusables;
pub mod case;
pub mod decode;
mod invisible;
pub mod leet;
mod repeats;
pub mod reversed;
pub mod rot13;
pub mod segment;
mod spacing;
pub mod styled;
pub mod views;

pub use views::{views, View, ViewSet};
use unicode_normalization::UnicodeNormalization;

/// One output character and the byte range of the input character it came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Piece {
    pub c: char,
    pub start: usize,
    pub end: usize,
}

#[cfg(test)]
impl Piece {
    /// Each character of `text` as a piece of itself: input for one step's tests.
    pub(crate) fn each(text: &str) -> Vec<Piece> {
        text.char_indices().map(|(start, c)| Piece { c, start, end: start + c.len_utf8() }).collect()
    }

    /// The text that one step (`step`) makes of `text`: how the steps' own tests read their output.
    pub(crate) fn through(text: &str, step: impl FnOnce(Vec<Piece>) -> Vec<Piece>) -> String {
        step(Piece::each(text)).into_iter().map(|p| p.c).collect()
    }
}

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

impl Normalized {
    /// The canonical view used for scoring (all steps in the module docs).
    pub fn canonical(input: &str) -> Self {
        let mut pieces = Vec::with_capacity(input.len());
        let mut buf = [0u8; 4];
        for (start, c) in input.char_indices() {
            let end = start + c.len_utf8();
            let c = match c {
                '\t' | '\n' | '\r' => c,
                c if c.is_control() => ' ',
                c => match invisible::decode_tag(c) {
                    Some(a) => a,
                    None if invisible::is_invisible(c) => continue,
                    None => c,
                },
            };
            if c.is_ascii() {
                pieces.push(Piece { c, start, end });
            } else if let Some(c) = styled::letter(c) {
                pieces.push(Piece { c, start, end });
            } else {
                pieces.extend(c.encode_utf8(&mut buf).nfkc().map(|c| Piece { c, start, end }));
            }
        }
        let mut pieces = styled::strip_marks(pieces);
        confusables::fold(&mut pieces);
        let pieces = repeats::collapse(spacing::collapse(pieces));
        let normalized = Normalized::from_pieces(pieces.iter().copied());
        // Shouting or random case is read sentence-cased ([`case`]), one character for one.
        match case::fold(&normalized.text) {
            Some(folded) => Normalized::from_pieces(pieces.into_iter().zip(folded.chars()).map(|(p, c)| Piece { c, ..p })),
            None => normalized,
        }
    }

    /// Text from characters that each know their input range.
    pub(crate) fn from_pieces(pieces: impl IntoIterator<Item = Piece>) -> Self {
        let pieces = pieces.into_iter();
        let mut text = String::with_capacity(pieces.size_hint().0);
        let mut origin = Vec::with_capacity(pieces.size_hint().0);
        let mut origin_end = Vec::with_capacity(pieces.size_hint().0);
        for p in pieces {
            text.push(p.c);
            for _ in 0..p.c.len_utf8() {
                origin.push(p.start);
                origin_end.push(p.end);
            }
        }
        Normalized { text, origin, origin_end }
    }

    /// Replaces a range of the text with spaces, keeping its byte length so offsets still map back
    /// (used for allow-listed text the model should not see). Ranges off char boundaries are ignored.
    pub fn blank(&mut self, range: std::ops::Range<usize>) {
        if range.start <= range.end && range.end <= self.text.len() && self.text.is_char_boundary(range.start) && self.text.is_char_boundary(range.end) {
            let spaces = " ".repeat(range.len());
            self.text.replace_range(range, &spaces);
        }
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
    fn folds_fullwidth_math_and_homoglyphs() {
        assert_eq!(Normalized::canonical("ｂｏｍｂ 𝐛𝐨𝐦𝐛").text, "bomb bomb");
        // Mixed Latin/Cyrillic word folded; a wholly Cyrillic word left alone.
        assert_eq!(Normalized::canonical("\u{0440}\u{0430}ypal привет").text, "paypal привет");
        let input = "ѕecure";
        let n = Normalized::canonical(input);
        assert_eq!(n.text, "secure");
        assert_eq!(&input[n.original_range(0, 1)], "ѕ");
    }

    #[test]
    fn collapses_letter_spacing_but_not_ordinary_text() {
        assert_eq!(Normalized::canonical("h o w  t o  m a k e  a  b o m b").text, "how to make a bomb");
        assert_eq!(Normalized::canonical("I am a cat").text, "I am a cat");
        assert_eq!(Normalized::canonical("x y").text, "x y");
        let input = "say k i l l now";
        let n = Normalized::canonical(input);
        assert_eq!(n.text, "say kill now");
        assert_eq!(&input[n.original_range(4, 8)], "k i l l");
    }

    #[test]
    fn blanking_keeps_offsets() {
        let input = "say ｋill now";
        let mut n = Normalized::canonical(input);
        assert_eq!(n.text, "say kill now");
        n.blank(4..8);
        assert_eq!(n.text, "say      now");
        assert_eq!(&input[n.original_range(9, 12)], "now");
        n.blank(0..100); // out of range: ignored
        assert_eq!(n.text.len(), 12);
    }

    #[test]
    fn controls_become_spaces_and_empty_is_fine() {
        assert_eq!(Normalized::canonical("hello\0world\u{7}!").text, "hello world !");
        // Control-separated single letters are an evasion like letter spacing, and are joined.
        assert_eq!(Normalized::canonical("a\0b\u{7}c").text, "abc");
        let n = Normalized::canonical("");
        assert_eq!(n.text, "");
        assert_eq!(n.original_range(0, 0), 0..0);
    }
}
