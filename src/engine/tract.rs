//! The `tract-onnx` engine: protobuf (int8 weights dequantised there, [`super::prefold`]) → typed →
//! decluttered → integer kernels swapped in → optimised → runnable, with the batch and sequence
//! dimensions left symbolic so one plan serves every window shape. Everything before "optimised"
//! can be done once, at build time, and stored as a compiled plan ([`TractEngine::compile_plan`],
//! [`super::plan`]): what the WebAssembly module embeds.

use std::io::Cursor;
use std::sync::Arc;

use tract_onnx::prelude::*;
use tract_onnx::tract_core::optim::Optimizer;

use super::embedding::use_int8_embeddings;
use super::integer_linear::{fuse_addends, use_float_kernels, use_integer_kernels, use_seven_bit_activations, IntegerLinear};
use super::logits::expose_logits;
use super::plan;
use super::prefold::fold_dequantised_weights;
use super::{select_output, split_rows, Engine, Output};
use crate::error::{Error, Result};
use crate::window::Batch;

type Plan = Arc<TypedRunnableModel>;

/// ONNX inference with tract.
///
/// ```no_run
/// use palisade::{engine::{Engine, TractEngine}, window::Batch};
/// let bytes = std::fs::read("model/palisade.onnx").unwrap();
/// let engine = TractEngine::from_bytes(&bytes, 3).unwrap();
/// let out = engine.run(&Batch { ids: vec![0, 2], mask: vec![1, 1], rows: 1, cols: 2 }).unwrap();
/// assert_eq!(out[0].len(), 3);
/// ```
pub struct TractEngine {
    plan: Plan,
    labels: usize,
    integer_products: usize,
    kernels: Kernels,
    /// Whether the plan's second output is the logits ([`super::logits`]).
    logits: bool,
}

/// Which kernels run the matrix products whose weights are stored int8.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kernels {
    /// Palisade's integer kernel ([`kernel`](super::kernel)): int8 weights as stored,
    /// activations quantised per row. ~2.2× faster than tract's f32 kernels in WebAssembly
    /// (`bench/RESULTS.md`); natively ~1.3× slower than tract's AVX2-FMA f32.
    #[default]
    Integer,
    /// tract's own f32 kernels on the dequantised weights (the reference).
    Float,
    /// Palisade's integer kernel with the activations rounded to 7 bits per row
    /// ([`kernel7`](super::kernel7)): what relaxed SIMD's int8 dot product multiplies, 2.4× the
    /// default kernel's multiply-adds per second where the runtime has it (Node 24; not Node 20),
    /// the same speed or slower elsewhere. Scores are the same in every runtime, but not the
    /// default's: a few verdicts near a threshold change (`model/README.md`).
    Integer7,
}

impl TractEngine {
    /// Parses and optimises an ONNX classifier with `labels` outputs, on [`Kernels::Integer`].
    pub fn from_bytes(bytes: &[u8], labels: usize) -> Result<Self> {
        TractEngine::from_bytes_with(bytes, labels, Kernels::Integer)
    }

    /// As [`TractEngine::from_bytes`], choosing the kernels.
    pub fn from_bytes_with(bytes: &[u8], labels: usize, kernels: Kernels) -> Result<Self> {
        TractEngine::load(bytes, labels, kernels, true)
    }

    fn load(bytes: &[u8], labels: usize, kernels: Kernels, prefold: bool) -> Result<Self> {
        let mut typed = decluttered_onnx(bytes, prefold)?;
        let integer_products = match kernels {
            Kernels::Integer => with_integer_kernels(&mut typed)?,
            Kernels::Integer7 => {
                let products = with_integer_kernels(&mut typed)?;
                use_seven_bit_activations(&mut typed).map_err(invalid)?;
                products
            }
            Kernels::Float => 0,
        };
        TractEngine::optimised(typed, labels, integer_products, kernels)
    }

    /// Compiles an ONNX classifier into a plan for [`TractEngine::from_plan`]: the graph after
    /// tract's analysis and decluttering, with the integer kernels in place, as a tract NNEF
    /// archive. The WebAssembly build embeds this plan instead of the ONNX file: loading it skips
    /// the ONNX parse, type inference and decluttering, most of a cold start there
    /// (`bench/RESULTS.md`). Two compilations of one model compute the same thing but may name a
    /// few nodes differently (tract's decluttering numbers colliding names in hash order).
    ///
    /// ```no_run
    /// use palisade::engine::{Kernels, TractEngine};
    /// let onnx = std::fs::read("model/palisade.onnx").unwrap();
    /// let plan = TractEngine::compile_plan(&onnx).unwrap();
    /// let engine = TractEngine::from_plan(&plan, 13, Kernels::Integer).unwrap();
    /// ```
    pub fn compile_plan(onnx: &[u8]) -> Result<Vec<u8>> {
        let mut typed = decluttered_onnx(onnx, true)?;
        with_integer_kernels(&mut typed)?;
        plan::write(&typed).map_err(invalid)
    }

    /// Loads a plan made by [`TractEngine::compile_plan`]; the same probabilities, bit for bit,
    /// as [`TractEngine::from_bytes_with`] on the ONNX file it was compiled from, with
    /// [`Kernels::Integer`]. [`Kernels::Float`] runs tract's float kernels on the stored
    /// integers times their scales.
    pub fn from_plan(plan_bytes: &[u8], labels: usize, kernels: Kernels) -> Result<Self> {
        TractEngine::from_read_plan(plan::read(plan_bytes).map_err(invalid)?, labels, kernels)
    }

    /// [`TractEngine::from_plan`] for a plan embedded in the program: its int8 weights and
    /// embedding table are used in place instead of copied (`src/engine/plan.rs`).
    pub fn from_static_plan(plan_bytes: &'static [u8], labels: usize, kernels: Kernels) -> Result<Self> {
        TractEngine::from_read_plan(plan::read_static(plan_bytes).map_err(invalid)?, labels, kernels)
    }

    fn from_read_plan(mut typed: TypedModel, labels: usize, kernels: Kernels) -> Result<Self> {
        expect_two_inputs(typed.inputs.len())?;
        let integer_products = match kernels {
            Kernels::Integer => typed.nodes.iter().filter(|n| n.op_is::<IntegerLinear>()).count(),
            Kernels::Integer7 => use_seven_bit_activations(&mut typed).map_err(invalid)?,
            Kernels::Float => {
                use_float_kernels(&mut typed).map_err(invalid)?;
                0
            }
        };
        TractEngine::optimised(typed, labels, integer_products, kernels)
    }

    /// The last step of either path: `typed` is decluttered already, so only tract's code
    /// generation is left to run.
    fn optimised(mut typed: TypedModel, labels: usize, integer_products: usize, kernels: Kernels) -> Result<Self> {
        // Two outputs only when `decluttered_onnx` added the logits (a model must have one);
        // a plan compiled before that has one output and still loads.
        let logits = typed.outputs.len() == 2;
        codegen_optimizer().optimize(&mut typed).map_err(invalid)?;
        let plan = typed.into_runnable().map_err(invalid)?;
        // An fp32 model has no int8 products: whatever was asked, it runs tract's float kernels.
        let kernels = if integer_products == 0 { Kernels::Float } else { kernels };
        Ok(TractEngine { plan, labels, integer_products, kernels, logits })
    }

    /// How many matrix products run on the integer kernel (0 for an fp32 model or
    /// [`Kernels::Float`]).
    pub fn integer_products(&self) -> usize {
        self.integer_products
    }
}

/// Passes of tract's code generation (`Optimizer::codegen`) left out: on a decluttered classifier
/// they find little, and what they find does not pay for the search. Merging einsum axes adds 18
/// reshapes the decluttered graph does not have; no two nodes are the same op on the same inputs
/// for `PushSplitDown` to merge; constant propagation pre-packs four small matrices of the head.
/// Without them the optimised graph has 310 nodes instead of 325 and computes the same bits
/// (`codegen_without_the_skipped_passes_computes_the_same`), and the optimisation takes ~25 %
/// less time natively; in WebAssembly, where a load runs it once in unoptimised code, a cold
/// start was ~19 ms shorter (fresh Node 24 processes, `bench/RESULTS.md`).
const SKIPPED_CODEGEN_PASSES: [&str; 3] = ["MergeConsecutiveSameRoleAxes", "PushSplitDown", "PropConst(0)"];

/// tract's code generation without [`SKIPPED_CODEGEN_PASSES`].
fn codegen_optimizer() -> Optimizer {
    let mut optimizer = Optimizer::codegen();
    optimizer.passes.retain(|pass| !SKIPPED_CODEGEN_PASSES.contains(&format!("{pass:?}").as_str()));
    optimizer
}

/// An ONNX classifier parsed, typed with symbolic batch and sequence sizes, and decluttered, with
/// its logits as a second output when it ends in a sigmoid.
fn decluttered_onnx(bytes: &[u8], prefold: bool) -> Result<TypedModel> {
    let onnx = tract_onnx::onnx();
    let mut proto = onnx.proto_model_for_read(&mut Cursor::new(bytes)).map_err(invalid)?;
    if prefold {
        fold_dequantised_weights(&mut proto);
    }
    // One output, the probabilities; the second, when there is one, is then always the logits
    // (how a compiled plan tells).
    let outputs = proto.graph.as_ref().map_or(0, |g| g.output.len());
    if outputs != 1 {
        return Err(Error::InvalidModel(format!("expected 1 output (label probabilities), found {outputs}")));
    }
    expose_logits(&mut proto);
    let mut model = onnx.model_for_proto_model(&proto).map_err(invalid)?;
    drop(proto);
    expect_two_inputs(model.inputs.len())?;
    let batch = model.sym("B");
    let seq = model.sym("S");
    let fact = || InferenceFact::dt_shape(i64::datum_type(), tvec![batch.to_dim(), seq.to_dim()]);
    model.set_input_fact(0, fact()).map_err(invalid)?;
    model.set_input_fact(1, fact()).map_err(invalid)?;
    model.into_typed().map_err(invalid)?.into_decluttered().map_err(invalid)
}

/// The integer kernel in place of every int8 matrix product, with the bias and residual adds
/// after them folded in, and the int8 embedding table looked up as it is; returns how many
/// products it runs.
fn with_integer_kernels(typed: &mut TypedModel) -> Result<usize> {
    use_int8_embeddings(typed).map_err(invalid)?;
    let products = use_integer_kernels(typed).map_err(invalid)?;
    fuse_addends(typed).map_err(invalid)?;
    Ok(products)
}

fn expect_two_inputs(found: usize) -> Result<()> {
    if found != 2 {
        return Err(Error::InvalidModel(format!("expected 2 inputs (input_ids, attention_mask), found {found}")));
    }
    Ok(())
}

fn invalid(e: TractError) -> Error {
    Error::InvalidModel(format!("{e:#}"))
}

impl Engine for TractEngine {
    fn name(&self) -> &'static str {
        match self.kernels {
            Kernels::Integer => "tract",
            Kernels::Integer7 => "tract-int7",
            Kernels::Float => "tract-f32",
        }
    }

    fn run_padded(&self, batch: &Batch, output: Output) -> Result<Vec<Vec<f32>>> {
        let fail = |e: TractError| Error::Inference(format!("{e:#}"));
        let shape = [batch.rows, batch.cols];
        let ids = Tensor::from_shape(&shape, &batch.ids).map_err(fail)?;
        let mask = Tensor::from_shape(&shape, &batch.mask).map_err(fail)?;
        let out = self.plan.run(tvec![ids.into(), mask.into()]).map_err(fail)?;
        let values = |t: &TValue| -> Result<Vec<f32>> { Ok(t.to_plain_array_view::<f32>().map_err(fail)?.iter().copied().collect()) };
        let probs = values(out.first().ok_or_else(|| Error::Inference("model produced no output".into()))?)?;
        let logits = match (output, self.logits) {
            (Output::Logits, true) => Some(values(&out[1])?),
            _ => None,
        };
        split_rows(&select_output(&probs, logits.as_deref(), output), batch.rows, self.labels)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped ONNX file and how many columns its config reads from the model's output.
    fn shipped_model() -> (Vec<u8>, usize) {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/model/palisade.onnx")).unwrap();
        let config = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/model/config.json")).unwrap();
        (bytes, crate::config::ModelConfig::from_json(&config).unwrap().model_columns())
    }
    use crate::config::SpecialTokens;
    use super::super::embedding::Int8Embedding;
    use super::super::integer_linear::LinearWeights;

    /// Weights dequantised in the protobuf are the constants tract would have folded: the same
    /// probabilities bit for bit, on both kernels.
    #[test]
    fn prefolded_weights_change_nothing() {
        let (bytes, columns) = shipped_model();
        let mut proto = tract_onnx::onnx().proto_model_for_read(&mut Cursor::new(&bytes)).unwrap();
        assert_eq!(fold_dequantised_weights(&mut proto), 36, "every encoder matrix");
        let ids: Vec<u32> = (0..100u32).map(|i| 5 + (i * 37) % 39_000).collect();
        let batch = Batch::from_windows(&ids, &[0..100, 40..90], SpecialTokens { cls: 0, sep: 2, pad: 1 });
        for kernels in [Kernels::Integer, Kernels::Float] {
            let folded = TractEngine::load(&bytes, columns, kernels, true).unwrap();
            let plain = TractEngine::load(&bytes, columns, kernels, false).unwrap();
            assert_eq!(folded.integer_products, plain.integer_products);
            assert_eq!(folded.run(&batch).unwrap(), plain.run(&batch).unwrap(), "{kernels:?}");
        }
    }

    /// A compiled plan computes what the ONNX file computes: bit for bit on the integer kernels,
    /// to float rounding on the float ones (their weights are the stored integers times scales
    /// recovered from the folded floats, which can differ from the file's by an ulp).
    #[test]
    fn a_plan_scores_like_its_onnx_file() {
        let (bytes, columns) = shipped_model();
        let plan = TractEngine::compile_plan(&bytes).unwrap();
        let ids: Vec<u32> = (0..150u32).map(|i| 5 + (i * 37) % 39_000).collect();
        let batch = Batch::from_windows(&ids, &[0..126, 100..150], SpecialTokens { cls: 0, sep: 2, pad: 1 });
        let from_onnx = TractEngine::from_bytes_with(&bytes, columns, Kernels::Integer).unwrap();
        let from_plan = TractEngine::from_plan(&plan, columns, Kernels::Integer).unwrap();
        assert_eq!(from_plan.integer_products(), 36);
        assert_eq!(from_plan.run(&batch).unwrap(), from_onnx.run(&batch).unwrap());
        // Embedded (`'static`), the same scores, with every int8 array used in place in the plan.
        let embedded: &'static [u8] = plan.clone().leak();
        let in_place = TractEngine::from_static_plan(embedded, columns, Kernels::Integer).unwrap();
        assert_eq!(in_place.run(&batch).unwrap(), from_onnx.run(&batch).unwrap());
        assert_eq!(in_place.int8_arrays_in(embedded), (37, 37), "36 weights and the embedding table");
        assert_eq!(from_plan.int8_arrays_in(embedded), (37, 0));
        let float_onnx = TractEngine::from_bytes_with(&bytes, columns, Kernels::Float).unwrap();
        let float_plan = TractEngine::from_plan(&plan, columns, Kernels::Float).unwrap();
        assert_eq!((float_plan.integer_products(), float_plan.name()), (0, "tract-f32"));
        let (a, b) = (float_plan.run(&batch).unwrap(), float_onnx.run(&batch).unwrap());
        for (x, y) in a.iter().flatten().zip(b.iter().flatten()) {
            assert!((x - y).abs() < 1e-5, "{x} vs {y}");
        }
        // 7-bit activations: the same from a plan as from the ONNX file, and not the default's scores.
        let seven_onnx = TractEngine::from_bytes_with(&bytes, columns, Kernels::Integer7).unwrap();
        let seven_plan = TractEngine::from_plan(&plan, columns, Kernels::Integer7).unwrap();
        assert_eq!((seven_plan.integer_products(), seven_plan.name()), (36, "tract-int7"));
        let seven = seven_plan.run(&batch).unwrap();
        assert_eq!(seven, seven_onnx.run(&batch).unwrap());
        let default = from_plan.run(&batch).unwrap();
        let moved = seven.iter().flatten().zip(default.iter().flatten()).map(|(x, y)| (x - y).abs()).fold(0.0f32, f32::max);
        // Random ids give probabilities mid-sigmoid, where a small change in the logits moves them most
        // (0.11 here; on 4,079 validation texts the median change is 0 and the largest 0.54).
        assert!(moved > 0.0 && moved < 0.25, "7-bit activations moved a probability by {moved}");
    }

    /// The trimmed code generation gives what tract's whole `optimize()` gives, bit for bit, on
    /// every kernel; and the passes it leaves out are still named as it expects (a tract upgrade
    /// that renames them fails here, not silently).
    #[test]
    fn codegen_without_the_skipped_passes_computes_the_same() {
        let names: Vec<String> = Optimizer::codegen().passes.iter().map(|p| format!("{p:?}")).collect();
        assert_eq!(names, ["PropConst(0)", "MergeConsecutiveSameRoleAxes", "codegen", "declutter", "PushSplitDown", "fuse"]);
        assert_eq!(codegen_optimizer().passes.len(), 3);
        let (bytes, columns) = shipped_model();
        let plan = plan::read(&TractEngine::compile_plan(&bytes).unwrap()).unwrap();
        let ids: Vec<u32> = (0..150u32).map(|i| 5 + (i * 37) % 39_000).collect();
        let batch = Batch::from_windows(&ids, &[0..126, 100..150], SpecialTokens { cls: 0, sep: 2, pad: 1 });
        for kernels in [Kernels::Integer, Kernels::Integer7, Kernels::Float] {
            let mut graph = plan.clone();
            match kernels {
                Kernels::Integer => {}
                Kernels::Integer7 => drop(use_seven_bit_activations(&mut graph).unwrap()),
                Kernels::Float => drop(use_float_kernels(&mut graph).unwrap()),
            }
            let ours = TractEngine::optimised(graph.clone(), columns, 36, kernels).unwrap();
            let mut whole = graph;
            whole.optimize().unwrap();
            let theirs = TractEngine { plan: whole.into_runnable().unwrap(), labels: columns, integer_products: 36, kernels, logits: true };
            assert_eq!(ours.run(&batch).unwrap(), theirs.run(&batch).unwrap(), "{kernels:?}");
        }
    }

    /// The embedding as one op over the int8 table gives tract's own `Gather → Cast → Mul` bits.
    #[test]
    fn the_int8_embedding_op_computes_what_the_graph_did() {
        let (bytes, columns) = shipped_model();
        let graph = decluttered_onnx(&bytes, true).unwrap();
        let mut rewritten = graph.clone();
        assert_eq!(use_int8_embeddings(&mut rewritten).unwrap(), 1);
        assert_eq!(use_int8_embeddings(&mut rewritten).unwrap(), 0, "nothing left to replace");
        let ids: Vec<u32> = (0..150u32).map(|i| (i * 7919) % 40_000).collect();
        let batch = Batch::from_windows(&ids, &[0..126, 100..150], SpecialTokens { cls: 0, sep: 2, pad: 1 });
        let run = |typed: TypedModel| TractEngine::optimised(typed, columns, 0, Kernels::Float).unwrap().run(&batch).unwrap();
        assert_eq!(run(rewritten), run(graph));
    }

    /// Every encoder linear layer takes its bias add, and the attention output and feed-forward
    /// layers their residual add; the probabilities stay the same bits as with separate adds.
    #[test]
    fn integer_layers_take_their_bias_and_residual_adds() {
        let (bytes, columns) = shipped_model();
        let mut separate = decluttered_onnx(&bytes, true).unwrap();
        assert_eq!(use_integer_kernels(&mut separate).unwrap(), 36);
        let mut fused = separate.clone();
        assert_eq!(fuse_addends(&mut fused).unwrap(), 36 + 12, "36 biases, 2 residuals per layer");
        assert_eq!(fuse_addends(&mut fused).unwrap(), 0, "nothing left to fold");
        let residuals = fused.nodes.iter().filter_map(|n| n.op_as::<IntegerLinear>()).filter(|op| op.residual).count();
        assert_eq!(residuals, 12);
        let ids: Vec<u32> = (0..150u32).map(|i| 5 + (i * 37) % 39_000).collect();
        let batch = Batch::from_windows(&ids, &[0..126, 100..150], SpecialTokens { cls: 0, sep: 2, pad: 1 });
        let run = |typed: TypedModel| TractEngine::optimised(typed, columns, 36, Kernels::Integer).unwrap().run(&batch).unwrap();
        assert_eq!(run(fused), run(separate));
    }

    impl TractEngine {
        /// How many int8 weight arrays the engine has, and how many of them lie inside `bytes`.
        fn int8_arrays_in(&self, bytes: &[u8]) -> (usize, usize) {
            let inside = |values: &[i8]| bytes.as_ptr_range().contains(&values.as_ptr().cast::<u8>());
            let arrays: Vec<bool> = self
                .plan
                .model()
                .nodes
                .iter()
                .filter_map(|n| match n.op_as::<IntegerLinear>().map(|op| &op.weights) {
                    Some(LinearWeights::Bits15(w)) => Some(inside(w.packed_int8())),
                    Some(LinearWeights::Bits7(_)) => None,
                    None => n.op_as::<Int8Embedding>().map(|e| inside(e.table())),
                })
                .collect();
            (arrays.len(), arrays.iter().filter(|&&b| b).count())
        }
    }

    #[test]
    fn bytes_that_are_not_a_plan_are_an_invalid_model() {
        for bad in [&b"not a tar archive"[..], &[], &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/model/config.json")).unwrap()] {
            assert!(matches!(TractEngine::from_plan(bad, 13, Kernels::Integer), Err(Error::InvalidModel(_))));
        }
    }

    /// A plan cut short anywhere, or with one of its int8 arrays renamed, is an error, not a panic.
    #[test]
    fn a_damaged_plan_is_an_invalid_model() {
        let (bytes, _) = shipped_model();
        let plan = TractEngine::compile_plan(&bytes).unwrap();
        for cut in [512, 4096, plan.len() / 3, plan.len() / 2, plan.len() - 2048] {
            let result = TractEngine::from_plan(&plan[..cut], 14, Kernels::Integer);
            assert!(matches!(result, Err(Error::InvalidModel(_))), "cut at {cut}");
        }
        let name = b"palisade/";
        let at = plan.windows(name.len()).position(|w| w == name).expect("an int8 array");
        let mut renamed = plan.clone();
        renamed[at..at + name.len()].copy_from_slice(b"elsewhere");
        let result = TractEngine::from_plan(&renamed, 14, Kernels::Integer);
        assert!(matches!(&result, Err(Error::InvalidModel(e)) if e.contains("no int8 array") || e.contains("checksum")), "{:?}", result.err());
    }
}

