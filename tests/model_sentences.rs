#![cfg(not(target_arch = "wasm32"))]
//! Measures cue detection and the context tags against tests/sentences.tsv (see its header), and
//! fails below floors set from the first honest measurement, minus a small margin, so that a
//! change that makes the model worse is caught. Run with `--nocapture` to see the figures.

use stance::Engine;
use std::collections::BTreeSet;

/// Floors: (what, minimum precision, minimum recall).
/// Measured when the floors were set (206 sentences; today's figures are in
/// data/dimensions/README.md): cues 1.000 / 1.000, negated 0.828 / 0.923, attributed
/// 0.966 / 0.875, criticised 1.000 / 1.000, endorsed 0.833 / 0.873.
const FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.95, 0.95),
    ("negated", 0.78, 0.85),
    ("attributed", 0.90, 0.80),
    ("criticised", 0.90, 0.90),
    ("endorsed", 0.75, 0.80),
];

/// Floors for tests/sentences_heldout.tsv, as `FLOORS`. Its first measurement, with the rules of
/// de3d837 that had never read it, was the held-out figure: cues 1.000 / 0.993, negated
/// 0.778 / 0.609, attributed 0.900 / 0.360, criticised 0.875 / 0.875, endorsed 0.862 / 0.735. Rules
/// were then added for what it showed missing (data/dimensions/README.md), and the floors are
/// set from the measurement after them, less about one sentence each, so that the gains stay:
/// cues 1.000 / 1.000, negated 0.938 / 0.652, attributed 0.938 / 0.600, criticised 0.875 / 0.875,
/// endorsed 0.935 / 0.853. Since stop 40 (rejected alternatives, capitals as actors, a relative
/// clause's scope, a means after "through"): negated 0.944 / 0.739, attributed 0.941 / 0.640,
/// endorsed 0.967 / 0.853. Since stop 41 (a negation through a word of creation or need; 中国大陆
/// and groups of civil society as actors): negated 0.947 / 0.783, attributed 0.947 / 0.720.
/// Since stop 44 (frames of cause or pretext, conditions, denied past events): negated
/// 1.000 / 0.783. Since stop 46 (documents as speakers): attributed 0.857 / 0.720, for two findings
/// of UN experts' reports its writer did not label attributed (h-zh016, h-en010), a construction
/// the writer of tests/sentences_written_blind.tsv labels attributed (g-zh053). Since stop 47
/// (advocates, actors framing a sentence, bodies outside governments as speakers, "made clear"):
/// attributed 0.864 / 0.760.
const HELD_OUT_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.85, 0.73),
    ("attributed", 0.85, 0.68),
    ("criticised", 0.75, 0.75),
    ("endorsed", 0.90, 0.78),
];

#[derive(Default)]
struct Counts {
    true_positive: usize,
    false_positive: usize,
    false_negative: usize,
}

impl Counts {
    fn add(&mut self, predicted: bool, expected: bool) {
        match (predicted, expected) {
            (true, true) => self.true_positive += 1,
            (true, false) => self.false_positive += 1,
            (false, true) => self.false_negative += 1,
            (false, false) => {}
        }
    }

    fn precision(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_positive).max(1) as f64
    }

    fn recall(&self) -> f64 {
        self.true_positive as f64 / (self.true_positive + self.false_negative).max(1) as f64
    }
}

/// What one sentence set measures: each row of `FLOORS` counted over its sentences, and the
/// disagreements by id.
struct Measured {
    sentences: usize,
    counts: Vec<Counts>,
    misses: Vec<String>,
}

fn measure(engine: &Engine, tsv: &str) -> Measured {
    let mut counts: Vec<Counts> = FLOORS.iter().map(|_| Counts::default()).collect();
    let mut sentences = 0;
    let mut misses = Vec::new();
    let mut ids = std::collections::HashSet::new();
    for line in tsv.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [id, _source, cues, negated, attributed, criticised, endorsed, text] = fields[..]
        else {
            panic!("malformed line: {line}");
        };
        // Misses are reported by id: two sentences of one id could not be told apart.
        assert!(ids.insert(id), "the id {id} is used twice");
        sentences += 1;
        let report = engine.analyze(id, "sentence.txt", text.as_bytes()).unwrap();
        let hits: Vec<_> = report
            .dimensions
            .iter()
            .flat_map(|(dimension, d)| {
                [
                    &d.own_hits,
                    &d.attributed_hits,
                    &d.negated_hits,
                    &d.criticised_hits,
                ]
                .into_iter()
                .flatten()
                .map(move |hit| (dimension, hit))
            })
            .collect();
        let found: BTreeSet<String> = hits
            .iter()
            .map(|(dimension, hit)| {
                let pole = serde_json::to_value(hit.pole).unwrap();
                format!("{dimension}:{}", pole.as_str().unwrap())
            })
            .collect();
        let expected: BTreeSet<String> = cues
            .split(' ')
            .filter(|c| *c != "none")
            .map(str::to_owned)
            .collect();
        for pair in found.union(&expected) {
            counts[0].add(found.contains(pair), expected.contains(pair));
        }
        let tag_labels = [negated, attributed, criticised, endorsed];
        let predicted = [
            hits.iter().any(|(_, h)| h.tags.negated),
            hits.iter().any(|(_, h)| h.tags.attributed),
            hits.iter().any(|(_, h)| h.tags.criticised),
            hits.iter().any(|(_, h)| h.tags.endorsed),
        ];
        for (index, (label, predicted)) in tag_labels.iter().zip(predicted).enumerate() {
            let expected = *label == "1";
            counts[index + 1].add(predicted, expected);
            if predicted != expected {
                misses.push(format!("{id} {}: expected {expected}", FLOORS[index + 1].0));
            }
        }
        if found != expected {
            misses.push(format!("{id} cues: found {found:?}, expected {expected:?}"));
        }
    }
    Measured {
        sentences,
        counts,
        misses,
    }
}

/// Prints what `measured` found and fails if any figure is below its floor in `floors`.
fn assert_floors(name: &str, measured: &Measured, floors: &[(&str, f64, f64)]) {
    println!(
        "{name}: {} sentences; disagreements:\n  {}",
        measured.sentences,
        measured.misses.join("\n  ")
    );
    let mut failures = Vec::new();
    for ((what, min_precision, min_recall), counts) in floors.iter().zip(&measured.counts) {
        let (p, r) = (counts.precision(), counts.recall());
        println!(
            "{what:<11} precision {p:.3} recall {r:.3} (tp {}, fp {}, fn {})",
            counts.true_positive, counts.false_positive, counts.false_negative
        );
        if p < *min_precision || r < *min_recall {
            failures.push(format!("{name} {what}: precision {p:.3} (floor {min_precision}), recall {r:.3} (floor {min_recall})"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("; "));
}

#[test]
fn cue_detection_and_context_tags_meet_their_floors() {
    let engine = Engine::new().unwrap();
    let measured = measure(&engine, include_str!("sentences.tsv"));
    assert!(
        measured.sentences >= 200,
        "only {} sentences",
        measured.sentences
    );
    assert_floors("sentences.tsv", &measured, &FLOORS);
}

/// Floors for tests/sentences_heldout_2.tsv, as `FLOORS`, set from its first measurement (at
/// 120284e: cues 1.000 / 1.000, negated 0.750 / 0.500, attributed 1.000 / 0.480, criticised
/// 0.857 / 1.000, endorsed 0.800 / 0.769) less about one sentence each. No rule has been written
/// for it, so the figures the test prints are still held out: after stop 40's rules, written from
/// other sentences, attributed 1.000 / 0.520 and endorsed 0.833 / 0.769, the rest unchanged;
/// after stop 41's, negated 0.769 / 0.556; after stop 42's (words that deny a need, "without",
/// a negated belief lowered onto a need), negated 0.786 / 0.611; after stop 43's (words of view,
/// more verbs of reporting and actors, 而应), attributed 1.000 / 0.640 and endorsed
/// 0.875 / 0.808. Stop 44's rules left it unchanged; after stop 46's (documents as speakers),
/// attributed 0.944 / 0.680; after stop 47's (advocates, actors framing a sentence, bodies outside
/// governments as speakers, "made clear"), attributed 0.947 / 0.720 and endorsed 0.913 / 0.808.
const SECOND_HELD_OUT_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.65, 0.44),
    ("attributed", 0.90, 0.44),
    ("criticised", 0.70, 0.80),
    ("endorsed", 0.75, 0.73),
];

/// Floors for tests/sentences_heldout_3.tsv, as `FLOORS`, set from its first measurement (at
/// 00f6729, before any rule of stop 41: cues 1.000 / 0.995, negated 0.808 / 0.538, attributed
/// 1.000 / 0.448, criticised 0.938 / 0.600, endorsed 0.824 / 0.549) less about one sentence each.
/// No rule is written from it: the figures the test prints are held out. After stop 41's rules (a
/// negation through a word of creation or need; 中国大陆 and groups of civil society as actors;
/// written from other sentences): negated 0.815 / 0.564, attributed 1.000 / 0.466. Stop 42's
/// rules left it unchanged; after stop 43's, attributed 1.000 / 0.534, criticised 0.941 / 0.640
/// and endorsed 0.838 / 0.608. Stop 44's rules left it unchanged; after stop 45's (a plain
/// denial of a subject judges it only by a quality; necessity): negated 0.808 / 0.538, one found
/// negation lost. After stop 46's (documents as speakers, pretexts invoked by an actor):
/// attributed 1.000 / 0.552. After stop 47's (advocates, actors framing a sentence, bodies outside
/// governments as speakers, "made clear"): attributed 1.000 / 0.638, endorsed 0.861 / 0.608.
const THIRD_HELD_OUT_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.77, 0.51),
    ("attributed", 0.96, 0.43),
    ("criticised", 0.88, 0.56),
    ("endorsed", 0.80, 0.52),
];

/// Floors for tests/sentences_heldout_4.tsv, as `FLOORS`, set from its first measurement (at
/// 39ce30f, before any rule of stop 43: cues 1.000 / 1.000, negated 0.550 / 0.324, attributed
/// 0.944 / 0.279, criticised 0.840 / 0.750, endorsed 0.810 / 0.354) less about one sentence each.
/// No rule is written from it: the figures the test prints are held out. After stop 43's rules
/// (written from tests/sentences_written_blind.tsv): attributed 0.952 / 0.328, the rest unchanged.
/// Stop 44's rules left it unchanged; after stop 45's: negated 0.688 / 0.324; after stop 46's
/// documents as speakers: attributed 0.957 / 0.361, endorsed 0.850 / 0.354; and pretexts invoked
/// by an actor: attributed 0.917 / 0.361. After stop 47's (advocates, actors framing a sentence,
/// bodies outside governments as speakers, "made clear"): attributed 0.926 / 0.410.
const FOURTH_HELD_OUT_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.52, 0.29),
    ("attributed", 0.90, 0.26),
    ("criticised", 0.80, 0.71),
    ("endorsed", 0.77, 0.33),
];

/// Floors for tests/sentences_heldout_5.tsv, as `FLOORS`, set from its first measurement (at
/// 140e88b, before any rule of stop 44: cues 1.000 / 0.994, negated 0.306 / 0.395, attributed
/// 1.000 / 0.429, criticised 0.857 / 0.667, endorsed 0.789 / 0.294) less about one sentence each.
/// Written blind with negation as its focus: 123 of its 150 sentences hold a negation word, many
/// of them one that does not negate the cue, so its negation precision is lower than a paper's
/// would be. No rule is written from it: the figures the test prints are held out. After stop
/// 44's rules (written from tests/sentences_negation_written.tsv and
/// tests/sentences_written_blind.tsv): negated 0.349 / 0.395, endorsed 0.810 / 0.333. After stop
/// 45's (written from the same two sets): negated 0.417 / 0.395, endorsed 0.818 / 0.353. After
/// stop 46's (documents as speakers, pretexts invoked by an actor): attributed 1.000 / 0.464. After
/// stop 47's (advocates, actors framing a sentence, bodies outside governments as speakers, "made
/// clear"): attributed 1.000 / 0.571.
const FIFTH_HELD_OUT_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.28, 0.36),
    ("attributed", 0.90, 0.39),
    ("criticised", 0.70, 0.55),
    ("endorsed", 0.73, 0.27),
];

#[test]
fn held_out_sentences_meet_their_floors() {
    let engine = Engine::new().unwrap();
    // (file, its contents, how many sentences it holds, its floors)
    let sets = [
        (
            "sentences_heldout.tsv",
            include_str!("sentences_heldout.tsv"),
            130,
            &HELD_OUT_FLOORS,
        ),
        (
            "sentences_heldout_2.tsv",
            include_str!("sentences_heldout_2.tsv"),
            100,
            &SECOND_HELD_OUT_FLOORS,
        ),
        (
            "sentences_heldout_3.tsv",
            include_str!("sentences_heldout_3.tsv"),
            150,
            &THIRD_HELD_OUT_FLOORS,
        ),
        (
            "sentences_heldout_4.tsv",
            include_str!("sentences_heldout_4.tsv"),
            150,
            &FOURTH_HELD_OUT_FLOORS,
        ),
        (
            "sentences_heldout_5.tsv",
            include_str!("sentences_heldout_5.tsv"),
            150,
            &FIFTH_HELD_OUT_FLOORS,
        ),
    ];
    for (name, tsv, sentences, floors) in sets {
        let measured = measure(&engine, tsv);
        assert_eq!(
            measured.sentences, sentences,
            "{name}: a held-out set is not added to"
        );
        assert_floors(name, &measured, floors);
    }
}

/// Floors for tests/sentences_written_blind.tsv, as `FLOORS`. Its first measurement, at 39ce30f
/// (cues 0.995 / 0.991, negated 0.565 / 0.361, attributed 0.947 / 0.243, criticised 0.947 / 0.667,
/// endorsed 0.657 / 0.418), was blind; stop 43's rules were then written from it, and the floors
/// are set from the measurement after them less about one sentence each: cues 0.995 / 0.991,
/// negated 0.565 / 0.361, attributed 0.946 / 0.473, criticised 0.950 / 0.704, endorsed
/// 0.718 / 0.509. Stop 44's rules were written from it too, and its negation and endorsement
/// floors set from the measurement after them: negated 0.684 / 0.361, endorsed 0.738 / 0.564.
/// After stop 45's: negated 0.722 / 0.361. After stop 46's documents as speakers: attributed
/// 0.955 / 0.568, endorsed 0.795 / 0.564; and pretexts invoked by an actor: attributed
/// 0.957 / 0.608. Stop 47's rules were written from it (advocates, actors framing a sentence,
/// words of view, bodies outside governments as speakers, "made clear", "it is often argued", "the
/// position that"): attributed 0.965 / 0.743, endorsed 0.838 / 0.564.
const WRITTEN_BLIND_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.68, 0.33),
    ("attributed", 0.92, 0.70),
    ("criticised", 0.92, 0.62),
    ("endorsed", 0.80, 0.54),
];

/// Floors for tests/sentences_negation_written.tsv, as `FLOORS`. Written blind with negation as
/// its focus (126 of its 150 sentences hold a negation word) and first measured at 140e88b (cues
/// 1.000 / 0.989, negated 0.333 / 0.474, attributed 1.000 / 0.412, criticised 0.833 / 0.625,
/// endorsed 0.684 / 0.255); stop 44's rules were then written from it, and the floors are set from
/// the measurement after them less about one sentence each: cues 1.000 / 0.989, negated
/// 0.450 / 0.474, attributed 1.000 / 0.412, criticised 0.833 / 0.625, endorsed 0.714 / 0.294.
/// Stop 45's rules were written from it too, and its negation and endorsement floors set from the
/// measurement after them: negated 0.545 / 0.474, endorsed 0.750 / 0.353. After stop 46's
/// documents as speakers: attributed 1.000 / 0.471, endorsed 0.783 / 0.353; and pretexts invoked
/// by an actor: attributed 1.000 / 0.529, endorsed 0.818 / 0.353. Stop 47's rules were written
/// from it too: attributed 1.000 / 0.647, endorsed 0.857 / 0.353.
const NEGATION_WRITTEN_FLOORS: [(&str, f64, f64); 5] = [
    ("cues", 0.97, 0.97),
    ("negated", 0.52, 0.44),
    ("attributed", 0.92, 0.61),
    ("criticised", 0.66, 0.50),
    ("endorsed", 0.82, 0.33),
];

#[test]
fn blind_written_sentences_meet_their_floors() {
    let engine = Engine::new().unwrap();
    // (file, its contents, how many sentences it holds, its floors)
    let sets = [
        (
            "sentences_written_blind.tsv",
            include_str!("sentences_written_blind.tsv"),
            160,
            &WRITTEN_BLIND_FLOORS,
        ),
        (
            "sentences_negation_written.tsv",
            include_str!("sentences_negation_written.tsv"),
            150,
            &NEGATION_WRITTEN_FLOORS,
        ),
    ];
    for (name, tsv, sentences, floors) in sets {
        let measured = measure(&engine, tsv);
        assert_eq!(measured.sentences, sentences, "{name} is not added to");
        assert_floors(name, &measured, floors);
    }
}
