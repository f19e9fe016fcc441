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
//! so `ha ha ha ha` and a list of different lines stay as they are; a "sentence" without a letter or
//! digit is never a copy, so Morse code (`.... ..`), ellipses and `!!!!` stay too.

use super::Piece;

/// Copies of one sentence kept in a row.
const KEEP: usize = 3;

fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n')
}

/// The end of the sentence that starts at `start`: past its end mark and the whitespace after it,
/// or the end of the text.
fn sentence_end(p: &[Piece], start: usize) -> usize {
    let mut i = start;
    while i < p.len() && !ends_sentence(p[i].c) {
        i += 1;
    }
    if i < p.len() {
        i += 1;
        while i < p.len() && p[i].c.is_whitespace() {
            i += 1;
        }
    }
    i
}

/// The characters of a sentence without the whitespace around it: what two copies share.
fn words(p: &[Piece]) -> impl Iterator<Item = char> + Clone + '_ {
    let first = p.iter().position(|x| !x.c.is_whitespace()).unwrap_or(p.len());
    let last = p.iter().rposition(|x| !x.c.is_whitespace()).map_or(first, |i| i + 1);
    p[first..last.max(first)].iter().map(|x| x.c)
}

/// Whether `this` repeats `prev`: the same characters between the surrounding whitespace, with a
/// letter or digit among them (punctuation alone, Morse code, `...`, `!!!`, is never a copy).
fn same_sentence(this: &[Piece], prev: &[Piece]) -> bool {
    words(this).any(char::is_alphanumeric) && words(this).eq(words(prev))
}

/// `p` with every run of more than [`KEEP`] copies of one sentence cut to [`KEEP`] copies
/// (`Hi! Hi! Hi! Hi! Hi!` → `Hi! Hi! Hi! `); the tests below show the edges. In place, in one pass:
/// what is kept moves down over what is dropped, so a long text costs no second copy.
pub(crate) fn collapse(mut p: Vec<Piece>) -> Vec<Piece> {
    let (mut read, mut write) = (0, 0);
    // The last kept sentence with words, where it now lies (below `write`, never overwritten).
    let mut prev = 0..0;
    let mut run = 0;
    while read < p.len() {
        let (start, end) = (read, sentence_end(&p, read));
        read = end;
        // Whitespace alone is neither a copy nor the end of a run: always kept, never `prev`.
        if words(&p[start..end]).next().is_some() {
            run = if same_sentence(&p[start..end], &p[prev.clone()]) { run + 1 } else { 1 };
            if run > KEEP {
                continue;
            }
            prev = write..write + (end - start);
        }
        p.copy_within(start..end, write);
        write += end - start;
    }
    p.truncate(write);
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> String {
        Piece::through(s, collapse)
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
        for s in ["Hi! Hi! Hi!", "ha ha ha ha ha ha", ".... . .-.. .-.. --- / .... ..", "Wait.... no!!!! ??????", "a. b. a. b. a. b. a. b.", "1. First\n2. Second\n3. Third\n4. Fourth", "Wait... what?", ""] {
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
