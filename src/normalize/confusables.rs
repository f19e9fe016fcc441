//! Homoglyph folding: inside a word that mixes Latin with Cyrillic or Greek letters (`раypal`,
//! `ѕecure`), each non-Latin letter whose Unicode confusable skeleton (UTS #39, via
//! `unicode-security`) is a single ASCII letter is replaced by it. Words wholly in one script are
//! left alone, so real Russian or Greek text is untouched.

use unicode_script::{Script, UnicodeScript};

use super::Piece;

fn foldable(c: char) -> Option<char> {
    if !matches!(c.script(), Script::Cyrillic | Script::Greek) {
        return None;
    }
    let mut buf = [0u8; 4];
    let mut s = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf));
    match (s.next(), s.next()) {
        (Some(a), None) if a.is_ascii_alphabetic() => Some(a),
        _ => None,
    }
}

/// Folds mixed-script words in place.
pub fn fold(pieces: &mut [Piece]) {
    let mut start = 0;
    while start < pieces.len() {
        if !pieces[start].c.is_alphanumeric() {
            start += 1;
            continue;
        }
        let mut end = start;
        while end < pieces.len() && pieces[end].c.is_alphanumeric() {
            end += 1;
        }
        let word = &pieces[start..end];
        // Latin first: it is cheap, and a word without it (most non-Latin text) needs no skeleton lookups.
        if word.iter().any(|p| p.c.script() == Script::Latin) && word.iter().any(|p| foldable(p.c).is_some()) {
            for p in &mut pieces[start..end] {
                if let Some(a) = foldable(p.c) {
                    p.c = a;
                }
            }
        }
        start = end;
    }
}
