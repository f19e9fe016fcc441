//! Shared helpers for the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn model_bytes() -> Vec<u8> {
    std::fs::read(repo().join("model/palisade.onnx")).unwrap()
}

pub fn tokenizer_bytes() -> Vec<u8> {
    std::fs::read(repo().join("model/tokenizer.json")).unwrap()
}

pub fn config_text() -> String {
    std::fs::read_to_string(repo().join("model/config.json")).unwrap()
}

pub fn golden(name: &str) -> Vec<serde_json::Value> {
    std::fs::read_to_string(repo().join("tests/golden").join(name))
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}
