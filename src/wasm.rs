//! The wasm boundary: converts types and nothing else. All logic lives in the plain Rust core.
//! Errors are thrown as JavaScript `Error`s with the English message and, as `details`, the
//! file, line and problem as data (`crate::error`), for the page to word in the reader's
//! language: a `JsError` carries a message alone.

use crate::compare::{compare, Compared};
use crate::error::Error;
use crate::{dimension, engine};
use js_sys::Error as Thrown;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The one long-lived engine handle the page builds once and keeps.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine(engine::Engine);

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<WasmEngine, Thrown> {
        Ok(WasmEngine(engine::Engine::new()?))
    }

    /// Analyses one document; returns a plain object (see `engine::DocumentReport`). The bytes
    /// are taken as an owned copy, which the engine turns into its text without another.
    pub fn analyze(&self, id: &str, path: &str, bytes: Vec<u8>) -> Result<JsValue, Thrown> {
        to_js(&self.0.analyze(id, path, bytes)?)
    }

    /// Adds a dimension from a dimension file, or replaces the one with the same id; the error
    /// names the file, the line and the field.
    pub fn add_dimension(&mut self, file: &str, json: &str) -> Result<(), Thrown> {
        self.0.add_dimension(file, json)?;
        Ok(())
    }

    /// Compares documents from the reports `analyze` returned (see `compare::Compared`).
    pub fn compare(&self, reports: JsValue) -> Result<JsValue, Thrown> {
        let reports: Vec<Compared> = serde_wasm_bindgen::from_value(reports)
            .map_err(|error| Thrown::new(&error.to_string()))?;
        to_js(&compare(&reports))
    }

    /// The dimensions in use, as plain objects.
    pub fn dimensions(&self) -> Result<JsValue, Thrown> {
        to_js(&self.0.dimensions())
    }
}

/// A dimension file's text from its bytes, read as the command line reads it (see
/// `dimension::json_text`).
#[wasm_bindgen(js_name = dimensionText)]
pub fn dimension_text(file: &str, bytes: &[u8]) -> Result<String, Thrown> {
    Ok(dimension::json_text(file, bytes)?)
}

/// Plain JSON-like objects (maps as objects, not `Map`), as the page and `JSON.stringify` expect.
/// Built as JSON text and parsed by the JavaScript engine: for a long document's report (tens of
/// thousands of hits and terms) that is several times faster than creating the objects one
/// property at a time through the boundary.
fn to_js(value: &impl Serialize) -> Result<JsValue, Thrown> {
    let json = serde_json::to_string(value).map_err(|error| Thrown::new(&error.to_string()))?;
    js_sys::JSON::parse(&json).map_err(|_| Thrown::new("the engine produced invalid JSON"))
}

impl From<Error> for Thrown {
    fn from(error: Error) -> Thrown {
        let thrown = Thrown::new(&error.to_string());
        if let Ok(details) = to_js(&error) {
            // Setting a property on an Error object, which is extensible, cannot fail.
            let _ = js_sys::Reflect::set(&thrown, &"details".into(), &details);
        }
        thrown
    }
}
