//! Packs data/jieba/dict.txt into the compact form the engine embeds, and reads it back before
//! embedding it; src/dictionary.rs holds the format (shared with the library) and says why.

use std::path::PathBuf;

// The build uses only part of what the library uses.
#[allow(dead_code)]
#[path = "src/dictionary.rs"]
mod dictionary;

const SOURCE: &str = "data/jieba/dict.txt";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    println!("cargo::rerun-if-changed=src/dictionary.rs");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let packed = dictionary::pack(&text).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let unpacked = dictionary::Unpacked::new(&packed.words, &packed.frequencies)
        .unwrap_or_else(|e| panic!("{SOURCE}, packed: {e}"));
    let mut read_back = Vec::new();
    unpacked.all_words(|word, frequency| read_back.push(format!("{word} {frequency}")));
    let mut expected: Vec<String> = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some(format!("{} {}", fields.next()?, fields.next()?))
        })
        .collect();
    expected.sort_unstable_by(|a, b| a.split(' ').next().cmp(&b.split(' ').next()));
    assert!(
        read_back == expected,
        "{SOURCE} does not read back from its packed form"
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dict.words"), packed.words).expect("OUT_DIR is writable");
    std::fs::write(out.join("dict.frequencies"), packed.frequencies).expect("OUT_DIR is writable");
}
