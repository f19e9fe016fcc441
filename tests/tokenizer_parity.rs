//! The Rust tokenizer (same crate features as the wasm build) must produce exactly the ids Python
//! `tokenizers` produced for the shipped `tokenizer.json` (goldens written by model/train/train.py).

use crate::common;

use palisade::TextTokenizer;

#[test]
fn ids_and_offsets_match_python_tokenizers() {
    let tok = TextTokenizer::from_bytes(&common::tokenizer_bytes()).unwrap();
    let rows = common::golden("tokenizer.jsonl");
    assert!(rows.len() >= 100, "need at least 100 golden strings, have {}", rows.len());
    let mut scripts = std::collections::BTreeSet::new();
    for row in &rows {
        let text = row["text"].as_str().unwrap();
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            scripts.insert(match c as u32 {
                0..=0x24F => "latin",
                0x370..=0x3FF => "greek",
                0x400..=0x4FF => "cyrillic",
                0x590..=0x5FF => "hebrew",
                0x600..=0x6FF => "arabic",
                0x900..=0x97F => "devanagari",
                0x980..=0x9FF => "bengali",
                0xB80..=0xBFF => "tamil",
                0xE00..=0xE7F => "thai",
                0x3040..=0x30FF => "kana",
                0x4E00..=0x9FFF => "han",
                0xAC00..=0xD7AF => "hangul",
                _ => "other",
            });
        }
        let expected: Vec<u32> = row["ids"].as_array().unwrap().iter().map(|v| v.as_u64().unwrap() as u32).collect();
        let got = tok.encode(text).unwrap();
        assert_eq!(got.ids, expected, "ids differ for {text:?}");
        // Python reports offsets in code points; ours are bytes into the same string.
        let byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        for (k, off) in row["offsets"].as_array().unwrap().iter().enumerate() {
            let (s, e) = (off[0].as_u64().unwrap() as usize, off[1].as_u64().unwrap() as usize);
            assert_eq!(got.offsets[k], (byte_at[s], byte_at[e]), "offset {k} differs for {text:?}");
        }
    }
    assert!(scripts.len() >= 8, "golden set covers only {scripts:?}");
}
