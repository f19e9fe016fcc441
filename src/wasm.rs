//! The wasm-bindgen surface: converts JS values to core types and back, nothing else.

use std::rc::Rc;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::guard::{Kind, Verdict};
use crate::stream::{utf16_len, StreamEvent, StreamOptions, StreamScanner, StreamUpdate};
use crate::{Error, ScoreOptions};

/// A JS `Error` whose `code` property is the core error's stable code.
fn js_error(err: Error) -> JsValue {
    let e = js_sys::Error::new(&err.to_string());
    let _ = js_sys::Reflect::set(&e, &"code".into(), &err.code().into());
    e.into()
}

/// What loading the embedded model adds to the heap: linear memory goes from ~31 MiB (the
/// module's data) to 60.0 MiB after `Guard.load()` without the reservation, 60.8 MiB with it
/// (model 0.7.0; December 2026, since the plan's int8 weights and embedding table are used in
/// place, `engine::plan`). Before that the load copied them: 91.1 MiB, and a 60 MiB reservation.
const EMBEDDED_LOAD_HEAP: usize = 30 << 20;

/// Grows linear memory once by `bytes` and leaves them free in the allocator. Rust's allocator
/// on wasm (dlmalloc) otherwise grows memory 64 KiB at a time as a load allocates, and each
/// `memory.grow` is a call into the engine (V8 also re-creates the memory's `ArrayBuffer`): in a
/// profile of `Guard.load()` those calls were ~10 % of the time, and fresh Node processes loaded
/// 9 % faster with the reservation (`bench/RESULTS.md`) while the load copied the weights; since
/// it does not, the difference is within noise (first score 467 vs 469 ms without and with). Freed memory stays with the allocator
/// (wasm memory never shrinks), so a load that needs at least `bytes` ends at the same size.
///
/// Only once per module: after a guard is freed its memory is free but fragmented, and a second
/// contiguous block would grow memory again (a load, free, load cycle ended at 176.8 MiB instead
/// of 105.3); later loads reuse the freed memory as they did before.
fn reserve_heap(bytes: usize) {
    static RESERVED: std::sync::Once = std::sync::Once::new();
    RESERVED.call_once(|| {
        let block: Vec<u8> = Vec::with_capacity(bytes);
        // Without this the allocation and its free could be optimised away together.
        std::hint::black_box(&block);
    });
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(Error::Inference(format!("could not convert result: {e}"))))
}

/// A JS options object as `T`, through JSON so that serde's `deny_unknown_fields` applies: a
/// misspelt option is an error, never silently ignored.
fn json_from<T: DeserializeOwned + Default>(js: &JsValue, what: &str) -> Result<T, JsValue> {
    if js.is_undefined() || js.is_null() {
        return Ok(T::default());
    }
    if !js.is_object() || js_sys::Array::is_array(js) {
        return Err(js_error(Error::InvalidOption(format!("{what} must be an object"))));
    }
    let json = js_sys::JSON::stringify(js)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| js_error(Error::InvalidOption(format!("{what} must be a plain JSON-like object"))))?;
    serde_json::from_str(&json).map_err(|e| js_error(Error::InvalidOption(format!("{what}: {e}"))))
}

/// Score options plus `kind` (for `scoreBatch` and `explain`).
fn options_from(js: JsValue) -> Result<(ScoreOptions, Option<Kind>), JsValue> {
    let mut value: serde_json::Value = json_from(&js, "options")?;
    let kind = match value.as_object_mut().and_then(|o| o.remove("kind")) {
        None => None,
        Some(k) => Some(serde_json::from_value(k).map_err(|e| js_error(Error::InvalidOption(format!("options.kind: {e}"))))?),
    };
    let opts = if value.is_null() { ScoreOptions::default() } else {
        serde_json::from_value(value).map_err(|e| js_error(Error::InvalidOption(format!("options: {e}"))))?
    };
    Ok((opts, kind))
}

fn text_from(js: &JsValue) -> Result<String, JsValue> {
    js.as_string()
        .ok_or_else(|| js_error(Error::InvalidInput(format!("text must be a string, got {}", js.js_typeof().as_string().unwrap_or_default()))))
}

/// What JS receives: span offsets are UTF-16 code units, like `String.prototype.slice`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsVerdict<'a> {
    decision: crate::Decision,
    raw_decision: crate::Decision,
    score: f32,
    labels: &'a std::collections::BTreeMap<String, f32>,
    categories: &'a std::collections::BTreeMap<String, f32>,
    span: Option<JsSpan>,
    deny: Option<JsDeny<'a>>,
    view: &'a str,
    kind: Kind,
    windows: usize,
    model_version: &'a str,
}

#[derive(Serialize)]
struct JsSpan {
    start: usize,
    end: usize,
    text: String,
}

#[derive(Serialize)]
struct JsDeny<'a> {
    pattern: &'a str,
    start: usize,
    end: usize,
    /// Present for single texts; stream events carry the offsets only.
    #[serde(skip_serializing_if = "String::is_empty")]
    text: String,
}

/// A byte range of `text` as a UTF-16 span with its text.
fn span_of(text: &str, start: usize, end: usize) -> JsSpan {
    // Spans come from the core on char boundaries; `get` keeps a bad one from aborting the
    // instance (a panic in wasm kills every Guard in it).
    let piece = text.get(start..end).unwrap_or("");
    let s = utf16_len(text.get(..start).unwrap_or(""));
    JsSpan { start: s, end: s + utf16_len(piece), text: piece.to_string() }
}

fn js_verdict<'a>(text: &str, v: &'a Verdict) -> JsVerdict<'a> {
    JsVerdict {
        decision: v.decision,
        raw_decision: v.raw_decision,
        score: v.score,
        labels: &v.labels,
        categories: &v.categories,
        span: v.span.as_ref().map(|s| span_of(text, s.start, s.end)),
        deny: v.deny.as_ref().map(|d| {
            let s = span_of(text, d.start, d.end);
            JsDeny { pattern: &d.pattern, start: s.start, end: s.end, text: s.text }
        }),
        view: &v.view,
        kind: v.kind,
        windows: v.windows,
        model_version: &v.model_version,
    }
}

fn convert(text: &str, v: &Verdict) -> Result<JsValue, JsValue> {
    to_js(&js_verdict(text, v))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsWord {
    start: usize,
    end: usize,
    text: String,
    weight: f32,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsExplanation<'a> {
    verdict: JsVerdict<'a>,
    label: &'a str,
    score: f32,
    words: Vec<JsWord>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsStreamEvent<'a> {
    decision: crate::Decision,
    raw_decision: crate::Decision,
    score: f32,
    labels: &'a std::collections::BTreeMap<String, f32>,
    categories: &'a std::collections::BTreeMap<String, f32>,
    span: JsSpan,
    deny: Option<JsDeny<'a>>,
    piece: usize,
    window: bool,
    view: &'a str,
}

#[derive(Serialize)]
struct JsStreamUpdate<'a> {
    released: &'a str,
    events: Vec<JsStreamEvent<'a>>,
    blocked: bool,
    done: bool,
}

fn js_event(e: &StreamEvent) -> JsStreamEvent<'_> {
    JsStreamEvent {
        decision: e.decision,
        raw_decision: e.raw_decision,
        score: e.score,
        labels: &e.labels,
        categories: &e.categories,
        span: JsSpan { start: e.start_utf16, end: e.end_utf16, text: e.text.clone() },
        deny: e.deny.as_ref().zip(e.deny_utf16).map(|(d, (start, end))| JsDeny { pattern: &d.pattern, start, end, text: String::new() }),
        piece: e.piece,
        window: e.window,
        view: &e.view,
    }
}

fn convert_update(u: &StreamUpdate) -> Result<JsValue, JsValue> {
    to_js(&JsStreamUpdate { released: &u.released, events: u.events.iter().map(js_event).collect(), blocked: u.blocked, done: u.done })
}

/// `"tract"` (the default), `"tract-f32"` or `"tract-int7"`; `"ort"` parses but has no engine in
/// WebAssembly.
fn engine_kind(engine: Option<String>) -> Result<crate::EngineKind, JsValue> {
    engine.as_deref().unwrap_or("tract").parse().map_err(js_error)
}

/// A loaded guard model (see `js/index.d.ts` for the documented JS API).
#[wasm_bindgen(js_name = Guard)]
pub struct WasmGuard {
    // Shared with the stream scanners made from it (wasm is single-threaded).
    inner: Rc<crate::Guard>,
}

#[wasm_bindgen(js_class = Guard)]
impl WasmGuard {
    /// The model embedded in this module, on `engine` (`"tract"` when absent, `"tract-f32"` or
    /// `"tract-int7"`).
    #[wasm_bindgen(js_name = loadDefault)]
    pub fn load_default(engine: Option<String>) -> Result<WasmGuard, JsValue> {
        let engine = engine_kind(engine)?;
        reserve_heap(EMBEDDED_LOAD_HEAP);
        crate::Guard::load_default_with(engine).map(|g| WasmGuard { inner: Rc::new(g) }).map_err(js_error)
    }

    /// Another model from its ONNX bytes, `tokenizer.json` bytes and `config.json` text.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(model: &[u8], tokenizer: &[u8], config: &str, engine: Option<String>) -> Result<WasmGuard, JsValue> {
        let engine = engine_kind(engine)?;
        crate::Guard::from_bytes_with(model, tokenizer, config, engine).map(|g| WasmGuard { inner: Rc::new(g) }).map_err(js_error)
    }

    /// [`WasmGuard::from_bytes`] with the model's sha256 (hex) already computed by the caller
    /// (WebCrypto in the JS package); it must still match the config.
    #[wasm_bindgen(js_name = fromBytesPrehashed)]
    pub fn from_bytes_prehashed(model: &[u8], model_sha256: &str, tokenizer: &[u8], config: &str, engine: Option<String>) -> Result<WasmGuard, JsValue> {
        let engine = engine_kind(engine)?;
        crate::Guard::from_bytes_prehashed_with(model, model_sha256, tokenizer, config, engine).map(|g| WasmGuard { inner: Rc::new(g) }).map_err(js_error)
    }

    #[wasm_bindgen(js_name = scorePrompt)]
    pub fn score_prompt(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        self.score_as(text, options, Kind::Prompt)
    }

    #[wasm_bindgen(js_name = scoreOutput)]
    pub fn score_output(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        self.score_as(text, options, Kind::Output)
    }

    /// Scores an array of strings; `options.kind` picks prompt (default) or output.
    #[wasm_bindgen(js_name = scoreBatch)]
    pub fn score_batch(&self, texts: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        if !js_sys::Array::is_array(&texts) {
            return Err(js_error(Error::InvalidInput("texts must be an array of strings".into())));
        }
        let (opts, kind) = options_from(options)?;
        let arr = js_sys::Array::from(&texts);
        let mut owned = Vec::with_capacity(arr.length() as usize);
        for (i, v) in arr.iter().enumerate() {
            owned.push(v.as_string().ok_or_else(|| js_error(Error::InvalidInput(format!("texts[{i}] is not a string"))))?);
        }
        let refs: Vec<&str> = owned.iter().map(String::as_str).collect();
        let verdicts = self.inner.score_batch(&refs, kind.unwrap_or_default(), &opts).map_err(js_error)?;
        let out = js_sys::Array::new();
        for (t, v) in owned.iter().zip(&verdicts) {
            out.push(&convert(t, v)?);
        }
        Ok(out.into())
    }

    /// Scores a text and attributes the top label of its worst window to its words (occlusion).
    pub fn explain(&self, text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        let text = text_from(&text)?;
        let (opts, kind) = options_from(options)?;
        let e = self.inner.explain(&text, kind.unwrap_or_default(), &opts).map_err(js_error)?;
        let words = e.words.iter().map(|w| {
            let s = span_of(&text, w.start, w.end);
            JsWord { start: s.start, end: s.end, text: s.text, weight: w.weight }
        });
        to_js(&JsExplanation { verdict: js_verdict(&text, &e.verdict), label: &e.label, score: e.score, words: words.collect() })
    }

    /// A scanner for one stream of text (see `StreamOptions` in the core).
    #[wasm_bindgen(js_name = streamScanner)]
    pub fn stream_scanner(&self, options: JsValue) -> Result<WasmStreamScanner, JsValue> {
        let options: StreamOptions = json_from(&options, "stream options")?;
        let inner = StreamScanner::new(&self.inner, options).map_err(js_error)?;
        Ok(WasmStreamScanner { guard: Rc::clone(&self.inner), inner })
    }

    /// The model config (labels, thresholds, version, validation metrics).
    #[wasm_bindgen(getter)]
    pub fn config(&self) -> Result<JsValue, JsValue> {
        to_js(self.inner.config())
    }

    /// The model version.
    #[wasm_bindgen(getter, js_name = modelVersion)]
    pub fn model_version(&self) -> String {
        self.inner.config().version.clone()
    }
}

impl WasmGuard {
    fn score_as(&self, text: JsValue, options: JsValue, default_kind: Kind) -> Result<JsValue, JsValue> {
        let text = text_from(&text)?;
        let (opts, kind) = options_from(options)?;
        let v = self.inner.score(&text, kind.unwrap_or(default_kind), &opts).map_err(js_error)?;
        convert(&text, &v)
    }
}

/// Scores one stream incrementally (see `js/index.d.ts`).
#[wasm_bindgen(js_name = StreamScanner)]
pub struct WasmStreamScanner {
    guard: Rc<crate::Guard>,
    inner: StreamScanner,
}

#[wasm_bindgen(js_class = StreamScanner)]
impl WasmStreamScanner {
    pub fn push(&mut self, chunk: JsValue) -> Result<JsValue, JsValue> {
        let chunk = text_from(&chunk)?;
        let u = self.inner.push(&self.guard, &chunk).map_err(js_error)?;
        convert_update(&u)
    }

    pub fn finish(&mut self) -> Result<JsValue, JsValue> {
        let u = self.inner.finish(&self.guard).map_err(js_error)?;
        convert_update(&u)
    }

    /// Work done so far (bytes pushed, tokenised and scored; pieces; windows; window checks; bytes held).
    #[wasm_bindgen(getter)]
    pub fn stats(&self) -> Result<JsValue, JsValue> {
        to_js(&self.inner.stats())
    }
}
