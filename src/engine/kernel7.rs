//! The integer kernel with activations rounded to 7 bits: `out = a · w` for int8 weights, the
//! `tract-int7` engine.
//!
//! Why: WebAssembly's relaxed SIMD has `i32x4.relaxed_dot_i8x16_i7x16_add_s`, 16 int8
//! multiply-adds with the accumulation in one instruction (one `vpdpbusd` where V8 finds VNNI),
//! 2.4× the multiply-adds per second of [`kernel`](super::kernel)'s `i32x4.dot_i16x8_s` loop in
//! Node 24 (`bench/relaxed-dot/`). Its second operand must lie in 0..=127, so the activations are
//! quantised per row to 7 bits with a zero point (the range is widened to include 0, so that 0 is
//! exact): `x ≈ s · (q − z)`. The weights are the stored int8 values; `Σ w·(q − z)` is computed as
//! `Σ w·q − z · Σ w`, with the column sums `Σ w` kept beside the weights.
//!
//! Every target computes the same exact integer sums (relaxed SIMD where the module was built with
//! it, SIMD128 `i32x4.dot_i16x8_s` otherwise, AVX2 `vpmaddubsw` natively, a portable loop
//! elsewhere) and the same f32 steps after them, so scores are bit for bit the same in every
//! WebAssembly runtime, relaxed SIMD or not: only the speed differs (natively they are within
//! ~5e-3, tract's f32 ops around the kernel differing in the last bits between AVX and SIMD128, and
//! a 7-bit step being wide). They are not the default engine's scores: 7 bits move about one
//! verdict in a hundred near a threshold (`model/README.md`).
//!
//! ```
//! use palisade::engine::kernel::PackedWeights;
//! use palisade::engine::kernel7::SevenBitWeights;
//! let w = PackedWeights::from_int8(&[127, -127, 64, 10], &[0.01, 0.02], 2, 2).unwrap();
//! let seven = SevenBitWeights::from_packed(&w);
//! let mut out = vec![0.0; 2];
//! seven.matmul_add(&[1.0, -2.0], 1, Default::default(), &mut out);
//! assert!((out[0] - (1.27 - 1.28)).abs() < 0.02);
//! assert!((out[1] - (-2.54 - 0.4)).abs() < 0.04);
//! ```

// The same tiling as the 15-bit kernel: 4 rows × 8 columns, blocks of 64 rows.
use super::kernel::{add_row, nan_max, Addends, PackedWeights, BLOCK_ROWS, PANEL, ROWS};

/// The largest 7-bit activation.
const Q_MAX: f32 = 127.0;
/// Exact i32 sums need `k · 127 · 127 < 2³¹`.
const MAX_K: usize = (i32::MAX as usize) / (127 * 127);

/// A `[k, n]` int8 weight matrix with one scale per column, packed for the 7-bit kernel: per panel
/// of 8 columns, per group of four rows of `k`, 32 bytes, column by column (`w[4g..4g+4][c]` for
/// each `c` of the panel), so that one 16-byte load is four columns' four values, what one relaxed
/// dot product multiplies.
#[derive(Debug, Clone, PartialEq)]
pub struct SevenBitWeights {
    k: usize,
    n: usize,
    /// `k` rounded up to a multiple of 4 (padded with zero weights).
    k_quads: usize,
    packed: Vec<i8>,
    /// Per column, padded to a whole panel with zeros.
    scales: Vec<f32>,
    /// `Σ_k q[k][c]` per column (padded like `scales`): the zero point's correction.
    column_sums: Vec<i32>,
}

fn quad_index(r: usize, c: usize, k_quads: usize) -> usize {
    (c / PANEL) * k_quads * PANEL + (r / 4) * 4 * PANEL + (c % PANEL) * 4 + (r & 3)
}

impl SevenBitWeights {
    /// The same integers and scales as `weights`, repacked for this kernel.
    pub fn from_packed(weights: &PackedWeights) -> SevenBitWeights {
        let (q, scales) = weights.to_int8();
        SevenBitWeights::from_int8(&q, &scales, weights.k(), weights.n()).expect("a packed matrix has consistent sizes")
    }

    /// Packs int8 values `q` (`[k, n]`, row-major) with one scale per column; `None` when the
    /// lengths do not match, or `k` is too long for exact i32 sums (over 133,000).
    ///
    /// ```
    /// use palisade::engine::kernel7::SevenBitWeights;
    /// let w = SevenBitWeights::from_int8(&[1, 2, 3, 4, 5, 6], &[0.5, 0.25], 3, 2).unwrap();
    /// assert_eq!(w.to_int8(), (vec![1, 2, 3, 4, 5, 6], vec![0.5, 0.25]));
    /// ```
    pub fn from_int8(q: &[i8], scales: &[f32], k: usize, n: usize) -> Option<SevenBitWeights> {
        if k == 0 || n == 0 || k > MAX_K || q.len() != k * n || scales.len() != n {
            return None;
        }
        let k_quads = k.div_ceil(4) * 4;
        let panels = n.div_ceil(PANEL);
        let mut packed = vec![0i8; panels * k_quads * PANEL];
        let mut column_sums = vec![0i32; panels * PANEL];
        for (r, row) in q.chunks_exact(n).enumerate() {
            for (c, &v) in row.iter().enumerate() {
                packed[quad_index(r, c, k_quads)] = v;
                column_sums[c] += v as i32;
            }
        }
        let mut padded_scales = vec![0.0f32; panels * PANEL];
        padded_scales[..n].copy_from_slice(scales);
        Some(SevenBitWeights { k, n, k_quads, packed, scales: padded_scales, column_sums })
    }

    /// The int8 values (`[k, n]`, row-major) and per-column scales.
    pub fn to_int8(&self) -> (Vec<i8>, Vec<f32>) {
        let mut q = vec![0i8; self.k * self.n];
        for (r, row) in q.chunks_exact_mut(self.n).enumerate() {
            for (c, v) in row.iter_mut().enumerate() {
                *v = self.packed[quad_index(r, c, self.k_quads)];
            }
        }
        (q, self.scales[..self.n].to_vec())
    }

    /// Rows of the contraction (`k`).
    pub fn k(&self) -> usize {
        self.k
    }

    /// Output columns (`n`).
    pub fn n(&self) -> usize {
        self.n
    }

    /// `out[m, n] = a[m, k] · w[k, n] + bias[n] + residual[m, n]` with `a` rounded to 7 bits per
    /// row; every element of `out` is written and none read. Panics on mismatched lengths.
    pub fn matmul_add(&self, a: &[f32], m: usize, addends: Addends<'_>, out: &mut [f32]) {
        addends.check(a, m, self.k, self.n, out);
        if m == 0 {
            return;
        }
        let rows = m.div_ceil(ROWS) * ROWS;
        let mut qa = vec![0u8; rows * self.k_quads];
        let mut row_scales = vec![0.0f32; rows];
        let mut zeros = vec![0i32; rows];
        for r in 0..m {
            let dst = &mut qa[r * self.k_quads..r * self.k_quads + self.k];
            (row_scales[r], zeros[r]) = quantise_row(&a[r * self.k..(r + 1) * self.k], dst);
        }
        for block in (0..m).step_by(BLOCK_ROWS) {
            for panel in 0..self.n.div_ceil(PANEL) {
                self.panel_rows(&qa, &row_scales, &zeros, panel, block..m.min(block + BLOCK_ROWS), addends, out);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn panel_rows(&self, qa: &[u8], row_scales: &[f32], zeros: &[i32], panel: usize, rows: std::ops::Range<usize>, addends: Addends<'_>, out: &mut [f32]) {
        let quads = self.k_quads / 4;
        let weights = &self.packed[panel * quads * 4 * PANEL..(panel + 1) * quads * 4 * PANEL];
        let col0 = panel * PANEL;
        let cols = PANEL.min(self.n - col0);
        let scales = &self.scales[col0..col0 + PANEL];
        let column_sums = &self.column_sums[col0..col0 + PANEL];
        let m = rows.end;
        // The panel's bias, padded to a whole panel once for all its rows.
        let bias = addends.bias.map(|bias| {
            let mut b = [0.0f32; PANEL];
            b[..cols].copy_from_slice(&bias[col0..col0 + cols]);
            b
        });
        for r0 in rows.step_by(ROWS) {
            let mut sums = [0i32; ROWS * PANEL];
            tile_4x8(&qa[r0 * self.k_quads..(r0 + ROWS) * self.k_quads], self.k_quads, weights, quads, &mut sums);
            for i in 0..ROWS.min(m - r0) {
                let r = r0 + i;
                let dst = r * self.n + col0;
                let tile: &[i32; PANEL] = sums[i * PANEL..(i + 1) * PANEL].try_into().expect("a tile row is one panel wide");
                let mut row = [0.0f32; PANEL];
                // Fixed-length arrays without branches inside, so that LLVM makes each loop a few
                // SIMD operations; the partial last panel goes through the same arithmetic.
                dequantise(tile, zeros[r], row_scales[r], column_sums.try_into().expect("whole panel"), scales.try_into().expect("whole panel"), &mut row);
                if let Some(b) = &bias {
                    add_row(b, &mut row);
                }
                if let Some(residual) = addends.residual {
                    let mut res = [0.0f32; PANEL];
                    res[..cols].copy_from_slice(&residual[dst..dst + cols]);
                    add_row(&res, &mut row);
                }
                out[dst..dst + cols].copy_from_slice(&row[..cols]);
            }
        }
    }
}

/// `(sums − z · column sums) · (row scale · column scale)`; the subtraction is exact in i32 (both
/// terms are below `k · 127 · 127` in size).
#[inline(always)]
fn dequantise(sums: &[i32; PANEL], zero: i32, row_scale: f32, column_sums: &[i32; PANEL], scales: &[f32; PANEL], out: &mut [f32; PANEL]) {
    for c in 0..PANEL {
        out[c] = (sums[c] - zero * column_sums[c]) as f32 * (row_scale * scales[c]);
    }
}

/// Rounds one row to `q = round(x / s) + z` in 0..=127 over the row's range widened to include 0;
/// returns `(s, z)`. A row of zeros gives scale 0; a NaN or an infinity gives a NaN scale, so the
/// output is NaN as an f32 product would be.
fn quantise_row(row: &[f32], out: &mut [u8]) -> (f32, i32) {
    let (lo, hi) = range(row);
    if !(lo.is_finite() && hi.is_finite()) {
        out.iter_mut().for_each(|q| *q = 0);
        return (f32::NAN, 0);
    }
    if hi == lo {
        out.iter_mut().for_each(|q| *q = 0);
        return (0.0, 0);
    }
    let scale = (hi - lo) / Q_MAX;
    let inv = Q_MAX / (hi - lo);
    let zero = (-lo * inv).round_ties_even().clamp(0.0, Q_MAX);
    round_row(row, inv, zero, out);
    (scale, zero as i32)
}

/// `(min(row ∪ {0}), max(row ∪ {0}))`, NaN or infinite if the row holds a NaN or an infinity.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn range(row: &[f32]) -> (f32, f32) {
    use core::arch::wasm32::*;
    let mut chunks = row.chunks_exact(4);
    let (mut lo, mut hi) = (f32x4_splat(0.0), f32x4_splat(0.0));
    for c in &mut chunks {
        // SAFETY: `c` has 4 elements; wasm loads have no alignment requirement.
        let v = unsafe { v128_load(c.as_ptr() as *const v128) };
        // `f32x4.min/max` propagate NaN, as the check after needs.
        lo = f32x4_min(lo, v);
        hi = f32x4_max(hi, v);
    }
    let lanes = |v: v128| [f32x4_extract_lane::<0>(v), f32x4_extract_lane::<1>(v), f32x4_extract_lane::<2>(v), f32x4_extract_lane::<3>(v)];
    let rest = chunks.remainder();
    let lo = lanes(lo).into_iter().chain(rest.iter().copied()).fold(0.0f32, nan_min);
    let hi = lanes(hi).into_iter().chain(rest.iter().copied()).fold(0.0f32, nan_max);
    (lo, hi)
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn range(row: &[f32]) -> (f32, f32) {
    (row.iter().copied().fold(0.0f32, nan_min), row.iter().copied().fold(0.0f32, nan_max))
}

fn nan_min(a: f32, b: f32) -> f32 {
    if a.is_nan() || b.is_nan() {
        f32::NAN
    } else {
        a.min(b)
    }
}

/// `out = clamp(round_ties_even(row · inv + zero), 0, 127)`; the same f32 operations in both
/// versions, so the same integers.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn round_row(row: &[f32], inv: f32, zero: f32, out: &mut [u8]) {
    use core::arch::wasm32::*;
    let (scale, offset, top) = (f32x4_splat(inv), f32x4_splat(zero), f32x4_splat(Q_MAX));
    let q = |p: *const f32| -> v128 {
        // SAFETY: callers pass pointers to 4 readable f32.
        let v = f32x4_add(f32x4_mul(unsafe { v128_load(p as *const v128) }, scale), offset);
        i32x4_trunc_sat_f32x4(f32x4_pmin(f32x4_pmax(f32x4_nearest(v), f32x4_splat(0.0)), top))
    };
    let mut src = row.chunks_exact(16);
    let mut dst = out.chunks_exact_mut(16);
    for (s, d) in (&mut src).zip(&mut dst) {
        let p = s.as_ptr();
        // SAFETY: `s` has 16 f32 and `d` 16 bytes; the values are 0..=127, so narrowing is exact.
        unsafe {
            let low = i16x8_narrow_i32x4(q(p), q(p.add(4)));
            let high = i16x8_narrow_i32x4(q(p.add(8)), q(p.add(12)));
            v128_store(d.as_mut_ptr() as *mut v128, u8x16_narrow_i16x8(low, high));
        }
    }
    round_row_scalar(src.remainder(), inv, zero, dst.into_remainder());
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn round_row(row: &[f32], inv: f32, zero: f32, out: &mut [u8]) {
    round_row_scalar(row, inv, zero, out)
}

fn round_row_scalar(row: &[f32], inv: f32, zero: f32, out: &mut [u8]) {
    for (q, &v) in out.iter_mut().zip(row) {
        *q = (v * inv + zero).round_ties_even().clamp(0.0, Q_MAX) as u8;
    }
}

/// `sums[i · 8 + c] = Σ_k a[i][k] · w[k][c]` for 4 rows of 7-bit activations (`lda` apart, each
/// `4 · quads` long) and one panel, on relaxed SIMD (feature `relaxed-simd`).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128", feature = "relaxed-simd"))]
fn tile_4x8(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    assert!(a.len() >= 3 * lda + 4 * quads && panel.len() >= quads * 4 * PANEL);
    // SAFETY: the bounds are checked above; a module built with this feature is only loaded where
    // the runtime validated relaxed SIMD (js/relaxed.js).
    unsafe { tile_4x8_relaxed(a, lda, panel, quads, sums) }
}

/// # Safety
/// `a` must hold 4 rows of `lda` with `4 · quads` values each (all ≤ 127) and `panel` `32 · quads`
/// values. The target feature is on this function alone: the rest of the module is compiled as
/// without it, so it computes what the SIMD128 module computes.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128", feature = "relaxed-simd"))]
#[target_feature(enable = "relaxed-simd")]
unsafe fn tile_4x8_relaxed(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    use core::arch::wasm32::*;
    let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
    let w = panel.as_ptr();
    let mut acc = [i32x4_splat(0); 2 * ROWS];
    for g in 0..quads {
        let b0 = v128_load(w.add(g * 32) as *const v128);
        let b1 = v128_load(w.add(g * 32 + 16) as *const v128);
        for (i, row) in rows.iter().enumerate() {
            let x = v128_load32_splat(row.add(4 * g) as *const u32);
            acc[2 * i] = i32x4_relaxed_dot_i8x16_i7x16_add(b0, x, acc[2 * i]);
            acc[2 * i + 1] = i32x4_relaxed_dot_i8x16_i7x16_add(b1, x, acc[2 * i + 1]);
        }
    }
    for (i, acc) in acc.into_iter().enumerate() {
        v128_store(sums.as_mut_ptr().add(i * 4) as *mut v128, acc);
    }
}

/// The same with baseline SIMD128: each 16-byte load widened to two i16 vectors of two columns'
/// four values, `i32x4.dot_i16x8_s` giving each column's sum in two halves, added at the end.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128", not(feature = "relaxed-simd")))]
fn tile_4x8(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    use core::arch::wasm32::*;
    assert!(a.len() >= 3 * lda + 4 * quads && panel.len() >= quads * 4 * PANEL);
    // SAFETY: as the relaxed tile above.
    unsafe {
        let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
        let w = panel.as_ptr();
        // Per row, four accumulators of two columns' half sums each: columns 0–1, 2–3, 4–5, 6–7.
        let mut acc = [i32x4_splat(0); 4 * ROWS];
        for g in 0..quads {
            let b0 = v128_load(w.add(g * 32) as *const v128);
            let b1 = v128_load(w.add(g * 32 + 16) as *const v128);
            let halves = [i16x8_extend_low_i8x16(b0), i16x8_extend_high_i8x16(b0), i16x8_extend_low_i8x16(b1), i16x8_extend_high_i8x16(b1)];
            for (i, row) in rows.iter().enumerate() {
                // The row's four values, as i16, twice: [x0, x1, x2, x3, x0, x1, x2, x3].
                let x = u16x8_extend_low_u8x16(v128_load32_splat(row.add(4 * g) as *const u32));
                for (j, h) in halves.iter().enumerate() {
                    acc[4 * i + j] = i32x4_add(acc[4 * i + j], i32x4_dot_i16x8(x, *h));
                }
            }
        }
        for i in 0..ROWS {
            for j in 0..4 {
                let v = acc[4 * i + j];
                sums[i * PANEL + 2 * j] = i32x4_extract_lane::<0>(v) + i32x4_extract_lane::<1>(v);
                sums[i * PANEL + 2 * j + 1] = i32x4_extract_lane::<2>(v) + i32x4_extract_lane::<3>(v);
            }
        }
    }
}

/// Natively on x86-64: AVX2's `vpmaddubsw` (unsigned 7-bit × signed 8-bit, pairs summed in i16,
/// which cannot saturate at these ranges) then `vpmaddwd` by ones, the same lowering V8 uses for
/// the relaxed instruction on CPUs without VNNI; one 32-byte load is the panel's 8 columns.
#[cfg(target_arch = "x86_64")]
fn tile_4x8(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    assert!(a.len() >= 3 * lda + 4 * quads && panel.len() >= quads * 4 * PANEL);
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 and the bounds are checked above.
        unsafe { tile_4x8_avx2(a, lda, panel, quads, sums) }
    } else {
        tile_4x8_portable(a, lda, panel, quads, sums)
    }
}

/// # Safety
/// The CPU must have AVX2; `a` must hold 4 rows of `lda` with `4 · quads` values each and `panel`
/// `32 · quads` values.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn tile_4x8_avx2(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    use core::arch::x86_64::*;
    let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
    let w = panel.as_ptr();
    let ones = _mm256_set1_epi16(1);
    let mut acc = [_mm256_setzero_si256(); ROWS];
    for g in 0..quads {
        let b = _mm256_loadu_si256(w.add(g * 32) as *const __m256i);
        for (acc, row) in acc.iter_mut().zip(rows) {
            let x = _mm256_set1_epi32((row.add(4 * g) as *const i32).read_unaligned());
            *acc = _mm256_add_epi32(*acc, _mm256_madd_epi16(_mm256_maddubs_epi16(x, b), ones));
        }
    }
    for (i, acc) in acc.into_iter().enumerate() {
        _mm256_storeu_si256(sums.as_mut_ptr().add(i * PANEL) as *mut __m256i, acc);
    }
}

/// Other targets (and the reference in tests): the same sums in portable Rust.
#[cfg(not(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64")))]
fn tile_4x8(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    tile_4x8_portable(a, lda, panel, quads, sums)
}

#[cfg_attr(all(target_arch = "wasm32", target_feature = "simd128"), allow(dead_code))]
fn tile_4x8_portable(a: &[u8], lda: usize, panel: &[i8], quads: usize, sums: &mut [i32; ROWS * PANEL]) {
    for i in 0..ROWS {
        let row = &a[i * lda..i * lda + 4 * quads];
        let mut acc = [0i32; PANEL];
        for (x, w) in row.chunks_exact(4).zip(panel.chunks_exact(4 * PANEL)) {
            for (c, acc) in acc.iter_mut().enumerate() {
                *acc += (0..4).map(|t| x[t] as i32 * w[4 * c + t] as i32).sum::<i32>();
            }
        }
        sums[i * PANEL..(i + 1) * PANEL].copy_from_slice(&acc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(k: usize, n: usize, m: usize) -> (Vec<i8>, Vec<f32>, Vec<f32>) {
        let mut state = 0x9e37_79b9u32;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        let q: Vec<i8> = (0..k * n).map(|i| if i < n { if i % 2 == 0 { 127 } else { -127 } } else { ((next() % 255) as i32 - 127) as i8 }).collect();
        let scales: Vec<f32> = (0..n).map(|c| 0.001 + (c % 5) as f32 * 0.002).collect();
        // Rows of one sign, of both signs, and with outliers, as a transformer's are.
        let a = (0..m * k).map(|i| {
            let v = (next() % 20_001) as f32 / 10_000.0 - 1.0;
            match (i / k) % 3 {
                0 => v.abs() - 0.1,
                1 => v,
                _ if i % 53 == 0 => v * 30.0,
                _ => v,
            }
        }).collect();
        (q, scales, a)
    }

    /// Within the 7-bit rounding bound of an f64 product, for shapes that pad `k` and `n`.
    #[test]
    fn matches_a_float_product_within_the_rounding_bound() {
        for &(k, n, m) in &[(384, 384, 5), (1536, 24, 3), (7, 13, 9), (1, 1, 1), (385, 9, 4), (6, 8, 6)] {
            let (q, scales, a) = case(k, n, m);
            let w = SevenBitWeights::from_int8(&q, &scales, k, n).unwrap();
            let mut got = vec![f32::NAN; m * n];
            w.matmul_add(&a, m, Addends::default(), &mut got);
            for r in 0..m {
                let row = &a[r * k..(r + 1) * k];
                let (lo, hi) = row.iter().fold((0.0f32, 0.0f32), |(l, h), &v| (l.min(v), h.max(v)));
                let step = (hi - lo) / 127.0;
                for c in 0..n {
                    let want: f64 = (0..k).map(|i| row[i] as f64 * (q[i * n + c] as f64 * scales[c] as f64)).sum();
                    let mass: f64 = (0..k).map(|i| (q[i * n + c] as f64 * scales[c] as f64).abs()).sum();
                    // Half a step per value, plus the zero point's own rounding (half a step over the row).
                    let bound = step as f64 * mass + 1e-4 * want.abs() + 1e-6;
                    let diff = (got[r * n + c] as f64 - want).abs();
                    assert!(diff <= bound, "k={k} n={n} [{r},{c}]: {} vs {want} (bound {bound})", got[r * n + c]);
                }
            }
        }
    }

    /// The instruction sets' tiles give the portable loop's sums exactly, at the extremes.
    #[test]
    fn tiles_agree_exactly() {
        let quads = 400;
        let lda = 4 * quads + 8;
        let a: Vec<u8> = (0..4 * lda).map(|i| if i % 5 == 0 { 127 } else { (i * 37 % 128) as u8 }).collect();
        let panel: Vec<i8> = (0..quads * 4 * PANEL).map(|i| if i % 3 == 0 { -127 } else if i % 7 == 0 { 127 } else { ((i * 31 % 255) as i32 - 127) as i8 }).collect();
        let mut want = [0i32; ROWS * PANEL];
        tile_4x8_portable(&a, lda, &panel, quads, &mut want);
        let mut got = [7i32; ROWS * PANEL];
        tile_4x8(&a, lda, &panel, quads, &mut got);
        assert_eq!(got, want);
    }

    /// Repacking keeps the integers and scales; bias and residual are added after the product.
    #[test]
    fn repacks_and_adds() {
        let (q, scales, a) = case(10, 11, 3);
        let packed = PackedWeights::from_int8(&q, &scales, 10, 11).unwrap();
        let seven = SevenBitWeights::from_packed(&packed);
        assert_eq!(seven.to_int8(), (q, scales));
        let bias: Vec<f32> = (0..11).map(|c| c as f32).collect();
        let residual: Vec<f32> = (0..33).map(|i| i as f32 * 0.5).collect();
        let (mut plain, mut added) = (vec![0.0; 33], vec![0.0; 33]);
        seven.matmul_add(&a, 3, Addends::default(), &mut plain);
        seven.matmul_add(&a, 3, Addends { bias: Some(&bias), residual: Some(&residual) }, &mut added);
        for i in 0..33 {
            assert_eq!(added[i], plain[i] + bias[i % 11] + residual[i]);
        }
    }

    /// A row of zeros gives zeros; a NaN gives NaN, as in the 15-bit kernel.
    #[test]
    fn degenerate_rows() {
        let w = SevenBitWeights::from_int8(&[1, 2, 3, 4], &[1.0, 1.0], 2, 2).unwrap();
        let mut out = vec![1.0; 4];
        w.matmul_add(&[0.0, 0.0, f32::NAN, 1.0], 2, Addends::default(), &mut out);
        assert_eq!(&out[..2], &[0.0, 0.0]);
        assert!(out[2].is_nan() && out[3].is_nan());
    }
}
