//! jieba-rs with a whole dictionary, cutting a text inside wasm and handing back only the number
//! of words: segmentation without the engine's other stages and without strings crossing the
//! boundary.

use jieba_rs::Jieba;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Segmenter(Jieba);

#[wasm_bindgen]
impl Segmenter {
    /// `dictionary`: jieba's `word freq [tag]` lines.
    #[wasm_bindgen(constructor)]
    pub fn new(dictionary: &str) -> Result<Segmenter, JsError> {
        Ok(Segmenter(Jieba::with_dict(&mut dictionary.as_bytes())?))
    }

    /// The number of words jieba cuts `text` into, HMM on, as the native peer cuts it.
    pub fn count_words(&self, text: &str) -> usize {
        self.0.cut(text, true).len()
    }
}
