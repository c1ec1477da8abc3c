#![cfg(not(target_arch = "wasm32"))]
//! The engine's Traditional → Simplified conversion (src/normalise/to_simplified.rs) against
//! OpenCC as ferrous-opencc ships it, which the engine stopped calling for speed: they must agree
//! on every key of the tables, alone and run together, on the corpus's Traditional document and
//! on random text made of the tables' keys and characters; except where the engine's table of
//! domain phrases (data/tw_domain_phrases.txt) corrects OpenCC, which is tested on its own.

use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use proptest::prelude::*;
use stance::normalise::Normaliser;
use std::sync::OnceLock;

const TABLES: [&str; 5] = [
    include_str!("../data/opencc/TWPhrasesRev.txt"),
    include_str!("../data/opencc/TWVariantsRevPhrases.txt"),
    include_str!("../data/opencc/TWVariantsRev.txt"),
    include_str!("../data/opencc/TSPhrases.txt"),
    include_str!("../data/opencc/TSCharacters.txt"),
];

fn converters() -> &'static (Normaliser, OpenCC) {
    static CONVERTERS: OnceLock<(Normaliser, OpenCC)> = OnceLock::new();
    CONVERTERS.get_or_init(|| {
        (
            Normaliser::new().unwrap(),
            OpenCC::from_config(BuiltinConfig::Tw2sp).unwrap(),
        )
    })
}

const DOMAIN_PHRASES: &str = include_str!("../data/tw_domain_phrases.txt");

/// The keys of the domain table, where the engine departs from OpenCC on purpose.
fn domain_keys() -> impl Iterator<Item = &'static str> {
    DOMAIN_PHRASES
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t').map(|(key, _)| key))
}

/// Texts whose conversions differ: (text, ours, OpenCC's). Texts with a domain key are left out.
fn disagreements<'t>(texts: impl Iterator<Item = &'t str>) -> Vec<(String, String, String)> {
    let (normaliser, opencc) = converters();
    texts
        .filter(|text| !domain_keys().any(|key| text.contains(key)))
        .map(|text| (text, normaliser.to_simplified(text), opencc.convert(text)))
        .filter(|(_, ours, theirs)| ours != theirs)
        .map(|(text, ours, theirs)| (text.to_owned(), ours, theirs))
        .collect()
}

fn keys() -> Vec<&'static str> {
    TABLES
        .iter()
        .flat_map(|table| table.lines())
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t').map(|(key, _)| key))
        .collect()
}

#[test]
fn every_key_converts_as_opencc_converts_it() {
    let keys = keys();
    assert!(
        keys.len() > 4_000,
        "the tables are read: {} keys",
        keys.len()
    );
    assert_eq!(disagreements(keys.iter().copied()), []);
    // Run together, each key's end meets the next key's start, as words meet in a text.
    let together: Vec<String> = keys.chunks(50).map(|chunk| chunk.concat()).collect();
    assert_eq!(disagreements(together.iter().map(String::as_str)), []);
}

#[test]
fn the_domain_table_corrects_what_opencc_converts_wrongly() {
    let (normaliser, opencc) = converters();
    assert_eq!(domain_keys().count(), 1);
    // (why, Taiwan wording, Simplified)
    let cases = [
        (
            "a regional Internet registry, which OpenCC made a local-area-network registry",
            "區域網際網路註冊管理機構",
            "区域互联网注册管理机构",
        ),
        (
            "a local area network is still one",
            "區域網的安全",
            "局域网的安全",
        ),
        (
            "the Internet alone is unchanged",
            "網際網路治理",
            "互联网治理",
        ),
    ];
    for (why, taiwan, simplified) in cases {
        assert_eq!(normaliser.to_simplified(taiwan), simplified, "{why}");
    }
    // The table is needed: OpenCC itself still converts the first case wrongly.
    assert_ne!(opencc.convert(cases[0].1), cases[0].2);
}

#[test]
fn the_traditional_corpus_document_converts_as_opencc_converts_it() {
    let document = include_str!("../corpus/002-china-position-international-rules-cyberspace.txt");
    let (normaliser, _) = converters();
    assert_ne!(
        normaliser.to_simplified(document),
        document,
        "the document is Traditional"
    );
    assert_eq!(disagreements(document.lines()), []);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    /// Keys and characters of the tables in any order, with Simplified and Latin text between.
    #[test]
    fn random_text_converts_as_opencc_converts_it(
        pieces in prop::collection::vec(
            prop_oneof![
                prop::sample::select(keys()).prop_map(str::to_owned),
                prop::sample::select(keys()).prop_map(|key| key.chars().take(1).collect()),
                prop::sample::select(vec!["网络", "的", " ", "ICANN", "，", "台灣"])
                    .prop_map(str::to_owned),
            ],
            0..12,
        )
    ) {
        let text = pieces.concat();
        prop_assert_eq!(disagreements(std::iter::once(text.as_str())), []);
    }
}
