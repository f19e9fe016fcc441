//! Sliding windows over a token sequence, so any length of text can be scored with a fixed-size
//! model. Cost is linear: about `len / stride` windows.

use std::ops::Range;

use crate::config::{SpecialTokens, WindowConfig};

/// Ranges of token positions, one per window. Each holds at most `size - 2` tokens (room for the
/// two special tokens); consecutive windows start `stride` apart; the last one ends at `len`.
/// An empty sequence still gets one (empty) window, so empty text has a well-defined score.
///
/// ```
/// use palisade::{window::windows, WindowConfig};
/// let w = windows(10, WindowConfig { size: 6, stride: 3 });
/// assert_eq!(w, vec![0..4, 3..7, 6..10]);
/// ```
pub fn windows(len: usize, cfg: WindowConfig) -> Vec<Range<usize>> {
    let span = cfg.size.saturating_sub(2).max(1);
    let stride = cfg.stride.clamp(1, span);
    if len <= span {
        return vec![0..len];
    }
    let mut out = Vec::with_capacity(len / stride + 1);
    let mut start = 0;
    loop {
        let end = (start + span).min(len);
        out.push(start..end);
        if end == len {
            break;
        }
        start += stride;
    }
    out
}

/// A padded batch of windows ready for the engine: row-major `[rows, cols]` ids and mask.
#[derive(Debug, Clone, PartialEq)]
pub struct Batch {
    pub ids: Vec<i64>,
    pub mask: Vec<i64>,
    pub rows: usize,
    pub cols: usize,
}

impl Batch {
    /// Wraps each window of `ids` in CLS … SEP and pads to the longest.
    pub fn from_windows(ids: &[u32], ranges: &[Range<usize>], special: SpecialTokens) -> Batch {
        Batch::from_windows_after(&[], ids, ranges, special)
    }

    /// [`Batch::from_windows`] with conversation context: each row is `CLS context SEP SEP window
    /// SEP` (the pair layout the model was trained on; see `ModelConfig::context_prompt_tokens`).
    /// An empty `context` gives plain `CLS window SEP` rows.
    ///
    /// ```
    /// use palisade::{window::Batch, SpecialTokens};
    /// let sp = SpecialTokens { cls: 0, sep: 2, pad: 1 };
    /// let b = Batch::from_windows_after(&[7, 8], &[5, 6], &[0..2], sp);
    /// assert_eq!(b.ids, vec![0, 7, 8, 2, 2, 5, 6, 2]);
    /// ```
    pub fn from_windows_after(context: &[u32], ids: &[u32], ranges: &[Range<usize>], special: SpecialTokens) -> Batch {
        let extra = Batch::first_window_token(context.len()) + 1;
        let cols = ranges.iter().map(|r| r.len() + extra).max().unwrap_or(extra);
        let rows = ranges.len();
        let mut b = Batch { ids: vec![special.pad as i64; rows * cols], mask: vec![0; rows * cols], rows, cols };
        let separators: &[u32] = if context.is_empty() { &[] } else { &[special.sep, special.sep] };
        for (row, r) in ranges.iter().enumerate() {
            let base = row * cols;
            // Ranges come from `windows()`, always inside `ids`; out-of-range ones are clipped
            // rather than allowed to panic.
            let inner = ids.get(r.start.min(ids.len())..r.end.min(ids.len())).unwrap_or(&[]);
            let toks = std::iter::once(special.cls)
                .chain(context.iter().copied())
                .chain(separators.iter().copied())
                .chain(inner.iter().copied())
                .chain(std::iter::once(special.sep));
            for (j, t) in toks.enumerate() {
                b.ids[base + j] = t as i64;
                b.mask[base + j] = 1;
            }
        }
        b
    }
}

impl Batch {
    /// Column of a row's first window token when `context` context tokens come before it: after
    /// CLS, and after the context and its two separators when there is one.
    ///
    /// ```
    /// assert_eq!(palisade::window::Batch::first_window_token(0), 1);
    /// assert_eq!(palisade::window::Batch::first_window_token(2), 5); // CLS 7 8 SEP SEP
    /// ```
    pub fn first_window_token(context: usize) -> usize {
        if context == 0 { 1 } else { context + 3 }
    }

    /// Splits the batch into sub-batches of rows of similar length, each padded only to its own
    /// longest row, with the original row index of each sub-batch row.
    ///
    /// A text of 130 tokens makes one full window and one of 34 tokens; padded together the short
    /// one costs a full row. Rows within [`SIMILAR_LENGTH`] of their group's longest stay together
    /// (one run beats two when the padding saved is small). The model masks padding, so scores
    /// do not change.
    ///
    /// ```
    /// use palisade::window::Batch;
    /// let b = Batch { ids: vec![0, 5, 6, 2, 0, 7, 2, 1], mask: vec![1, 1, 1, 1, 1, 1, 1, 0], rows: 2, cols: 4 };
    /// let groups = b.by_length();
    /// assert_eq!(groups.len(), 2);
    /// assert_eq!((groups[1].0.clone(), groups[1].1.cols), (vec![1], 3));
    /// ```
    pub fn by_length(&self) -> Vec<(Vec<usize>, Batch)> {
        let len_of = |r: usize| {
            let mask = &self.mask[r * self.cols..(r + 1) * self.cols];
            mask.iter().rposition(|&m| m != 0).map_or(self.cols, |i| i + 1)
        };
        let mut order: Vec<(usize, usize)> = (0..self.rows).map(|r| (len_of(r), r)).collect();
        order.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut groups: Vec<(Vec<usize>, usize)> = Vec::new();
        for (len, r) in order {
            match groups.last_mut() {
                Some((rows, cols)) if len as f32 >= *cols as f32 * SIMILAR_LENGTH => rows.push(r),
                _ => groups.push((vec![r], len)),
            }
        }
        groups
            .into_iter()
            .map(|(rows, cols)| {
                let mut b = Batch { ids: Vec::with_capacity(rows.len() * cols), mask: Vec::with_capacity(rows.len() * cols), rows: rows.len(), cols };
                for &r in &rows {
                    b.ids.extend_from_slice(&self.ids[r * self.cols..r * self.cols + cols]);
                    b.mask.extend_from_slice(&self.mask[r * self.cols..r * self.cols + cols]);
                }
                (rows, b)
            })
            .collect()
    }
}

/// Rows at least this fraction of their group's longest row run padded with it.
pub const SIMILAR_LENGTH: f32 = 0.85;

impl Batch {
    /// Wraps each token sequence in CLS … SEP and pads to the longest (sequences must already fit
    /// the model's window).
    pub fn from_sequences(seqs: &[Vec<u32>], special: SpecialTokens) -> Batch {
        Batch::from_sequences_after(&[], seqs, special)
    }

    /// [`Batch::from_sequences`] with conversation context (see [`Batch::from_windows_after`]).
    pub fn from_sequences_after(context: &[u32], seqs: &[Vec<u32>], special: SpecialTokens) -> Batch {
        let ranges: Vec<Range<usize>> = seqs
            .iter()
            .scan(0usize, |at, s| {
                let r = *at..*at + s.len();
                *at += s.len();
                Some(r)
            })
            .collect();
        let flat: Vec<u32> = seqs.iter().flatten().copied().collect();
        Batch::from_windows_after(context, &flat, &ranges, special)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SP: SpecialTokens = SpecialTokens { cls: 0, sep: 2, pad: 1 };

    #[test]
    fn covers_every_token_and_grows_linearly() {
        let cfg = WindowConfig { size: 128, stride: 96 };
        for len in [0, 1, 125, 126, 127, 500, 10_000] {
            let w = windows(len, cfg);
            assert_eq!(w.first().unwrap().start, 0);
            assert_eq!(w.last().unwrap().end, len);
            for pair in w.windows(2) {
                assert!(pair[1].start <= pair[0].end, "gap between windows");
                assert_eq!(pair[1].start - pair[0].start, 96);
            }
            assert!(w.iter().all(|r| r.len() <= 126));
            assert!(w.len() <= len / 96 + 1);
        }
    }

    #[test]
    fn batch_wraps_and_pads() {
        let b = Batch::from_windows(&[5, 6, 7], &[0..2, 2..3], SP);
        assert_eq!((b.rows, b.cols), (2, 4));
        assert_eq!(b.ids, vec![0, 5, 6, 2, 0, 7, 2, 1]);
        assert_eq!(b.mask, vec![1, 1, 1, 1, 1, 1, 1, 0]);
        assert_eq!(Batch::from_sequences(&[vec![5, 6], vec![7]], SP), b);
    }
}
