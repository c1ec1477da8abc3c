//! The dictionary the engine embeds is data/jieba/dict.txt exactly: build.rs packs it
//! (src/dictionary.rs) and unpacking gives back every word with its frequency, and nothing else.
//! Without this a packing bug would silently change how every document is cut. The engine also
//! loads those words lazily; that must not change a cut either.

use stance::clean::clean;
use stance::decode::decode;
use stance::normalise::Normaliser;
use stance::segment::Segmenter;
use std::ops::Range;

mod common;

const SOURCE: &str = include_str!("../data/jieba/dict.txt");
const WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.words"));
const FREQUENCIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.frequencies"));
const GROUPS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.groups"));

#[test]
fn the_packed_dictionary_is_the_text_dictionary() {
    let mut expected: Vec<(String, usize)> = stance::dictionary::entries(SOURCE)
        .map(|entry| entry.map(|(word, frequency)| (word.to_owned(), frequency)))
        .collect::<Result<_, _>>()
        .unwrap();
    expected.sort();
    let packed = stance::dictionary::Unpacked::new(WORDS, FREQUENCIES, GROUPS).unwrap();
    let mut unpacked = Vec::new();
    // Each group holds the words of its first character, read a run at a time as the segmenter
    // reads them.
    for group in 0..packed.groups() {
        let first = packed.first_character(group);
        for run in packed.runs(group) {
            packed.run_words(group, &run, |word, frequency| {
                assert!(word.starts_with(first), "{word} in the group of {first}");
                unpacked.push((word.to_owned(), frequency));
            });
        }
    }
    assert_eq!(
        packed.total_frequency(),
        expected
            .iter()
            .map(|(_, frequency)| frequency)
            .sum::<usize>()
    );
    assert_eq!(unpacked.len(), expected.len());
    assert!(
        unpacked == expected,
        "the packed dictionary differs from data/jieba/dict.txt"
    );
    // The point of packing: smaller than the text it comes from.
    assert!(WORDS.len() + FREQUENCIES.len() + GROUPS.len() < SOURCE.len() * 3 / 5);
}

const USER_DICTIONARY: &str = include_str!("../data/userdict.txt");

/// The text dictionaries, loaded whole.
fn whole_dictionary() -> Segmenter {
    Segmenter::new(&[
        ("data/jieba/dict.txt", SOURCE),
        ("data/userdict.txt", USER_DICTIONARY),
    ])
    .unwrap()
}

/// The engine's segmenter: the packed dictionary, loaded as texts need it, the user dictionary on
/// top.
fn packed_dictionary() -> Segmenter {
    Segmenter::with_packed(
        "data/jieba/dict.txt",
        WORDS,
        FREQUENCIES,
        GROUPS,
        &[("data/userdict.txt", USER_DICTIONARY)],
    )
    .unwrap()
}

/// The words of every corpus document, with their spans, as one segmenter cuts them in turn.
fn corpus_words(segmenter: &Segmenter) -> Vec<(String, Range<usize>)> {
    let normaliser = Normaliser::new().unwrap();
    let mut words = Vec::new();
    for (path, bytes) in common::corpus_files() {
        let decoded = decode(&path.to_string_lossy(), &bytes).unwrap();
        let cleaned = clean(&decoded.text, decoded.format, &decoded.marked);
        let document = segmenter.document(&normaliser, decoded, cleaned);
        for sentence in &document.sentences {
            for word in sentence.clauses.iter().flat_map(|clause| &clause.words) {
                words.push((document.norm(word).to_owned(), word.span.clone()));
            }
        }
    }
    words
}

/// The engine loads packed words a run at a time (those sharing their first two characters), as
/// documents bring those characters together, with a stand-in word holding the frequency of
/// those still out (src/segment.rs). Cutting the corpus document after document that way must
/// give exactly the cuts of the whole dictionary loaded at once; a wrong total frequency or a
/// word loaded too late would change some.
#[test]
fn loading_words_as_their_first_two_characters_appear_cuts_like_the_whole_dictionary() {
    let whole = whole_dictionary();
    let lazy = packed_dictionary();
    let expected = corpus_words(&whole);
    let got = corpus_words(&lazy);
    assert!(expected.len() > 15_000, "{}", expected.len());
    let first_difference = expected.iter().zip(&got).position(|(a, b)| a != b);
    assert_eq!(
        first_difference, None,
        "cut differently from the whole dictionary"
    );
    assert_eq!(got.len(), expected.len());
}

/// Cue and trigger terms are cut by a fresh engine's jieba, which loads the words they bring
/// term by term (src/segment.rs, `terms_words`). Given as terms, the corpus's own sentences and
/// clauses (thousands of texts, every user-dictionary word among them) must come out exactly as
/// the whole dictionary cuts them.
#[test]
fn terms_cut_like_the_whole_dictionary() {
    let normaliser = Normaliser::new().unwrap();
    let whole = whole_dictionary();
    let fresh = packed_dictionary();
    let texts: Vec<String> = common::corpus_files()
        .iter()
        .flat_map(|(_, bytes)| {
            String::from_utf8_lossy(bytes)
                .split(['。', '，', '；', '\n'])
                .map(str::trim)
                .filter(|text| !text.is_empty())
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    let terms: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert!(terms.len() > 2_000, "{}", terms.len());
    let expected = whole.terms_words(&normaliser, &terms);
    let got = fresh.terms_words(&normaliser, &terms);
    let first_difference = expected.iter().zip(&got).position(|(a, b)| a != b);
    assert_eq!(
        first_difference.map(|at| (terms[at], &expected[at], &got[at])),
        None,
        "cut differently from the whole dictionary"
    );
}

/// Loading words by runs is new state carried from text to text; random texts made of dictionary
/// words that share their first characters, broken and run together with stray characters, must
/// still be cut by one long-lived packed segmenter exactly as by the whole dictionary.
#[cfg(not(target_arch = "wasm32"))]
mod random_texts {
    use super::*;
    use proptest::prelude::*;
    use std::sync::OnceLock;

    struct Fixture {
        whole: Segmenter,
        packed: Segmenter,
        normaliser: Normaliser,
        /// Dictionary words of a few busy first characters, whose runs overlap a lot.
        words: Vec<&'static str>,
    }

    fn fixture() -> &'static Fixture {
        static FIXTURE: OnceLock<Fixture> = OnceLock::new();
        FIXTURE.get_or_init(|| Fixture {
            whole: whole_dictionary(),
            packed: packed_dictionary(),
            normaliser: Normaliser::new().unwrap(),
            words: stance::dictionary::entries(SOURCE)
                .map(|entry| entry.unwrap().0)
                .filter(|word| word.starts_with(['网', '国', '中', '发', '多', '治']))
                .collect(),
        })
    }

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            3 => any::<prop::sample::Index>()
                .prop_map(|index| index.get(&fixture().words).to_string()),
            // A word cut short or with its first character dropped.
            1 => any::<prop::sample::Index>().prop_map(|index| {
                let word = index.get(&fixture().words);
                word.chars().skip(1).collect()
            }),
            1 => prop::sample::select(vec!["网", "络", "空", "，", "。", "a", " ", "𠀀"])
                .prop_map(str::to_owned),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn random_texts_cut_like_the_whole_dictionary(pieces in prop::collection::vec(piece(), 1..30)) {
            let text = pieces.concat();
            let fixture = fixture();
            let expected = fixture.whole.terms_words(&fixture.normaliser, &[&text]);
            let got = fixture.packed.terms_words(&fixture.normaliser, &[&text]);
            prop_assert_eq!(got, expected, "{}", text);
        }
    }
}
