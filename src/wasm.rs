//! The wasm boundary: converts types and nothing else. All logic lives in the plain Rust core.

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

    /// Analyses one document; returns a plain object (see `engine::DocumentReport`).
    pub fn analyze(&self, id: &str, path: &str, bytes: &[u8]) -> Result<JsValue, JsError> {
        to_js(&self.0.analyze(id, path, bytes)?)
    }

    /// Adds a dimension from a dimension file, or replaces the one with the same id; the error
    /// names the file, the line and the field.
    pub fn add_dimension(&mut self, file: &str, json: &str) -> Result<(), JsError> {
        Ok(self.0.add_dimension(file, json)?)
    }

    /// Analyses several documents (parallel arrays) and compares them; returns
    /// `{documents, comparison, errors}` (see `engine::Analysis`).
    #[wasm_bindgen(js_name = analyzeAll)]
    pub fn analyze_all(
        &self,
        ids: Vec<String>,
        paths: Vec<String>,
        contents: Vec<js_sys::Uint8Array>,
    ) -> Result<JsValue, JsError> {
        let inputs = ids
            .into_iter()
            .zip(paths)
            .zip(contents)
            .map(|((id, path), bytes)| engine::Input {
                id,
                path,
                bytes: bytes.to_vec(),
            })
            .collect();
        Ok(serde_wasm_bindgen::to_value(&self.0.analyze_all(inputs))?)
    }

    /// Adds (or replaces, by id) a dimension from the text of a dimension file.
    #[wasm_bindgen(js_name = addDimension)]
    pub fn add_dimension(&mut self, file: &str, json: &str) -> Result<(), JsError> {
        Ok(self.0.add_dimension(file, json)?)
    }

    /// The dimensions in use, as plain objects.
    pub fn dimensions(&self) -> Result<JsValue, JsError> {
        to_js(&self.0.dimensions())
    }
}

/// Plain JSON-like objects (maps as objects, not `Map`), as the page and `JSON.stringify` expect.
fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}
