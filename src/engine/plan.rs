//! Compiled plans: the ONNX model after tract's analysis and decluttering, with the integer
//! kernels in place, written as a tract NNEF archive. Loading one skips the ONNX parse, type
//! inference and decluttering, which were most of a cold start in WebAssembly.
//!
//! The int8 arrays of Palisade's own ops (packed weights, the embedding table: 26 of the plan's
//! 28 MB) are entries under `palisade/` that tract's reader never sees. [`read_static`] keeps them
//! where they are, in the plan embedded in the binary, and the ops multiply and look up those bytes
//! in place; the WebAssembly module then neither copies them out of its data segment nor
//! allocates for them (a copy that was ~30 ms of its cold start). [`read`] copies them.

use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Cursor;
use std::sync::Arc;

use tract_nnef::internal::*;
use tract_nnef::ser::{array, invocation, numeric};
use tract_onnx::tract_core::ops::nn::GeluExact;

use super::embedding::Int8Embedding;
use super::integer_linear::{IntegerLinear, LinearWeights};
use super::kernel::PackedWeights;

/// Where a plan's int8 arrays are, as tensor labels: `palisade/<node>_packed` and so on.
const INT8_DIR: &str = "palisade/";
/// An NNEF tensor file (`.dat`) starts with a 128-byte header, then the values.
const DAT_HEADER: usize = 128;

/// An int8 array of a plan, borrowed from it when the plan is `'static`.
#[derive(Debug)]
pub(crate) struct PlanInt8(pub(crate) Cow<'static, [i8]>);

impl Resource for PlanInt8 {}

/// Stores `values` in the plan being written as the int8 array `<INT8_DIR><name>`; returns its label.
pub(crate) fn dump_int8(ast: &mut IntoAst, name: &str, values: &[i8]) -> String {
    let label = format!("{INT8_DIR}{name}");
    ast.tensors.insert(Identifier::from(&*label), Arc::new(tensor1(values)));
    label
}

/// The int8 array an op's `label` argument names, from the plan being read.
pub(crate) fn load_int8(builder: &mut ModelBuilder, invocation: &ResolvedInvocation, label: &str) -> TractResult<Cow<'static, [i8]>> {
    let name: String = invocation.named_arg_as(builder, label)?;
    let array = builder.proto_model.resources.get(&name).and_then(|r| r.downcast_ref::<PlanInt8>());
    Ok(array.ok_or_else(|| format_err!("the plan has no int8 array {name:?}"))?.0.clone())
}

/// The NNEF framework with the operators tract's own registries do not serialise: exact GELU,
/// Palisade's integer linear layer and its int8 embedding.
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
            TypeName::Scalar.tensor().named("scales"),
            TypeName::Scalar.tensor().named("bias"),
            TypeName::String.named("packed"),
            TypeName::Integer.named("k"),
            TypeName::Integer.named("prefix_rank"),
        ],
        &[("output", TypeName::Scalar.tensor())],
        load_integer_linear,
    );
    registry.register_dumper(dump_int8_embedding);
    registry.register_primitive(
        "palisade_int8_embedding",
        &[
            TypeName::Integer.tensor().named("ids"),
            TypeName::Scalar.tensor().named("scales"),
            TypeName::String.named("table"),
            TypeName::Integer.named("dim"),
        ],
        &[("output", TypeName::Scalar.tensor())],
        load_int8_embedding,
    );
    registry
}

fn dump_int8_embedding(ast: &mut IntoAst, node: &TypedNode, op: &Int8Embedding) -> TractResult<Option<Arc<RValue>>> {
    let ids = ast.mapping[&node.inputs[0]].clone();
    let table = dump_int8(ast, &format!("{}_table", node.name), op.table());
    let scales = ast.konst(format!("{}_scales", node.name), &Arc::new(tensor1(op.scales())))?;
    let named = [("table", string(table)), ("dim", numeric(op.dim()))];
    Ok(Some(invocation("palisade_int8_embedding", &[ids, scales], &named)))
}

fn load_int8_embedding(builder: &mut ModelBuilder, invocation: &ResolvedInvocation) -> TractResult<Value> {
    let ids: OutletId = invocation.named_arg_as(builder, "ids")?;
    let table = load_int8(builder, invocation, "table")?;
    let scales: Arc<Tensor> = invocation.named_arg_as(builder, "scales")?;
    let dim: usize = invocation.named_arg_as(builder, "dim")?;
    let (values, rows) = (table.len(), scales.len());
    let op = Int8Embedding::new(table, scales.try_as_plain_ram()?.as_slice::<f32>()?, dim)
        .ok_or_else(|| format_err!("int8 embedding: {values} values are not {rows} rows of {dim}"))?;
    builder.wire(op, &[ids])
}

/// The weights go in the kernel's packed order (as int8), so that a load uses them as they are.
/// `inputs` is the activations, then the residual when one was fused; `bias` is empty when none was.
fn dump_integer_linear(ast: &mut IntoAst, node: &TypedNode, op: &IntegerLinear) -> TractResult<Option<Arc<RValue>>> {
    let inputs: Vec<RValue> = node.inputs.iter().map(|i| (*ast.mapping[i]).clone()).collect();
    // A plan stores the default engine's layout; 7-bit weights are repacked from it at load.
    let LinearWeights::Bits15(weights) = &op.weights else { bail!("integer linear {}: only 15-bit layers are written to a plan", node.name) };
    let packed = dump_int8(ast, &format!("{}_packed", node.name), weights.packed_int8());
    let scales = ast.konst(format!("{}_scales", node.name), &Arc::new(tensor1(weights.scales())))?;
    let bias = ast.konst(format!("{}_bias", node.name), &Arc::new(tensor1(op.bias.as_deref().unwrap_or(&[]))))?;
    let named = [("packed", string(packed)), ("k", numeric(op.weights.k())), ("prefix_rank", numeric(op.prefix_rank))];
    Ok(Some(invocation("palisade_integer_linear", &[Arc::new(array(inputs)), scales, bias], &named)))
}

fn load_integer_linear(builder: &mut ModelBuilder, invocation: &ResolvedInvocation) -> TractResult<Value> {
    let inputs: TVec<OutletId> = invocation.named_arg_as(builder, "inputs")?;
    let packed = load_int8(builder, invocation, "packed")?;
    let scales: Arc<Tensor> = invocation.named_arg_as(builder, "scales")?;
    let bias: Arc<Tensor> = invocation.named_arg_as(builder, "bias")?;
    let k: usize = invocation.named_arg_as(builder, "k")?;
    let prefix_rank: usize = invocation.named_arg_as(builder, "prefix_rank")?;
    let s = scales.try_as_plain_ram()?;
    let values = packed.len();
    let weights = PackedWeights::from_packed_int8(packed, s.as_slice::<f32>()?, k, scales.len())
        .ok_or_else(|| format_err!("integer linear: {values} packed values do not fit k = {k} and {} columns", scales.len()))?;
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

/// Reads a plan written by [`write`] back into a typed model, copying its int8 arrays.
pub(crate) fn read(bytes: &[u8]) -> TractResult<TypedModel> {
    read_with(bytes, |values| Cow::Owned(values.to_vec()))
}

/// [`read`] for a plan that lives as long as the program (embedded in it): its int8 arrays are
/// used where they are.
pub(crate) fn read_static(bytes: &'static [u8]) -> TractResult<TypedModel> {
    read_with(bytes, Cow::Borrowed)
}

/// Splits the archive: tract reads every entry but the int8 arrays (a copy of those entries, 2 of
/// 28 MB), and each int8 array becomes a [`PlanInt8`] resource made by `keep` from its values.
fn read_with<'a>(bytes: &'a [u8], keep: impl Fn(&'a [i8]) -> Cow<'static, [i8]>) -> TractResult<TypedModel> {
    let mut for_tract = Vec::new();
    let mut arrays: HashMap<String, Arc<dyn Resource>> = HashMap::new();
    // Each entry's bytes run from the end of the one before (its header, and any extension
    // headers tar put before it) to the end of its data, padded to tar's 512-byte blocks.
    let mut start = 0;
    let mut archive = tar::Archive::new(Cursor::new(bytes));
    for entry in archive.entries_with_seek()? {
        let entry = entry?;
        let data = entry.raw_file_position() as usize;
        let size = entry.size() as usize;
        let path = entry.path()?.to_string_lossy().into_owned();
        ensure!(start <= data && data.saturating_add(size) <= bytes.len(), "plan entry {path}: {size} bytes past the end of the plan");
        let end = (data + size.next_multiple_of(512)).min(bytes.len());
        match path.strip_prefix(INT8_DIR).and_then(|name| name.strip_suffix(".dat")) {
            Some(name) => {
                ensure!(size >= DAT_HEADER && bytes[data..data + 2] == [0x4e, 0xef], "plan entry {path}: not an NNEF tensor file");
                let values = &bytes[data + DAT_HEADER..data + size];
                // SAFETY: i8 and u8 have the same size and alignment, and every bit pattern is valid for both.
                let values = unsafe { std::slice::from_raw_parts(values.as_ptr().cast::<i8>(), values.len()) };
                arrays.insert(format!("{INT8_DIR}{name}"), Arc::new(PlanInt8(keep(values))));
            }
            None => for_tract.extend_from_slice(&bytes[start..end]),
        }
        start = end;
    }
    // tar's end of archive: two zero blocks.
    for_tract.resize(for_tract.len() + 1024, 0);
    let framework = reading_framework();
    let mut proto = framework.proto_model_for_read(&mut Cursor::new(for_tract))?;
    proto.resources.extend(arrays);
    framework.model_for_proto_model(&proto)
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
