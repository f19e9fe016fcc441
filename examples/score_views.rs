//! Scores a JSONL file of `{"id", "text", "kind"?}` rows with every normalisation view and,
//! with `--canonical-too`, with the canonical view only; times normalisation (canonical view plus
//! extra views) against the whole scoring call. Used by `bench/evasion.py`; on its own:
//!
//! ```sh
//! cargo run --release --example score_views -- in.jsonl out.jsonl [--canonical-too] [--model-dir DIR]
//! ```
//!
//! `--model-dir` loads `palisade.onnx`, `tokenizer.json` and `config.json` from DIR (a candidate
//! model) instead of the embedded one.
//!
//! Each output line: `{"id", "views": {decision, score, labels, view, span, windows},
//! "canonical": {…} | null, "views_found": […]}`. A timing summary goes to stderr (and to
//! `out.jsonl.timing.json`).

use std::io::{BufRead, BufReader, BufWriter, Write};
use std::time::{Duration, Instant};

use palisade::{EngineKind, Guard, Kind, Policy, ScoreOptions, Verdict, ViewSet};
use serde_json::{json, Value};

fn row(v: &Verdict) -> Value {
    json!({"decision": v.decision, "score": v.score, "labels": v.labels, "view": v.view, "span": v.span, "windows": v.windows})
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (input, output) = match (args.first(), args.get(1)) {
        (Some(i), Some(o)) => (i.clone(), o.clone()),
        _ => return Err("usage: score_views IN.jsonl OUT.jsonl [--canonical-too] [--model-dir DIR]".into()),
    };
    let canonical_too = args.iter().any(|a| a == "--canonical-too");
    let guard = match args.iter().position(|a| a == "--model-dir") {
        None => Guard::load_default()?,
        Some(i) => {
            let dir = std::path::Path::new(args.get(i + 1).ok_or("--model-dir needs a directory")?);
            let read = |name: &str| std::fs::read(dir.join(name)).map_err(|e| format!("reading {}: {e}", dir.join(name).display()));
            let config = String::from_utf8(read("config.json")?)?;
            Guard::from_bytes_with(&read("palisade.onnx")?, &read("tokenizer.json")?, &config, EngineKind::Tract)?
        }
    };
    let all = Policy::resolve(guard.config(), &ScoreOptions::default())?;
    let canonical = Policy::resolve(
        guard.config(),
        &ScoreOptions {
            views: ViewSet::Canonical,
            ..Default::default()
        },
    )?;
    let mut out = BufWriter::new(std::fs::File::create(&output)?);
    let (mut t_views, mut t_score, mut t_canonical) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let (mut rows, mut with_extra, mut windows, mut windows_canonical) =
        (0usize, 0usize, 0usize, 0usize);
    for line in BufReader::new(std::fs::File::open(&input)?).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let r: Value = serde_json::from_str(&line)?;
        let text = r["text"].as_str().unwrap_or_default();
        let kind: Kind = serde_json::from_value(r.get("kind").cloned().unwrap_or(json!("prompt")))
            .unwrap_or_default();
        let t = Instant::now();
        let views = guard.views(text);
        t_views += t.elapsed();
        let found: Vec<&str> = views.iter().skip(1).map(|v| v.name.as_str()).collect();
        with_extra += usize::from(!found.is_empty());
        let t = Instant::now();
        let v = guard.score_with(text, kind, &all)?;
        t_score += t.elapsed();
        windows += v.windows;
        let c = if canonical_too {
            let t = Instant::now();
            let c = guard.score_with(text, kind, &canonical)?;
            t_canonical += t.elapsed();
            windows_canonical += c.windows;
            row(&c)
        } else {
            Value::Null
        };
        writeln!(
            out,
            "{}",
            json!({"id": r["id"], "views": row(&v), "canonical": c, "views_found": found})
        )?;
        rows += 1;
    }
    out.flush()?;
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    let summary = json!({
        "rows": rows,
        "rows_with_extra_views": with_extra,
        "normalize_and_views_ms": ms(t_views),
        "score_all_views_ms": ms(t_score),
        "score_canonical_only_ms": if canonical_too { json!(ms(t_canonical)) } else { Value::Null },
        "normalize_share_of_scoring": ms(t_views) / ms(t_score).max(1e-9),
        "windows_all_views": windows,
        "windows_canonical_only": if canonical_too { json!(windows_canonical) } else { Value::Null },
    });
    eprintln!("{summary:#}");
    std::fs::write(format!("{output}.timing.json"), format!("{summary:#}\n"))?;
    Ok(())
}
