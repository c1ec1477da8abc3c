//! Stage 7: comparison across documents: distances between their positions, a ranking per dimension, and
//! the terms each document uses more than the others (keyness).

use crate::engine::DocumentReport;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Key terms listed per document.
const KEY_TERMS: usize = 15;
/// A term must occur this often in the document to be listed as key.
const MIN_KEY_COUNT: u32 = 3;
/// And be over-used by at least this G²: the critical value for p < 0.05 at one degree of
/// freedom, the usual cut-off for keyness (Rayson & Garside 2000). Below it, a "key term" of a
/// short document is chance.
const MIN_KEY_LOG_LIKELIHOOD: f64 = 3.84;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// Document ids, in the order of the rows and columns of `distances`.
    pub ids: Vec<String>,
    /// Root-mean-square difference of the positions on the dimensions both documents have a
    /// score on; null when they share none.
    pub distances: Vec<Vec<Option<f64>>>,
    /// How many dimensions each distance is over: both documents' scored ones. Fewer than were
    /// compared means a distance over part of them (0 between two documents scored on one
    /// dimension of two is not "the same position").
    pub shared_dimensions: Vec<Vec<usize>>,
    /// Per dimension, the scored documents from the negative to the positive pole.
    pub rankings: BTreeMap<String, Vec<Ranked>>,
    /// Per document id, the terms it over-uses against all the others, strongest first.
    pub keyness: BTreeMap<String, Vec<KeyTerm>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    pub id: String,
    pub score: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KeyTerm {
    /// The matching form the term is counted by (Simplified, Latin words stemmed).
    pub term: String,
    /// How this document writes it: just `term` unless it is written otherwise (inflected or
    /// capitalised English, most frequent first; the Traditional form a Chinese word is first
    /// written in).
    pub written: Vec<String>,
    pub count: u32,
    /// Count in all the other documents together.
    pub elsewhere: u32,
    /// Dunning's log-likelihood G² of the term in this document against the rest.
    pub log_likelihood: f64,
}

/// What the comparison reads of a document report. It deserialises from a report's JSON (other
/// fields ignored), so the page can hand back the reports it already has instead of
/// re-analysing every document to compare them.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Compared {
    pub id: String,
    pub dimensions: BTreeMap<String, ComparedScore>,
    pub terms: BTreeMap<String, u32>,
    /// Absent from reports saved before the field existed.
    #[serde(default)]
    pub term_forms: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ComparedScore {
    /// Null when the document has too little evidence on the dimension.
    pub score: Option<f64>,
}

impl From<&DocumentReport> for Compared {
    fn from(report: &DocumentReport) -> Self {
        Compared {
            id: report.id.clone(),
            dimensions: report
                .dimensions
                .iter()
                .map(|(id, d)| {
                    let score = ComparedScore {
                        score: d.score.score,
                    };
                    (id.clone(), score)
                })
                .collect(),
            terms: report.terms.clone(),
            term_forms: report.term_forms.clone(),
        }
    }
}

pub fn compare(reports: &[Compared]) -> Comparison {
    let scores: Vec<BTreeMap<&str, f64>> = reports
        .iter()
        .map(|report| {
            report
                .dimensions
                .iter()
                .filter_map(|(id, d)| Some((id.as_str(), d.score?)))
                .collect()
        })
        .collect();
    let pairs: Vec<Vec<(Option<f64>, usize)>> = scores
        .iter()
        .map(|a| scores.iter().map(|b| distance(a, b)).collect())
        .collect();
    let distances = pairs
        .iter()
        .map(|row| row.iter().map(|&(distance, _)| distance).collect())
        .collect();
    let shared_dimensions = pairs
        .iter()
        .map(|row| row.iter().map(|&(_, shared)| shared).collect())
        .collect();
    let mut rankings: BTreeMap<String, Vec<Ranked>> = BTreeMap::new();
    for (report, scores) in reports.iter().zip(&scores) {
        for (dimension, score) in scores {
            rankings
                .entry((*dimension).to_owned())
                .or_default()
                .push(Ranked {
                    id: report.id.clone(),
                    score: *score,
                });
        }
    }
    for ranking in rankings.values_mut() {
        ranking.sort_by(|a, b| a.score.total_cmp(&b.score).then(a.id.cmp(&b.id)));
    }
    Comparison {
        ids: reports.iter().map(|r| r.id.clone()).collect(),
        distances,
        shared_dimensions,
        rankings,
        keyness: keyness(reports),
    }
}

/// The distance of two documents over the dimensions both are scored on, and how many those are.
fn distance(a: &BTreeMap<&str, f64>, b: &BTreeMap<&str, f64>) -> (Option<f64>, usize) {
    let differences: Vec<f64> = a
        .iter()
        .filter_map(|(dimension, x)| Some(x - b.get(dimension)?))
        .collect();
    let distance = (!differences.is_empty()).then(|| {
        (differences.iter().map(|d| d * d).sum::<f64>() / differences.len() as f64).sqrt()
    });
    (distance, differences.len())
}

fn keyness(reports: &[Compared]) -> BTreeMap<String, Vec<KeyTerm>> {
    let mut all: BTreeMap<&str, u32> = BTreeMap::new();
    for report in reports {
        for (term, count) in &report.terms {
            *all.entry(term).or_default() += count;
        }
    }
    let corpus_total: u32 = all.values().sum();
    reports
        .iter()
        .map(|report| {
            let total: u32 = report.terms.values().sum();
            let rest_total = corpus_total - total;
            let mut terms: Vec<KeyTerm> = report
                .terms
                .iter()
                .filter(|(_, &count)| count >= MIN_KEY_COUNT)
                .filter_map(|(term, &count)| {
                    let elsewhere = all[term.as_str()] - count;
                    let over_used = f64::from(count) * f64::from(rest_total)
                        > f64::from(elsewhere) * f64::from(total);
                    over_used.then(|| KeyTerm {
                        term: term.clone(),
                        written: report
                            .term_forms
                            .get(term)
                            .cloned()
                            .unwrap_or_else(|| vec![term.clone()]),
                        count,
                        elsewhere,
                        log_likelihood: log_likelihood(count, total, elsewhere, rest_total),
                    })
                })
                .filter(|term| term.log_likelihood >= MIN_KEY_LOG_LIKELIHOOD)
                .collect();
            terms.sort_by(|a, b| {
                b.log_likelihood
                    .total_cmp(&a.log_likelihood)
                    .then(a.term.cmp(&b.term))
            });
            terms.truncate(KEY_TERMS);
            (report.id.clone(), terms)
        })
        .collect()
}

/// Dunning's G² for a term seen `a` times in `c` words and `b` times in `d` words. Written out
/// because it is two lines and no maintained crate offers it for plain counts.
pub fn log_likelihood(a: u32, c: u32, b: u32, d: u32) -> f64 {
    let (a, b, c, d) = (f64::from(a), f64::from(b), f64::from(c), f64::from(d));
    if c + d == 0.0 {
        return 0.0;
    }
    let expected_a = c * (a + b) / (c + d);
    let expected_b = d * (a + b) / (c + d);
    let term = |observed: f64, expected: f64| {
        if observed > 0.0 {
            observed * (observed / expected).ln()
        } else {
            0.0
        }
    };
    2.0 * (term(a, expected_a) + term(b, expected_b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_likelihood_matches_a_worked_example() {
        // 10 in 1,000 words against 10 in 10,000: expected 1.818 and 18.18, so
        // G² = 2 (10 ln 5.5 + 10 ln 0.55) = 22.14, worked by hand.
        let g2 = log_likelihood(10, 1000, 10, 10000);
        assert!((g2 - 22.14).abs() < 0.01, "{g2}");
        assert_eq!(log_likelihood(5, 100, 50, 1000), 0.0);
    }

    #[test]
    fn distances_rank_and_keyness_over_a_small_corpus() {
        let engine = crate::Engine::new().unwrap();
        let texts = [
            ("a", "各国应尊重网络主权。网络主权是基本原则。联合国应发挥主渠道作用。联合国框架最重要。联合国。"),
            ("b", "我们支持多利益攸关方模式。多利益攸关方治理很好，多利益攸关方。ICANN应继续管理。ICANN很好。IETF也是。"),
            ("c", "应尊重网络主权，也尊重多利益攸关方。联合国和ICANN都重要。联合国。ICANN。"),
        ];
        // Each text three times: once, no term is used often enough to be more than chance.
        let reports: Vec<Compared> = texts
            .iter()
            .map(|(id, text)| {
                engine
                    .analyze(id, "t.txt", text.repeat(3).as_bytes())
                    .unwrap()
            })
            .map(|report| Compared::from(&report))
            .collect();
        let comparison = compare(&reports);
        let d = &comparison.distances;
        assert_eq!(d[0][0], Some(0.0));
        assert!(d[0][1].unwrap() > d[0][2].unwrap());
        let ranking: Vec<&str> = comparison.rankings["un_icann"]
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        assert_eq!(ranking, ["a", "c", "b"]);
        assert_eq!(comparison.keyness["b"][0].term, "多利益攸关方");
    }

    #[test]
    fn key_terms_are_shown_as_each_document_writes_them() {
        let engine = crate::engine::Engine::new().unwrap();
        // Enough sentences for 企業 and 政府 to be over-used beyond chance (G² ≥ 3.84).
        let reports: Vec<Compared> = [
            ("traditional", "企業參與治理。"),
            ("simplified", "政府主导治理。"),
        ]
        .iter()
        .map(|(id, sentence)| {
            let text = sentence.repeat(6);
            (&engine.analyze(id, id, text.as_bytes()).unwrap()).into()
        })
        .collect();
        let keyness = keyness(&reports);
        let traditional = &keyness["traditional"];
        assert_eq!(traditional[0].term, "企业", "{traditional:?}");
        assert_eq!(traditional[0].written, ["企業"]);
        let simplified = &keyness["simplified"];
        assert_eq!(simplified[0].written, [simplified[0].term.clone()]);
    }

    #[test]
    fn reports_saved_without_written_forms_still_compare() {
        let old: Compared =
            serde_json::from_str(r#"{"id": "a", "dimensions": {}, "terms": {"企业": 3}}"#).unwrap();
        assert!(old.term_forms.is_empty());
    }

    fn keyness_of(texts: &[(&str, &str)]) -> BTreeMap<String, Vec<String>> {
        let engine = crate::Engine::new().unwrap();
        let reports: Vec<Compared> = texts
            .iter()
            .map(|(id, text)| engine.analyze(id, "t.txt", text.as_bytes()).unwrap())
            .map(|report| Compared::from(&report))
            .collect();
        keyness(&reports)
            .into_iter()
            .map(|(id, terms)| (id, terms.into_iter().map(|term| term.term).collect()))
            .collect()
    }

    /// An English document beside Chinese ones over-uses every English word it has; "the" and
    /// "and" led its key terms.
    #[test]
    fn english_function_words_are_never_key() {
        let keyness = keyness_of(&[
            (
                "en",
                &"The registries and the community and the IETF govern the Internet. Having been doing what it does, being open. ".repeat(3),
            ),
            (
                "zh",
                &"各国应尊重网络主权。网络主权是基本原则。联合国应发挥主渠道作用。".repeat(8),
            ),
        ]);
        assert!(
            keyness["en"].contains(&"registri".to_owned()),
            "{:?}",
            keyness["en"]
        );
        // Stemmed as document words are: "does", "being" and "having" are left out as well.
        let content = [
            "registri",
            "communiti",
            "ietf",
            "govern",
            "internet",
            "open",
        ];
        for term in &keyness["en"] {
            assert!(
                content.contains(&term.as_str()),
                "{term}: {:?}",
                keyness["en"]
            );
        }
    }

    /// A tester's document's key terms were 我们 and 支持, and the corpus's included 不得: the
    /// pronoun and the modal say nothing of a position. 我国 ("our country") is not a stop word.
    #[test]
    fn chinese_function_words_are_never_key() {
        let keyness = keyness_of(&[
            (
                "a",
                &"我们认为，我们以及我国都支持网络主权，关于此事不得动摇。".repeat(6),
            ),
            ("b", &"私营部门和技术社群推动多利益攸关方治理。".repeat(6)),
        ]);
        let terms = &keyness["a"];
        for stop_word in ["我们", "以及", "关于", "不得"] {
            assert!(
                !terms.iter().any(|t| t == stop_word),
                "{stop_word}: {terms:?}"
            );
        }
        for content in ["我国", "网络主权", "支持"] {
            assert!(terms.iter().any(|t| t == content), "{content}: {terms:?}");
        }
    }

    /// A term used 3 times in one short text and twice in another is not key: its G² is chance.
    #[test]
    fn terms_below_significance_are_not_key() {
        let keyness = keyness_of(&[
            (
                "a",
                "governance governance governance registry registry registry registry",
            ),
            (
                "b",
                "governance governance registry registry registry registry",
            ),
        ]);
        assert_eq!(keyness["a"], Vec::<String>::new());
        let listed = keyness_of(&[
            (
                "a",
                "governance governance governance governance governance governance registry",
            ),
            (
                "b",
                "registry registry registry registry registry registry governance",
            ),
        ]);
        assert_eq!(listed["a"], ["govern"]);
    }
}

/// Area under the ROC curve of scores `a` against scores `b`: the chance that a document of
/// group a scores higher than one of group b, ties counting half (the Mann-Whitney U statistic
/// scaled to [0, 1]). A few lines, so written out rather than pulling in a statistics crate.
pub fn auc(a: &[f64], b: &[f64]) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    let wins: f64 = a
        .iter()
        .flat_map(|x| b.iter().map(move |y| (x, y)))
        .map(|(x, y)| match x.total_cmp(y) {
            std::cmp::Ordering::Greater => 1.0,
            std::cmp::Ordering::Equal => 0.5,
            std::cmp::Ordering::Less => 0.0,
        })
        .sum();
    Some(wins / (a.len() * b.len()) as f64)
}

/// Spearman's ρ: Pearson's correlation of the ranks, ties given their mean rank.
pub fn spearman(x: &[f64], y: &[f64]) -> Option<f64> {
    if x.len() != y.len() || x.len() < 3 {
        return None;
    }
    let (rx, ry) = (ranks(x), ranks(y));
    let mean = (x.len() as f64 + 1.0) / 2.0;
    let (mut covariance, mut var_x, mut var_y) = (0.0, 0.0, 0.0);
    for (a, b) in rx.iter().zip(&ry) {
        covariance += (a - mean) * (b - mean);
        var_x += (a - mean) * (a - mean);
        var_y += (b - mean) * (b - mean);
    }
    (var_x > 0.0 && var_y > 0.0).then(|| covariance / (var_x * var_y).sqrt())
}

fn ranks(values: &[f64]) -> Vec<f64> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let mut ranks = vec![0.0; values.len()];
    let mut start = 0;
    while start < order.len() {
        let mut end = start + 1;
        while end < order.len() && values[order[end]] == values[order[start]] {
            end += 1;
        }
        let mean_rank = (start + end + 1) as f64 / 2.0;
        for &index in &order[start..end] {
            ranks[index] = mean_rank;
        }
        start = end;
    }
    ranks
}

#[cfg(test)]
mod statistics_tests {
    use super::*;

    #[test]
    fn auc_counts_ties_as_half() {
        assert_eq!(auc(&[1.0, 2.0], &[0.0, 2.0]), Some(0.625));
        assert_eq!(auc(&[], &[1.0]), None);
    }

    #[test]
    fn spearman_uses_mean_ranks() {
        assert_eq!(spearman(&[1.0, 2.0, 3.0], &[10.0, 20.0, 30.0]), Some(1.0));
        assert_eq!(spearman(&[1.0, 2.0, 3.0], &[3.0, 2.0, 1.0]), Some(-1.0));
        let rho = spearman(&[1.0, 2.0, 2.0, 4.0], &[1.0, 3.0, 2.0, 4.0]).unwrap();
        assert!((rho - 0.9487).abs() < 1e-3, "{rho}");
    }
}
