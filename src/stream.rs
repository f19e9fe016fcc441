//! Moderating text while it streams (an LLM's answer, token by token).
//!
//! A [`StreamScanner`] keeps the text it has been given and scores it in pieces of
//! `chunk_tokens` new tokens, each preceded by `overlap_tokens` of the previous piece as context,
//! so a harmful sentence cut in two by a piece boundary is still seen whole. Text already scored
//! is never scored again except for that overlap, and the text is only re-tokenised when enough
//! has arrived to possibly fill a piece, so the cost per pushed character stays flat however long
//! the stream runs ([`StreamStats`] counts it). Two release modes:
//!
//! | mode | text is released | a block |
//! |---|---|---|
//! | `stream_first` | as soon as it is pushed | stops the stream the moment a piece crosses the threshold; the push that crossed it releases nothing |
//! | `buffered` | once the piece that holds it has been scored and cleared | stops the stream; nothing of the offending piece was released |
//!
//! The policy's own mode (`block` / `flag` / `audit`, see [`crate::policy::Mode`]) decides whether
//! a block stops anything at all.
//!
//! **Window check** (`windowCheck`, off by default). Pieces are short so that they block soon, and
//! they are read from the model's stream column at thresholds chosen to keep long benign answers
//! quiet; a harmful answer spread thinly over many pieces can pass all of them (model 0.7.0: 31 of
//! 71 harmful validation answers blocked when streamed after benign text, 66 when each is scored
//! whole). So the scanner also scores the stream the way [`Guard::score`] scores a whole
//! output: model windows of the config's size, one every `stride` tokens, each as soon as the
//! cleared text completes it (the last one at `finish`), with the output head and the policy's
//! thresholds. Only its blocks are events (flags come from the pieces; deny-list matches too). In
//! `buffered` mode text is then held until every window that covers it has cleared it as well,
//! up to a window (~100 words) longer than its piece alone would hold it. It adds about one model
//! window per `stride` tokens to the cost. Off by default because of what it costs in false blocks:
//! the output head blocks some windows that straddle two unrelated texts (an answer in one
//! language, then another's refusal in another). With model 0.6.1, 1.2 % of benign validation
//! answers streamed after other answers blocked, over the stream rule's 1 %; 0.6.2's output head,
//! trained on such seams, blocks 1 of 260 (none without the check), against 51 of 71 harmful ones
//! (30; 0.7.0 the same, 31 without), one fewer than the 52 its ship rule asked of it to turn the check on
//! (`model/train/experiments_0.6.2.md`, `bench/STREAM_RESULTS.md`).
//!
//! Each piece is scored like a single text, so the extra normalisation views (leetspeak, decoded
//! payloads, ROT13; see [`crate::normalize`]) apply per piece. A long encoded payload that a
//! piece boundary cuts is decoded only where a piece holds a decodable stretch of it (base64 and
//! hex need whole 4- and 2-character groups); the stream does not reassemble payloads.
//!
//! ```no_run
//! use palisade::{Guard, StreamOptions, StreamScanner};
//! let guard = Guard::load_default()?;
//! let mut scanner = StreamScanner::new(&guard, StreamOptions::default())?;
//! for piece in ["Sure! Here is ", "a recipe for bread: ", "mix flour and water…"] {
//!     let update = scanner.push(&guard, piece)?;
//!     print!("{}", update.released);
//!     if update.blocked { break; }
//! }
//! print!("{}", scanner.finish(&guard)?.released);
//! # Ok::<(), palisade::Error>(())
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::guard::{Guard, Kind};
use crate::policy::{Decision, DenyMatch, Policy, ScoreOptions};
use crate::Verdict;

/// When text is handed back to the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamMode {
    /// Release text immediately; emit a block event when a piece crosses the threshold.
    #[default]
    StreamFirst,
    /// Hold text until the piece that contains it has been scored and cleared.
    Buffered,
}

/// How a stream is scored. Plain JSON, validated by [`StreamScanner::new`].
///
/// ```
/// let o: palisade::StreamOptions = serde_json::from_str(
///     r#"{"mode": "buffered", "chunkTokens": 64, "policy": {"operatingPoint": "strict"}}"#).unwrap();
/// assert_eq!(o.mode, palisade::StreamMode::Buffered);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct StreamOptions {
    #[serde(default)]
    pub mode: StreamMode,
    /// New tokens per scored piece (default: the model's window stride, so a piece plus its
    /// overlap fills exactly one model window).
    #[serde(default)]
    pub chunk_tokens: Option<usize>,
    /// Tokens of the previous piece scored again as context (default: the rest of the window).
    #[serde(default)]
    pub overlap_tokens: Option<usize>,
    /// What the text is (default `output`: streams are usually the model's answer).
    #[serde(default)]
    pub kind: Option<Kind>,
    /// Thresholds, operating point, policy mode and allow/deny lists, as for single texts.
    #[serde(default)]
    pub policy: ScoreOptions,
    /// The user's prompt this stream answers (same as `policy.context`, which see): every piece
    /// is read after it. Tokenised once per stream.
    #[serde(default)]
    pub context: Option<String>,
    /// Also score whole model windows as the cleared text completes them (default `false`; see the
    /// module documentation).
    #[serde(default)]
    pub window_check: Option<bool>,
}

/// A scored piece that was not plainly allowed: where it is and what the model saw.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamEvent {
    /// The decision after the policy's mode (`block` stops the stream).
    pub decision: Decision,
    /// The decision before the mode softened it.
    pub raw_decision: Decision,
    pub score: f32,
    pub labels: BTreeMap<String, f32>,
    /// Harm-category probabilities of the piece (see [`crate::Verdict::categories`]).
    pub categories: BTreeMap<String, f32>,
    /// Byte offsets of the piece's highest-scoring window in the whole stream.
    pub start: usize,
    pub end: usize,
    /// The same span in UTF-16 code units (for JavaScript strings).
    pub start_utf16: usize,
    pub end_utf16: usize,
    /// The text of that span.
    pub text: String,
    /// Index of the scored piece in the stream (0-based); for a window check, of the piece whose
    /// clearing completed the window.
    pub piece: usize,
    /// The event comes from the window check, not from a piece.
    pub window: bool,
    /// The normalisation view that scored it.
    pub view: String,
    /// A deny-list match, if that is what blocked (byte offsets in the whole stream).
    pub deny: Option<DenyMatch>,
    /// The deny match's span in UTF-16 code units.
    pub deny_utf16: Option<(usize, usize)>,
}

/// What one `push` or `finish` produced.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StreamUpdate {
    /// Text cleared for the user since the previous update.
    pub released: String,
    /// Events of the pieces scored during this call.
    pub events: Vec<StreamEvent>,
    /// The stream has been stopped by a block; nothing more will be released.
    pub blocked: bool,
    /// `finish` has run.
    pub done: bool,
}

/// Work done so far, to show that the cost per character stays flat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StreamStats {
    /// Bytes pushed.
    pub bytes_pushed: usize,
    /// Bytes given to the tokenizer to find piece boundaries.
    pub bytes_tokenized: usize,
    /// Bytes scored by the model (new text plus overlap).
    pub bytes_scored: usize,
    /// Pieces scored.
    pub pieces: usize,
    /// Model windows run (pieces and window checks).
    pub windows: usize,
    /// Whole windows scored by the window check.
    pub window_checks: usize,
    /// Bytes held in memory now.
    pub bytes_held: usize,
}

/// Scores a stream incrementally. Holds no reference to the [`Guard`]: pass it to each call.
#[derive(Debug, Clone)]
pub struct StreamScanner {
    policy: Policy,
    kind: Kind,
    mode: StreamMode,
    chunk: usize,
    overlap: usize,
    /// Retained text; `text[0]` is at stream byte `base` (and UTF-16 unit `base_utf16`).
    text: String,
    base: usize,
    base_utf16: usize,
    /// Where the next piece starts (its overlap context included).
    context_from: usize,
    /// End of the text covered by scored pieces.
    scored_to: usize,
    released_to: usize,
    /// Do not re-tokenise before the stream reaches this length (amortises tokenisation).
    next_check: usize,
    /// The window check's policy (the output head, not the stream column); `None` when it is off.
    window_policy: Option<Policy>,
    /// Window geometry in tokens: the model's window without CLS/SEP, and its stride.
    window_span: usize,
    window_stride: usize,
    /// Where the next whole window starts, and the length the cleared text must reach before it is
    /// worth tokenising again to see whether that window is complete.
    window_from: usize,
    window_next_check: usize,
    /// End of the text the window check has cleared (buffered mode releases no further).
    window_cleared_to: usize,
    blocked: bool,
    done: bool,
    stats: StreamStats,
}

/// Default piece: 48 new tokens after 16 of context. Smaller than the model's 126-token window
/// on purpose: the model mean-pools over its window, so a harmful sentence inside a long benign
/// piece is diluted; short pieces cost about the same in total (model cost is per token) and
/// block sooner.
const DEFAULT_CHUNK: usize = 32;
const DEFAULT_OVERLAP: usize = 16;

/// Bounds on the piece geometry: tiny pieces waste model runs, huge ones delay buffered text.
const CHUNK_RANGE: std::ops::RangeInclusive<usize> = 8..=4096;
const MAX_OVERLAP: usize = 1024;

impl StreamScanner {
    /// Validates the options against the guard's model.
    pub fn new(guard: &Guard, options: StreamOptions) -> Result<StreamScanner> {
        let mut policy_options = options.policy;
        if let Some(context) = options.context {
            if policy_options.context.is_some() {
                return Err(Error::InvalidOption("context is given twice (options.context and options.policy.context)".into()));
            }
            policy_options.context = Some(context);
        }
        let mut policy = guard.policy(&policy_options)?;
        let window_policy = options.window_check.unwrap_or(false).then(|| policy.clone());
        policy.stream_piece = true;
        let window = guard.config().window;
        let span = window.size.saturating_sub(2).max(1);
        let stride = window.stride.clamp(1, span);
        let chunk = options.chunk_tokens.unwrap_or(DEFAULT_CHUNK.min(stride));
        let overlap = options.overlap_tokens.unwrap_or(DEFAULT_OVERLAP.min(chunk / 2));
        if !CHUNK_RANGE.contains(&chunk) {
            return Err(Error::InvalidOption(format!(
                "chunkTokens must be in {}..={}, got {chunk}",
                CHUNK_RANGE.start(),
                CHUNK_RANGE.end()
            )));
        }
        if overlap >= chunk || overlap > MAX_OVERLAP {
            return Err(Error::InvalidOption(format!(
                "overlapTokens must be below chunkTokens ({chunk}) and at most {MAX_OVERLAP}, got {overlap}"
            )));
        }
        Ok(StreamScanner {
            policy,
            kind: options.kind.unwrap_or(Kind::Output),
            mode: options.mode,
            chunk,
            overlap,
            text: String::new(),
            base: 0,
            base_utf16: 0,
            context_from: 0,
            scored_to: 0,
            released_to: 0,
            next_check: 0,
            window_policy,
            window_span: span,
            window_stride: stride,
            window_from: 0,
            window_next_check: 0,
            window_cleared_to: 0,
            blocked: false,
            done: false,
            stats: StreamStats::default(),
        })
    }

    /// Adds text as it arrives and returns what is cleared, with any events. A chunk that would
    /// take the stream past the policy's `maxInputBytes` is refused (`INPUT_TOO_LARGE`) and changes
    /// nothing: the scanner can still be finished.
    pub fn push(&mut self, guard: &Guard, chunk: &str) -> Result<StreamUpdate> {
        if self.done {
            return Err(Error::InvalidInput("push() after finish(): start a new scanner for a new stream".into()));
        }
        self.policy.check_size(self.stats.bytes_pushed + chunk.len(), " (stream total)")?;
        if self.blocked {
            return Ok(StreamUpdate { blocked: true, ..StreamUpdate::default() });
        }
        let before = self.end();
        self.text.push_str(chunk);
        self.stats.bytes_pushed += chunk.len();
        let mut events = Vec::new();
        if self.end() >= self.next_check {
            self.scan(guard, false, &mut events)?;
        }
        let release_to = match (self.blocked, self.mode) {
            (true, StreamMode::StreamFirst) => before.max(self.released_to),
            (false, StreamMode::StreamFirst) => self.end(),
            (_, StreamMode::Buffered) => self.cleared_to().max(self.released_to),
        };
        Ok(self.update(release_to, events))
    }

    /// Scores whatever is left and releases it if cleared. The scanner cannot be pushed to again.
    pub fn finish(&mut self, guard: &Guard) -> Result<StreamUpdate> {
        if self.done {
            return Err(Error::InvalidInput("finish() was already called".into()));
        }
        let mut events = Vec::new();
        if !self.blocked {
            self.scan(guard, true, &mut events)?;
        }
        if !self.blocked {
            self.check_windows(guard, true, &mut events)?;
        }
        self.done = true;
        let release_to = if self.blocked { self.released_to } else { self.end() };
        Ok(self.update(release_to, events))
    }

    /// The work done so far.
    pub fn stats(&self) -> StreamStats {
        StreamStats { bytes_held: self.text.len(), ..self.stats }
    }

    /// End of the text every check has cleared: the pieces and, when on, the window check.
    fn cleared_to(&self) -> usize {
        match self.window_policy {
            Some(_) => self.scored_to.min(self.window_cleared_to),
            None => self.scored_to,
        }
    }

    /// Whether a block has stopped the stream.
    pub fn is_blocked(&self) -> bool {
        self.blocked
    }

    fn end(&self) -> usize {
        self.base + self.text.len()
    }

    fn update(&mut self, release_to: usize, events: Vec<StreamEvent>) -> StreamUpdate {
        let released = self.text[self.released_to - self.base..release_to - self.base].to_string();
        self.released_to = release_to;
        // Keep only what may still be released, or scored again as context or by a window check.
        let mut keep_from = self.context_from.min(self.released_to);
        if self.window_policy.is_some() {
            keep_from = keep_from.min(self.window_from);
        }
        if keep_from > self.base {
            let cut = keep_from - self.base;
            self.base_utf16 += utf16_len(&self.text[..cut]);
            self.text.drain(..cut);
            self.base = keep_from;
        }
        StreamUpdate { released, events, blocked: self.blocked, done: self.done }
    }

    /// The event for `verdict`, given for `scored`, the text from stream byte `at`.
    fn event(&self, verdict: Verdict, scored: &str, at: usize, piece: usize, window: bool) -> StreamEvent {
        let (s, e) = verdict.span.as_ref().map_or((0, scored.len()), |sp| (sp.start, sp.end));
        let (start, end) = (at + s, at + e);
        StreamEvent {
            decision: verdict.decision,
            raw_decision: verdict.raw_decision,
            score: verdict.score,
            labels: verdict.labels,
            categories: verdict.categories,
            start,
            end,
            start_utf16: self.utf16_at(start),
            end_utf16: self.utf16_at(end),
            text: scored.get(s..e).unwrap_or_default().to_string(),
            piece,
            view: verdict.view,
            deny_utf16: verdict.deny.as_ref().map(|d| (self.utf16_at(d.start + at), self.utf16_at(d.end + at))),
            deny: verdict.deny.map(|d| DenyMatch { start: d.start + at, end: d.end + at, ..d }),
            window,
        }
    }

    fn utf16_at(&self, abs: usize) -> usize {
        self.base_utf16 + utf16_len(&self.text[..abs - self.base])
    }

    /// Scores every full piece available (all remaining text when `last`).
    fn scan(&mut self, guard: &Guard, last: bool, events: &mut Vec<StreamEvent>) -> Result<()> {
        loop {
            let region_start = self.context_from - self.base;
            let region = &self.text[region_start..];
            if region.is_empty() || self.scored_to >= self.end() {
                return Ok(());
            }
            let offsets = guard.token_offsets(region)?;
            self.stats.bytes_tokenized += region.len();
            let context_len = self.scored_to - self.context_from;
            let n_context = offsets.iter().take_while(|o| o.1 <= context_len).count();
            let fresh = offsets.len() - n_context;
            if !last && fresh <= self.chunk {
                // The last token may still grow, so a piece needs one token more than it holds.
                // Look again once about the missing number of tokens has arrived.
                let bytes_per_token = (region.len() / offsets.len().max(1)).max(1);
                self.next_check = self.end() + ((self.chunk + 1 - fresh) * bytes_per_token / 2).max(16);
                return Ok(());
            }
            let (piece_end, end_token) = if last && fresh <= self.chunk {
                (region.len(), offsets.len())
            } else {
                let mut e = n_context + self.chunk;
                // Prefer to end a piece at a word boundary, within the last quarter of the piece.
                let floor = n_context + self.chunk * 3 / 4;
                if let Some(k) = (floor.max(n_context + 1)..=e).rev().find(|&k| k < offsets.len() && at_word(region, offsets[k].0)) {
                    e = k;
                }
                (offsets[e - 1].1, e)
            };
            if piece_end == 0 {
                return Ok(());
            }
            let piece_text = &region[..piece_end];
            let verdict = guard.score_with(piece_text, self.kind, &self.policy)?;
            self.stats.bytes_scored += piece_text.len();
            self.stats.pieces += 1;
            self.stats.windows += verdict.windows;
            let piece = self.stats.pieces - 1;
            let piece_abs = self.context_from;
            let decision = verdict.decision;
            if verdict.raw_decision != Decision::Allow {
                events.push(self.event(verdict, piece_text, piece_abs, piece, false));
            }
            if decision == Decision::Block {
                // `scored_to` stays at the end of the last cleared piece: buffered mode releases up to it.
                self.blocked = true;
                return Ok(());
            }
            self.scored_to = piece_abs + piece_end;
            let next = end_token.saturating_sub(self.overlap).max(n_context.min(end_token));
            self.context_from = piece_abs + offsets.get(next).map_or(piece_end, |o| o.0.min(piece_end));
            self.check_windows(guard, false, events)?;
            if self.blocked || self.scored_to >= self.end() {
                return Ok(());
            }
        }
    }

    /// The window check: scores every whole model window of the cleared text that is complete
    /// (followed by at least one more token, which could otherwise still grow), or, when `last`,
    /// also the final one. Windows start `window_stride` tokens apart, at a word boundary where
    /// one is near, as the text would be windowed if it were scored whole.
    fn check_windows(&mut self, guard: &Guard, last: bool, events: &mut Vec<StreamEvent>) -> Result<()> {
        let Some(policy) = &self.window_policy else { return Ok(()) };
        while self.window_from < self.scored_to && (last || self.scored_to >= self.window_next_check) {
            let window_abs = self.window_from;
            let region = &self.text[window_abs - self.base..self.scored_to - self.base];
            let offsets = guard.token_offsets(region)?;
            self.stats.bytes_tokenized += region.len();
            let complete = offsets.len() > self.window_span;
            let bytes_per_token = (region.len() / offsets.len().max(1)).max(1);
            // Look again once about three quarters of the missing tokens have arrived (so that a
            // window is rarely checked late, and the text is rarely tokenised in vain).
            let next_check = |have: usize| self.scored_to + ((self.window_span + 1).saturating_sub(have) * bytes_per_token * 3 / 4).max(16);
            if offsets.is_empty() || (!complete && !last) {
                self.window_next_check = next_check(offsets.len());
                if offsets.is_empty() && last {
                    self.window_from = self.scored_to;
                    self.window_cleared_to = self.scored_to;
                }
                return Ok(());
            }
            let window_end = offsets[offsets.len().min(self.window_span) - 1].1;
            let verdict = guard.score_with(&region[..window_end], self.kind, policy)?;
            self.stats.bytes_scored += window_end;
            self.stats.windows += verdict.windows;
            self.stats.window_checks += 1;
            // Deny-list matches are the pieces' to report (each piece is checked against it).
            if verdict.raw_decision == Decision::Block && verdict.deny.is_none() {
                let decision = verdict.decision;
                events.push(self.event(verdict, &region[..window_end], window_abs, self.stats.pieces.saturating_sub(1), true));
                if decision == Decision::Block {
                    self.blocked = true;
                    return Ok(());
                }
            }
            if !complete {
                self.window_from = self.scored_to;
                self.window_cleared_to = self.scored_to;
                return Ok(());
            }
            // The next window starts `stride` tokens in, or a little before at the start of a word
            // (re-tokenised from inside a word, the word's end would read differently).
            let stride = self.window_stride;
            let k = (stride * 3 / 4..=stride).rev().find(|&k| k > 0 && at_word(region, offsets[k].0)).unwrap_or(stride);
            self.window_from = window_abs + offsets[k].0.max(1);
            // Cleared by every window that covers it: the text before the next window's start
            // (what this window shares with the next one waits for that one too).
            self.window_cleared_to = self.window_from;
            // What is left after the new start is known without tokenising it again.
            self.window_next_check = next_check(offsets.len() - k);
        }
        Ok(())
    }
}

/// Whether byte `at` of `text` is next to whitespace (a word boundary), where a piece may end or a
/// window start. `get`: token offsets come from the tokenizer; one off a char boundary must not panic.
fn at_word(text: &str, at: usize) -> bool {
    text.get(..at).is_some_and(|t| t.ends_with(char::is_whitespace)) || text.get(at..).is_some_and(|t| t.starts_with(char::is_whitespace))
}

/// Length of `s` in UTF-16 code units (JavaScript string offsets).
pub(crate) fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}
