//! Measurements behind bench/RESULTS.md's log of attempts, natively on the shipped model:
//! tract's plan with symbolic vs concretised shapes (speed and resident memory), and a text of
//! N + 34 tokens (one full window and a short last one) run padded vs grouped by length.
//!
//!     cargo run --release --example plan_timing -- 128
use std::time::Instant;
use tract_onnx::prelude::*;

fn main() -> TractResult<()> {
    let bytes = std::fs::read("model/palisade.onnx")?;
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(128);
    let ids: Vec<i64> = (0..n as i64).map(|i| 5 + (i * 37) % 40000).collect();
    let mask = vec![1i64; n];
    let inputs = || -> TractResult<TVec<TValue>> {
        Ok(tvec![Tensor::from_shape(&[1, n], &ids)?.into(), Tensor::from_shape(&[1, n], &mask)?.into()])
    };
    let t = Instant::now();
    let mut model = tract_onnx::onnx().model_for_read(&mut std::io::Cursor::new(&bytes))?;
    let b = model.sym("B");
    let s = model.sym("S");
    let f = || InferenceFact::dt_shape(i64::datum_type(), tvec![b.to_dim(), s.to_dim()]);
    model.set_input_fact(0, f())?;
    model.set_input_fact(1, f())?;
    let mut cmodel = model.clone();
    let typed = model.into_typed()?;
    eprintln!("typed in {:?}", t.elapsed());
    let t = Instant::now();
    let sym_plan = typed.clone().into_optimized()?.into_runnable()?;
    eprintln!("symbolic plan in {:?}; rss {} MB", t.elapsed(), rss());
    let t = Instant::now();
    let cf = || InferenceFact::dt_shape(i64::datum_type(), tvec![1usize, n]);
    cmodel.set_input_fact(0, cf())?;
    cmodel.set_input_fact(1, cf())?;
    let conc_plan = cmodel.into_optimized()?.into_runnable()?;
    eprintln!("concrete plan in {:?}; rss {} MB", t.elapsed(), rss());
    for (name, plan) in [("symbolic", &sym_plan), ("concrete", &conc_plan)] {
        let _ = plan.run(inputs()?)?;
        let mut times = vec![];
        let mut out = None;
        for _ in 0..10 {
            let t = Instant::now();
            out = Some(plan.run(inputs()?)?);
            times.push(t.elapsed().as_secs_f64() * 1e3);
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        let o = out.unwrap();
        eprintln!("{name}: median {:.1} ms  out {:?}", times[5], o[0].to_plain_array_view::<f32>()?.iter().take(3).collect::<Vec<_>>());
    }
    // One full window and a short last one, as a text of 130 tokens makes.
    use palisade::engine::{Engine, TractEngine};
    let engine = TractEngine::from_bytes(&bytes, 3).map_err(|e| TractError::msg(e.to_string()))?;
    let ids: Vec<u32> = (0..130u32).map(|i| 5 + (i * 37) % 40000).collect();
    let batch = palisade::window::Batch::from_windows(&ids, &[0..126, 96..130], palisade::config::SpecialTokens { cls: 0, sep: 2, pad: 1 });
    for (name, grouped) in [("padded", false), ("grouped", true)] {
        let run = || if grouped { engine.run(&batch) } else { engine.run_padded(&batch, palisade::engine::Output::Probabilities) };
        run().map_err(|e| TractError::msg(e.to_string()))?;
        let mut times: Vec<f64> = (0..10)
            .map(|_| {
                let t = Instant::now();
                run().unwrap();
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        eprintln!("130 tokens, 2 windows, {name}: median {:.1} ms", times[5]);
    }
    Ok(())
}

fn rss() -> u64 {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines().find(|l| l.starts_with("VmRSS:")).unwrap().split_whitespace().nth(1).unwrap().parse::<u64>().unwrap() / 1024
}
