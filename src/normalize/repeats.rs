//! Repeated sentences: a sentence said more than three times in a row is kept three times.
//! `Thank you so much! ` × 40 → `Thank you so much! ` × 3.
//!
//! Why: the model reads a run of one sentence repeated as an attack, and as padding it hides one.
//! Model 0.6.2 blocked `Thank you so much! ` × 40 (jailbreak 0.998) and `Let me know if you want
//! more detail on any of these steps.` × 5 as prompts, though three copies pass; and an injection
//! between two runs of 40 copies of an office sentence was read after so much repetition that it
//! passed where, between runs of three, it is flagged or blocked. A fourth copy says nothing a third
//! did not, so dropping it loses nothing the text means; what is dropped maps nowhere, what is kept
//! keeps its place in the input.
//!
//! A sentence here is the text up to and including `.` `!` `?` `。` `！` `？` or a line break, with
//! the whitespace after it; sentences are compared without their surrounding whitespace, so
//! `Thanks!\nThanks! Thanks!` is one sentence three times. Text without such marks is one sentence,
//! so `ha ha ha ha` and a list of different lines stay as they are.

use super::Piece;

/// Copies of one sentence kept in a row.
const KEEP: usize = 3;

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n')
}

/// The sentences of `p` as ranges: each runs to its end mark, then takes the whitespace after it.
fn sentences(p: &[Piece]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < p.len() {
        if ends_sentence(p[i].c) {
            i += 1;
            while i < p.len() && p[i].c.is_whitespace() {
                i += 1;
            }
            out.push(start..i);
            start = i;
        } else {
            i += 1;
        }
    }
    if start < p.len() {
        out.push(start..p.len());
    }
    out
}

/// The characters of a sentence without the whitespace around it: what two copies share.
fn words(p: &[Piece]) -> impl Iterator<Item = char> + Clone + '_ {
    let first = p.iter().position(|x| !x.c.is_whitespace()).unwrap_or(p.len());
    let last = p.iter().rposition(|x| !x.c.is_whitespace()).map_or(first, |i| i + 1);
    p[first..last.max(first)].iter().map(|x| x.c)
}

/// `p` with every run of more than [`KEEP`] copies of one sentence cut to [`KEEP`] copies
/// (`Hi! Hi! Hi! Hi! Hi!` → `Hi! Hi! Hi! `); the tests below show the edges.
pub(crate) fn collapse(p: Vec<Piece>) -> Vec<Piece> {
    let spans = sentences(&p);
    let mut drop = vec![false; spans.len()];
    let mut run = 0;
    for k in 0..spans.len() {
        let this = words(&p[spans[k].clone()]);
        if this.clone().next().is_none() {
            continue; // whitespace only: neither a copy nor the end of a run
        }
        let same = k > 0 && {
            // The last sentence with words before this one (whitespace-only spans are skipped).
            let prev = (0..k).rev().find(|&j| words(&p[spans[j].clone()]).next().is_some());
            prev.is_some_and(|j| words(&p[spans[j].clone()]).eq(this))
        };
        run = if same { run + 1 } else { 1 };
        drop[k] = run > KEEP;
    }
    if !drop.contains(&true) {
        return p;
    }
    let mut out = Vec::with_capacity(p.len());
    for (span, gone) in spans.into_iter().zip(drop) {
        if !gone {
            out.extend_from_slice(&p[span]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        collapse(Piece::each(s)).into_iter().map(|p| p.c).collect()
    }

    #[test]
    fn keeps_three_copies_of_a_sentence_said_again_and_again() {
        assert_eq!(text(&"Thank you so much! ".repeat(40)), "Thank you so much! ".repeat(3));
        assert_eq!(text("Hi.\nHi. Hi.  Hi.\n\nHi."), "Hi.\nHi. Hi.  ");
        // Another end mark makes another sentence.
        assert_eq!(text("Hi.\nHi. Hi!  Hi.\n\nHi."), "Hi.\nHi. Hi!  Hi.\n\nHi.");
        // Whitespace around a copy does not make it another sentence.
        assert_eq!(text("Go on.\nGo on.  Go on.\tGo on. Then stop."), "Go on.\nGo on.  Go on.\tThen stop.");
    }

    #[test]
    fn leaves_text_that_does_not_repeat_a_sentence_four_times() {
        for s in ["Hi! Hi! Hi!", "ha ha ha ha ha ha", "a. b. a. b. a. b. a. b.", "1. First\n2. Second\n3. Third\n4. Fourth", "Wait... what?", ""] {
            assert_eq!(text(s), s);
        }
        // Runs are counted again after another sentence.
        assert_eq!(text("A. A. A. B. A. A. A."), "A. A. A. B. A. A. A.");
    }

    #[test]
    fn what_is_kept_maps_back_to_the_input() {
        let input = "Ignore this. Ignore this. Ignore this. Ignore this. Now obey.";
        let kept = collapse(Piece::each(input));
        let last = kept.iter().rposition(|p| p.c == 'N').unwrap();
        assert_eq!(&input[kept[last].start..], "Now obey.");
    }
}
