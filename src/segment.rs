//! Stage 4: cleaned paragraphs → sentences → clauses → words. Chinese words come from jieba-rs
//! with HMM on, built once per engine from data/jieba/dict.txt (packed, see `dictionary`) plus the domain user dictionary
//! data/userdict.txt; Latin words are stemmed by the normaliser. Everything is cut from the
//! normalised paragraph and mapped back to spans of the original text.

use crate::clean::Cleaned;
use crate::decode::Decoded;
use crate::dictionary::{self, Run, Unpacked};
use crate::document::{Clause, Document, Lang, Section, Sentence, Word};
use crate::error::{Error, Problem, Result};
use crate::normalise::{
    is_cjk, is_han_utf8, is_word_char, steps_past_all_but, utf8_len, Cursor, Normaliser, Stems,
};
use jieba_rs::Jieba;
use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::{Mutex, MutexGuard, PoisonError};

pub struct Segmenter {
    /// Behind a lock because cutting a text may first load words into it (see `Dictionary`).
    dictionary: Mutex<Dictionary>,
}

/// jieba with the words loaded so far. Loading all of a packed dictionary's 226,000 words up
/// front is most of what building an engine costs, and most of them never occur in a document,
/// so they are loaded a run at a time (the words sharing their first two characters, see
/// `dictionary::Run`), just before a text holding those two characters together is cut: only
/// there can such a word match. Loading every word of a text's first characters instead took
/// 163,000 words for the corpus, of which 4,700 occur in it, and their trie was most of the
/// engine's memory. jieba's word probabilities divide by the total frequency of the whole
/// dictionary, so a stand-in word that no text contains holds the frequency of the words still
/// out, and every cut is the one the whole dictionary gives (`tests/dictionary_packing.rs`
/// checks that on the corpus).
struct Dictionary {
    jieba: Jieba,
    /// None for a segmenter built from text dictionaries, which are loaded whole.
    unloaded: Option<Unloaded>,
}

struct Unloaded {
    packed: Unpacked<'static>,
    /// Per group of `packed`, once a text has had its first character: its runs, whose words
    /// are loaded the first time a text has their first two characters.
    runs: Vec<Option<Box<[Run]>>>,
    /// The pairs of characters (see `pair`) whose run has been looked up.
    checked: FxHashSet<u64>,
    /// Bit per Basic Multilingual Plane character: set once no text can bring more words that
    /// start with it (it starts none, or only itself and that is loaded).
    settled_bmp: Vec<u64>,
    /// Total frequency of the packed words still out, which the stand-in holds.
    frequency: usize,
    /// Words of the text dictionaries and their frequencies, which replace the packed ones.
    on_top: FxHashMap<String, usize>,
}

/// One sentence as `Segmenter::for_each_sentence` hands it on, its words flat across its clauses.
pub struct SentenceView<'a> {
    /// Original spans, as in `Sentence`.
    pub span: Range<usize>,
    pub section: Section,
    pub lang: Lang,
    /// Original spans, in order; none, like `words`, when the sentence's section is not cut.
    pub clauses: &'a [Range<usize>],
    /// Each word's `norm` is a range of `norms`. None when the sentence's section is not cut.
    pub words: &'a [Word],
    /// For each word, the index of its clause in `clauses`.
    pub clause_of: &'a [usize],
    pub norms: &'a str,
}

/// A Unicode noncharacter: never in a document, and outside what jieba looks words up for.
const STAND_IN: &str = "\u{FDD0}";

impl Segmenter {
    /// A segmenter from dictionaries in jieba's `word freq [tag]` text format, as (file name,
    /// contents) pairs; lines starting with `#` are comments.
    pub fn new(dictionaries: &[(&str, &str)]) -> Result<Self> {
        let mut jieba = Jieba::empty();
        for (file, contents) in dictionaries {
            load_text(&mut jieba, file, contents)?;
        }
        Ok(Segmenter {
            dictionary: Mutex::new(Dictionary {
                jieba,
                unloaded: None,
            }),
        })
    }

    /// The engine's segmenter: a dictionary packed by `build.rs` (see `dictionary`), with text
    /// dictionaries on top, whose entries replace the frequency of a packed word.
    pub fn with_packed(
        file: &str,
        words: &'static [u8],
        frequencies: &'static [u8],
        groups: &[u8],
        on_top: &[(&str, &str)],
    ) -> Result<Self> {
        let packed = Unpacked::new(words, frequencies, groups)
            .map_err(|detail| Error::data(file, 0, Problem::BuiltInData { detail }))?;
        let mut jieba = Jieba::empty();
        let mut replacing = FxHashMap::default();
        for (file, contents) in on_top {
            load_text(&mut jieba, file, contents)?;
            for entry in dictionary::entries(contents) {
                let (word, frequency) = entry
                    .map_err(|detail| Error::data(file, 0, Problem::BuiltInData { detail }))?;
                // As in jieba's own loading, a later entry for the same word wins.
                replacing.insert(word.to_owned(), frequency);
            }
        }
        let replaced: Vec<&str> = replacing.keys().map(String::as_str).collect();
        let frequency = packed.total_frequency()
            - packed
                .frequencies_of(&replaced)
                .into_iter()
                .flatten()
                .sum::<usize>();
        jieba.add_word(STAND_IN, Some(frequency), None);
        Ok(Segmenter {
            dictionary: Mutex::new(Dictionary {
                jieba,
                unloaded: Some(Unloaded {
                    runs: vec![None; packed.groups()],
                    checked: FxHashSet::default(),
                    // No character starts settled, which spares a pass over all the groups when
                    // building: each is looked up the first time a text has it.
                    settled_bmp: vec![0; 0x10000 / 64],
                    frequency,
                    packed,
                    on_top: replacing,
                }),
            }),
        })
    }

    fn dictionary(&self) -> MutexGuard<'_, Dictionary> {
        // A panic while loading words leaves jieba usable: at worst some words are missing.
        self.dictionary
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Splits the cleaned paragraphs of a decoded text into sentences, clauses and words.
    pub fn document(
        &self,
        normaliser: &Normaliser,
        decoded: Decoded,
        cleaned: Cleaned,
    ) -> Document {
        let mut sentences = Vec::new();
        let mut norms = String::new();
        let every_section = |_| true;
        self.for_each_sentence(
            normaliser,
            &decoded.text,
            &cleaned,
            every_section,
            |sentence| {
                let offset = norms.len();
                norms.push_str(sentence.norms);
                let mut clauses: Vec<Clause> = sentence
                    .clauses
                    .iter()
                    .map(|span| Clause {
                        span: span.clone(),
                        words: Vec::new(),
                    })
                    .collect();
                for (word, &clause) in sentence.words.iter().zip(sentence.clause_of) {
                    clauses[clause].words.push(Word {
                        span: word.span.clone(),
                        norm: word.norm.start + offset..word.norm.end + offset,
                    });
                }
                sentences.push(Sentence {
                    span: sentence.span.clone(),
                    section: sentence.section,
                    lang: sentence.lang,
                    clauses,
                });
            },
        );
        Document {
            text: decoded.text,
            norms,
            encoding: decoded.encoding,
            format: decoded.format,
            sections: cleaned.sections,
            removals: cleaned.removals,
            sentences,
        }
    }

    /// The sentences of the cleaned paragraphs of `text`, one at a time and in order, so that a
    /// caller that needs each only once (the engine) never holds the words of a whole long
    /// document; the buffers a sentence is handed in are reused for the next one. `each` must not
    /// use this segmenter, which is locked meanwhile. Only the sentences of sections `cut` accepts
    /// are cut into words; the others come with none, which spares a caller that scores the body
    /// alone cutting a paper's notes, abstract and front matter (a sixth of the corpus).
    pub fn for_each_sentence(
        &self,
        normaliser: &Normaliser,
        text: &str,
        cleaned: &Cleaned,
        cut: impl Fn(Section) -> bool,
        mut each: impl FnMut(&SentenceView),
    ) {
        let mut norms = String::new();
        let mut clause_ranges: Vec<Range<usize>> = Vec::new();
        let mut clauses: Vec<Range<usize>> = Vec::new();
        let mut words: Vec<Word> = Vec::new();
        let mut clause_of: Vec<usize> = Vec::new();
        let mut sentence_ranges: Vec<Range<usize>> = Vec::new();
        let mut stems = normaliser.stems();
        for paragraph in &cleaned.paragraphs {
            let normalised = normaliser.normalise_pieces(text, &paragraph.pieces, reads_as_space);
            let cut_words_here = cut(paragraph.section);
            let mut dictionary = self.dictionary();
            if cut_words_here {
                dictionary.load_for(&normalised.text);
            }
            // Sentences, their clauses and their words each come in text order.
            let (mut sentence_originals, mut clause_originals, mut word_originals) = (
                normalised.cursor(),
                normalised.cursor(),
                normalised.cursor(),
            );
            sentence_ranges.clear();
            split(
                &normalised.text,
                0..normalised.text.len(),
                sentence_end,
                &mut sentence_ranges,
            );
            for range in &sentence_ranges {
                clause_ranges.clear();
                clauses.clear();
                norms.clear();
                words.clear();
                clause_of.clear();
                // Clauses only matter for words.
                if cut_words_here {
                    split(
                        &normalised.text,
                        range.clone(),
                        clause_end,
                        &mut clause_ranges,
                    );
                    clauses.extend(
                        clause_ranges
                            .iter()
                            .map(|clause| clause_originals.original(clause.clone())),
                    );
                    // One jieba call per sentence, not per clause: clause ends (, 、 :) are never
                    // inside a jieba token, so each word falls in the clause where it starts.
                    let mut clause = 0;
                    cut_words(
                        &dictionary.jieba,
                        &mut stems,
                        &mut word_originals,
                        range.clone(),
                        |at, span, norm| {
                            while clause + 1 < clause_ranges.len()
                                && at >= clause_ranges[clause].end
                            {
                                clause += 1;
                            }
                            let start = norms.len();
                            norms.push_str(norm);
                            words.push(Word {
                                span,
                                norm: start..norms.len(),
                            });
                            clause_of.push(clause);
                        },
                    );
                }
                each(&SentenceView {
                    span: sentence_originals.original(range.clone()),
                    section: paragraph.section,
                    lang: language(&normalised.text[range.clone()]),
                    clauses: &clauses,
                    words: &words,
                    clause_of: &clause_of,
                    norms: &norms,
                });
            }
        }
    }

    /// The words of each of some short texts such as cue terms, normalised and cut the way
    /// documents are.
    pub fn terms_words(&self, normaliser: &Normaliser, terms: &[&str]) -> Vec<Vec<String>> {
        let mut dictionary = self.dictionary();
        let mut stems = normaliser.stems();
        terms
            .iter()
            .map(|term| {
                let normalised = normaliser.normalise_whole(term);
                dictionary.load_for(&normalised.text);
                let mut words = Vec::new();
                cut_words(
                    &dictionary.jieba,
                    &mut stems,
                    &mut normalised.cursor(),
                    0..normalised.text.len(),
                    |_, _, norm| words.push(norm.to_owned()),
                );
                words
            })
            .collect()
    }
}

impl Dictionary {
    /// Loads the words that can occur in `text` and are still out.
    // A start-up loop kept out of its caller in the wasm build: see scripts/build.sh.
    #[inline(never)]
    fn load_for(&mut self, text: &str) {
        let Dictionary { jieba, unloaded } = self;
        let Some(out) = unloaded else {
            return;
        };
        let before = out.frequency;
        let mut chars = text.chars();
        let mut next = chars.next();
        while let Some(first) = next {
            next = chars.next();
            if out.is_settled(first) {
                continue;
            }
            if let Some(second) = next {
                // Most pairs were checked before, by an earlier text or earlier in this one:
                // looking a pair up costs less than inserting it.
                let key = pair(first, second);
                if out.checked.contains(&key) {
                    continue;
                }
                out.checked.insert(key);
            }
            out.load(jieba, first, next);
        }
        if out.frequency != before {
            jieba.add_word(STAND_IN, Some(out.frequency), None);
        }
    }
}

/// Two characters as one key: 21 bits each hold any character.
fn pair(first: char, second: char) -> u64 {
    (u64::from(first) << 21) | u64::from(second)
}

impl Unloaded {
    fn is_settled(&self, ch: char) -> bool {
        let code = ch as usize;
        code < 0x10000 && self.settled_bmp[code / 64] & (1 << (code % 64)) != 0
    }

    /// Loads the one-character word `first` the first time a text has it, and the run of words
    /// starting with `first` and `second`, if the dictionary has them.
    fn load(&mut self, jieba: &mut Jieba, first: char, second: Option<char>) {
        let Unloaded {
            packed,
            runs,
            settled_bmp,
            frequency,
            on_top,
            ..
        } = self;
        let code = first as usize;
        let mut settle = || {
            if code < 0x10000 {
                settled_bmp[code / 64] |= 1 << (code % 64);
            }
        };
        let Some(group) = packed.group_of(first) else {
            settle();
            return;
        };
        let mut load_run = |run: &Run| {
            packed.run_words(group, run, |word, word_frequency| {
                if !on_top.contains_key(word) {
                    jieba.add_word(word, Some(word_frequency), None);
                    *frequency -= word_frequency;
                }
            });
        };
        let group_runs = runs[group].get_or_insert_with(|| {
            let mut group_runs = packed.runs(group);
            if group_runs[0].second.is_none() {
                load_run(&group_runs.remove(0));
            }
            group_runs.into_boxed_slice()
        });
        if group_runs.is_empty() {
            settle();
        }
        if let Some(found) = second.and_then(|second| {
            group_runs
                .binary_search_by_key(&Some(second), |run| run.second)
                .ok()
        }) {
            load_run(&group_runs[found]);
        }
    }
}

/// Words of `originals.text()[within]` without white space and punctuation, Latin words
/// stemmed: for each, `emit` gets its byte offset in that text, its span in the original text
/// and its matching form.
fn cut_words(
    jieba: &Jieba,
    stems: &mut Stems,
    originals: &mut Cursor,
    within: Range<usize>,
    mut emit: impl FnMut(usize, Range<usize>, &str),
) {
    for token in jieba.cut(&originals.text()[within.clone()], true) {
        if token.word.chars().any(is_word_char) {
            let at = within.start + token.byte_start;
            let span = originals.original(at..within.start + token.byte_end);
            emit(at, span, stems.stem(token.word));
        }
    }
}

fn load_text(jieba: &mut Jieba, file: &str, contents: &str) -> Result<()> {
    let entries: String = contents
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect();
    jieba.load_dict(&mut entries.as_bytes()).map_err(|e| {
        Error::data(
            file,
            0,
            Problem::BuiltInData {
                detail: e.to_string(),
            },
        )
    })
}

/// A rejoined line break reads as nothing next to Chinese or after a hyphen (`win-` / `win`),
/// and as a space between Latin words.
pub(crate) fn reads_as_space(left: char, right: char) -> bool {
    !is_cjk(left) && !is_cjk(right) && left != '-'
}

/// Chinese when Han characters are at least half as many as Latin letters (a Chinese word is
/// one or two characters, an English one five letters or so).
/// Characters are told apart by their first byte (`LEADS`), and for a few first bytes their
/// second (`is_han_utf8`), without decoding them.
fn language(sentence: &str) -> Lang {
    let bytes = sentence.as_bytes();
    let (mut han, mut latin, mut at) = (0, 0, 0);
    while at < bytes.len() {
        let first = bytes[at];
        let lead = LEADS[usize::from(first)];
        latin += usize::from(lead & LATIN_LETTER != 0);
        han += usize::from(lead & HAN != 0);
        if lead & HAN_BY_SECOND_BYTE != 0 {
            han += usize::from(is_han_utf8(first, bytes[at + 1]));
        }
        at += usize::from(lead & LENGTH);
    }
    if han > 0 && han * 2 >= latin {
        Lang::Chinese
    } else if latin > 0 {
        Lang::English
    } else if han > 0 {
        Lang::Chinese
    } else {
        Lang::Undetermined
    }
}

/// For each first byte of a character, what `language` needs: its length in bytes (the low bits)
/// and whether it is a Latin letter, a Han character, or Han depending on its second byte.
const LEADS: [u8; 256] = {
    let mut leads = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        let first = byte as u8;
        leads[byte] = utf8_len(first) as u8
            | match first {
                b'A'..=b'Z' | b'a'..=b'z' => LATIN_LETTER,
                0xE4..=0xE9 => HAN,
                0xE3 | 0xEF | 0xF0 => HAN_BY_SECOND_BYTE,
                _ => 0,
            };
        byte += 1;
    }
    leads
};
const LENGTH: u8 = 0b111;
const LATIN_LETTER: u8 = 1 << 3;
const HAN: u8 = 1 << 4;
const HAN_BY_SECOND_BYTE: u8 = 1 << 5;

/// Closing quotes and brackets that belong to the sentence before them.
fn is_closer(ch: char) -> bool {
    matches!(ch, '”' | '’' | '」' | '』' | '"' | '\'' | ')' | ']' | '》')
}

/// Words that end with a full stop without ending a sentence (besides single letters: U.S., e.g.).
const ABBREVIATIONS: [&str; 22] = [
    "mr", "mrs", "ms", "dr", "prof", "no", "nos", "vol", "pp", "p", "etc", "vs", "fig", "art",
    "st", "jr", "inc", "ltd", "co", "ed", "eds", "al",
];

/// Whether the character at `at` (in normalised text) ends a sentence. A full stop does not after
/// a single letter, an abbreviation, or the number of a list item (`1. 尊重网络主权`).
#[inline]
fn sentence_end(text: &str, at: usize, ch: char) -> bool {
    match ch {
        '。' | '!' | '?' | ';' | '…' => true,
        '.' => {
            let after = text[at + 1..].chars().next();
            let word: String = text[..at]
                .chars()
                .rev()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            // From the end, so that each full stop looks only at the digits before it and, past
            // them, at most one character that is not a list mark (not the whole line again).
            let list_number = text[..at]
                .trim_end_matches(|c: char| c.is_ascii_digit())
                .chars()
                .rev()
                .all(|c| c == '#' || c == '*' || c.is_whitespace());
            !list_number
                && after.is_none_or(|c| c.is_whitespace() || is_cjk(c) || is_closer(c))
                && word.chars().count() != 1
                && !ABBREVIATIONS
                    .iter()
                    .any(|a| a.chars().rev().eq(word.chars()))
        }
        _ => false,
    }
}

/// Whether the character at `at` ends a clause: commas, 、 and colons, except inside numbers
/// (1,000) and addresses (https://).
#[inline]
fn clause_end(text: &str, at: usize, ch: char) -> bool {
    if !matches!(ch, '、' | ',' | ':') {
        return false;
    }
    let after = text[at + ch.len_utf8()..].chars().next();
    let before = text[..at].chars().next_back();
    match ch {
        '、' => true,
        ',' => {
            !(before.is_some_and(|c| c.is_ascii_digit())
                && after.is_some_and(|c| c.is_ascii_digit()))
        }
        ':' => !after.is_some_and(|c| c == '/' || c.is_ascii_digit()),
        _ => false,
    }
}

/// Byte ranges of the pieces of `text[within]` that end at a character `is_end` accepts (with the
/// closing quotes and repeated marks after it), white space trimmed, pieces without a letter or
/// digit skipped; appended to `ranges`. Only characters `STEPS_PAST_NON_ENDS` stops at are decoded
/// and tested; other characters (Han text) are stepped over by their first byte.
fn split(
    text: &str,
    within: Range<usize>,
    is_end: impl Fn(&str, usize, char) -> bool,
    ranges: &mut Vec<Range<usize>>,
) {
    let bytes = text.as_bytes();
    let char_at = |at: usize| text[at..].chars().next().unwrap_or_default();
    let mut start = within.start;
    let mut at = within.start;
    while at < within.end {
        let step = STEPS_PAST_NON_ENDS[usize::from(bytes[at])];
        if step > 0 {
            at += usize::from(step);
            continue;
        }
        let ch = char_at(at);
        at += ch.len_utf8();
        if is_end(text, at - ch.len_utf8(), ch) {
            while at < within.end {
                let next = char_at(at);
                if is_closer(next) || (next != '.' && is_end(text, at, next)) {
                    at += next.len_utf8();
                } else {
                    break;
                }
            }
            push_trimmed(text, start..at, ranges);
            start = at;
        }
    }
    push_trimmed(text, start..within.end, ranges);
}

/// Steps past the characters that cannot end a sentence or clause: all but the ASCII marks
/// normalised text ends them with and the first bytes of U+2000–U+3FFF (… 、 。).
const STEPS_PAST_NON_ENDS: [u8; 256] = steps_past_all_but(b".!?;,:\xE2\xE3");

fn push_trimmed(text: &str, range: Range<usize>, ranges: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let trimmed = slice.trim_start();
    let leading = slice.len() - trimmed.len();
    let trimmed = trimmed.trim_end();
    if trimmed.chars().any(is_word_char) {
        let start = range.start + leading;
        ranges.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clean::clean;
    use crate::document::Format;

    fn document(text: &str) -> Document {
        let segmenter =
            Segmenter::new(&[("test", "网络主权 1000\n尊重 1000\n各国 1000\n")]).unwrap();
        let decoded = Decoded {
            text: text.into(),
            encoding: "UTF-8",
            format: Format::Plain,
            marked: Vec::new(),
            title: None,
        };
        let cleaned = clean(text, Format::Plain, &[]);
        segmenter.document(&Normaliser::new().unwrap(), decoded, cleaned)
    }

    /// The words a text brings in are those starting with two characters it has together, and
    /// the one-character words of its characters: the stand-in keeps the frequency of the rest.
    #[test]
    fn a_text_loads_the_words_of_the_character_pairs_it_has() {
        let packed = dictionary::pack(
            "网 5\n网络 10\n网络空间 4\n网球 7\n球 2\n络 3\n空间 20\n空 2\n间 1\n",
        )
        .unwrap();
        let packed: &'static dictionary::Packed = Box::leak(Box::new(packed));
        let segmenter = Segmenter::with_packed(
            "test",
            &packed.words,
            &packed.frequencies,
            &packed.groups,
            &[],
        )
        .unwrap();
        let still_out = |text: &str| {
            let mut dictionary = segmenter.dictionary();
            dictionary.load_for(text);
            dictionary.unloaded.as_ref().unwrap().frequency
        };
        // 网球 (7) and 球 (2) are out: the text has 网 but not 网球, and no 球.
        assert_eq!(still_out("网络空间"), 7 + 2);
        assert_eq!(still_out("网球"), 0);
    }

    fn sentences(text: &str) -> Vec<&str> {
        document(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect()
    }

    /// The engine scores the body alone and has the rest split into sentences but not cut.
    #[test]
    fn sentences_of_sections_not_cut_come_without_clauses_and_words() {
        let text = "摘要：各国网络主权。\n\n各国应尊重网络主权。";
        let segmenter = Segmenter::new(&[("test", "网络主权 1000\n各国 1000\n")]).unwrap();
        let cleaned = clean(text, Format::Plain, &[]);
        let sentences = |cut: fn(Section) -> bool| {
            let mut seen = Vec::new();
            segmenter.for_each_sentence(&Normaliser::new().unwrap(), text, &cleaned, cut, |s| {
                seen.push((s.section, s.clauses.len(), s.words.len()))
            });
            seen
        };
        assert_eq!(
            sentences(|section| section == Section::Body),
            [(Section::Abstract, 0, 0), (Section::Body, 1, 3)]
        );
        assert_eq!(
            sentences(|_| true),
            [(Section::Abstract, 2, 3), (Section::Body, 1, 3)]
        );
    }

    #[test]
    fn sentences_split_on_chinese_and_latin_punctuation() {
        let text = "各国应尊重网络主权。We support ICANN!\n\n  最后一句";
        assert_eq!(
            sentences(text),
            ["各国应尊重网络主权。", "We support ICANN!", "最后一句"]
        );
    }

    #[test]
    fn no_split_inside_numbers_and_abbreviations() {
        let text = "The U.S. and e.g. Mr. Smith grew 1.5 times. Next one.";
        assert_eq!(
            sentences(text),
            ["The U.S. and e.g. Mr. Smith grew 1.5 times.", "Next one."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        let text = "他指出：“没有网络安全就没有国家安全。”随后离开。";
        assert_eq!(
            sentences(text),
            ["他指出：“没有网络安全就没有国家安全。”", "随后离开。"]
        );
    }

    #[test]
    fn words_are_normalised_and_keep_their_original_spans() {
        let text = "各國，應尊重網絡主權。";
        let doc = document(text);
        let clauses = &doc.sentences[0].clauses;
        assert_eq!(clauses.len(), 2);
        let words: Vec<(&str, &str)> = clauses[1]
            .words
            .iter()
            .map(|w| (doc.norm(w), &text[w.span.clone()]))
            .collect();
        assert_eq!(
            words,
            [("应", "應"), ("尊重", "尊重"), ("网络主权", "網絡主權")]
        );
    }

    #[test]
    fn every_character_counts_for_the_language_it_is() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = if crate::normalise::is_han(ch) {
                Lang::Chinese
            } else if ch.is_ascii_alphabetic() {
                Lang::English
            } else {
                Lang::Undetermined
            };
            assert_eq!(language(&format!("{ch} ")), expected, "U+{:04X}", ch as u32);
        }
    }

    #[test]
    fn every_end_mark_starts_with_a_byte_split_looks_at() {
        for ch in (0..=0x3FFFF).filter_map(char::from_u32) {
            let ends = [format!("ab{ch} c"), format!("ab{ch}1")]
                .iter()
                .any(|text| sentence_end(text, 2, ch) || clause_end(text, 2, ch));
            let mut buffer = [0; 4];
            let first = ch.encode_utf8(&mut buffer).as_bytes()[0];
            if ends {
                assert_eq!(
                    STEPS_PAST_NON_ENDS[usize::from(first)],
                    0,
                    "U+{:04X}",
                    ch as u32
                );
            } else if STEPS_PAST_NON_ENDS[usize::from(first)] > 0 {
                assert_eq!(
                    STEPS_PAST_NON_ENDS[usize::from(first)],
                    ch.len_utf8() as u8,
                    "U+{:04X}",
                    ch as u32
                );
            }
        }
    }

    #[test]
    fn sentences_are_tagged_with_their_language() {
        let doc = document("各国应尊重网络主权。We support ICANN and the IGF.");
        let langs: Vec<Lang> = doc.sentences.iter().map(|s| s.lang).collect();
        assert_eq!(langs, [Lang::Chinese, Lang::English]);
    }
}
