//! The wasm-bindgen surface: converts JS values to core types and back, nothing else.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::guard::{Kind, Verdict};
use crate::{Error, ScoreOptions};

/// A JS `Error` whose `code` property is the core error's stable code.
fn js_error(err: Error) -> JsValue {
    let e = js_sys::Error::new(&err.to_string());
    let _ = js_sys::Reflect::set(&e, &"code".into(), &err.code().into());
    e.into()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(Error::Inference(format!("could not convert result: {e}"))))
}

fn options_from(js: JsValue) -> Result<(ScoreOptions, Option<Kind>), JsValue> {
    if js.is_undefined() || js.is_null() {
        return Ok((ScoreOptions::default(), None));
    }
    if !js.is_object() || js_sys::Array::is_array(&js) {
        return Err(js_error(Error::InvalidOption("options must be an object".into())));
    }
    // Through JSON so that serde's `deny_unknown_fields` applies: a misspelt option is an error.
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct JsOptions {
        #[serde(default)]
        thresholds: std::collections::BTreeMap<String, crate::ThresholdOverride>,
        #[serde(default)]
        kind: Option<Kind>,
        #[serde(default, rename = "operatingPoint")]
        operating_point: Option<String>,
    }
    let json = js_sys::JSON::stringify(&js)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| js_error(Error::InvalidOption("options must be a plain JSON-like object".into())))?;
    let o: JsOptions = serde_json::from_str(&json).map_err(|e| js_error(Error::InvalidOption(e.to_string())))?;
    Ok((ScoreOptions { thresholds: o.thresholds, operating_point: o.operating_point }, o.kind))
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
    score: f32,
    labels: &'a std::collections::BTreeMap<String, f32>,
    span: Option<JsSpan>,
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

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn convert(text: &str, v: &Verdict) -> Result<JsValue, JsValue> {
    let span = v.span.as_ref().map(|s| {
        let start = utf16_len(&text[..s.start]);
        JsSpan { start, end: start + utf16_len(&text[s.start..s.end]), text: text[s.start..s.end].to_string() }
    });
    to_js(&JsVerdict {
        decision: v.decision,
        score: v.score,
        labels: &v.labels,
        span,
        kind: v.kind,
        windows: v.windows,
        model_version: &v.model_version,
    })
}

/// A loaded guard model (see `js/index.d.ts` for the documented JS API).
#[wasm_bindgen(js_name = Guard)]
pub struct WasmGuard {
    inner: crate::Guard,
}

#[wasm_bindgen(js_class = Guard)]
impl WasmGuard {
    /// The model embedded in this module.
    #[wasm_bindgen(js_name = loadDefault)]
    pub fn load_default() -> Result<WasmGuard, JsValue> {
        crate::Guard::load_default().map(|inner| WasmGuard { inner }).map_err(js_error)
    }

    /// Another model from its ONNX bytes, `tokenizer.json` bytes and `config.json` text.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(model: &[u8], tokenizer: &[u8], config: &str) -> Result<WasmGuard, JsValue> {
        crate::Guard::from_bytes(model, tokenizer, config).map(|inner| WasmGuard { inner }).map_err(js_error)
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
