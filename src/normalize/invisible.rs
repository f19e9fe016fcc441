//! Characters that render as nothing: dropped. Tag characters: decoded to the ASCII they smuggle.

/// Characters that render as nothing and carry no meaning for the classifier.
pub fn is_invisible(c: char) -> bool {
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

/// Unicode tag characters U+E0020–U+E007E mirror ASCII 0x20–0x7E (used to hide instructions).
pub fn decode_tag(c: char) -> Option<char> {
    matches!(c, '\u{E0020}'..='\u{E007E}').then(|| char::from_u32(c as u32 - 0xE0000)).flatten()
}
