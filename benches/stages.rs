//! Per-stage native micro-benchmarks on the default corpus: decode, clean, normalise, segment, score, and
//! the two end-to-end figures the budget cares about (building the engine, analysing a document).
//! Run with `cargo bench --bench stages`; `npm run bench` has the cross-peer figures.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use stance::clean::clean;
use stance::decode::decode;
use stance::normalise::Normaliser;
use stance::score::{score, PoleTotals, PoleWeights};
use stance::segment::Segmenter;
use stance::Engine;
use std::hint::black_box;

#[path = "../tests/common/mod.rs"]
mod common;

/// The default corpus as one text, so every stage sees the same bytes.
fn corpus() -> Vec<u8> {
    common::corpus_files()
        .into_iter()
        .flat_map(|(_, bytes)| bytes)
        .collect()
}

fn stages(c: &mut Criterion) {
    let bytes = corpus();
    let decoded = decode("corpus.txt", &bytes).unwrap();
    let text = decoded.text.clone();
    let normaliser = Normaliser::new().unwrap();
    let segmenter = Segmenter::new(&[
        (
            "data/jieba/dict.txt",
            include_str!("../data/jieba/dict.txt"),
        ),
        ("data/userdict.txt", include_str!("../data/userdict.txt")),
    ])
    .unwrap();
    let engine = Engine::new().unwrap();
    // One sentence in five carries cue weight, about what the corpus shows.
    let weights: Vec<PoleWeights> = (0..2000)
        .map(|i| match i % 5 {
            0 => PoleWeights {
                negative: 1.0,
                positive: 0.5,
                hits: 2,
            },
            _ => PoleWeights::default(),
        })
        .collect();

    let mut group = c.benchmark_group("stage");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("decode", |b| {
        b.iter(|| decode("corpus.txt", black_box(&bytes)).unwrap())
    });
    group.bench_function("clean", |b| {
        b.iter(|| clean(black_box(&text), decoded.format, &decoded.marked))
    });
    group.bench_function("normalise", |b| {
        b.iter(|| normaliser.normalise(black_box(&text)))
    });
    group.bench_function("segment", |b| {
        let cleaned = clean(&text, decoded.format, &decoded.marked);
        b.iter(|| segmenter.document(&normaliser, black_box(decoded.clone()), cleaned.clone()))
    });
    group.bench_function("analyze", |b| {
        b.iter(|| {
            engine
                .analyze("corpus", "corpus.txt", black_box(&bytes))
                .unwrap()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("once");
    group.sample_size(10);
    group.bench_function("score_2000_sentences", |b| {
        b.iter(|| score(black_box(&weights), 1.0, PoleTotals::default()))
    });
    group.bench_function("engine_new", |b| b.iter(|| Engine::new().unwrap()));
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
