//! The WebAssembly binding: the only module that knows about JavaScript.
//!
//! Results cross as plain objects (never class handles, which would need
//! `.free()`), with offsets in UTF-16 code units: packed into flat arrays
//! (`packed.rs`), from which `js/unpack.js` builds them. Errors become
//! thrown `Error`s carrying a stable `code`.

use serde::Deserialize;
use wasm_bindgen::prelude::*;

use crate::packed::pack;
use crate::{Error, Options};

#[wasm_bindgen(module = "/js/unpack.js")]
extern "C" {
    fn unpack(text: &JsValue, words: &[u32], numbers: &[f64], strings: &str) -> JsValue;
}

/// Analyses `text`; `options` is `undefined` or
/// `{reference_date?: "YYYY-MM-DD", max_bytes?: number}`.
#[wasm_bindgen]
pub fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    // Taken as a JS value, not a &str, so that the texts of figures and
    // mentions can be sliced from it in JavaScript.
    let rust_text = text
        .as_string()
        .ok_or_else(|| js_error("E_OPTIONS", "text must be a string"))?;
    let options = options_from_js(options)?;
    let analysis = crate::analyze(&rust_text, &options)?.into_utf16_offsets(&rust_text);
    let packed = pack(&analysis);
    Ok(unpack(
        &text,
        &packed.words,
        &packed.numbers,
        &packed.strings,
    ))
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

/// The options object as JavaScript passes it; fields it does not know
/// are ignored.
#[derive(Deserialize)]
struct JsOptions {
    reference_date: Option<String>,
    max_bytes: Option<f64>,
}

fn options_from_js(value: JsValue) -> Result<Options, JsValue> {
    let mut options = Options::default();
    if value.is_undefined() || value.is_null() {
        return Ok(options);
    }
    if !value.is_object() {
        return Err(js_error("E_OPTIONS", "options must be an object"));
    }
    let given: JsOptions = serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_error("E_OPTIONS", &format!("options: {e}")))?;
    options.reference_date = given.reference_date;
    if let Some(max_bytes) = given.max_bytes {
        if max_bytes < 0.0 || max_bytes.fract() != 0.0 {
            return Err(js_error("E_OPTIONS", "max_bytes must be a whole number"));
        }
        options.max_bytes = max_bytes as usize;
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
