//! The wasm boundary: converts types and nothing else. All logic lives in the plain Rust core.

use crate::compare::{compare, Compared};
use crate::engine;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The one long-lived engine handle the page builds once and keeps.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine(engine::Engine);

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<WasmEngine, JsError> {
        Ok(WasmEngine(engine::Engine::new()?))
    }

    /// Analyses one document; returns a plain object (see `engine::DocumentReport`). The bytes
    /// are taken as an owned copy, which the engine turns into its text without another.
    pub fn analyze(&self, id: &str, path: &str, bytes: Vec<u8>) -> Result<JsValue, JsError> {
        to_js(&self.0.analyze(id, path, bytes)?)
    }

    /// Adds a dimension from a dimension file, or replaces the one with the same id; the error
    /// names the file, the line and the field.
    pub fn add_dimension(&mut self, file: &str, json: &str) -> Result<(), JsError> {
        Ok(self.0.add_dimension(file, json)?)
    }

    /// Compares documents from the reports `analyze` returned (see `compare::Compared`).
    pub fn compare(&self, reports: JsValue) -> Result<JsValue, JsError> {
        let reports: Vec<Compared> = serde_wasm_bindgen::from_value(reports)?;
        to_js(&compare(&reports))
    }

    /// The dimensions in use, as plain objects.
    pub fn dimensions(&self) -> Result<JsValue, JsError> {
        to_js(&self.0.dimensions())
    }
}

/// Plain JSON-like objects (maps as objects, not `Map`), as the page and `JSON.stringify` expect.
/// Built as JSON text and parsed by the JavaScript engine: for a long document's report (tens of
/// thousands of hits and terms) that is several times faster than creating the objects one
/// property at a time through the boundary.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    let json = serde_json::to_string(value)?;
    js_sys::JSON::parse(&json).map_err(|_| JsError::new("the engine produced invalid JSON"))
}
