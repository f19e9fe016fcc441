//! Normalisation of arbitrary text — the canonical view and the extra views (leetspeak, decoded
//! base64/hex/URL/rot13 payloads): never panics, and every offset it maps back lands on a char
//! boundary of the caller's text (a flagged span is sliced out of the input with it).
//!
//! Input: arbitrary bytes. Valid UTF-8 is used as the `&str` it is; anything else goes through
//! `String::from_utf8_lossy` (what a caller holding bytes would do) and, separately, its longest
//! valid prefix.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palisade::normalize::{views, Normalized};

fn check(input: &str) {
    for v in views(input) {
        let n = &v.normalized;
        for r in &v.changed {
            assert!(
                n.text.get(r.clone()).is_some(),
                "view {}: changed range {r:?} not a slice of its text",
                v.name
            );
        }
        let mut at: Vec<usize> = n.text.char_indices().map(|(i, _)| i).collect();
        at.push(n.text.len());
        for w in at.windows(2) {
            let r = n.original_range(w[0], w[1]);
            assert!(
                input.get(r.clone()).is_some(),
                "view {}: {}..{} -> {r:?} not a slice of the input",
                v.name,
                w[0],
                w[1]
            );
        }
        let r = n.original_range(0, n.text.len());
        assert!(input.get(r).is_some());
    }
    let mut n = Normalized::canonical(input);
    let len = n.text.len();
    // Every char-aligned range of the normalised text maps to a slice of the input.
    let bounds: Vec<usize> = n
        .text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(len))
        .collect();
    for (k, &s) in bounds.iter().enumerate() {
        // All single characters, plus a few longer ranges (quadratic in all pairs would be slow).
        for &e in bounds[k..].iter().take(3).chain(bounds.last()) {
            let r = n.original_range(s, e);
            assert!(
                r.start <= r.end && r.end <= input.len(),
                "{s}..{e} -> {r:?} outside input of {} bytes",
                input.len()
            );
            assert!(
                input.get(r.clone()).is_some(),
                "{s}..{e} -> {r:?} not on char boundaries of {input:?}"
            );
        }
    }
    // Out-of-range and reversed queries are answered, not panicked on.
    for (s, e) in [
        (len, len + 5),
        (len + 10, len + 1),
        (0, usize::MAX),
        (usize::MAX - 1, usize::MAX),
    ] {
        let r = n.original_range(s, e);
        assert!(r.end <= input.len() && input.get(r).is_some());
    }
    // Blanking keeps the byte length (offsets stay valid), whatever range it is given.
    let mid = bounds[bounds.len() / 2];
    for r in [0..len, mid..len, 1..len.max(1), len..len + 3] {
        n.blank(r);
        assert_eq!(n.text.len(), len);
    }
}

fuzz_target!(|data: &[u8]| {
    match std::str::from_utf8(data) {
        Ok(s) => check(s),
        Err(e) => {
            check(&String::from_utf8_lossy(data));
            check(std::str::from_utf8(&data[..e.valid_up_to()]).unwrap_or_default());
        }
    }
});
