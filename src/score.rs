//! Stage 6: cue hits → a position on one dimension, with a bootstrap interval.
//!
//! The position is the empirical logit of the two poles' cue weights (Lowe, Benoit, Mikhaylov &
//! Laver 2011), θ = ln((P + ½) / (N + ½)), squashed to [-1, 1] by tanh(θ / 2), which equals
//! (P − N) / (P + N + 1). The 90% interval comes from resampling sentences with replacement.

use rand::rngs::Xoshiro256PlusPlus;
use rand::SeedableRng;
use rand_distr::{Binomial, Distribution};
use serde::Serialize;
use std::collections::BTreeMap;

/// Fewer cue hits than this and a document gets no score at all rather than a guess.
pub const MIN_HITS: usize = 3;
/// Nor does a document whose counted hits all sit in fewer sentences than this: every resample of
/// one sentence is that sentence, and its interval of zero width claimed a certainty it lacks.
pub const MIN_SENTENCES: usize = 2;
const BOOTSTRAP_ROUNDS: usize = 1000;
const BOOTSTRAP_SEED: u64 = 0x5EED_57A4_CE00_0001;

/// Cue weight one sentence puts on each pole of one dimension.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PoleWeights {
    pub negative: f64,
    pub positive: f64,
    pub hits: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ok,
    InsufficientEvidence,
}

/// How much a negated or explicitly distanced cue counts for the opposite pole: rejecting one
/// side is weaker evidence for the other than arguing for it.
pub const REVERSED_FACTOR: f64 = 0.5;
/// How much more an endorsed cue counts ("应尊重网络主权" says more than "网络主权").
pub const ENDORSED_FACTOR: f64 = 1.5;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionScore {
    /// Position in [-1, 1]: negative toward the dimension's negative pole; null when
    /// `status` is `insufficient_evidence`.
    pub score: Option<f64>,
    /// 90% bootstrap interval over sentences.
    pub ci: Option<[f64; 2]>,
    pub status: Status,
    /// Cue hits in the author's own voice that count in the score (negated ones included).
    pub hits: usize,
    /// All cue hits, any voice, per 1,000 characters of scored text.
    pub salience: f64,
    /// Weight on each pole in the author's own voice, after context.
    pub own: PoleTotals,
    /// Weight on each pole that the document attributes to other actors (not in the score).
    pub attributed: PoleTotals,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PoleTotals {
    pub negative: f64,
    pub positive: f64,
    pub hits: usize,
}

pub fn position(negative: f64, positive: f64) -> f64 {
    (positive - negative) / (positive + negative + 1.0)
}

/// Scores one dimension from the per-sentence weights of a whole document (one entry per
/// sentence, including the sentences without any cue).
/// `salience` and `attributed` are passed through: they describe the document, not the score.
pub fn score(sentences: &[PoleWeights], salience: f64, attributed: PoleTotals) -> DimensionScore {
    let total = sentences
        .iter()
        .fold(PoleWeights::default(), |sum, s| PoleWeights {
            negative: sum.negative + s.negative,
            positive: sum.positive + s.positive,
            hits: sum.hits + s.hits,
        });
    let weighted = sentences
        .iter()
        .filter(|s| s.negative != 0.0 || s.positive != 0.0)
        .count();
    if total.hits < MIN_HITS || weighted < MIN_SENTENCES {
        return DimensionScore {
            score: None,
            ci: None,
            status: Status::InsufficientEvidence,
            hits: total.hits,
            salience,
            own: totals(total),
            attributed,
        };
    }
    DimensionScore {
        score: Some(position(total.negative, total.positive)),
        ci: Some(bootstrap_interval(sentences)),
        status: Status::Ok,
        hits: total.hits,
        salience,
        own: totals(total),
        attributed,
    }
}

fn totals(weights: PoleWeights) -> PoleTotals {
    PoleTotals {
        negative: weights.negative,
        positive: weights.positive,
        hits: weights.hits,
    }
}

/// 5th and 95th percentiles of the position over sentence resamples; seeded, so a document
/// always gets the same interval.
///
/// A resample draws `n` sentences with replacement, but only the `k` sentences with cue weight
/// change the position, and many of those carry the same weights. So each round draws how many
/// of its `n` draws land on a weighted sentence (binomial, p = k / n), then splits them among the
/// distinct weights (multinomial, as one binomial per distinct weight). That is the same
/// distribution as drawing all `n`, in O(distinct weights) per round rather than O(n), which
/// matters for long documents.
fn bootstrap_interval(sentences: &[PoleWeights]) -> [f64; 2] {
    let mut distinct: BTreeMap<(u64, u64), (PoleWeights, u64)> = BTreeMap::new();
    for s in sentences
        .iter()
        .filter(|s| s.negative != 0.0 || s.positive != 0.0)
    {
        distinct
            .entry((s.negative.to_bits(), s.positive.to_bits()))
            .or_insert((*s, 0))
            .1 += 1;
    }
    let weighted: u64 = distinct.values().map(|(_, count)| count).sum();
    let draws = sentences.len() as u64;
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(BOOTSTRAP_SEED);
    let mut binomial = |trials: u64, p: f64| {
        Binomial::new(trials, p.min(1.0))
            .expect("a share of sentences is a probability")
            .sample(&mut rng)
    };
    let mut positions: Vec<f64> = (0..BOOTSTRAP_ROUNDS)
        .map(|_| {
            let (mut negative, mut positive) = (0.0, 0.0);
            let mut landings = binomial(draws, weighted as f64 / draws as f64);
            let mut left = weighted;
            for (s, count) in distinct.values() {
                let here = binomial(landings, *count as f64 / left as f64);
                negative += here as f64 * s.negative;
                positive += here as f64 * s.positive;
                landings -= here;
                left -= count;
            }
            position(negative, positive)
        })
        .collect();
    positions.sort_by(f64::total_cmp);
    let at = |q: f64| positions[((positions.len() - 1) as f64 * q).round() as usize];
    [at(0.05), at(0.95)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::RngExt;

    fn sentence(negative: f64, positive: f64) -> PoleWeights {
        let hits = usize::from(negative > 0.0) + usize::from(positive > 0.0);
        PoleWeights {
            negative,
            positive,
            hits,
        }
    }

    #[test]
    fn position_is_signed_and_bounded() {
        assert_eq!(position(0.0, 0.0), 0.0);
        assert!(position(10.0, 0.0) < -0.9);
        assert!(position(0.0, 10.0) > 0.9);
        assert!(position(1e9, 0.0) > -1.0);
    }

    #[test]
    fn too_few_hits_give_no_score() {
        let got = score(
            &[sentence(1.0, 0.0), PoleWeights::default()],
            0.0,
            PoleTotals::default(),
        );
        assert_eq!(got.status, Status::InsufficientEvidence);
        assert_eq!(got.score, None);
    }

    /// A bullet list read as one sentence scored 0.29 with the interval [0.29, 0.29].
    #[test]
    fn hits_in_one_sentence_give_no_score() {
        let four_hits = PoleWeights {
            negative: 3.0,
            positive: 1.0,
            hits: 4,
        };
        let one = [four_hits, PoleWeights::default(), PoleWeights::default()];
        assert_eq!(
            score(&one, 0.0, PoleTotals::default()).status,
            Status::InsufficientEvidence
        );
        let two = [four_hits, sentence(1.0, 0.0), PoleWeights::default()];
        assert_eq!(score(&two, 0.0, PoleTotals::default()).status, Status::Ok);
    }

    #[test]
    fn interval_contains_score_and_is_deterministic() {
        let doc: Vec<_> = (0..40)
            .map(|i| match i % 4 {
                0 => sentence(2.0, 0.0),
                1 => sentence(0.0, 1.0),
                _ => PoleWeights::default(),
            })
            .collect();
        let got = score(&doc, 0.0, PoleTotals::default());
        let [lo, hi] = got.ci.unwrap();
        let s = got.score.unwrap();
        assert!(lo < s && s < hi, "{lo} {s} {hi}");
        assert_eq!(score(&doc, 0.0, PoleTotals::default()), got);
    }

    /// The walk over weighted sentences only must give the interval that drawing every sentence
    /// gives: same distribution, so within Monte Carlo noise of a plain resampler.
    #[test]
    fn interval_matches_resampling_every_sentence() {
        let doc: Vec<_> = (0..300)
            .map(|i| match i % 10 {
                0 => sentence(1.0, 0.0),
                3 => sentence(0.0, 1.5),
                7 => sentence(0.5, 0.0),
                _ => PoleWeights::default(),
            })
            .collect();
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(7);
        let mut plain: Vec<f64> = (0..20_000)
            .map(|_| {
                let (mut negative, mut positive) = (0.0, 0.0);
                for _ in 0..doc.len() {
                    let s = &doc[rng.random_range(..doc.len())];
                    negative += s.negative;
                    positive += s.positive;
                }
                position(negative, positive)
            })
            .collect();
        plain.sort_by(f64::total_cmp);
        let quantile = |q: f64| plain[((plain.len() - 1) as f64 * q).round() as usize];
        let [lo, hi] = bootstrap_interval(&doc);
        assert!(
            (lo - quantile(0.05)).abs() < 0.01,
            "{lo} vs {}",
            quantile(0.05)
        );
        assert!(
            (hi - quantile(0.95)).abs() < 0.01,
            "{hi} vs {}",
            quantile(0.95)
        );
    }
}
