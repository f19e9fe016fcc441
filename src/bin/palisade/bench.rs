//! `palisade bench`: the native rows of the engines benchmark (`bench/engines.mjs`).
//!
//! Reads the same inputs file the JavaScript engines read, so every row of the table scores the
//! same texts; prints one JSON object (timings in milliseconds) for the harness to tabulate.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};
use palisade::{Guard, Kind, ScoreOptions};
use serde::{Deserialize, Serialize};

/// What `bench/engines.mjs` writes: named texts timed one call at a time, and a batch timed whole.
#[derive(Deserialize)]
pub struct Inputs {
    texts: Vec<NamedText>,
    batch: Vec<String>,
    runs: usize,
    warmup: usize,
    batch_runs: usize,
}

#[derive(Deserialize)]
struct NamedText {
    name: String,
    text: String,
}

#[derive(Serialize)]
struct Report {
    engine: String,
    /// Process start → model ready.
    ready_ms: f64,
    /// Process start → first score returned.
    first_score_ms: f64,
    /// Per text: every timed run.
    latency: BTreeMap<String, Vec<f64>>,
    /// Per text: label probabilities, in the model's label order.
    scores: BTreeMap<String, Vec<f32>>,
    /// Every timed run of the whole batch.
    batch_ms: Vec<f64>,
    batch_size: usize,
    peak_rss_bytes: Option<u64>,
}

/// Loads the model, times every input and prints the report; `started` is when `main` began.
pub fn run(load: impl FnOnce() -> Result<Guard>, input: &Path, started: Instant) -> Result<()> {
    let inputs: Inputs = serde_json::from_slice(&std::fs::read(input).with_context(|| format!("reading {}", input.display()))?)
        .with_context(|| format!("{}: expected {{texts, batch, runs, warmup, batch_runs}}", input.display()))?;
    let guard = load()?;
    let ready_ms = ms(started);
    let options = ScoreOptions::default();
    let mut scores = BTreeMap::new();
    let first = inputs.texts.first().map(|t| t.text.as_str()).unwrap_or("");
    guard.score(first, Kind::Prompt, &options)?;
    let first_score_ms = ms(started);
    let mut latency = BTreeMap::new();
    for t in &inputs.texts {
        for _ in 0..inputs.warmup {
            guard.score(&t.text, Kind::Prompt, &options)?;
        }
        let mut runs = Vec::with_capacity(inputs.runs);
        for _ in 0..inputs.runs {
            let t0 = Instant::now();
            let v = guard.score(&t.text, Kind::Prompt, &options)?;
            runs.push(ms(t0));
            scores.insert(t.name.clone(), guard.config().labels.iter().map(|l| v.labels[l]).collect());
        }
        latency.insert(t.name.clone(), runs);
    }
    let batch: Vec<&str> = inputs.batch.iter().map(String::as_str).collect();
    guard.score_batch(&batch, Kind::Prompt, &options)?;
    let mut batch_ms = Vec::with_capacity(inputs.batch_runs);
    for _ in 0..inputs.batch_runs {
        let t0 = Instant::now();
        guard.score_batch(&batch, Kind::Prompt, &options)?;
        batch_ms.push(ms(t0));
    }
    let report = Report {
        engine: guard.engine_name().to_string(),
        ready_ms,
        first_score_ms,
        latency,
        scores,
        batch_ms,
        batch_size: batch.len(),
        peak_rss_bytes: peak_rss(),
    };
    writeln!(std::io::stdout().lock(), "{}", serde_json::to_string(&report)?)?;
    Ok(())
}

fn ms(t0: Instant) -> f64 {
    t0.elapsed().as_secs_f64() * 1e3
}

/// The kernel's high-water mark of resident memory (Linux); `None` elsewhere.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
