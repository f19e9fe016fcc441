//! The whole pipeline through the public API, on one `Guard` shared by every execution (so an
//! input that left it in a bad state would show up as a later failure): `score` (prompt and
//! output), `score_batch`, `explain` and a `StreamScanner`, with `ScoreOptions` built as JSON from
//! the input (valid and invalid: unknown labels, NaN/out-of-range thresholds, bad modes,
//! arbitrary regexes). Checks that results are well-formed: probabilities in [0, 1], spans and
//! deny matches inside the text and on char boundaries, stream releases a prefix of what was pushed.
//!
//! Input layout (so seeds can be written by hand): byte 0 picks the kind (bit 0), the call (bits
//! 1–4: 0 explain, 1–2 stream, 3 batch of the `\n`-separated lines, else score) and where the
//! options come from (bits 5–7: 0 none; 6–7 literal JSON up to the first NUL byte; else built from
//! the following bytes with `arbitrary`). The rest is the text, as bytes: invalid UTF-8 goes
//! through `String::from_utf8_lossy`, as a caller holding bytes would (the API takes `&str`).
#![no_main]

use arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use palisade::{Guard, Kind, ScoreOptions, StreamOptions, StreamScanner, Verdict};
use serde_json::{json, Map, Value};

/// The one guard every execution shares. `Guard` is not `Sync` (its engine is a `dyn Engine`),
/// so it lives in a thread-local; libFuzzer runs inputs on one thread.
fn guard() -> &'static Guard {
    thread_local! {
        static G: &'static Guard = Box::leak(Box::new(Guard::load_default().expect("embedded model loads")));
    }
    G.with(|g| *g)
}

const LABELS: [&str; 4] = ["harmful", "jailbreak", "injection", "nonsense"];

fn threshold(u: &mut Unstructured) -> Result<Value> {
    Ok(match u.int_in_range(0..=3)? {
        0 => json!(u.int_in_range(0..=100)? as f32 / 100.0),
        // Any f32: NaN and infinities become `null` in JSON, which must be refused.
        1 => json!(f32::from_bits(u.arbitrary()?)),
        2 => {
            json!({ "block": u.int_in_range(0..=100)? as f32 / 100.0, "flag": u.int_in_range(0..=100)? as f32 / 100.0 })
        }
        _ => json!({ "flag": u.int_in_range(0..=100)? as f32 / 100.0 }),
    })
}

fn patterns(u: &mut Unstructured) -> Result<Value> {
    let n = u.int_in_range(0..=2)?;
    let mut out = Vec::new();
    for _ in 0..n {
        let p: &str = u.arbitrary()?;
        out.push(Value::String(p.chars().take(24).collect()));
    }
    Ok(Value::Array(out))
}

/// Score options as a caller would send them: JSON, usually sensible, sometimes not.
fn options(u: &mut Unstructured) -> Result<Value> {
    let mut o = Map::new();
    if u.ratio(1, 4)? {
        o.insert(
            "operatingPoint".into(),
            json!(*u.choose(&["strict", "balanced", "permissive", "lenient", ""])?),
        );
    }
    if u.ratio(1, 3)? {
        let mut t = Map::new();
        for _ in 0..u.int_in_range(1..=3)? {
            t.insert(u.choose(&LABELS)?.to_string(), threshold(u)?);
        }
        o.insert("thresholds".into(), Value::Object(t));
    }
    if u.ratio(1, 4)? {
        o.insert(
            "mode".into(),
            json!(*u.choose(&["block", "flag", "audit", "shadow"])?),
        );
    }
    if u.ratio(1, 4)? {
        o.insert("allow".into(), patterns(u)?);
    }
    if u.ratio(1, 4)? {
        o.insert("deny".into(), patterns(u)?);
    }
    if u.ratio(1, 6)? {
        // Conversation context: arbitrary text (refused for prompts, read before outputs).
        let len = u.int_in_range(0..=200)?;
        let bytes = u.bytes(len.min(u.len()))?;
        o.insert("context".into(), json!(String::from_utf8_lossy(bytes)));
    }
    if u.ratio(1, 8)? {
        o.insert("maxInputBytes".into(), json!(*u.choose(&[0i64, 1, 64, 4096, -1])?));
    }
    if u.ratio(1, 32)? {
        o.insert("treshold".into(), json!(1));
    }
    Ok(Value::Object(o))
}

fn check_verdict(text: &str, v: &Verdict) {
    assert!((0.0..=1.0).contains(&v.score), "score {}", v.score);
    assert_eq!(v.labels.len(), 3);
    assert!(v.labels.values().all(|p| (0.0..=1.0).contains(p)));
    if let Some(s) = &v.span {
        assert!(
            text.get(s.start..s.end).is_some(),
            "span {s:?} not a slice of {} bytes",
            text.len()
        );
    }
    if let Some(d) = &v.deny {
        assert!(
            text.get(d.start..d.end).is_some(),
            "deny {d:?} not a slice of {} bytes",
            text.len()
        );
    }
}

fn run(data: &[u8]) -> Result<()> {
    let g = guard();
    let Some((&head, rest)) = data.split_first() else {
        return Ok(());
    };
    let kind = if head & 1 == 1 {
        Kind::Output
    } else {
        Kind::Prompt
    };
    let what = (head >> 1) & 0xF;
    let (opts, text) = match head >> 5 {
        0 => (Ok(ScoreOptions::default()), rest),
        6 | 7 => {
            let cut = rest.iter().position(|&b| b == 0).unwrap_or(rest.len());
            (
                serde_json::from_slice(&rest[..cut]),
                rest.get(cut + 1..).unwrap_or_default(),
            )
        }
        _ => {
            let mut u = Unstructured::new(rest);
            let json = options(&mut u)?;
            (serde_json::from_value(json), u.take_rest())
        }
    };
    let text = String::from_utf8_lossy(text).into_owned();
    let Ok(opts) = opts else {
        return Ok(()); // refused at parse time (INVALID_OPTION at the JS boundary)
    };
    match what {
        // Explain costs one model run per word: only on short texts.
        0 if text.len() <= 256 => {
            if let Ok(e) = g.explain(&text, kind, &opts) {
                check_verdict(&text, &e.verdict);
                for w in &e.words {
                    assert!(text.get(w.start..w.end).is_some(), "word {w:?} not a slice");
                    assert!(w.weight.is_finite());
                }
            }
        }
        1 | 2 => {
            // The text as a stream, cut at char boundaries every 1..=32 bytes.
            let mut scanner = match StreamScanner::new(
                g,
                StreamOptions {
                    policy: opts,
                    ..Default::default()
                },
            ) {
                Ok(s) => s,
                Err(_) => return Ok(()),
            };
            let (mut released, mut at) = (String::new(), 0);
            let step = 1 + what as usize * 15;
            while at < text.len() && !scanner.is_blocked() {
                let mut end = (at + step).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                let up = match scanner.push(g, &text[at..end]) {
                    Ok(up) => up,
                    // Past maxInputBytes: refused, and the stream can still finish.
                    Err(e) => {
                        assert_eq!(e.code(), "INPUT_TOO_LARGE", "push before finish: {e}");
                        break;
                    }
                };
                released.push_str(&up.released);
                for e in &up.events {
                    assert!(
                        text.get(e.start..e.end).is_some(),
                        "event {}..{} not a slice",
                        e.start,
                        e.end
                    );
                }
                at = end;
            }
            released.push_str(&scanner.finish(g).expect("first finish").released);
            assert!(
                text.starts_with(&released),
                "released text is not a prefix of the stream"
            );
            assert!(scanner.push(g, "x").is_err() && scanner.finish(g).is_err());
        }
        3 => {
            let parts: Vec<&str> = text.split('\n').collect();
            if let Ok(vs) = g.score_batch(&parts, kind, &opts) {
                assert_eq!(vs.len(), parts.len());
                parts.iter().zip(&vs).for_each(|(t, v)| check_verdict(t, v));
            }
        }
        _ => {
            if let Ok(v) = g.score(&text, kind, &opts) {
                check_verdict(&text, &v);
            }
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(data);
});
