//! Chooses the words of the pruned jieba dictionary; run by data/jieba/generate.mjs.
//!
//! Every word with frequency >= `min_freq` is kept. A rarer word is kept only when the kept words
//! (with jieba's HMM, as the engine cuts) would cut it differently from the full dictionary:
//! 网络空间 (3) would fall into 网络 + 空间 and stays; 中美 (3) loses to 中 + 美 in the full
//! dictionary, but its entry keeps the HMM from joining them, so it stays too; 一一对 (9) comes
//! out the same either way and goes.
//!
//! Usage: cargo run --release --example prune_dictionary -- <full dict.txt> <min_freq>
//! Prints the kept `word freq` lines in the source's order.

use jieba_rs::Jieba;

fn main() {
    let mut args = std::env::args().skip(1);
    let source = args
        .next()
        .expect("usage: prune_dictionary <dict.txt> <min_freq>");
    let min_freq: u64 = args.next().expect("min_freq").parse().expect("a number");
    let text = std::fs::read_to_string(&source).expect("the source dictionary can be read");
    let entries: Vec<(&str, u64)> = text
        .lines()
        .filter_map(|line| {
            let mut fields = line.split(' ');
            Some((fields.next()?, fields.next()?.parse().ok()?))
        })
        .collect();

    let frequent: String = entries
        .iter()
        .filter(|(_, freq)| *freq >= min_freq)
        .map(|(word, freq)| format!("{word} {freq}\n"))
        .collect();
    let mut jieba = Jieba::empty();
    jieba
        .load_dict(&mut frequent.as_bytes())
        .expect("the frequent words load");

    let full = Jieba::new();
    let cuts = |jieba: &Jieba, text| -> Vec<(usize, usize)> {
        jieba
            .cut(text, true)
            .iter()
            .map(|t| (t.start, t.end))
            .collect()
    };
    for (word, freq) in entries {
        if freq >= min_freq || cuts(&jieba, word) != cuts(&full, word) {
            println!("{word} {freq}");
        }
    }
}
