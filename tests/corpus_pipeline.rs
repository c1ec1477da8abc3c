#![cfg(not(target_arch = "wasm32"))]
//! The pipeline on the whole corpus: the same analysis whatever the script or the encoding.

mod common;

use stance::Engine;

fn corpus(prefix: &str) -> (String, Vec<u8>) {
    common::corpus_files()
        .into_iter()
        .map(|(path, bytes)| {
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                bytes,
            )
        })
        .find(|(name, _)| name.starts_with(prefix))
        .unwrap()
}

fn norms(engine: &Engine, name: &str, bytes: &[u8]) -> Vec<String> {
    let document = engine.read(name, bytes).unwrap();
    document
        .sentences
        .iter()
        .flat_map(|s| &s.clauses)
        .flat_map(|c| &c.words)
        .map(|w| document.norm(w).to_owned())
        .collect()
}

/// Share of tokens the two sequences have in common, in order: 2·LCS / (|a| + |b|).
fn agreement_of(a: &[String], b: &[String]) -> f64 {
    let mut previous = vec![0usize; b.len() + 1];
    for x in a {
        let mut current = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            current[j + 1] = if x == y {
                previous[j] + 1
            } else {
                previous[j + 1].max(current[j])
            };
        }
        previous = current;
    }
    2.0 * previous[b.len()] as f64 / (a.len() + b.len()) as f64
}

#[test]
fn traditional_document_segments_like_its_simplified_conversion() {
    let engine = Engine::new().unwrap();
    let (name, bytes) = corpus("002");
    let traditional = String::from_utf8(bytes).unwrap();
    let simplified = stance::normalise::Normaliser::new()
        .unwrap()
        .to_simplified(&traditional);
    assert_ne!(traditional, simplified, "the document is Traditional");
    let a = norms(&engine, &name, traditional.as_bytes());
    let b = norms(&engine, &name, simplified.as_bytes());
    let agreement = agreement_of(&a, &b);
    println!(
        "002 token agreement Traditional vs Simplified: {:.4} ({} vs {} tokens)",
        agreement,
        a.len(),
        b.len()
    );
    assert!(a.len() > 900, "{} tokens", a.len());
    assert!(agreement >= 0.99, "agreement {agreement}");

    // The same against OpenCC's plain t2s conversion (no Taiwan phrase table), a Simplified text
    // the pipeline did not produce itself: it reads as Simplified and is not converted again.
    let t2s = ferrous_opencc::OpenCC::from_config(ferrous_opencc::config::BuiltinConfig::T2s)
        .unwrap()
        .convert(&traditional);
    let c = norms(&engine, &name, t2s.as_bytes());
    let independent = agreement_of(&a, &c);
    println!(
        "002 token agreement Traditional vs OpenCC t2s: {independent:.4} ({} tokens)",
        c.len()
    );
    assert!(independent >= 0.99, "agreement with t2s {independent}");
}

#[test]
fn gb18030_and_big5_re_encodings_give_the_same_analysis() {
    let engine = Engine::new().unwrap();
    for (prefix, encoding, detected) in [
        ("000", encoding_rs::GB18030, "GBK"),
        ("003", encoding_rs::GB18030, "GBK"),
        ("002", encoding_rs::BIG5, "Big5"),
    ] {
        let (name, bytes) = corpus(prefix);
        let text = String::from_utf8(bytes.clone()).unwrap();
        let (encoded, _, unmappable) = encoding.encode(&text);
        assert!(
            !unmappable,
            "{name} is not representable in {}",
            encoding.name()
        );
        let original = engine.read(&name, &bytes).unwrap();
        let reencoded = engine.read(&name, &encoded).unwrap();
        assert_eq!(reencoded.encoding, detected, "{name}");
        assert_eq!(reencoded.text, original.text, "{name}");
        assert_eq!(reencoded.sentences, original.sentences, "{name}");
        assert_eq!(reencoded.removals, original.removals, "{name}");
        assert_eq!(reencoded.sections, original.sections, "{name}");
        let analysed = engine.analyze("x", &name, &encoded[..]).unwrap();
        assert_eq!(
            analysed.dimensions,
            engine.analyze("x", &name, &bytes).unwrap().dimensions
        );
    }
}
