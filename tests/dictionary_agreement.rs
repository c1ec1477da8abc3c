//! The pruned dictionary the page ships (data/jieba/dict.txt) must segment the corpus the way the
//! full jieba dictionary does: at least 99.5% of the full dictionary's word tokens come out with
//! the same boundaries. Domain terms (data/userdict.txt) are loaded into both and left out of the
//! count, since the engine forces them whatever the dictionary says.
//!
//! Why a dev-dependency on jieba-rs with `default-dict`: it is the full dictionary as researchers
//! use it (`Jieba::new()`), the reference the pruning is measured against. The engine itself is
//! built without it, so neither the page nor the CLI carries its 5 MB.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use jieba_rs::Jieba;
use std::collections::{HashMap, HashSet};

const PRUNED: &str = include_str!("../data/jieba/dict.txt");
const DOMAIN_TERMS: &str = include_str!("../data/userdict.txt");
const MIN_AGREEMENT: f64 = 0.995;

/// Dictionary entries without the `#` comment lines, in the form `Jieba::load_dict` reads.
fn entries(dictionary: &str) -> String {
    dictionary
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect()
}

fn corpus_lines() -> Vec<String> {
    common::corpus_files()
        .iter()
        .flat_map(|(_, bytes)| {
            let text = std::str::from_utf8(bytes).unwrap();
            text.lines().map(str::to_owned).collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn pruned_dictionary_agrees_with_the_full_one_on_corpus_tokens() {
    let domain = entries(DOMAIN_TERMS);
    let domain_terms: HashSet<&str> = domain.lines().filter_map(|l| l.split(' ').next()).collect();
    let mut full = Jieba::new();
    full.load_dict(&mut domain.as_bytes()).unwrap();
    let mut pruned = Jieba::empty();
    pruned.load_dict(&mut entries(PRUNED).as_bytes()).unwrap();
    pruned.load_dict(&mut domain.as_bytes()).unwrap();

    let (mut compared, mut agreed) = (0usize, 0usize);
    let mut disagreements: HashMap<&str, usize> = HashMap::new();
    let lines = corpus_lines();
    for line in &lines {
        let pruned_spans: HashSet<(usize, usize)> = pruned
            .tokenize(line, jieba_rs::TokenizeMode::Default, true)
            .iter()
            .map(|token| (token.start, token.end))
            .collect();
        for token in full.tokenize(line, jieba_rs::TokenizeMode::Default, true) {
            if !token.word.chars().any(char::is_alphanumeric) || domain_terms.contains(token.word) {
                continue;
            }
            compared += 1;
            if pruned_spans.contains(&(token.start, token.end)) {
                agreed += 1;
            } else {
                *disagreements.entry(token.word).or_default() += 1;
            }
        }
    }
    let agreement = agreed as f64 / compared as f64;
    let mut worst: Vec<_> = disagreements.into_iter().collect();
    worst.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    worst.truncate(20);
    println!("agreement {agreement:.4} over {compared} tokens; most frequent misses: {worst:?}");
    assert!(compared > 10_000, "the corpus gave only {compared} tokens");
    assert!(
        agreement >= MIN_AGREEMENT,
        "the pruned dictionary agrees on {agreement:.4} of {compared} tokens (want >= {MIN_AGREEMENT}); \
         most frequent misses: {worst:?}"
    );
}
