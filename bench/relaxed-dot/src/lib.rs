//! Three inner loops over the same int8 weights (`W`, an 8-column panel per `n / 8`), 4 or 2 rows
//! of activations at a time, each returning a checksum so nothing is optimised away:
//!
//! - `k16`: the shipped kernel's loop (`src/engine/kernel.rs`): activations as i16, weights
//!   widened i8 → i16, `i32x4.dot_i16x8_s` (8 multiply-adds per instruction).
//! - `k8`: `i32x4.relaxed_dot_i8x16_i7x16_add_s` with 7-bit activations (16 per instruction, the
//!   add included; one `vpdpbusd` where V8 finds AVX-VNNI).
//! - `k14`: the same instruction twice, for the high and low 7 bits of 14-bit activations, which
//!   would keep the shipped kernel's precision.
//!
//! Only the instruction mix is measured: the values are arbitrary, the checksums meaningless.
#![no_std]
use core::arch::wasm32::*;
use core::ptr::{addr_of, addr_of_mut};

#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}

const W_LEN: usize = 1 << 20;
const A_LEN: usize = 1 << 18;
static mut W: [i8; W_LEN] = [0; W_LEN];
static mut A16: [i16; A_LEN] = [0; A_LEN];
static mut A8: [i8; A_LEN] = [0; A_LEN];

/// Fills the buffers; call once before timing.
#[no_mangle]
pub extern "C" fn init() {
    // SAFETY: single-threaded module; nothing else holds references to the statics.
    unsafe {
        let (w, a16, a8) = (&mut *addr_of_mut!(W), &mut *addr_of_mut!(A16), &mut *addr_of_mut!(A8));
        for (i, v) in w.iter_mut().enumerate() {
            *v = ((i * 7919) % 255) as i8;
        }
        for i in 0..A_LEN {
            a16[i] = ((i * 31) % 2000) as i16 - 1000;
            a8[i] = ((i * 31) % 128) as i8;
        }
    }
}

fn check(rows: usize, k: usize, n: usize) {
    if rows % 4 != 0 || k % 4 != 0 || n % 8 != 0 || n * k > W_LEN || rows * k + 8192 > A_LEN {
        core::arch::wasm32::unreachable()
    }
}

/// `rows × k` i16 activations times a `k × n` int8 matrix, the shipped kernel's way.
#[no_mangle]
pub extern "C" fn k16(rows: usize, k: usize, n: usize) -> i32 {
    check(rows, k, n);
    // SAFETY: `check` keeps every read inside the statics.
    unsafe {
        let (w, a) = ((*addr_of!(W)).as_ptr(), (*addr_of!(A16)).as_ptr());
        let mut s = 0i32;
        for r0 in (0..rows).step_by(4) {
            for p in 0..n / 8 {
                let mut acc = [i32x4_splat(0); 8];
                let wp = w.add(p * k * 8);
                for kk in (0..k).step_by(2) {
                    let b = v128_load(wp.add(kk * 8) as *const v128);
                    let (b0, b1) = (i16x8_extend_low_i8x16(b), i16x8_extend_high_i8x16(b));
                    for i in 0..4 {
                        let x = i32x4_splat(*(a.add((r0 + i) * k + kk) as *const i32));
                        acc[2 * i] = i32x4_add(acc[2 * i], i32x4_dot_i16x8(x, b0));
                        acc[2 * i + 1] = i32x4_add(acc[2 * i + 1], i32x4_dot_i16x8(x, b1));
                    }
                }
                acc.iter().for_each(|v| s = s.wrapping_add(i32x4_extract_lane::<0>(*v)));
            }
        }
        s
    }
}

/// The same product with 7-bit activations on the relaxed int8 dot product.
#[no_mangle]
#[target_feature(enable = "relaxed-simd")]
pub extern "C" fn k8(rows: usize, k: usize, n: usize) -> i32 {
    check(rows, k, n);
    // SAFETY: `check` keeps every read inside the statics.
    unsafe {
        let (w, a) = ((*addr_of!(W)).as_ptr(), (*addr_of!(A8)).as_ptr());
        let mut s = 0i32;
        for r0 in (0..rows).step_by(4) {
            for p in 0..n / 8 {
                let mut acc = [i32x4_splat(0); 8];
                let wp = w.add(p * k * 8);
                for kk in (0..k).step_by(4) {
                    let b0 = v128_load(wp.add(kk * 8) as *const v128);
                    let b1 = v128_load(wp.add(kk * 8 + 16) as *const v128);
                    for i in 0..4 {
                        let x = i32x4_splat(*(a.add((r0 + i) * k + kk) as *const i32));
                        acc[2 * i] = i32x4_relaxed_dot_i8x16_i7x16_add(b0, x, acc[2 * i]);
                        acc[2 * i + 1] = i32x4_relaxed_dot_i8x16_i7x16_add(b1, x, acc[2 * i + 1]);
                    }
                }
                acc.iter().for_each(|v| s = s.wrapping_add(i32x4_extract_lane::<0>(*v)));
            }
        }
        s
    }
}

/// 14-bit activations as two 7-bit halves: two relaxed dot products per 16 multiply-adds, two
/// rows at a time (four would need 16 accumulators, more than x86's 16 vector registers leave).
#[no_mangle]
#[target_feature(enable = "relaxed-simd")]
pub extern "C" fn k14(rows: usize, k: usize, n: usize) -> i32 {
    check(rows, k, n);
    // SAFETY: `check` keeps every read inside the statics (the low halves 8,192 values on).
    unsafe {
        let (w, a) = ((*addr_of!(W)).as_ptr(), (*addr_of!(A8)).as_ptr());
        let mut s = 0i32;
        for r0 in (0..rows).step_by(2) {
            for p in 0..n / 8 {
                let mut acc = [i32x4_splat(0); 8];
                let wp = w.add(p * k * 8);
                for kk in (0..k).step_by(4) {
                    let b0 = v128_load(wp.add(kk * 8) as *const v128);
                    let b1 = v128_load(wp.add(kk * 8 + 16) as *const v128);
                    for i in 0..2 {
                        let high = i32x4_splat(*(a.add((r0 + i) * k + kk) as *const i32));
                        let low = i32x4_splat(*(a.add((r0 + i) * k + kk + 8192) as *const i32));
                        acc[4 * i] = i32x4_relaxed_dot_i8x16_i7x16_add(b0, high, acc[4 * i]);
                        acc[4 * i + 1] = i32x4_relaxed_dot_i8x16_i7x16_add(b1, high, acc[4 * i + 1]);
                        acc[4 * i + 2] = i32x4_relaxed_dot_i8x16_i7x16_add(b0, low, acc[4 * i + 2]);
                        acc[4 * i + 3] = i32x4_relaxed_dot_i8x16_i7x16_add(b1, low, acc[4 * i + 3]);
                    }
                }
                acc.iter().for_each(|v| s = s.wrapping_add(i32x4_extract_lane::<0>(*v)));
            }
        }
        s
    }
}

static mut OUT: [f32; 1 << 18] = [0.0; 1 << 18];
const CHUNK: usize = 256;

/// `src/engine/kernel.rs`'s SIMD128 tile, as it is there.
#[inline(never)]
fn add_tile_4x8(a: &[i16], lda: usize, panel: &[i8], pairs: usize, sums: &mut [f32; 32]) {
    assert!(pairs <= CHUNK && a.len() >= 3 * lda + 2 * pairs && panel.len() >= pairs * 16);
    // SAFETY: every offset stays inside `a`, `panel` and `sums` (checked above).
    unsafe {
        let rows = [a.as_ptr(), a.as_ptr().add(lda), a.as_ptr().add(2 * lda), a.as_ptr().add(3 * lda)];
        let w = panel.as_ptr();
        let mut acc = [i32x4_splat(0); 8];
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

/// The shipped kernel's structure around the `k16` loop (`src/engine/kernel.rs`: blocks of 64 rows,
/// panels of 8 columns, `k` in chunks of 256 pairs summed in i32 then f32, the tile a function of its
/// own, each row of sums written out), to tell the loop's ceiling from what the structure costs.
#[no_mangle]
pub extern "C" fn kship(rows: usize, k: usize, n: usize) -> i32 {
    check(rows, k, n);
    unsafe {
        let w = core::slice::from_raw_parts((*addr_of!(W)).as_ptr(), n * k);
        let a = core::slice::from_raw_parts((*addr_of!(A16)).as_ptr(), rows * k);
        let out = &mut *addr_of_mut!(OUT);
        let pairs = k / 2;
        for block in (0..rows).step_by(64) {
            for panel in 0..n / 8 {
                let weights = &w[panel * pairs * 16..(panel + 1) * pairs * 16];
                for r0 in (block..rows.min(block + 64)).step_by(4) {
                    let mut sums = [0.0f32; 32];
                    for first in (0..pairs).step_by(CHUNK) {
                        let len = CHUNK.min(pairs - first);
                        add_tile_4x8(&a[r0 * k + 2 * first..(r0 + 4) * k], k, &weights[first * 16..], len, &mut sums);
                    }
                    // The mask keeps larger shapes inside OUT; the values are never read.
                    for i in 0..4 {
                        for c in 0..8 { out[((r0 + i) * n + panel * 8 + c) & ((1 << 18) - 1)] = sums[i * 8 + c]; }
                    }
                }
            }
        }
        out[5] as i32
    }
}
