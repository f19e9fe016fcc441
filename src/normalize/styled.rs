//! "Fancy text": letters styled in ways NFKC does not undo, as text generators and evasion kits
//! write them.
//!
//! * [`letter`]: small capitals (`ʜᴏᴡ ᴛᴏ`), parenthesized letters (`⒣⒪⒲`, which NFKC would
//!   turn into `(h)(o)(w)`), negative circled and squared letters (`🅷🅾🆆`) and regional
//!   indicators (`🇭🇴🇼`; a flag reads as its country code) become the plain ASCII letter.
//! * `strip_marks`: combining marks stacked on letters of scripts that write none (Latin, Greek,
//!   Cyrillic, CJK) and on ASCII punctuation (Zalgo `h̔oͯͭwͬ`, strikethrough `h̶o̶w̶`) are
//!   dropped; in a text where every mark composes with its letter (`e` + `◌́` = `é`, as macOS
//!   and some keyboards write it) they are composed instead. Marks on other scripts (Devanagari
//!   vowel signs, Arabic harakat, Hebrew points, Thai) are part of their words and stay.

use unicode_normalization::char::{compose, is_combining_mark};
use unicode_script::{Script, UnicodeScript};

use super::Piece;

/// Small capitals in the order of the alphabet (`x` has none; `ǫ` stands in for `q`).
const SMALL_CAPS: [char; 26] = [
    'ᴀ', 'ʙ', 'ᴄ', 'ᴅ', 'ᴇ', 'ꜰ', 'ɢ', 'ʜ', 'ɪ', 'ᴊ', 'ᴋ', 'ʟ', 'ᴍ', 'ɴ', 'ᴏ', 'ᴘ', 'ǫ', 'ʀ', 'ꜱ', 'ᴛ',
    'ᴜ', 'ᴠ', 'ᴡ', 'x', 'ʏ', 'ᴢ',
];

/// The plain letter a styled letter stands for, if `c` is one.
///
/// ```
/// use palisade::normalize::styled::letter;
/// assert_eq!(letter('ʜ'), Some('h'));
/// assert_eq!(letter('⒣'), Some('h'));
/// assert_eq!(letter('🅷'), Some('H'));
/// assert_eq!(letter('h'), None);
/// ```
pub fn letter(c: char) -> Option<char> {
    let from = |base: u32, first: char| char::from_u32(first as u32 + (c as u32 - base));
    match c as u32 {
        0x249C..=0x24B5 => from(0x249C, 'a'),
        0x1F110..=0x1F129 => from(0x1F110, 'A'),
        0x1F150..=0x1F169 => from(0x1F150, 'A'),
        0x1F170..=0x1F189 => from(0x1F170, 'A'),
        0x1F1E6..=0x1F1FF => from(0x1F1E6, 'A'),
        _ if c != 'x' => SMALL_CAPS.iter().position(|&s| s == c).and_then(|i| char::from_u32('a' as u32 + i as u32)),
        _ => None,
    }
}

/// A character whose writing has no combining marks of its own once composed: a letter of
/// Latin, Greek, Cyrillic, Chinese, Japanese kana or Hangul, or ASCII punctuation and digits
/// (strikethrough marks every character: `-\u{336}`). Devanagari, Arabic, Hebrew, Thai and the
/// like write vowels and signs as marks, so theirs stay.
fn takes_no_marks(c: char) -> bool {
    c.is_ascii_graphic()
        || c.is_alphabetic()
            && matches!(
                c.script(),
                Script::Latin | Script::Greek | Script::Cyrillic | Script::Han | Script::Hiragana | Script::Katakana | Script::Hangul
            )
}

/// Drops or composes the combining marks that follow such a character (see the module docs).
///
/// A text is either decomposed (every mark composes with its letter: `cafe\u{301}`) or decorated
/// (some mark does not: Zalgo, strikethrough). In decorated text every such mark is dropped,
/// including those that would compose (`à` from a random grave accent), so the letters read plain.
pub(crate) fn strip_marks(pieces: Vec<Piece>) -> Vec<Piece> {
    if !pieces.iter().any(|p| is_combining_mark(p.c)) {
        return pieces;
    }
    let compose_marks = !decorated(&pieces);
    let mut out: Vec<Piece> = Vec::with_capacity(pieces.len());
    // Whether the last piece kept is a character whose following marks are composed or dropped.
    let mut on_plain = false;
    for p in pieces {
        if !is_combining_mark(p.c) {
            on_plain = takes_no_marks(p.c);
            out.push(p);
        } else if !on_plain {
            out.push(p);
        } else if compose_marks {
            let last = out.last_mut().expect("a character was kept before the mark");
            // In a text that is not decorated every such mark composes; the composed letter
            // stands for both input characters.
            if let Some(c) = compose(last.c, p.c) {
                *last = Piece { c, start: last.start.min(p.start), end: last.end.max(p.end) };
            }
        }
    }
    out
}

/// Whether a mark after a character that takes none fails to compose with it (and the marks
/// composed before it).
fn decorated(pieces: &[Piece]) -> bool {
    let mut base: Option<char> = None;
    for p in pieces {
        if !is_combining_mark(p.c) {
            base = takes_no_marks(p.c).then_some(p.c);
        } else if let Some(b) = base {
            match compose(b, p.c) {
                Some(c) => base = Some(c),
                None => return true,
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stripped(text: &str) -> String {
        Piece::through(text, strip_marks)
    }

    #[test]
    fn styled_letters_read_plain() {
        let read = |s: &str| s.chars().map(|c| letter(c).unwrap_or(c)).collect::<String>();
        assert_eq!(read("ʜᴏᴡ ᴛᴏ ᴍᴀᴋᴇ"), "how to make");
        assert_eq!(read("⒣⒪⒲ ⒯⒪"), "how to");
        assert_eq!(read("🅷🅾🆆 🆃🅾"), "HOW TO");
        assert_eq!(read("🇩🇪 x 🇫🇷"), "DE x FR");
    }

    #[test]
    fn marks_on_latin_letters_are_dropped_or_composed() {
        assert_eq!(stripped("h\u{336}o\u{336}w\u{336} t\u{336}o\u{336}"), "how to");
        assert_eq!(stripped("s\u{336}-\u{336}1\u{336}'\u{336}"), "s-1'");
        assert_eq!(stripped("h\u{314}o\u{36f}\u{36d}w\u{36c}"), "how");
        // Decorated text: a mark that would compose (`a` + grave) goes too.
        assert_eq!(stripped("h\u{314}a\u{300}\u{36d}t"), "hat");
        assert_eq!(stripped("cafe\u{301} nai\u{308}ve"), "café naïve");
        // Marks of other scripts are their words' own.
        assert_eq!(stripped("如\u{336}何\u{336} к\u{336}а\u{336}к"), "如何 как");
        for text in ["हिन्दी में लिखो", "مَرْحَبًا", "ภาษาไทย", "Tiếng Việt", "שָׁלוֹם"] {
            assert_eq!(stripped(text), text);
        }
    }
}
