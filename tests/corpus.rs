//! The default corpus is the seed documents, unchanged: pinned by sha256, and compared byte for
//! byte with ../shared/seeds when that folder is there.
#![cfg(not(target_arch = "wasm32"))]

use sha2::{Digest, Sha256};
use std::path::Path;

/// (corpus file, seed it was copied from, sha256 of both)
const CORPUS: [(&str, &str, &str); 5] = [
    (
        "000-un-return-cyberspace-security-governance.txt",
        "000_62677a6fe2e16f0d.txt",
        "0ad83a19981c022243006975561d19f52c6bea66a51756370fdc07988a099724",
    ),
    (
        "001-china-us-major-power-relations-cyberspace.txt",
        "001_2e2a0fecc496f814.txt",
        "9a1c8a9ffa2f2b237dc36ad7b72d812f0606698526b1856b8c146108dd6d6fbf",
    ),
    (
        "002-china-position-international-rules-cyberspace.txt",
        "002_6d3311f39d628d28.txt",
        "ef01b2d30fd71ce819269507f84a43aabb749959de289379e6eb546236681140",
    ),
    (
        "003-community-shared-future-cyberspace.txt",
        "003_9fe602c9f568c848.txt",
        "7d0c0c75d8e2d104dab3cf60e0b449a6c9f7e65522d1723d151f79b2bc5bdd16",
    ),
    (
        "004-international-cyberspace-security-strategy.txt",
        "004_7b6b414ee21da29c.txt",
        "d5206057a29389acc27c1ec18a7f8a0711990e04373e73286c3b0523d508a52b",
    ),
];

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[test]
fn corpus_files_are_the_pinned_seed_documents() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for (file, _, expected) in CORPUS {
        let bytes = std::fs::read(corpus.join(file)).unwrap();
        assert_eq!(sha256(&bytes), expected, "{file} was changed");
    }
}

#[test]
fn corpus_files_match_the_shared_seeds_when_present() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("skipped: {} is not on this machine", seeds.display());
        return;
    }
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    for (file, seed, _) in CORPUS {
        let ours = std::fs::read(corpus.join(file)).unwrap();
        let theirs = std::fs::read(seeds.join(seed)).unwrap();
        assert!(ours == theirs, "{file} differs from seed {seed}");
    }
}
