//! The native peers for `npm run bench`, measured on the same text file the wasm figures use:
//! jieba-rs with its full default dictionary (what researchers' native tools run) and this
//! engine's own `analyze`. Prints one JSON object on stdout.
//!
//! Usage: cargo run --release --example native_peer -- <text file> <rounds>

use jieba_rs::Jieba;
use stance::Engine;
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .expect("usage: native_peer <text file> <rounds>");
    let rounds: usize = args.next().map_or(5, |r| r.parse().expect("rounds"));
    let bytes = std::fs::read(&path).expect("the text file can be read");
    let text = std::str::from_utf8(&bytes).expect("the text file is UTF-8");
    let megabytes = bytes.len() as f64 / 1e6;

    let start = Instant::now();
    let jieba = Jieba::new();
    std::hint::black_box(jieba.cut("各国应尊重网络主权。", true));
    let jieba_ready_ms = start.elapsed().as_secs_f64() * 1e3;

    let start = Instant::now();
    let engine = Engine::new().expect("the engine builds");
    std::hint::black_box(engine.analyze("ready", "ready.txt", "各国应尊重网络主权。".as_bytes()))
        .expect("a first result");
    let engine_ready_ms = start.elapsed().as_secs_f64() * 1e3;

    let [segment_mbps, analyze_mbps] = median_rates(
        rounds,
        megabytes,
        [
            &mut || {
                std::hint::black_box(jieba.cut(text, true).len());
            },
            &mut || {
                std::hint::black_box(engine.analyze("corpus", "corpus.txt", &bytes))
                    .expect("analysed");
            },
        ],
    );

    println!(
        "{{\"bytes\":{},\"segment_mbps_native_jieba_rs\":{segment_mbps:.3},\
         \"jieba_rs_ready_ms_native\":{jieba_ready_ms:.1},\
         \"analyze_mbps_native\":{analyze_mbps:.3},\"engine_ready_ms_native\":{engine_ready_ms:.1}}}",
        bytes.len()
    );
}

/// Median megabytes per second of each work over `rounds` runs, after one warm-up run each; the
/// works take turns round by round, so that a machine slowed for a while slows them alike.
fn median_rates<const N: usize>(
    rounds: usize,
    megabytes: f64,
    mut works: [&mut dyn FnMut(); N],
) -> [f64; N] {
    for work in works.iter_mut() {
        work();
    }
    let mut rates: [Vec<f64>; N] = std::array::from_fn(|_| Vec::new());
    for _ in 0..rounds {
        for (work, rates) in works.iter_mut().zip(&mut rates) {
            let start = Instant::now();
            work();
            rates.push(megabytes / start.elapsed().as_secs_f64());
        }
    }
    rates.map(|mut rates| {
        rates.sort_by(f64::total_cmp);
        rates[rates.len() / 2]
    })
}
