//! Integer matrix multiply for weights stored int8 per output column: `out = a · w`.
//!
//! Why: in WebAssembly the f32 GEMM is the whole cost of a score (68 % of a 128-token call in
//! V8's profile), and baseline SIMD128 has no fused multiply-add, so an f32 kernel does 4
//! multiply-adds per two instructions. `i32x4.dot_i16x8_s` does 8 per instruction. The shipped
//! model's matrix weights *are* int8 with one scale per column (`graph.py`), so multiplying the
//! integers loses nothing on the weight side; activations are quantised per row to as many bits
//! as the accumulator allows (13–15 bits for this model's widths), which moves scores by ~1e-4.
//!
//! Integer sums are exact and associative, so the SIMD128, SSE2, AVX2 and portable loops give
//! bit-identical outputs for the same inputs. End to end, native and WebAssembly scores still differ
//! by up to ~1e-3: tract's f32 ops around the kernel differ in the last bits between AVX and wasm
//! SIMD, and rounding to 15 bits now and then turns such a difference into a whole quantiser step.
//!
//! ```
//! use palisade::engine::kernel::PackedWeights;
//! // w = q · scale per column, q int8 with ±127 in every column, as `graph.py` stores weights.
//! let (k, n) = (2, 2);
//! let w = [127.0 * 0.01, -127.0 * 0.02, 64.0 * 0.01, 10.0 * 0.02];
//! let packed = PackedWeights::from_exact_int8(&w, k, n).expect("int8 per column");
//! let mut out = vec![0.0; 2];
//! packed.matmul(&[1.0, -2.0], 1, &mut out);
//! assert!((out[0] - (1.27 - 1.28)).abs() < 1e-3);
//! assert!((out[1] - (-2.54 - 0.4)).abs() < 1e-3);
//! ```

use std::borrow::Cow;

/// Output columns per packed panel (two SIMD lanes groups of four).
pub(crate) const PANEL: usize = 8;
/// Rows computed together by one pass over a panel.
pub(crate) const ROWS: usize = 4;
/// Rows whose quantised activations are kept hot while all panels pass (a multiple of `ROWS`).
pub(crate) const BLOCK_ROWS: usize = 64;

/// A `[k, n]` weight matrix as int8 values with one f32 scale per column, packed for the
/// kernel: per panel of 8 columns, per pair of `k`, the 16 values `w[2p][c], w[2p+1][c]` for c
/// in the panel, so one 16-byte load widened to two i16 vectors feeds two `dot_i16x8` (four
/// columns each).
///
/// The values stay int8 in memory and are widened as the kernel loads them: stored as i16 they
/// took 42 MB of a WebAssembly module's linear memory for this model's 21 M weights, and their
/// widening was ~33 ms of a cold start (`bench/RESULTS.md`, log).
#[derive(Debug, Clone, PartialEq)]
pub struct PackedWeights {
    k: usize,
    n: usize,
    /// `k` rounded up to even: the kernel reads activations two at a time.
    k_even: usize,
    /// Borrowed when the values sit in a compiled plan embedded in this binary
    /// ([`PackedWeights::from_packed_int8`] with a `&'static` slice): the WebAssembly module then
    /// multiplies its data segment in place instead of a copy of it.
    packed: Cow<'static, [i8]>,
    /// Per column (padded to a whole panel with zeros).
    scales: Vec<f32>,
}

/// Activations are quantised to ±`A_MAX` per row: the full i16 range, ~15 bits.
const A_MAX: f32 = 32767.0;
/// Pairs of `k` summed in i32 before the sums move to f32: `CHUNK · 2 · 127 · A_MAX < 2³¹`.
const CHUNK: usize = 256;
const _: () = assert!(CHUNK * 2 * 127 * (A_MAX as usize) <= i32::MAX as usize);

/// Where `w[r][c]` sits in the packed layout (`k_even` rows): panel `c / 8`, then the pair of rows
/// `r / 2`, then column `c % 8`, the two rows of a pair side by side.
fn packed_index(r: usize, c: usize, k_even: usize) -> usize {
    (c / PANEL) * k_even * PANEL + (r / 2) * 2 * PANEL + (c % PANEL) * 2 + (r & 1)
}

impl PackedWeights {
    /// Packs `w` (`[k, n]`, row-major) when every column is exactly an int8 vector times one
    /// scale, as a weight `Cast(int8) * scale` folds to; `None` for any other matrix (an fp32
    /// model), which then stays on the float kernels.
    pub fn from_exact_int8(w: &[f32], k: usize, n: usize) -> Option<PackedWeights> {
        if k == 0 || n == 0 || w.len() != k * n {
            return None;
        }
        // Row by row, as `w` lies in memory: this runs on every ONNX load (36 matrices, 21 M values).
        let mut scales = vec![0.0f32; n];
        for row in w.chunks_exact(n) {
            for (m, v) in scales.iter_mut().zip(row) {
                *m = m.max(v.abs());
            }
        }
        scales.iter_mut().for_each(|m| *m /= 127.0);
        let inverse: Vec<f32> = scales.iter().map(|&s| if s == 0.0 { 0.0 } else { 1.0 / s }).collect();
        let mut q = vec![0i8; k * n];
        for (row, q_row) in w.chunks_exact(n).zip(q.chunks_exact_mut(n)) {
            for ((&v, &inv), q) in row.iter().zip(&inverse).zip(q_row) {
                let x = v * inv;
                let rounded = x.round();
                // The recovered integers must be the stored ones, not a rounding of fp32 weights
                // (written so that a NaN or an infinity fails too).
                if !((x - rounded).abs() <= 1e-3 && rounded.abs() <= 127.0) {
                    return None;
                }
                *q = rounded as i8;
            }
        }
        PackedWeights::from_int8(&q, &scales, k, n)
    }

    /// Packs int8 values `q` (`[k, n]`, row-major) with one scale per column: the weight is
    /// `q[r][c] · scales[c]`. `None` when the lengths do not match `k` and `n`.
    ///
    /// ```
    /// use palisade::engine::kernel::PackedWeights;
    /// let packed = PackedWeights::from_int8(&[127, -127, 64, 10], &[0.01, 0.02], 2, 2).unwrap();
    /// assert_eq!(packed.to_int8(), (vec![127, -127, 64, 10], vec![0.01, 0.02]));
    /// ```
    pub fn from_int8(q: &[i8], scales: &[f32], k: usize, n: usize) -> Option<PackedWeights> {
        if k == 0 || n == 0 || q.len() != k * n || scales.len() != n {
            return None;
        }
        let k_even = k + (k & 1);
        let mut packed = vec![0i8; n.div_ceil(PANEL) * k_even * PANEL];
        for (r, row) in q.chunks_exact(n).enumerate() {
            for (c, &v) in row.iter().enumerate() {
                packed[packed_index(r, c, k_even)] = v;
            }
        }
        Some(PackedWeights::with_layout(k, n, packed, scales))
    }

    /// The int8 values (`[k, n]`, row-major) and per-column scales this was packed from: what
    /// the float kernels of a compiled plan multiply (`integer_linear::use_float_kernels`).
    pub fn to_int8(&self) -> (Vec<i8>, Vec<f32>) {
        let mut q = vec![0i8; self.k * self.n];
        for (r, row) in q.chunks_exact_mut(self.n).enumerate() {
            for (c, v) in row.iter_mut().enumerate() {
                *v = self.packed[packed_index(r, c, self.k_even)];
            }
        }
        (q, self.scales().to_vec())
    }

    /// The packed values, in the kernel's order: what a compiled plan stores, so that loading one
    /// is a copy ([`PackedWeights::from_packed_int8`]) instead of a reordering of every weight
    /// (58 ms of a WebAssembly cold start, where it runs once, unoptimised).
    pub fn packed_int8(&self) -> &[i8] {
        &self.packed
    }

    /// The inverse of [`PackedWeights::packed_int8`]: `None` unless `packed` has the length the
    /// kernel's layout gives `k` and `n`, and `scales` one value per column. A `&'static` slice is
    /// kept as it is (no copy); anything else is copied.
    ///
    /// ```
    /// use palisade::engine::kernel::PackedWeights;
    /// let w = PackedWeights::from_int8(&[1, 2, 3, 4, 5, 6], &[0.5, 0.25], 3, 2).unwrap();
    /// let again = PackedWeights::from_packed_int8(w.packed_int8().to_vec(), &[0.5, 0.25], 3, 2).unwrap();
    /// assert_eq!(again, w);
    /// ```
    pub fn from_packed_int8(packed: impl Into<Cow<'static, [i8]>>, scales: &[f32], k: usize, n: usize) -> Option<PackedWeights> {
        let packed = packed.into();
        let k_even = k + (k & 1);
        if k == 0 || n == 0 || scales.len() != n || packed.len() != n.div_ceil(PANEL) * k_even * PANEL {
            return None;
        }
        Some(PackedWeights::with_layout(k, n, packed, scales))
    }

    /// Wraps values already in the packed layout, padding the scales to a whole panel.
    fn with_layout(k: usize, n: usize, packed: impl Into<Cow<'static, [i8]>>, scales: &[f32]) -> PackedWeights {
        let packed = packed.into();
        let mut padded_scales = vec![0.0f32; n.div_ceil(PANEL) * PANEL];
        padded_scales[..n].copy_from_slice(scales);
        PackedWeights { k, n, k_even: k + (k & 1), packed, scales: padded_scales }
    }

    /// The per-column scales (without the padding to a whole panel).
    pub fn scales(&self) -> &[f32] {
        &self.scales[..self.n]
    }

    /// Rows of the contraction (`k`).
    pub fn k(&self) -> usize {
        self.k
    }

    /// Output columns (`n`).
    pub fn n(&self) -> usize {
        self.n
    }

    /// `out[m, n] = a[m, k] · w[k, n]`, all row-major. Panics on mismatched lengths.
    pub fn matmul(&self, a: &[f32], m: usize, out: &mut [f32]) {
        self.matmul_add(a, m, Addends::default(), out)
    }

    /// `out[m, n] = a[m, k] · w[k, n] + bias[n] + residual[m, n]`, the additions done as each
    /// panel of products is written (in that order, so the result is bit for bit what the
    /// product followed by two separate adds gives). Every element of `out` is written and none is
    /// read, so `out` may start uninitialised. Panics on mismatched lengths.
    ///
    /// Why: a linear layer's bias and a residual connection are each a full pass over the
    /// output (tract's generic `Add`, ~4 % of a WebAssembly call), where here they are two more
    /// vector adds on values already in registers.
    ///
    /// ```
    /// use palisade::engine::kernel::{Addends, PackedWeights};
    /// let w = PackedWeights::from_int8(&[127, 0, 0, 127], &[0.01, 0.01], 2, 2).unwrap();
    /// let mut out = vec![0.0; 2];
    /// w.matmul_add(&[1.0, 2.0], 1, Addends { bias: Some(&[10.0, 20.0]), residual: Some(&[0.5, 0.5]) }, &mut out);
    /// assert!((out[0] - 11.77).abs() < 1e-3 && (out[1] - 23.04).abs() < 1e-3);
    /// ```
    pub fn matmul_add(&self, a: &[f32], m: usize, addends: Addends<'_>, out: &mut [f32]) {
        addends.check(a, m, self.k, self.n, out);
        if m == 0 {
            return;
        }
        let rows = m.div_ceil(ROWS) * ROWS;
        let mut qa = vec![0i16; rows * self.k_even];
        let mut row_scales = vec![0.0f32; rows];
        for r in 0..m {
            row_scales[r] = quantise_row(&a[r * self.k..(r + 1) * self.k], &mut qa[r * self.k_even..r * self.k_even + self.k]);
        }
        // Blocks of rows outermost: a block's activations stay in L2 while every panel of weights
        // passes over them (a 6-window text has 768 rows, 2.4 MB at k = 1536).
        for block in (0..m).step_by(BLOCK_ROWS) {
            for panel in 0..self.n.div_ceil(PANEL) {
                self.panel_rows(&qa, &row_scales, panel, block..m.min(block + BLOCK_ROWS), addends, out);
            }
        }
    }

    /// Panel `panel` (8 columns) for the rows `rows` (a multiple of 4 from its start) of the
    /// quantised activations `qa`.
    fn panel_rows(&self, qa: &[i16], row_scales: &[f32], panel: usize, rows: std::ops::Range<usize>, addends: Addends<'_>, out: &mut [f32]) {
        let pairs = self.k_even / 2;
        let weights = &self.packed[panel * pairs * 2 * PANEL..(panel + 1) * pairs * 2 * PANEL];
        let col0 = panel * PANEL;
        let cols = PANEL.min(self.n - col0);
        let scales: &[f32; PANEL] = self.scales[col0..col0 + PANEL].try_into().expect("scales padded to whole panels");
        let bias = addends.bias.map(|b| &b[col0..col0 + cols]);
        let m = rows.end;
        for r0 in rows.step_by(ROWS) {
            let mut sums = [0.0f32; ROWS * PANEL];
            for first in (0..pairs).step_by(CHUNK) {
                let len = CHUNK.min(pairs - first);
                let a_rows = &qa[r0 * self.k_even + 2 * first..(r0 + ROWS) * self.k_even];
                add_tile_4x8(a_rows, self.k_even, &weights[first * 2 * PANEL..], len, &mut sums);
            }
            for i in 0..ROWS.min(m - r0) {
                let dst = (r0 + i) * self.n + col0;
                let tile: &[f32; PANEL] = sums[i * PANEL..(i + 1) * PANEL].try_into().expect("a tile row is one panel wide");
                let residual = addends.residual.map(|r| &r[dst..dst + cols]);
                if cols == PANEL {
                    // Fixed-length arrays, no branch inside: LLVM turns each loop into two SIMD
                    // operations (it left the variable-length loop scalar, bounds checks included).
                    let out: &mut [f32; PANEL] = (&mut out[dst..dst + PANEL]).try_into().expect("whole panel");
                    write_row(tile, row_scales[r0 + i], scales, out);
                    if let Some(bias) = bias {
                        add_row(bias.try_into().expect("whole panel"), out);
                    }
                    if let Some(residual) = residual {
                        add_row(residual.try_into().expect("whole panel"), out);
                    }
                } else {
                    for c in 0..cols {
                        let mut v = tile[c] * (row_scales[r0 + i] * scales[c]);
                        if let Some(bias) = bias {
                            v += bias[c];
                        }
                        if let Some(residual) = residual {
                            v += residual[c];
                        }
                        out[dst + c] = v;
                    }
                }
            }
        }
    }
}

/// What [`PackedWeights::matmul_add`] adds to the product: a bias per column (`[n]`) and a
/// residual (`[m, n]`, the product's own shape), either or both.
#[derive(Debug, Clone, Copy, Default)]
pub struct Addends<'a> {
    pub bias: Option<&'a [f32]>,
    pub residual: Option<&'a [f32]>,
}

impl Addends<'_> {
    /// Panics unless `a` is `[m, k]`, `out` `[m, n]`, the bias `[n]` and the residual `[m, n]`.
    pub(crate) fn check(&self, a: &[f32], m: usize, k: usize, n: usize, out: &[f32]) {
        assert_eq!(a.len(), m * k, "activations must be [m, k]");
        assert_eq!(out.len(), m * n, "output must be [m, n]");
        if let Some(bias) = self.bias {
            assert_eq!(bias.len(), n, "bias must be [n]");
        }
        if let Some(residual) = self.residual {
            assert_eq!(residual.len(), m * n, "residual must be [m, n]");
        }
    }
}

/// One output row of a whole panel: `sums · (row scale · column scale)`.
#[inline(always)]
fn write_row(sums: &[f32; PANEL], row_scale: f32, scales: &[f32; PANEL], out: &mut [f32; PANEL]) {
    for c in 0..PANEL {
        out[c] = sums[c] * (row_scale * scales[c]);
    }
}

#[inline(always)]
pub(crate) fn add_row(addend: &[f32; PANEL], out: &mut [f32; PANEL]) {
    for c in 0..PANEL {
        out[c] += addend[c];
    }
}

/// Quantises one row to `round(x · A_MAX / max|x|)` (ties to even); returns the scale back to
/// f32. A row with a NaN or an infinity gives a NaN scale, so the output is NaN as an f32 product
/// would be.
fn quantise_row(row: &[f32], out: &mut [i16]) -> f32 {
    let max = abs_max(row);
    if max == 0.0 || !max.is_finite() {
        out.iter_mut().for_each(|q| *q = 0);
        return if max == 0.0 { 0.0 } else { f32::NAN };
    }
    let inv = A_MAX / max;
    scale_round(row, inv, out);
    max / A_MAX
}

/// Largest `|x|`, NaN if any `x` is NaN (as WebAssembly's `f32x4.max` gives).
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn abs_max(row: &[f32]) -> f32 {
    use core::arch::wasm32::*;
    let mut chunks = row.chunks_exact(4);
    let mut acc = f32x4_splat(0.0);
    for c in &mut chunks {
        // SAFETY: `c` has 4 elements; wasm loads have no alignment requirement.
        acc = f32x4_max(acc, f32x4_abs(unsafe { v128_load(c.as_ptr() as *const v128) }));
    }
    let lanes = [f32x4_extract_lane::<0>(acc), f32x4_extract_lane::<1>(acc), f32x4_extract_lane::<2>(acc), f32x4_extract_lane::<3>(acc)];
    lanes.into_iter().chain(chunks.remainder().iter().map(|v| v.abs())).fold(0.0, nan_max)
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn abs_max(row: &[f32]) -> f32 {
    row.iter().map(|v| v.abs()).fold(0.0, nan_max)
}

pub(crate) fn nan_max(a: f32, b: f32) -> f32 {
    if a.is_nan() || b.is_nan() {
        f32::NAN
    } else {
        a.max(b)
    }
}

/// `out = round_ties_even(row · inv)`; every product is within ±`A_MAX` by construction.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn scale_round(row: &[f32], inv: f32, out: &mut [i16]) {
    use core::arch::wasm32::*;
    let scale = f32x4_splat(inv);
    let mut src = row.chunks_exact(8);
    let mut dst = out.chunks_exact_mut(8);
    for (s, d) in (&mut src).zip(&mut dst) {
        // SAFETY: `s` has 8 f32 and `d` 8 i16; wasm loads and stores have no alignment requirement.
        unsafe {
            let lo = i32x4_trunc_sat_f32x4(f32x4_nearest(f32x4_mul(v128_load(s.as_ptr() as *const v128), scale)));
            let hi = i32x4_trunc_sat_f32x4(f32x4_nearest(f32x4_mul(v128_load(s.as_ptr().add(4) as *const v128), scale)));
            v128_store(d.as_mut_ptr() as *mut v128, i16x8_narrow_i32x4(lo, hi));
        }
    }
    for (q, &v) in dst.into_remainder().iter_mut().zip(src.remainder()) {
        *q = (v * inv).round_ties_even() as i16;
    }
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn scale_round(row: &[f32], inv: f32, out: &mut [i16]) {
    for (q, &v) in out.iter_mut().zip(row) {
        *q = (v * inv).round_ties_even() as i16;
    }
}

/// Adds the integer dot products of 4 rows × 8 columns over `pairs` pairs of `k` to `sums`.
/// `pairs ≤ CHUNK`, so the i32 lanes cannot overflow.
#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
fn add_tile_4x8(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; ROWS * PANEL]) {
    use core::arch::wasm32::*;
    assert!(pairs <= CHUNK && a.len() >= 3 * lda + 2 * pairs && panel.len() >= pairs * 2 * PANEL);
    // SAFETY: every offset below stays inside `a`, `panel` and `sums` (checked above); wasm loads
    // and stores have no alignment requirement.
    unsafe {
        let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
        let w = panel.as_ptr();
        // Eight accumulators, two per row (columns 0–3 and 4–7); LLVM keeps the fixed-size arrays
        // in registers and unrolls the row loop.
        let mut acc = [i32x4_splat(0); 2 * ROWS];
        for p in 0..pairs {
            let b = v128_load(w.add(p * 16) as *const v128);
            let (b0, b1) = (i16x8_extend_low_i8x16(b), i16x8_extend_high_i8x16(b));
            for (i, row) in rows.iter().enumerate() {
                let x = v128_load32_splat(row.add(2 * p) as *const u32);
                acc[2 * i] = i32x4_add(acc[2 * i], i32x4_dot_i16x8(x, b0));
                acc[2 * i + 1] = i32x4_add(acc[2 * i + 1], i32x4_dot_i16x8(x, b1));
            }
        }
        let out = sums.as_mut_ptr();
        for (i, acc) in acc.into_iter().enumerate() {
            let at = out.add(i * 4) as *mut v128;
            v128_store(at, f32x4_add(v128_load(at), f32x4_convert_i32x4(acc)));
        }
    }
}

/// The same on x86-64: `pmaddwd` is the instruction V8 emits for `i32x4.dot_i16x8_s`, so native
/// builds compute exactly what WebAssembly computes. AVX2 (checked at run time) does a panel's 8
/// columns in one instruction; SSE2 is always there.
#[cfg(target_arch = "x86_64")]
fn add_tile_4x8(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; ROWS * PANEL]) {
    assert!(pairs <= CHUNK && a.len() >= 3 * lda + 2 * pairs && panel.len() >= pairs * 2 * PANEL);
    // SAFETY: the bounds are checked above, AVX2 is used only where the CPU has it, and SSE2 is
    // part of x86-64.
    unsafe {
        if std::arch::is_x86_feature_detected!("avx2") {
            add_tile_4x8_avx2(a, lda, panel, pairs, sums)
        } else {
            add_tile_4x8_sse2(a, lda, panel, pairs, sums)
        }
    }
}

/// # Safety
/// The CPU must have AVX2; `a` must hold 4 rows of `lda` with `2 · pairs` values each and
/// `panel` `16 · pairs` values.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn add_tile_4x8_avx2(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; ROWS * PANEL]) {
    use core::arch::x86_64::*;
    let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
    let w = panel.as_ptr();
    let mut acc = [_mm256_setzero_si256(); ROWS];
    for p in 0..pairs {
        let b = _mm256_cvtepi8_epi16(_mm_loadu_si128(w.add(p * 16) as *const __m128i));
        for (acc, row) in acc.iter_mut().zip(rows) {
            let x = _mm256_set1_epi32((row.add(2 * p) as *const i32).read_unaligned());
            *acc = _mm256_add_epi32(*acc, _mm256_madd_epi16(x, b));
        }
    }
    for (i, acc) in acc.into_iter().enumerate() {
        let at = sums.as_mut_ptr().add(i * PANEL);
        _mm256_storeu_ps(at, _mm256_add_ps(_mm256_loadu_ps(at), _mm256_cvtepi32_ps(acc)));
    }
}

/// # Safety
/// As [`add_tile_4x8_avx2`], without the AVX2 requirement.
#[cfg(target_arch = "x86_64")]
unsafe fn add_tile_4x8_sse2(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; ROWS * PANEL]) {
    use core::arch::x86_64::*;
    let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
    let w = panel.as_ptr();
    let mut acc = [_mm_setzero_si128(); 8];
    for p in 0..pairs {
        // SSE2 has no sign extension of bytes: each byte into the high half of a lane, then an
        // arithmetic shift down.
        let b = _mm_loadu_si128(w.add(p * 16) as *const __m128i);
        let b0 = _mm_srai_epi16(_mm_unpacklo_epi8(b, b), 8);
        let b1 = _mm_srai_epi16(_mm_unpackhi_epi8(b, b), 8);
        for (i, row) in rows.iter().enumerate() {
            let x = _mm_set1_epi32((row.add(2 * p) as *const i32).read_unaligned());
            acc[2 * i] = _mm_add_epi32(acc[2 * i], _mm_madd_epi16(x, b0));
            acc[2 * i + 1] = _mm_add_epi32(acc[2 * i + 1], _mm_madd_epi16(x, b1));
        }
    }
    for (i, acc) in acc.into_iter().enumerate() {
        let at = sums.as_mut_ptr().add(i * 4);
        _mm_storeu_ps(at, _mm_add_ps(_mm_loadu_ps(at), _mm_cvtepi32_ps(acc)));
    }
}

/// The same in portable Rust (other targets; the reference in tests): identical integer sums
/// and identical f32 additions afterwards, so identical results.
#[cfg(not(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64")))]
fn add_tile_4x8(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; ROWS * PANEL]) {
    add_tile_4x8_portable(a, lda, panel, pairs, sums)
}

#[cfg_attr(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64"), allow(dead_code))]
fn add_tile_4x8_portable(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; ROWS * PANEL]) {
    assert!(pairs <= CHUNK);
    for i in 0..ROWS {
        let row = &a[i * lda..i * lda + 2 * pairs];
        let mut acc = [0i32; PANEL];
        for (x, w) in row.chunks_exact(2).zip(panel.chunks_exact(2 * PANEL)) {
            let (x0, x1) = (x[0] as i32, x[1] as i32);
            for (c, acc) in acc.iter_mut().enumerate() {
                *acc += x0 * w[2 * c] as i32 + x1 * w[2 * c + 1] as i32;
            }
        }
        for c in 0..PANEL {
            sums[i * PANEL + c] += acc[c] as f32;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic int8-per-column matrix and activations with a few outliers, as BERT has.
    fn case(k: usize, n: usize, m: usize) -> (Vec<f32>, Vec<f32>) {
        let mut state = 0x2545_f491u32;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            state
        };
        let scales: Vec<f32> = (0..n).map(|c| 0.001 + (c % 7) as f32 * 0.003).collect();
        // Every column reaches ±127, as in a graph quantised with scale = max / 127.
        let w = (0..k * n).map(|i| {
            let q = if i < n { if i % 2 == 0 { 127 } else { -127 } } else { (next() % 255) as i32 - 127 };
            q as f32 * scales[i % n]
        }).collect();
        let a = (0..m * k).map(|i| {
            let v = (next() % 20_001) as f32 / 10_000.0 - 1.0;
            if i % 97 == 0 { v * 40.0 } else { v }
        }).collect();
        (w, a)
    }

    fn reference(w: &[f32], a: &[f32], k: usize, n: usize, m: usize) -> Vec<f32> {
        let mut out = vec![0.0f32; m * n];
        for r in 0..m {
            for c in 0..n {
                out[r * n + c] = (0..k).map(|i| a[r * k + i] as f64 * w[i * n + c] as f64).sum::<f64>() as f32;
            }
        }
        out
    }

    #[test]
    fn matches_a_float_product_for_odd_shapes() {
        for &(k, n, m) in &[(384, 384, 5), (1536, 384, 3), (7, 13, 9), (1, 1, 1), (385, 9, 4), (1100, 16, 5), (40, 24, 150)] {
            let (w, a) = case(k, n, m);
            let packed = PackedWeights::from_exact_int8(&w, k, n).expect("int8 per column");
            let mut got = vec![f32::NAN; m * n];
            packed.matmul(&a, m, &mut got);
            let want = reference(&w, &a, k, n, m);
            for r in 0..m {
                // Error bound: half a quantisation step of the row, times the column's weight mass.
                let row_max = a[r * k..(r + 1) * k].iter().fold(0.0f32, |x, v| x.max(v.abs()));
                for c in 0..n {
                    let mass: f32 = (0..k).map(|i| w[i * n + c].abs()).sum();
                    let bound = 0.5 * row_max / A_MAX * mass + 1e-5 * want[r * n + c].abs() + 1e-6;
                    let diff = (got[r * n + c] - want[r * n + c]).abs();
                    assert!(diff <= bound, "k={k} n={n} m={m} [{r},{c}]: {} vs {} (bound {bound})", got[r * n + c], want[r * n + c]);
                }
            }
        }
    }

    /// Every instruction set's tile gives the portable loop's sums bit for bit, at extreme values.
    #[test]
    fn tiles_agree_exactly() {
        let pairs = CHUNK;
        let lda = 2 * pairs + 6;
        let a: Vec<i16> = (0..4 * lda).map(|i| if i % 5 == 0 { i16::MAX } else if i % 7 == 0 { -i16::MAX } else { (i as i16).wrapping_mul(97) }).collect();
        let panel: Vec<i8> = (0..pairs * 2 * PANEL).map(|i| if i % 3 == 0 { 127 } else { (((i * 31) % 255) as i16 - 127) as i8 }).collect();
        let mut want = [1.5f32; ROWS * PANEL];
        add_tile_4x8_portable(&a, lda, &panel, pairs, &mut want);
        let mut got = [1.5f32; ROWS * PANEL];
        add_tile_4x8(&a, lda, &panel, pairs, &mut got);
        assert_eq!(got, want);
        #[cfg(target_arch = "x86_64")]
        {
            let mut sse = [1.5f32; ROWS * PANEL];
            // SAFETY: SSE2 is part of x86-64; the slices are long enough.
            unsafe { add_tile_4x8_sse2(&a, lda, &panel, pairs, &mut sse) };
            assert_eq!(sse, want);
        }
    }

    /// The fused bias and residual give what the product followed by two adds gives, bit for
    /// bit, on whole panels and on a last partial one.
    #[test]
    fn addends_are_the_adds_after_the_product() {
        for &(k, n, m) in &[(384, 384, 5), (40, 13, 9), (7, 8, 1)] {
            let (w, a) = case(k, n, m);
            let packed = PackedWeights::from_exact_int8(&w, k, n).expect("int8 per column");
            let bias: Vec<f32> = (0..n).map(|c| c as f32 * 0.37 - 2.0).collect();
            let residual: Vec<f32> = (0..m * n).map(|i| (i % 11) as f32 * 0.113 - 0.5).collect();
            let mut want = vec![0.0; m * n];
            packed.matmul(&a, m, &mut want);
            let with_bias: Vec<f32> = want.iter().enumerate().map(|(i, v)| v + bias[i % n]).collect();
            let with_both: Vec<f32> = with_bias.iter().zip(&residual).map(|(v, r)| v + r).collect();
            let mut got = vec![f32::NAN; m * n];
            packed.matmul_add(&a, m, Addends { bias: Some(&bias), residual: None }, &mut got);
            assert_eq!(got, with_bias, "bias, k={k} n={n} m={m}");
            packed.matmul_add(&a, m, Addends { bias: Some(&bias), residual: Some(&residual) }, &mut got);
            assert_eq!(got, with_both, "bias and residual, k={k} n={n} m={m}");
            let residual_only: Vec<f32> = want.iter().zip(&residual).map(|(v, r)| v + r).collect();
            packed.matmul_add(&a, m, Addends { bias: None, residual: Some(&residual) }, &mut got);
            assert_eq!(got, residual_only, "residual, k={k} n={n} m={m}");
        }
    }

    #[test]
    fn a_nan_row_gives_nan_and_leaves_the_other_rows_alone() {
        let (k, n) = (16, 8);
        let (w, mut a) = case(k, n, 2);
        a[3] = f32::NAN;
        let packed = PackedWeights::from_exact_int8(&w, k, n).expect("int8 per column");
        let mut out = vec![0.0; 2 * n];
        packed.matmul(&a, 2, &mut out);
        assert!(out[..n].iter().all(|v| v.is_nan()), "{out:?}");
        assert!(out[n..].iter().all(|v| v.is_finite()), "{out:?}");
    }

    #[test]
    fn refuses_matrices_that_are_not_int8_per_column() {
        let w = [0.1f32, 0.2, 0.3, 0.4, 0.5, 0.333];
        assert!(PackedWeights::from_exact_int8(&w, 3, 2).is_none());
        for bad in [f32::NAN, f32::INFINITY] {
            assert!(PackedWeights::from_exact_int8(&[1.27, bad, 0.5, 1.0], 2, 2).is_none(), "{bad}");
        }
        assert!(PackedWeights::from_exact_int8(&w, 2, 2).is_none(), "wrong length");
    }

    #[test]
    fn zero_rows_and_columns_stay_zero() {
        let (k, n) = (4, 3);
        let w = [1.27f32, 0.0, 2.54, -1.27, 0.0, 2.54, 0.5, 0.0, -2.54, 1.27, 0.0, 1.0];
        let packed = PackedWeights::from_exact_int8(&w, k, n).expect("int8 per column");
        let mut out = vec![9.0; 2 * n];
        packed.matmul(&[0.0; 4].iter().chain(&[1.0, 1.0, 1.0, 1.0]).copied().collect::<Vec<_>>(), 2, &mut out);
        assert_eq!(&out[..3], &[0.0, 0.0, 0.0]);
        assert!((out[3] - 1.77).abs() < 1e-3 && out[4] == 0.0 && (out[5] - 3.54).abs() < 1e-3, "{out:?}");
    }
}
