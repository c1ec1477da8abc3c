//! The engine through its wasm boundary, as the page uses it. Runs in Node by default and in
//! headless Chromium with WASM_BINDGEN_USE_BROWSER=1 (scripts/test.sh runs both).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect};
use stance::wasm::{dimension_text, WasmEngine};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn a_document_becomes_a_plain_report_with_both_dimensions() {
    let engine = WasmEngine::new().unwrap();
    let text = "各国应尊重网络主权，坚持多边主义。联合国应发挥主渠道作用。網絡主權不容侵犯。";
    let report = engine
        .analyze("doc", "doc.txt", text.as_bytes().to_vec())
        .unwrap();
    assert_eq!(get(&report, "id").as_string().unwrap(), "doc");
    let dimensions = get(&report, "dimensions");
    // A plain object, not a Map: the page reads it with dimensions[id].
    assert!(!dimensions.is_instance_of::<js_sys::Map>());
    let sovereignty = get(&dimensions, "sovereignty_multistakeholder");
    assert_eq!(get(&sovereignty, "status").as_string().unwrap(), "ok");
    assert!(get(&sovereignty, "score").as_f64().unwrap() < 0.0);
    let ci = Array::from(&get(&sovereignty, "ci"));
    assert_eq!(ci.length(), 2);
    let un = get(&dimensions, "un_icann");
    assert_eq!(
        get(&un, "status").as_string().unwrap(),
        "insufficient_evidence"
    );
    assert!(get(&un, "score").is_null());
}

#[wasm_bindgen_test]
fn lengths_are_in_utf16_code_units() {
    let engine = WasmEngine::new().unwrap();
    let report = engine
        .analyze("astral", "astral.txt", "𠀀主权".as_bytes().to_vec())
        .unwrap();
    assert_eq!(get(&report, "characters").as_f64().unwrap(), 4.0);
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_that_names_the_file() {
    let engine = WasmEngine::new().unwrap();
    let error = engine
        .analyze("x", "picture.png", b"\x89PNG\r\n\x1a\n\0\0".to_vec())
        .err()
        .map(JsValue::from)
        .unwrap();
    assert!(error.is_instance_of::<js_sys::Error>());
    let message = get(&error, "message").as_string().unwrap();
    assert!(message.starts_with("picture.png: "), "{message}");
    // The page words the problem in the reader's language from these.
    let details = get(&error, "details");
    assert_eq!(get(&details, "file").as_string().unwrap(), "picture.png");
    let problem = get(&details, "problem");
    assert_eq!(get(&problem, "code").as_string().unwrap(), "binary");
}

#[wasm_bindgen_test]
fn a_dimension_file_error_carries_its_line_and_values() {
    let mut engine = WasmEngine::new().unwrap();
    let json = "{\"id\": \"x\", \"negative\": \"a\", \"positive\": \"b\",\n\"cues\": [\n{\"term\": \"ICANN\", \"pole\": \"positive\", \"weight\": 500}]}";
    let error = engine
        .add_dimension("mine.json", json)
        .err()
        .map(JsValue::from)
        .unwrap();
    let details = get(&error, "details");
    assert_eq!(get(&details, "line").as_f64(), Some(3.0));
    let problem = get(&details, "problem");
    assert_eq!(
        get(&problem, "code").as_string().unwrap(),
        "cue-weight-invalid"
    );
    assert_eq!(get(&problem, "term").as_string().unwrap(), "ICANN");
    assert_eq!(get(&problem, "found").as_string().unwrap(), "500");
    assert_eq!(get(&problem, "max").as_f64(), Some(100.0));
}

/// The page decoded dimension files itself, apart from the command line, which then read UTF-8
/// alone: both now read them through the core.
#[wasm_bindgen_test]
fn a_dimension_file_is_decoded_by_the_core() {
    let json = "{\"id\": \"网络\"}";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(json.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(dimension_text("mine.json", &utf16).unwrap(), json);
    let error = dimension_text("gbk.json", b"{\"id\": \"\xCD\xF8\"}")
        .err()
        .map(JsValue::from)
        .unwrap();
    let details = get(&error, "details");
    assert_eq!(get(&details, "file").as_string().unwrap(), "gbk.json");
    let problem = get(&details, "problem");
    assert_eq!(
        get(&problem, "code").as_string().unwrap(),
        "dimension-not-utf8"
    );
}

#[wasm_bindgen_test]
fn the_default_dimensions_are_listed() {
    let engine = WasmEngine::new().unwrap();
    let dimensions = Array::from(&engine.dimensions().unwrap());
    let ids: Vec<String> = dimensions
        .iter()
        .map(|d| get(&d, "id").as_string().unwrap())
        .collect();
    assert_eq!(ids, ["sovereignty_multistakeholder", "un_icann"]);
}
