//! A fixed workload for instruction counts, which are repeatable on a noisy machine where
//! timings are not: builds the engine, then analyses a text file `times` times (or, with
//! `--jieba`, cuts it with jieba-rs and its full dictionary `times` times). One warm analysis is
//! the difference between two runs:
//!
//! ```sh
//! cargo build --release --example profile_analysis
//! for times in 1 2; do valgrind --tool=callgrind --callgrind-out-file=cg.$times \
//!   target/release/examples/profile_analysis corpus.txt $times; done
//! ```

use stance::Engine;
use std::hint::black_box;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let jieba = args.iter().any(|a| a == "--jieba");
    let mut positional = args.iter().filter(|a| *a != "--jieba");
    let (Some(path), Some(times)) = (positional.next(), positional.next()) else {
        panic!("usage: profile_analysis [--jieba] <text file> <times>");
    };
    let times: usize = times.parse().expect("times is a number");
    let bytes = std::fs::read(path).expect("the text file can be read");
    if jieba {
        let text = std::str::from_utf8(&bytes).expect("the text file is UTF-8");
        let jieba = jieba_rs::Jieba::new();
        for _ in 0..times {
            black_box(jieba.cut(text, true).len());
        }
    } else {
        let engine = Engine::new().expect("the engine builds");
        for _ in 0..times {
            black_box(engine.analyze("profile", path, &bytes)).expect("analysed");
        }
    }
}
