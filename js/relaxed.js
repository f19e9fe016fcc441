// Whether this runtime compiles WebAssembly's relaxed SIMD, asked with a 71-byte module that
// returns `i32x4.relaxed_dot_i8x16_i7x16_add_s` of three zero vectors (the instruction the
// `tract-int7` engine's kernel uses). Chrome, Node >= 22 and current workerd say yes; Node 20 and
// Safari no. Validation only: nothing is compiled or run.
const zeroVector = [0xfd, 0x0c, ...new Array(16).fill(0)]; // v128.const 0
const probe = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, // type section: () -> v128
  0x03, 0x02, 0x01, 0x00, // function section: one function of type 0
  0x0a, 0x3d, 0x01, 0x3b, 0x00, // code section: one body of 59 bytes, no locals
  ...zeroVector, ...zeroVector, ...zeroVector,
  0xfd, 0x93, 0x02, // i32x4.relaxed_dot_i8x16_i7x16_add_s (0xfd 0x113)
  0x0b, // end
]);

let answer;
/** True where the relaxed-SIMD module (`pkg/palisade_relaxed_bg.wasm`) can be loaded. */
export function hasRelaxedSimd() {
  answer ??= typeof WebAssembly === 'object' && WebAssembly.validate(probe);
  return answer;
}
