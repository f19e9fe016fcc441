//! Compiled plans: the ONNX model after tract's analysis and decluttering, with the integer
//! kernels in place, written as a tract NNEF archive. Loading one skips the ONNX parse, type
//! inference and decluttering, which were most of a cold start in WebAssembly.

use std::io::Cursor;
use std::sync::Arc;

use tract_nnef::internal::*;
use tract_nnef::ser::{array, invocation, numeric};
use tract_onnx::tract_core::ops::nn::GeluExact;

use super::integer_linear::IntegerLinear;
use super::kernel::PackedWeights;

/// The NNEF framework with the two operators tract's own registries do not serialise:
/// exact GELU and Palisade's integer linear layer.
pub(crate) fn framework() -> tract_nnef::framework::Nnef {
    let mut registry = Registry::new("palisade");
    registry.register_unit_element_wise("palisade_gelu_exact", &GeluExact {});
    registry.register_dumper(dump_integer_linear);
    registry.register_primitive(
        "palisade_integer_linear",
        &[
            TypeName::Scalar.tensor().array().named("inputs"),
            TypeName::Integer.tensor().named("packed"),
            TypeName::Scalar.tensor().named("scales"),
            TypeName::Scalar.tensor().named("bias"),
            TypeName::Integer.named("k"),
            TypeName::Integer.named("prefix_rank"),
        ],
        &[("output", TypeName::Scalar.tensor())],
        load_integer_linear,
    );
    tract_nnef::nnef().with_registry(registry)
}

/// The weights go in the kernel's packed order (as int8), so that loading is a straight widening.
/// `inputs` is the activations, then the residual when one was fused; `bias` is empty when none was.
fn dump_integer_linear(ast: &mut IntoAst, node: &TypedNode, op: &IntegerLinear) -> TractResult<Option<Arc<RValue>>> {
    let inputs: Vec<RValue> = node.inputs.iter().map(|i| (*ast.mapping[i]).clone()).collect();
    let packed = ast.konst(format!("{}_packed", node.name), &Arc::new(tensor1(&op.weights.packed_int8())))?;
    let scales = ast.konst(format!("{}_scales", node.name), &Arc::new(tensor1(op.weights.scales())))?;
    let bias = ast.konst(format!("{}_bias", node.name), &Arc::new(tensor1(op.bias.as_deref().unwrap_or(&[]))))?;
    let named = [("k", numeric(op.weights.k())), ("prefix_rank", numeric(op.prefix_rank))];
    Ok(Some(invocation("palisade_integer_linear", &[Arc::new(array(inputs)), packed, scales, bias], &named)))
}

fn load_integer_linear(builder: &mut ModelBuilder, invocation: &ResolvedInvocation) -> TractResult<Value> {
    let inputs: TVec<OutletId> = invocation.named_arg_as(builder, "inputs")?;
    let packed: Arc<Tensor> = invocation.named_arg_as(builder, "packed")?;
    let scales: Arc<Tensor> = invocation.named_arg_as(builder, "scales")?;
    let bias: Arc<Tensor> = invocation.named_arg_as(builder, "bias")?;
    let k: usize = invocation.named_arg_as(builder, "k")?;
    let prefix_rank: usize = invocation.named_arg_as(builder, "prefix_rank")?;
    let (p, s) = (packed.try_as_plain_ram()?, scales.try_as_plain_ram()?);
    let weights = PackedWeights::from_packed_int8(p.as_slice::<i8>()?, s.as_slice::<f32>()?, k, scales.len())
        .ok_or_else(|| format_err!("integer linear: {} packed values do not fit k = {k} and {} columns", packed.len(), scales.len()))?;
    if !(1..=2).contains(&inputs.len()) {
        bail!("integer linear: {} inputs, expected the activations and at most a residual", inputs.len());
    }
    let bias = match bias.len() {
        0 => None,
        n if n == weights.n() => Some(bias.try_as_plain_ram()?.as_slice::<f32>()?.into()),
        n => bail!("integer linear: a bias of {n} values for {} columns", weights.n()),
    };
    let op = IntegerLinear { weights: Arc::new(weights), prefix_rank, bias, residual: inputs.len() == 2 };
    builder.wire(op, &inputs)
}

/// Writes `model` (decluttered, integer kernels in place) as an NNEF tar with fixed timestamps.
pub(crate) fn write(model: &TypedModel) -> TractResult<Vec<u8>> {
    framework().write_to_tar_with_config(model, Vec::new(), false, true)
}

/// Reads a plan written by [`write`] back into a typed model.
pub(crate) fn read(bytes: &[u8]) -> TractResult<TypedModel> {
    framework().model_for_read(&mut Cursor::new(bytes))
}
