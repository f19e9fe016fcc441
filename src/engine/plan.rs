//! Compiled plans: the ONNX model after tract's analysis and decluttering, with the integer
//! kernels in place, written as a tract NNEF archive. Loading one skips the ONNX parse, type
//! inference and decluttering, which were most of a cold start in WebAssembly.

use std::io::Cursor;
use std::sync::Arc;

use tract_nnef::internal::*;
use tract_nnef::ser::{array, invocation, numeric};
use tract_onnx::tract_core::ops::nn::GeluExact;

use super::integer_linear::{IntegerLinear, LinearWeights};
use super::kernel::PackedWeights;

/// The NNEF framework with the two operators tract's own registries do not serialise:
/// exact GELU and Palisade's integer linear layer.
pub(crate) fn framework() -> tract_nnef::framework::Nnef {
    tract_nnef::nnef().with_registry(palisade_registry())
}

/// [`framework`] for reading only: the same registries and resource loaders as
/// `tract_nnef::nnef()`, without the parsed NNEF standard library, which only writing looks up
/// (tract's `ser`); `nnef()` parses it twice (once more for its own registry), and each parse is
/// ~4 ms natively and more in WebAssembly's first, unoptimised run, all of it in a cold start.
fn reading_framework() -> tract_nnef::framework::Nnef {
    tract_nnef::framework::Nnef {
        stdlib: Vec::new(),
        registries: vec![tract_nnef::ops::tract_nnef(), tract_nnef::ops::tract_core(), palisade_registry()],
        resource_loaders: vec![
            GraphNnefLoader.into_boxed(),
            DatLoader.into_boxed(),
            GraphQuantLoader.into_boxed(),
            TypedModelLoader::new(false).into_boxed(),
        ],
        allow_extended_identifier_syntax: false,
        extern_all_constants: false,
    }
}

fn palisade_registry() -> Registry {
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
    registry
}

/// The weights go in the kernel's packed order (as int8), so that loading is a straight widening.
/// `inputs` is the activations, then the residual when one was fused; `bias` is empty when none was.
fn dump_integer_linear(ast: &mut IntoAst, node: &TypedNode, op: &IntegerLinear) -> TractResult<Option<Arc<RValue>>> {
    let inputs: Vec<RValue> = node.inputs.iter().map(|i| (*ast.mapping[i]).clone()).collect();
    // A plan stores the default engine's layout; 7-bit weights are repacked from it at load.
    let LinearWeights::Bits15(weights) = &op.weights else { bail!("integer linear {}: only 15-bit layers are written to a plan", node.name) };
    let packed = ast.konst(format!("{}_packed", node.name), &Arc::new(tensor1(weights.packed_int8())))?;
    let scales = ast.konst(format!("{}_scales", node.name), &Arc::new(tensor1(weights.scales())))?;
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
    let op = IntegerLinear { weights: LinearWeights::Bits15(Arc::new(weights)), prefix_rank, bias, residual: inputs.len() == 2 };
    builder.wire(op, &inputs)
}

/// Writes `model` (decluttered, integer kernels in place) as an NNEF tar with fixed timestamps.
pub(crate) fn write(model: &TypedModel) -> TractResult<Vec<u8>> {
    framework().write_to_tar_with_config(model, Vec::new(), false, true)
}

/// Reads a plan written by [`write`] back into a typed model.
pub(crate) fn read(bytes: &[u8]) -> TractResult<TypedModel> {
    reading_framework().model_for_read(&mut Cursor::new(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reading framework is built by hand; if a tract upgrade changes what `nnef()` holds,
    /// this says so before a plan fails to load.
    #[test]
    fn the_reading_framework_has_the_full_frameworks_registries_and_loaders() {
        let (full, reading) = (framework(), reading_framework());
        let ids = |f: &tract_nnef::framework::Nnef| f.registries.iter().map(|r| r.id.0.clone()).collect::<Vec<_>>();
        let loaders = |f: &tract_nnef::framework::Nnef| f.resource_loaders.iter().map(|l| l.name().to_string()).collect::<Vec<_>>();
        assert_eq!(ids(&reading), ids(&full));
        assert_eq!(loaders(&reading), loaders(&full));
        assert_eq!(
            (reading.allow_extended_identifier_syntax, reading.extern_all_constants),
            (full.allow_extended_identifier_syntax, full.extern_all_constants)
        );
        assert!(reading.stdlib.is_empty() && !full.stdlib.is_empty());
    }
}
