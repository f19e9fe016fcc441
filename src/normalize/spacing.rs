//! Letter-spacing collapse: `h o w  t o  m a k e` → `how to make`. A run of at least three
//! single letters separated by single spaces is joined; a wider gap inside the run is kept as
//! one space (it separated words). Ordinary text never has three one-letter words in a row
//! often enough to matter, and the tokenizer sees the joined words it was trained on.

use super::Piece;

const MIN_RUN: usize = 3;

fn is_single_letter_at(p: &[Piece], i: usize) -> bool {
    p[i].c.is_alphanumeric()
        && (i == 0 || p[i - 1].c == ' ')
        && (i + 1 == p.len() || p[i + 1].c == ' ')
}

/// Returns the pieces with spaced-out letter runs joined.
pub fn collapse(p: Vec<Piece>) -> Vec<Piece> {
    let mut out = Vec::with_capacity(p.len());
    let mut i = 0;
    while i < p.len() {
        if !is_single_letter_at(&p, i) {
            out.push(p[i]);
            i += 1;
            continue;
        }
        // Collect a run: letter, (1+ spaces, letter)* — stop at anything else.
        let mut letters = vec![i];
        let mut gaps = Vec::new();
        let mut j = i + 1;
        loop {
            let mut k = j;
            while k < p.len() && p[k].c == ' ' {
                k += 1;
            }
            let gap = k - j;
            if gap == 0 || gap > 3 || k >= p.len() || !is_single_letter_at(&p, k) {
                break;
            }
            gaps.push(gap);
            letters.push(k);
            j = k + 1;
        }
        if letters.len() < MIN_RUN {
            out.push(p[i]);
            i += 1;
            continue;
        }
        for (n, &li) in letters.iter().enumerate() {
            out.push(p[li]);
            if let Some(&gap) = gaps.get(n) {
                if gap > 1 {
                    out.push(p[li + 1]); // keep one space where the spaced text had a word break
                }
            }
        }
        i = *letters.last().expect("run is non-empty") + 1;
    }
    out
}
