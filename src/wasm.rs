//! The WebAssembly binding: the only module that knows about JavaScript.
//!
//! Results cross as plain objects (never class handles, which would need
//! `.free()`), with offsets in UTF-16 code units. Errors become thrown
//! `Error`s carrying a stable `code`.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Error, Options};

/// Analyses `text`; `options` is `undefined` or
/// `{reference_date?: "YYYY-MM-DD", max_bytes?: number}`.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    let options = options_from_js(&options)?;
    let analysis = crate::analyze(text, &options)?;
    analysis
        .into_utf16_offsets(text)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error("E_INTERNAL", &e.to_string()))
}

/// Tokenises `text` and returns the token count: the benchmarks' floor.
#[wasm_bindgen(js_name = countTokens)]
pub fn count_tokens(text: &str) -> usize {
    crate::count_tokens(text)
}

/// The crate's version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn options_from_js(value: &JsValue) -> Result<Options, JsValue> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(js_error("E_OPTIONS", "options must be an object"));
    }
    let field = |name: &str| {
        js_sys::Reflect::get(value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
    };
    let reference_date = field("reference_date");
    if !reference_date.is_undefined() && !reference_date.is_null() {
        options.reference_date =
            Some(reference_date.as_string().ok_or_else(|| {
                js_error("E_OPTIONS", "reference_date must be a YYYY-MM-DD string")
            })?);
    }
    let max_bytes = field("max_bytes");
    if !max_bytes.is_undefined() && !max_bytes.is_null() {
        options.max_bytes = match max_bytes.as_f64() {
            Some(n) if n >= 0.0 && n.fract() == 0.0 => n as usize,
            _ => return Err(js_error("E_OPTIONS", "max_bytes must be a whole number")),
        };
    }
    Ok(options)
}

fn js_error(code: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    // Setting a property on a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(&error, &JsValue::from_str("code"), &JsValue::from_str(code));
    error.into()
}

impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        js_error(error.code().as_str(), &error.to_string())
    }
}
