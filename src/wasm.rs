//! The wasm boundary: converts types and nothing else. All logic lives in the plain Rust core.

use crate::engine;
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
        let report = self.0.analyze(id, path, bytes)?;
        Ok(serde_wasm_bindgen::to_value(&report)?)
    }

    /// The dimensions in use, as plain objects.
    pub fn dimensions(&self) -> Result<JsValue, JsError> {
        Ok(serde_wasm_bindgen::to_value(&self.0.dimensions())?)
    }
}
