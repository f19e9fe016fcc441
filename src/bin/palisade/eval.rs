//! `palisade eval`: accuracy of a model on labelled JSONL, overall and per language and kind.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use palisade::{Decision, Guard, Kind, ScoreOptions};
use serde::Deserialize;

#[derive(Deserialize)]
struct Row {
    id: serde_json::Value,
    text: String,
    label: Label,
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    kind: Option<Kind>,
    /// For outputs: the prompt answered, read by the model before the answer.
    #[serde(default)]
    context: Option<String>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
enum Label {
    Safe,
    Unsafe,
}

/// One scored row: model score, whether the shipped policy blocks it, and the truth.
#[derive(Clone, Copy)]
pub struct Scored {
    pub score: f32,
    pub blocked: bool,
    pub unsafe_: bool,
}

/// Summary metrics for a group of rows.
pub struct Metrics {
    pub n_unsafe: usize,
    pub n_safe: usize,
    pub auroc: Option<f64>,
    pub recall_at_1: Option<f64>,
    pub recall_at_5: Option<f64>,
    pub fpr_at_threshold: Option<f64>,
    pub recall_at_threshold: Option<f64>,
}

/// AUROC by the rank-sum (Mann–Whitney) formula; ties count one half.
pub fn auroc(rows: &[Scored]) -> Option<f64> {
    let mut v: Vec<(f32, bool)> = rows.iter().map(|r| (r.score, r.unsafe_)).collect();
    let pos = v.iter().filter(|r| r.1).count();
    let neg = v.len() - pos;
    if pos == 0 || neg == 0 {
        return None;
    }
    v.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut rank_sum, mut i) = (0f64, 0usize);
    while i < v.len() {
        let mut j = i;
        while j < v.len() && v[j].0 == v[i].0 {
            j += 1;
        }
        let avg_rank = (i + j + 1) as f64 / 2.0; // ranks are 1-based
        rank_sum += avg_rank * v[i..j].iter().filter(|r| r.1).count() as f64;
        i = j;
    }
    Some((rank_sum - (pos * (pos + 1)) as f64 / 2.0) / (pos * neg) as f64)
}

/// Recall when the threshold is set so that at most `fpr` of safe rows score above it.
pub fn recall_at_fpr(rows: &[Scored], fpr: f64) -> Option<f64> {
    let mut neg: Vec<f32> = rows.iter().filter(|r| !r.unsafe_).map(|r| r.score).collect();
    let pos: Vec<f32> = rows.iter().filter(|r| r.unsafe_).map(|r| r.score).collect();
    if neg.is_empty() || pos.is_empty() {
        return None;
    }
    neg.sort_by(|a, b| b.total_cmp(a));
    let allowed = (fpr * neg.len() as f64).floor() as usize;
    let threshold = neg[allowed.min(neg.len() - 1)];
    Some(pos.iter().filter(|&&s| s > threshold).count() as f64 / pos.len() as f64)
}

/// (false-positive rate, true-positive rate) points from the highest threshold down.
pub fn roc_points(rows: &[Scored]) -> Vec<(f64, f64)> {
    let mut v: Vec<&Scored> = rows.iter().collect();
    v.sort_by(|a, b| b.score.total_cmp(&a.score));
    let pos = v.iter().filter(|r| r.unsafe_).count().max(1) as f64;
    let neg = v.iter().filter(|r| !r.unsafe_).count().max(1) as f64;
    let (mut tp, mut fp) = (0f64, 0f64);
    let mut pts = vec![(0.0, 0.0)];
    for (i, r) in v.iter().enumerate() {
        if r.unsafe_ { tp += 1.0 } else { fp += 1.0 }
        if i + 1 == v.len() || v[i + 1].score != r.score {
            pts.push((fp / neg, tp / pos));
        }
    }
    pts
}

pub fn metrics(rows: &[Scored]) -> Metrics {
    let safe: Vec<&Scored> = rows.iter().filter(|r| !r.unsafe_).collect();
    let uns: Vec<&Scored> = rows.iter().filter(|r| r.unsafe_).collect();
    let frac = |v: &[&Scored]| (!v.is_empty()).then(|| v.iter().filter(|r| r.blocked).count() as f64 / v.len() as f64);
    Metrics {
        n_unsafe: uns.len(),
        n_safe: safe.len(),
        auroc: auroc(rows),
        recall_at_1: recall_at_fpr(rows, 0.01),
        recall_at_5: recall_at_fpr(rows, 0.05),
        fpr_at_threshold: frac(&safe),
        recall_at_threshold: frac(&uns),
    }
}

fn fmt(x: Option<f64>, pct: bool) -> String {
    match x {
        None => "–".into(),
        Some(v) if pct => format!("{:.1} %", 100.0 * v),
        Some(v) => format!("{v:.4}"),
    }
}

fn print_table(out: &mut impl Write, title: &str, groups: &BTreeMap<String, Vec<Scored>>) -> std::io::Result<()> {
    writeln!(out, "\n{title}")?;
    writeln!(out, "| group | AUROC | recall @1% FPR | recall @5% FPR | FPR @threshold | recall @threshold | unsafe | safe |")?;
    writeln!(out, "|---|---|---|---|---|---|---|---|")?;
    for (name, rows) in groups {
        let m = metrics(rows);
        writeln!(
            out,
            "| {name} | {} | {} | {} | {} | {} | {} | {} |",
            fmt(m.auroc, false),
            fmt(m.recall_at_1, true),
            fmt(m.recall_at_5, true),
            fmt(m.fpr_at_threshold, true),
            fmt(m.recall_at_threshold, true),
            m.n_unsafe,
            m.n_safe
        )?;
    }
    Ok(())
}

/// A plain SVG line chart of ROC curves. (plotters needs a font file for its text; this needs none.)
fn write_roc_svg(path: &Path, curves: &BTreeMap<String, Vec<Scored>>) -> Result<()> {
    const W: f64 = 640.0;
    const H: f64 = 520.0;
    const M: f64 = 60.0;
    let colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];
    let (pw, ph) = (W - 2.0 * M - 120.0, H - 2.0 * M);
    let x = |f: f64| M + f * pw;
    let y = |t: f64| M + (1.0 - t) * ph;
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>
<text x="{}" y="30" font-size="16" text-anchor="middle">ROC — Palisade</text>
<rect x="{M}" y="{M}" width="{pw}" height="{ph}" fill="none" stroke="black"/>
<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="#bbb" stroke-dasharray="4"/>
<text x="{}" y="{}" text-anchor="middle">false-positive rate</text>
<text x="18" y="{}" text-anchor="middle" transform="rotate(-90 18 {})">true-positive rate (recall)</text>
"##,
        M + pw / 2.0, x(0.0), y(0.0), x(1.0), y(1.0), M + pw / 2.0, H - 15.0, M + ph / 2.0, M + ph / 2.0
    );
    for i in 0..=5 {
        let v = i as f64 / 5.0;
        svg += &format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{v:.1}</text><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{v:.1}</text>\n",
            x(v), y(0.0) + 16.0, x(0.0) - 6.0, y(v) + 4.0
        );
    }
    for (k, (name, rows)) in curves.iter().enumerate() {
        if auroc(rows).is_none() {
            continue;
        }
        let c = colours[k % colours.len()];
        let pts: Vec<String> = roc_points(rows).iter().map(|(f, t)| format!("{:.1},{:.1}", x(*f), y(*t))).collect();
        svg += &format!("<polyline fill=\"none\" stroke=\"{c}\" stroke-width=\"1.8\" points=\"{}\"/>\n", pts.join(" "));
        let ly = M + 14.0 + 18.0 * k as f64;
        svg += &format!(
            "<line x1=\"{}\" y1=\"{ly}\" x2=\"{}\" y2=\"{ly}\" stroke=\"{c}\" stroke-width=\"3\"/><text x=\"{}\" y=\"{}\">{name} ({:.3})</text>\n",
            M + pw + 10.0, M + pw + 30.0, M + pw + 35.0, ly + 4.0, auroc(rows).unwrap_or(0.0)
        );
    }
    svg += "</svg>\n";
    std::fs::write(path, svg).with_context(|| format!("writing {}", path.display()))
}

pub fn run(guard: &Guard, input: &Path, roc: &Path, scores_out: Option<&Path>, options: &ScoreOptions) -> Result<()> {
    let policy = palisade::Policy::resolve(guard.config(), options)?;
    let text = std::fs::read_to_string(input).with_context(|| format!("reading {}", input.display()))?;
    let bar = ProgressBar::new(text.lines().count() as u64).with_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len} rows ({per_sec}, eta {eta})").expect("static template"),
    );
    let mut scores_file = match scores_out {
        Some(p) => Some(BufWriter::new(File::create(p).with_context(|| format!("creating {}", p.display()))?)),
        None => None,
    };
    let mut all = Vec::new();
    let mut by_lang: BTreeMap<String, Vec<Scored>> = BTreeMap::new();
    let mut by_kind: BTreeMap<String, Vec<Scored>> = BTreeMap::new();
    let mut skipped = 0;
    for (i, line) in text.lines().enumerate() {
        bar.inc(1);
        if line.trim().is_empty() {
            continue;
        }
        let row: Row = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                bar.suspend(|| eprintln!("skipped line {}: {e}", i + 1));
                skipped += 1;
                continue;
            }
        };
        let v = crate::score_row(guard, &row.text, row.kind, row.context.as_deref(), &policy).with_context(|| format!("line {}", i + 1))?;
        let s = Scored { score: v.score, blocked: v.decision == Decision::Block, unsafe_: row.label == Label::Unsafe };
        if let Some(f) = scores_file.as_mut() {
            writeln!(f, "{}", serde_json::json!({"id": row.id, "score": v.score, "decision": v.decision, "labels": v.labels}))?;
        }
        all.push(s);
        by_lang.entry(row.lang.unwrap_or_else(|| "?".into())).or_default().push(s);
        // The kind scored: the row's, or score_row's default for a row without one.
        by_kind.entry(format!("{:?}", v.kind).to_lowercase()).or_default().push(s);
    }
    bar.finish_and_clear();
    if let Some(mut f) = scores_file {
        f.flush()?;
    }
    let mut overall = BTreeMap::new();
    overall.insert("all".to_string(), all);
    // `writeln!`, not `println!`: a closed pipe is an error `main` handles, not a panic.
    let mut out = std::io::stdout().lock();
    writeln!(out, "model {} on {} ({} rows, {skipped} skipped; threshold = block thresholds of {})", guard.config().version, input.display(), overall["all"].len(), options.operating_point.as_deref().unwrap_or("the default operating point"))?;
    print_table(&mut out, "Overall", &overall)?;
    print_table(&mut out, "Per language", &by_lang)?;
    print_table(&mut out, "Per kind", &by_kind)?;
    let mut curves = overall;
    curves.extend(by_lang.into_iter().filter(|(_, v)| v.len() >= 20).map(|(k, v)| (format!("lang {k}"), v)));
    write_roc_svg(roc, &curves)?;
    eprintln!("ROC curve written to {}", roc.display());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(v: &[(f32, bool)]) -> Vec<Scored> {
        v.iter().map(|&(score, unsafe_)| Scored { score, blocked: score >= 0.5, unsafe_ }).collect()
    }

    #[test]
    fn auroc_matches_hand_computation() {
        assert_eq!(auroc(&rows(&[(0.9, true), (0.8, true), (0.1, false), (0.2, false)])), Some(1.0));
        assert_eq!(auroc(&rows(&[(0.1, true), (0.9, false)])), Some(0.0));
        assert_eq!(auroc(&rows(&[(0.5, true), (0.5, false)])), Some(0.5));
        // 3 positives, 2 negatives: pairs won = (0.9>0.4,0.9>0.6,0.7>0.4,0.7>0.6,0.5>0.4) = 5 of 6.
        assert!((auroc(&rows(&[(0.9, true), (0.7, true), (0.5, true), (0.4, false), (0.6, false)])).unwrap() - 5.0 / 6.0).abs() < 1e-12);
        assert_eq!(auroc(&rows(&[(0.9, true)])), None);
    }

    #[test]
    fn recall_at_fpr_and_threshold_metrics() {
        let mut v: Vec<(f32, bool)> = (0..100).map(|i| (i as f32 / 100.0, false)).collect();
        v.extend([(0.995, true), (0.985, true), (0.5, true)]);
        let r = rows(&v);
        assert!((recall_at_fpr(&r, 0.01).unwrap() - 2.0 / 3.0).abs() < 1e-9);
        let m = metrics(&r);
        assert_eq!((m.n_unsafe, m.n_safe), (3, 100));
        assert!((m.fpr_at_threshold.unwrap() - 0.5).abs() < 1e-9);
        let pts = roc_points(&r);
        assert_eq!(pts.first(), Some(&(0.0, 0.0)));
        assert_eq!(pts.last(), Some(&(1.0, 1.0)));
    }
}
