//! Native timing of tract's f32 kernels against Palisade's integer kernel on the shipped model
//! (the WebAssembly figures are `bench/run.sh`'s): one window of N tokens, alternating engines.
//!
//!     cargo run --release --example kernel_timing -- 128
use std::time::Instant;

use palisade::config::SpecialTokens;
use palisade::engine::{Engine, Kernels, TractEngine};
use palisade::window::Batch;

fn main() -> Result<(), palisade::Error> {
    let bytes = std::fs::read("model/palisade.onnx").expect("run from the repository root");
    let n: usize = std::env::args().nth(1).map(|s| s.parse().expect("a token count")).unwrap_or(128);
    let ids: Vec<u32> = (0..n as u32 - 2).map(|i| 5 + (i * 37) % 40000).collect();
    let batch = Batch::from_windows(&ids, &[0..ids.len()], SpecialTokens { cls: 0, sep: 2, pad: 1 });
    let float = TractEngine::from_bytes_with(&bytes, 12, Kernels::Float)?;
    let integer = TractEngine::from_bytes_with(&bytes, 12, Kernels::Integer)?;
    println!("{} products on the integer kernel", integer.integer_products());
    let (a, b) = (float.run(&batch)?, integer.run(&batch)?);
    let diff = a[0].iter().zip(&b[0]).map(|(x, y)| (x - y).abs()).fold(0.0f32, f32::max);
    let mut times = [vec![], vec![]];
    for _ in 0..21 {
        for (i, engine) in [&float, &integer].into_iter().enumerate() {
            let t = Instant::now();
            engine.run(&batch)?;
            times[i].push(t.elapsed().as_secs_f64() * 1e3);
        }
    }
    for t in &mut times {
        t.sort_by(|a, b| a.total_cmp(b));
    }
    let (f, i) = (times[0][10], times[1][10]);
    println!("{n} tokens: f32 {f:.1} ms, integer {i:.1} ms (×{:.2}); max abs difference {diff:.1e}", i / f);
    Ok(())
}
