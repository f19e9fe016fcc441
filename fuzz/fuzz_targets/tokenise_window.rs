//! Tokenisation (the shipped `tokenizer.json`) and the window/batch layout over its ids, on raw
//! and on normalised text: no panics, offsets inside the text and on char boundaries (the guard
//! slices the text with them), windows covering every token, batches of the declared shape.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use palisade::normalize::Normalized;
use palisade::window::{windows, Batch};
use palisade::{ModelConfig, TextTokenizer, WindowConfig};

const TOKENIZER: &[u8] = include_bytes!("../../model/tokenizer.json");
const CONFIG: &str = include_str!("../../model/config.json");

fn setup() -> &'static (TextTokenizer, ModelConfig) {
    static S: OnceLock<(TextTokenizer, ModelConfig)> = OnceLock::new();
    S.get_or_init(|| {
        (
            TextTokenizer::from_bytes(TOKENIZER).expect("tokenizer"),
            ModelConfig::from_json(CONFIG).expect("config"),
        )
    })
}

fn check(text: &str, window: WindowConfig) {
    let (tok, cfg) = setup();
    let t = tok.encode(text).expect("encode never fails on a str");
    assert_eq!(t.ids.len(), t.offsets.len());
    let vocab = tok.vocab_size() as u32;
    for (&id, &(s, e)) in t.ids.iter().zip(&t.offsets) {
        assert!(id < vocab, "id {id} outside the vocabulary of {vocab}");
        assert!(
            s <= e && e <= text.len(),
            "offset {s}..{e} outside {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "offset {s}..{e} splits a char of {text:?}"
        );
    }
    let ranges = windows(t.ids.len(), window);
    assert_eq!(ranges.first().map(|r| r.start), Some(0));
    assert_eq!(ranges.last().map(|r| r.end), Some(t.ids.len()));
    let span = window.size - 2;
    for pair in ranges.windows(2) {
        assert!(pair[1].start <= pair[0].end, "gap between windows {pair:?}");
    }
    assert!(ranges.iter().all(|r| r.len() <= span && r.start <= r.end));
    // The guard runs at most 8 windows per engine call; build batches the same way.
    for chunk in ranges.chunks(8) {
        let b = Batch::from_windows(&t.ids, chunk, cfg.special_tokens);
        assert_eq!(b.rows, chunk.len());
        assert!(b.cols <= window.size);
        assert_eq!(b.ids.len(), b.rows * b.cols);
        assert_eq!(b.mask.len(), b.ids.len());
    }
}

fuzz_target!(|data: &[u8]| {
    let (_, cfg) = setup();
    // The first byte may pick a different (valid) window geometry, so small windows are covered too.
    let window = match data.first() {
        Some(&b) if b & 1 == 1 => {
            let size = 3 + (b as usize >> 1) % 30;
            WindowConfig {
                size,
                stride: 1 + (b as usize) % (size - 2),
            }
        }
        _ => cfg.window,
    };
    let text = String::from_utf8_lossy(data);
    check(&text, window);
    check(&Normalized::canonical(&text).text, window);
});
