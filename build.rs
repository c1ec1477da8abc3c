//! Packs data/jieba/dict.txt into the compact form the engine embeds; src/dictionary.rs holds
//! the format (shared with the library, which reads it back) and says why.

use std::path::PathBuf;

// The build packs; only the library reads packed dictionaries back.
#[allow(dead_code)]
#[path = "src/dictionary.rs"]
mod dictionary;

const SOURCE: &str = "data/jieba/dict.txt";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    println!("cargo::rerun-if-changed=src/dictionary.rs");
    let text = std::fs::read_to_string(SOURCE).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let packed = dictionary::pack(&text).unwrap_or_else(|e| panic!("{SOURCE}: {e}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("dict.words"), packed.words).expect("OUT_DIR is writable");
    std::fs::write(out.join("dict.frequencies"), packed.frequencies).expect("OUT_DIR is writable");
    std::fs::write(out.join("dict.groups"), packed.groups).expect("OUT_DIR is writable");
}
