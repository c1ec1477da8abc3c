//! The long-lived engine: built once (dictionaries, converters, cue index, context triggers), then
//! used for every document. It wires the stages together: decode → clean → normalise → segment →
//! context → score.

use crate::author;
use crate::clean::clean;
use crate::compare::Comparison;
use crate::context::{Carry, ContextTagger, PhraseIndex, SentenceWords, Tags};
use crate::decode::decode;
use crate::dimension::{self, Dimension, Pole, DEFAULT_DIMENSIONS};
use crate::document::{Document, LanguageCounts, Section, TextSummary, Utf16Spans, Word};
use crate::error::{Error, Problem, Result};
use crate::normalise::{is_hyphenation, utf8_len, Normaliser};
use crate::score::{
    score, DimensionScore, PoleTotals, PoleWeights, ENDORSED_FACTOR, REVERSED_FACTOR,
};
use crate::segment::{reads_as_space, Segmenter, SentenceView};
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;

/// data/jieba/dict.txt as build.rs packs it (see `dictionary`).
const DICTIONARY_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.words"));
const DICTIONARY_FREQUENCIES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.frequencies"));
const DICTIONARY_GROUPS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dict.groups"));
const USER_DICTIONARY: &str = include_str!("../data/userdict.txt");
const TERM_WORDS_FILE: &str = "data/term_words.txt";
/// The built-in terms as the segmenter cuts them (see `term_words`).
const BUILT_IN_TERM_WORDS: &str = include_str!("../data/term_words.txt");
/// English and Chinese function words left out of key terms.
const ENGLISH_STOP_WORDS: &str = include_str!("../data/stopwords_en.txt");
const CHINESE_STOP_WORDS: &str = include_str!("../data/stopwords_zh.txt");
/// Sentences shown as evidence per pole.
const EVIDENCE_SENTENCES: usize = 3;
/// Sentences in other voices listed per dimension, in document order.
const OTHER_VOICE_SENTENCES: usize = 30;

pub struct Engine {
    normaliser: Normaliser,
    segmenter: Segmenter,
    context: ContextTagger,
    dimensions: Vec<IndexedDimension>,
    /// data/stopwords_en.txt and data/stopwords_zh.txt, in the matching form of document words
    /// (English stemmed).
    stop_words: FxHashSet<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentReport {
    pub id: String,
    pub path: String,
    /// The title the file gives itself (an HTML file's `<title>`), which the page shows in place
    /// of the file's name; absent when it gives none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub encoding: &'static str,
    /// Length of the decoded text in UTF-16 code units.
    pub characters: usize,
    pub sentences: usize,
    /// The actors the document's heading names as its authors (`author`), whose names are read
    /// as the author's own voice: the reader sees why "the United States believes…" counted.
    pub authors: Vec<&'static str>,
    pub dimensions: BTreeMap<String, DimensionReport>,
    /// Word counts of the scored text, for keyness: the page hands reports back to `compare`.
    /// Keyed by the matching form (Simplified, Latin words stemmed), so that documents in either
    /// script and any inflection count one term together.
    pub terms: BTreeMap<String, u32>,
    /// How the document writes the terms it does not always write as their key: for an English
    /// word the written forms, most frequent first, the key itself among them when it is written
    /// as such ("governance" and "government" for "govern", "ICANN" for "icann"); for a Chinese
    /// word the form it is first written in (企業 for 企业).
    pub term_forms: BTreeMap<String, Vec<String>>,
    /// How the text was read: format, encoding, sections and removals (see `Document::summary`).
    pub text: TextSummary,
}

/// One dimension of one document: the score and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionReport {
    #[serde(flatten)]
    pub score: DimensionScore,
    /// Per cue term, its counted hits and signed contribution, largest first.
    pub contributions: Vec<Contribution>,
    /// The sentences weighing most on each pole in the author's own voice.
    pub evidence: Evidence,
    /// The sentences holding attributed, negated or criticised hits, in document order: the
    /// account the document gives of positions that are not its own.
    pub other_voices: Vec<EvidenceSentence>,
    /// Cue hits by voice: the author's own (plain or endorsed), attributed to another actor,
    /// negated or opposed by the author, criticised (所谓, scare quotes) by the author.
    pub own_hits: Vec<HitGroup>,
    pub attributed_hits: Vec<HitGroup>,
    pub negated_hits: Vec<HitGroup>,
    pub criticised_hits: Vec<HitGroup>,
}

/// The hits of one cue term that carry the same tags and contribution, in order of their first
/// hit. A long document has thousands of hits and few such groups: the 5 MB bench text has
/// 8,730 hits in 44 groups. One object per hit, each repeating its term, tags and weights, made
/// handing the report to the page (JSON text the browser parses) a tenth of the instructions of
/// an analysis in Node.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HitGroup {
    pub term: String,
    pub pole: Pole,
    pub weight: f64,
    /// Signed effect of each hit on the score's weights (negative: toward the negative pole); 0
    /// when the hits do not count (attributed, or criticised by quotation marks alone).
    pub contribution: f64,
    pub tags: Tags,
    /// Index in the document of each hit's sentence, in document order.
    pub sentences: Vec<usize>,
    /// UTF-16 span of each hit's matched words in the original text, in the order of `sentences`.
    pub spans: Vec<[usize; 2]>,
}

/// One cue hit, as the analysis finds it.
struct Hit<'a> {
    term: &'a str,
    /// The hit's words as the document writes them (see `written_form`).
    written: Cow<'a, str>,
    pole: Pole,
    weight: f64,
    contribution: f64,
    tags: Tags,
    sentence: usize,
    span: [usize; 2],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Contribution {
    pub term: String,
    /// The forms the document writes the cue in, as they first come (国家主权 is 國家主權 in a
    /// Traditional document, "multilateralism" may be "multilateral"), at most `WRITTEN_FORMS`.
    pub written: Vec<String>,
    pub pole: Pole,
    pub hits: usize,
    pub contribution: f64,
}

/// Forms of a cue a contribution lists: the chart labels a bar with them.
const WRITTEN_FORMS: usize = 3;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    pub negative: Vec<EvidenceSentence>,
    pub positive: Vec<EvidenceSentence>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EvidenceSentence {
    pub sentence: usize,
    /// UTF-16 span of the sentence in the original text.
    pub span: [usize; 2],
    /// The sentence as the original has it, with what the analysis cut out of it (`left_out`).
    pub text: String,
    /// UTF-16 spans in the original text of what the analysis cut out of the sentence, which a
    /// reader is not shown either: footnote markers (`<sup>①</sup>`, `[3]`), a footnote a PDF
    /// spliced into it, a Markdown link's address.
    pub left_out: Vec<[usize; 2]>,
    /// The sentence's own-voice weight on this pole.
    pub weight: f64,
}

/// Several documents analysed together, with their comparison; the CLI's JSON output.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub documents: Vec<DocumentReport>,
    pub comparison: Comparison,
    /// One message per document that could not be read (naming its file).
    pub errors: Vec<String>,
}

/// A dimension whose cue terms are normalised and segmented the way documents are, so that
/// matching is a comparison of word sequences.
struct IndexedDimension {
    dimension: Dimension,
    /// Cue words → index into `dimension.cues`.
    cues: PhraseIndex<usize>,
}

impl IndexedDimension {
    /// `words` holds the words of each cue, in order. Every cue must have words to match, and no
    /// two cues of opposite poles the same words: of two that read alike (网络主权 and 網絡主權,
    /// ICANN and icann) only the later is ever found, which would put every hit of the one on the
    /// other's pole. Two of one pole (multilateral and multilateralism, which stem alike) are
    /// let be, the later counting, as the built-in files had them until they were found: files
    /// copied from those still load.
    fn new(file: &str, dimension: Dimension, words: Vec<Vec<String>>) -> Result<Self> {
        let mut cues = PhraseIndex::default();
        let mut first_with: FxHashMap<&[String], usize> = FxHashMap::default();
        let line = |index: usize| dimension.cue_lines.get(index).copied().unwrap_or(0);
        for (index, words) in words.iter().enumerate() {
            let term = &dimension.cues[index].term;
            if words.is_empty() {
                return Err(Error::data(
                    file,
                    line(index),
                    Problem::CueWithoutWords { term: term.clone() },
                ));
            }
            if let Some(&first) = first_with
                .get(words.as_slice())
                .filter(|&&first| dimension.cues[first].pole != dimension.cues[index].pole)
            {
                return Err(Error::data(
                    file,
                    line(index),
                    Problem::CueSameWordsOtherPole {
                        term: term.clone(),
                        other: dimension.cues[first].term.clone(),
                        other_line: line(first),
                    },
                ));
            }
            first_with.insert(words, index);
        }
        for (index, words) in words.into_iter().enumerate() {
            cues.insert(words, index);
        }
        Ok(IndexedDimension { dimension, cues })
    }
}

fn cue_terms(dimension: &Dimension) -> impl Iterator<Item = &str> {
    dimension.cues.iter().map(|cue| cue.term.as_str())
}

/// The segmenter and normaliser every engine starts from, and the built-in dimensions.
pub(crate) fn built_in_parts() -> Result<(Segmenter, Normaliser, Vec<Dimension>)> {
    let segmenter = Segmenter::with_packed(
        "data/jieba/dict.txt",
        DICTIONARY_WORDS,
        DICTIONARY_FREQUENCIES,
        DICTIONARY_GROUPS,
        &[("data/userdict.txt", USER_DICTIONARY)],
    )?;
    let defaults = DEFAULT_DIMENSIONS
        .iter()
        .map(|(file, json)| dimension::parse(file, json))
        .collect::<Result<Vec<_>>>()?;
    Ok((segmenter, Normaliser::new()?, defaults))
}

/// The context triggers, then the cues of each built-in dimension in order.
fn built_in_terms(defaults: &[Dimension]) -> Vec<&str> {
    let mut terms: Vec<&str> = ContextTagger::terms().collect();
    terms.extend(defaults.iter().flat_map(cue_terms));
    terms
}

/// The words of each of `terms`: those `known` (a file as `Engine::cut_built_in_terms` writes
/// it, header lines starting with `#`) lists are read from it, the others cut now. Cutting the
/// built-in terms at start-up was four fifths of building an engine, and in the browser it made
/// the engine's start-up code hot enough to be compiled a second time by the optimising tier.
fn term_words(
    segmenter: &Segmenter,
    normaliser: &Normaliser,
    terms: &[&str],
    known: &str,
) -> Result<Vec<Vec<String>>> {
    let mut words: FxHashMap<&str, Vec<String>> = FxHashMap::default();
    for (index, line) in known.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        let (term, cut) = line.split_once('\t').ok_or_else(|| {
            Error::data(
                TERM_WORDS_FILE,
                index + 1,
                Problem::BuiltInData {
                    detail: "a term and its words are separated by a tab".into(),
                },
            )
        })?;
        words.insert(term, cut.split_whitespace().map(str::to_owned).collect());
    }
    let unknown: Vec<&str> = terms
        .iter()
        .copied()
        .filter(|term| !words.contains_key(term))
        .collect();
    if !unknown.is_empty() {
        words.extend(
            unknown
                .iter()
                .copied()
                .zip(segmenter.terms_words(normaliser, &unknown)),
        );
    }
    Ok(terms.iter().map(|term| words[term].clone()).collect())
}

impl Engine {
    pub fn new() -> Result<Self> {
        let (segmenter, normaliser, defaults) = built_in_parts()?;
        // The triggers and the built-in cues, in that order; cut ahead of time.
        let terms = built_in_terms(&defaults);
        let mut words =
            term_words(&segmenter, &normaliser, &terms, BUILT_IN_TERM_WORDS)?.into_iter();
        let context =
            ContextTagger::from_words(words.by_ref().take(ContextTagger::terms().count()));
        let dimensions = defaults
            .into_iter()
            .zip(DEFAULT_DIMENSIONS)
            .map(|(dimension, (file, _))| {
                let cues = words.by_ref().take(dimension.cues.len()).collect();
                IndexedDimension::new(file, dimension, cues)
            })
            .collect::<Result<_>>()?;
        let mut stems = normaliser.stems();
        let stop_words = [ENGLISH_STOP_WORDS, CHINESE_STOP_WORDS]
            .into_iter()
            .flat_map(str::lines)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .map(|word| stems.stem(word).to_owned())
            .collect();
        Ok(Engine {
            normaliser,
            segmenter,
            context,
            dimensions,
            stop_words,
        })
    }

    /// What data/term_words.txt holds after its header: each built-in term, a tab and the words
    /// the segmenter cuts it into, separated by spaces; sorted, one line per term. Written by
    /// `cargo run --release --example term_words`.
    pub fn cut_built_in_terms() -> Result<String> {
        let (segmenter, normaliser, defaults) = built_in_parts()?;
        let terms = built_in_terms(&defaults);
        // The triggers and the built-in cues are cut in one go, so that the dictionary words
        // they share are read once.
        let words = segmenter.terms_words(&normaliser, &terms);
        let mut lines: Vec<String> = terms
            .iter()
            .zip(words)
            .map(|(term, words)| format!("{term}\t{}\n", words.join(" ")))
            .collect();
        lines.sort_unstable();
        lines.dedup();
        Ok(lines.concat())
    }

    /// Adds a dimension from a dimension file after the others, or puts it in the place of the one
    /// with its id (so a file that replaces a built-in dimension keeps the map's axes); returns
    /// its id.
    pub fn add_dimension(&mut self, file: &str, json: &str) -> Result<String> {
        let dimension = dimension::parse(file, json)?;
        let terms: Vec<&str> = cue_terms(&dimension).collect();
        let words = self.segmenter.terms_words(&self.normaliser, &terms);
        let indexed = IndexedDimension::new(file, dimension, words)?;
        let id = indexed.dimension.id.clone();
        match self.dimensions.iter_mut().find(|d| d.dimension.id == id) {
            Some(replaced) => *replaced = indexed,
            None => self.dimensions.push(indexed),
        }
        Ok(id)
    }

    pub fn dimensions(&self) -> Vec<&Dimension> {
        self.dimensions.iter().map(|d| &d.dimension).collect()
    }

    /// Decodes, cleans and segments one document, ready for scoring.
    pub fn read(&self, path: &str, bytes: &[u8]) -> Result<Document> {
        let decoded = decode(path, bytes)?;
        let cleaned = clean(&decoded.text, decoded.format, &decoded.marked);
        Ok(self.segmenter.document(&self.normaliser, decoded, cleaned))
    }

    /// One pass over the body sentences as the segmenter cuts them: each sentence's words,
    /// context, cue hits and term counts are taken in turn, so nothing per word is kept for the
    /// whole document (a 5 MB text would otherwise hold millions of words at once).
    /// `bytes` may be owned, which spares a copy of the text (see `decode`).
    pub fn analyze<'a>(
        &self,
        id: &str,
        path: &str,
        bytes: impl Into<Cow<'a, [u8]>>,
    ) -> Result<DocumentReport> {
        let decoded = decode(path, bytes)?;
        let cleaned = clean(&decoded.text, decoded.format, &decoded.marked);
        let text = decoded.text.as_str();
        let utf16 = Utf16Spans::new(text);
        let mut tallies: Vec<Tally> = self.dimensions.iter().map(|_| Tally::default()).collect();
        // Every sentence's span, by index; the indices of the scored (body) ones.
        let mut sentences: Vec<Range<usize>> = Vec::new();
        let mut scored: Vec<usize> = Vec::new();
        let mut languages = LanguageCounts::default();
        let mut scored_characters = 0;
        let mut terms = TermCounts::default();
        let mut carry = Carry::default();
        // Read once: most documents name no author the context knows, and their sentences are
        // tagged as before.
        let heading = author::heading(text);
        let read = |part: &str| self.normaliser.normalise(&author::with_us(part));
        let author = author::author(&read(heading.front_matter), &read(heading.lines));
        self.segmenter
            .for_each_sentence(&self.normaliser, text, &cleaned, is_scored, |sentence| {
                let index = sentences.len();
                sentences.push(sentence.span.clone());
                languages.count(sentence.lang);
                if !is_scored(sentence.section) {
                    return;
                }
                let mut words = sentence_words(sentence);
                let ended = ends_sentence(text, sentence);
                let cue_hits: Vec<Vec<(Range<usize>, usize)>> = self
                    .dimensions
                    .iter()
                    .map(|indexed| indexed.cues.find_all(&words.words))
                    .collect();
                let has_hits = cue_hits.iter().any(|hits| !hits.is_empty());
                // Only a hit's tags look at clauses.
                if has_hits {
                    words.clause_of = context_clauses(text, sentence);
                }
                // The context only matters for cue hits and for what a sentence cut short by a
                // line break hands on; most sentences have neither, and skip it.
                let context = (!ended || has_hits)
                    .then(|| self.context.sentence(&words, text, carry, author));
                carry = context.as_ref().map_or_else(Carry::default, |context| {
                    ContextTagger::carry(context, ended)
                });
                for ((indexed, tally), hits) in
                    self.dimensions.iter().zip(&mut tallies).zip(cue_hits)
                {
                    let mut sentence_weights = PoleWeights::default();
                    for (range, cue_index) in hits {
                        let Some(context) = &context else { break };
                        let cue = &indexed.dimension.cues[cue_index];
                        let tags = self.context.tag(context, &words, text, range.clone());
                        let contribution = contribution(cue.pole, cue.weight, tags);
                        if counts_in_score(tags) {
                            sentence_weights.hits += 1;
                            if contribution < 0.0 {
                                sentence_weights.negative -= contribution;
                            } else {
                                sentence_weights.positive += contribution;
                            }
                        }
                        let bytes =
                            words.cut[range.start].span.start..words.cut[range.end - 1].span.end;
                        tally.hits.push(Hit {
                            term: &cue.term,
                            written: written_form(text, &words.cut[range.clone()]),
                            pole: cue.pole,
                            weight: cue.weight,
                            contribution,
                            tags,
                            sentence: index,
                            span: utf16.span(&bytes),
                        });
                    }
                    tally.weights.push(sentence_weights);
                }
                for (&word, cut) in words
                    .words
                    .iter()
                    .zip(words.cut)
                    .filter(|(word, _)| is_keyness_term(word))
                {
                    terms.count(word, &text[cut.span.clone()]);
                }
                scored_characters += text[sentence.span.clone()].chars().count();
                scored.push(index);
            });
        let quotes = Quotes {
            text,
            utf16: &utf16,
            sentences: &sentences,
            removed: {
                let mut spans: Vec<Range<usize>> =
                    cleaned.removals.iter().map(|r| r.span.clone()).collect();
                spans.sort_by_key(|span| span.start);
                spans
            },
        };
        let mut dimensions = BTreeMap::new();
        for (indexed, Tally { hits, weights }) in self.dimensions.iter().zip(tallies) {
            let salience = if scored_characters == 0 {
                0.0
            } else {
                hits.len() as f64 * 1000.0 / scored_characters as f64
            };
            let evidence = |pole| evidence(&quotes, &scored, &weights, pole);
            let report = DimensionReport {
                score: score(&weights, salience, attributed_totals(&hits)),
                contributions: contributions(&hits),
                evidence: Evidence {
                    negative: evidence(Pole::Negative),
                    positive: evidence(Pole::Positive),
                },
                other_voices: other_voice_sentences(&quotes, &hits),
                own_hits: Vec::new(),
                attributed_hits: Vec::new(),
                negated_hits: Vec::new(),
                criticised_hits: Vec::new(),
            };
            dimensions.insert(indexed.dimension.id.clone(), file_hits(report, &hits));
        }
        let (terms, term_forms) = terms.into_report(&self.stop_words);
        Ok(DocumentReport {
            id: id.to_owned(),
            path: path.to_owned(),
            title: decoded.title,
            encoding: decoded.encoding,
            characters: utf16.offset(text.len()),
            sentences: sentences.len(),
            authors: author.names(),
            dimensions,
            term_forms,
            terms,
            text: TextSummary::new(
                text,
                decoded.encoding,
                decoded.format,
                &cleaned.sections,
                &cleaned.removals,
                languages,
                &utf16,
            ),
        })
    }
}

/// Only the body is scored: a paper's notes, abstract and front matter are not its argument.
fn is_scored(section: Section) -> bool {
    section == Section::Body
}

/// One dimension's cue hits and per-sentence weights, gathered sentence by sentence.
#[derive(Default)]
struct Tally<'a> {
    hits: Vec<Hit<'a>>,
    /// One entry per scored sentence, in order.
    weights: Vec<PoleWeights>,
}

/// The words of one sentence, without their clauses (see `context_clauses`).
fn sentence_words<'a>(sentence: &SentenceView<'a>) -> SentenceWords<'a> {
    SentenceWords {
        words: sentence
            .words
            .iter()
            .map(|word| &sentence.norms[word.norm.clone()])
            .collect(),
        clause_of: Vec::new(),
        cut: sentence.words,
    }
}

/// Each word's context clause: clauses joined by an enumeration comma (、) are one, so that
/// "反对A、B" reaches B.
fn context_clauses(text: &str, sentence: &SentenceView) -> Vec<usize> {
    let mut context_clause = 0;
    let context_clauses: Vec<usize> = sentence
        .clauses
        .iter()
        .map(|clause| {
            let this = context_clause;
            if !text[clause.clone()].ends_with('、') {
                context_clause += 1;
            }
            this
        })
        .collect();
    sentence
        .clause_of
        .iter()
        .map(|&clause| context_clauses[clause])
        .collect()
}

/// Whether a sentence ends in punctuation, rather than being cut by a line break.
fn ends_sentence(text: &str, sentence: &SentenceView) -> bool {
    text[sentence.span.clone()]
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '.' | '…'))
}

/// Whether a hit counts in the author's own score: attributed hits are someone else's, and a
/// cue in scare quotes alone shows that the author keeps the word at a distance, not which side
/// they take.
fn counts_in_score(tags: Tags) -> bool {
    let quoted_only = tags.criticised && !tags.explicitly_distanced && !tags.negated;
    !(tags.attributed || quoted_only)
}

/// Signed weight of a hit toward the positive pole: negated or explicitly distanced cues count,
/// more weakly, for the other pole. Both at once (反对所谓多利益攸关方) is still one rejection: the
/// two do not cancel out.
fn contribution(pole: Pole, weight: f64, tags: Tags) -> f64 {
    if !counts_in_score(tags) {
        return 0.0;
    }
    let sign = match pole {
        Pole::Negative => -1.0,
        Pole::Positive => 1.0,
    };
    if tags.negated || tags.explicitly_distanced {
        -sign * weight * REVERSED_FACTOR
    } else if tags.endorsed {
        sign * weight * ENDORSED_FACTOR
    } else {
        sign * weight
    }
}

fn attributed_totals(hits: &[Hit]) -> PoleTotals {
    let mut totals = PoleTotals::default();
    for hit in hits.iter().filter(|hit| hit.tags.attributed) {
        match hit.pole {
            Pole::Negative => totals.negative += hit.weight,
            Pole::Positive => totals.positive += hit.weight,
        }
        totals.hits += 1;
    }
    totals
}

fn contributions(hits: &[Hit]) -> Vec<Contribution> {
    let mut by_term: BTreeMap<(&str, bool), Contribution> = BTreeMap::new();
    for hit in hits.iter().filter(|hit| counts_in_score(hit.tags)) {
        let entry = by_term
            .entry((hit.term, hit.pole == Pole::Positive))
            .or_insert_with(|| Contribution {
                term: hit.term.to_owned(),
                written: Vec::new(),
                pole: hit.pole,
                hits: 0,
                contribution: 0.0,
            });
        let written = if hit.written.contains(char::is_whitespace) {
            Cow::Owned(on_one_line(&hit.written))
        } else {
            Cow::Borrowed(hit.written.as_ref())
        };
        // "Multilateral" at a sentence's start is the form "multilateral" takes there.
        if entry.written.len() < WRITTEN_FORMS
            && !entry
                .written
                .iter()
                .any(|w| w.eq_ignore_ascii_case(&written))
        {
            entry.written.push(written.into_owned());
        }
        entry.hits += 1;
        entry.contribution += hit.contribution;
    }
    let mut list: Vec<Contribution> = by_term.into_values().collect();
    list.sort_by(|a, b| b.contribution.abs().total_cmp(&a.contribution.abs()));
    list
}

/// The text of a hit's `words` as the document writes them: from the first word to the last,
/// but for lines between two of them that cleaning removed, for which a line break stands. A page
/// header or a note's text between 联合国 and 框架 is not part of how 联合国框架 is written.
fn written_form<'a>(text: &'a str, words: &[Word]) -> Cow<'a, str> {
    let whole = &text[words[0].span.start..words[words.len() - 1].span.end];
    // Lines of their own between two words: a page's header or footer, a note's text. Within a
    // line the gap is the document's ("Internet & Society").
    let gap_removed = |pair: &[Word]| {
        let gap = &text[pair[0].span.end..pair[1].span.start];
        gap.contains('\n') && !gap.chars().all(char::is_whitespace)
    };
    if !words.windows(2).any(gap_removed) {
        return Cow::Borrowed(whole);
    }
    let mut written = String::with_capacity(whole.len());
    for pair in words.windows(2) {
        written.push_str(&text[pair[0].span.start..pair[0].span.end]);
        written.push_str(if gap_removed(pair) {
            "\n"
        } else {
            &text[pair[0].span.end..pair[1].span.start]
        });
    }
    written.push_str(&text[words[words.len() - 1].span.clone()]);
    Cow::Owned(written)
}

/// Written words on one line, as the segmenter reads them: a line break (with the white space
/// around it) is nothing next to Chinese (网络\n主权) or after a hyphen, whose hyphen goes too
/// when it only broke a word ("sec-\ntor" is "sector", "multi-\nstakeholder" stays
/// "multi-stakeholder", as `is_hyphenation` says), and a space between Latin words; any other run
/// of white space is one space.
fn on_one_line(written: &str) -> String {
    let mut line = String::with_capacity(written.len());
    let mut rest = written.trim();
    while let Some(gap) = rest.find(char::is_whitespace) {
        let (piece, after) = rest.split_at(gap);
        let next = after.trim_start();
        line.push_str(piece);
        let breaks = after[..after.len() - next.len()].contains('\n');
        let left = line.chars().next_back().unwrap_or(' ');
        let right = next.chars().next().unwrap_or(' ');
        if !breaks || reads_as_space(left, right) {
            line.push(' ');
        } else if left == '-' && is_hyphenation(&line[..line.len() - 1], next) {
            line.pop();
        }
        rest = next;
    }
    line.push_str(rest);
    line
}

/// The document's sentences, to quote as evidence.
struct Quotes<'a> {
    text: &'a str,
    utf16: &'a Utf16Spans<'a>,
    /// Every sentence's span, by index.
    sentences: &'a [Range<usize>],
    /// The spans of everything clean cut out, by start.
    removed: Vec<Range<usize>>,
}

impl Quotes<'_> {
    fn sentence(&self, index: usize, weight: f64) -> EvidenceSentence {
        let span = &self.sentences[index];
        let first = self
            .removed
            .partition_point(|removed| removed.start < span.start);
        EvidenceSentence {
            sentence: index,
            span: self.utf16.span(span),
            text: self.text[span.clone()].to_owned(),
            left_out: self.removed[first..]
                .iter()
                .take_while(|removed| removed.start < span.end)
                .filter(|removed| removed.end <= span.end)
                .map(|removed| self.utf16.span(removed))
                .collect(),
            weight,
        }
    }
}

/// The scored sentences weighing most on `pole`. `scored` holds the indices of the scored
/// sentences, in the order of `weights`.
fn evidence(
    quotes: &Quotes,
    scored: &[usize],
    weights: &[PoleWeights],
    pole: Pole,
) -> Vec<EvidenceSentence> {
    let mut ranked: Vec<(usize, f64)> = weights
        .iter()
        .map(|w| match pole {
            Pole::Negative => w.negative,
            Pole::Positive => w.positive,
        })
        .enumerate()
        .filter(|(_, weight)| *weight > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked
        .into_iter()
        .take(EVIDENCE_SENTENCES)
        .map(|(at, weight)| quotes.sentence(scored[at], weight))
        .collect()
}

/// The sentences with hits that are not the author's own, weighted by those hits.
fn other_voice_sentences(quotes: &Quotes, hits: &[Hit]) -> Vec<EvidenceSentence> {
    let mut weights: BTreeMap<usize, f64> = BTreeMap::new();
    for hit in hits
        .iter()
        .filter(|hit| hit.tags.attributed || hit.tags.negated || hit.tags.criticised)
    {
        *weights.entry(hit.sentence).or_default() += hit.weight;
    }
    weights
        .into_iter()
        .take(OTHER_VOICE_SENTENCES)
        .map(|(index, weight)| quotes.sentence(index, weight))
        .collect()
}

/// Files each hit under one voice (attribution first: it is not the author speaking; then
/// negation, then criticism; the rest is the author's own), in the group of its term, tags and
/// contribution.
fn file_hits(mut report: DimensionReport, hits: &[Hit]) -> DimensionReport {
    // Keyed by what the report shows of a hit, so no two groups look alike: a voice follows from
    // the tags.
    type Key<'a> = (&'a str, Pole, [bool; 4], u64);
    let mut group_of: FxHashMap<Key, usize> = FxHashMap::default();
    for hit in hits {
        let Tags {
            negated,
            attributed,
            criticised,
            endorsed,
            ..
        } = hit.tags;
        let list = if attributed {
            &mut report.attributed_hits
        } else if negated {
            &mut report.negated_hits
        } else if criticised {
            &mut report.criticised_hits
        } else {
            &mut report.own_hits
        };
        let key = (
            hit.term,
            hit.pole,
            [negated, attributed, criticised, endorsed],
            hit.contribution.to_bits(),
        );
        let group = *group_of.entry(key).or_insert_with(|| {
            list.push(HitGroup {
                term: hit.term.to_owned(),
                pole: hit.pole,
                weight: hit.weight,
                contribution: hit.contribution,
                tags: hit.tags,
                sentences: Vec::new(),
                spans: Vec::new(),
            });
            list.len() - 1
        });
        list[group].sentences.push(hit.sentence);
        list[group].spans.push(hit.span);
    }
    report
}

/// The keyness terms of a document: per key, its count and the forms it is written in where they
/// differ from it, in one map so that a word read costs one look-up.
#[derive(Default)]
struct TermCounts {
    terms: FxHashMap<String, TermCount>,
    /// The written word without its line breaks, reused from word to word.
    written: String,
}

#[derive(Default)]
struct TermCount {
    count: u32,
    /// Times an English word was written as its key ("state" for "state").
    as_key: u32,
    /// Each form other than the key, and its count.
    forms: Vec<(String, u32)>,
}

/// Forms kept per key besides the key itself: a stem written in more ways than this is rare.
const FORMS_PER_TERM: usize = 4;

impl TermCounts {
    /// English words are followed form by form: one stem stands for several words ("govern" for
    /// "governance" and "government"), and the page names them all. A Chinese word keeps the
    /// form it is first written in (企業 for 企业 in a Traditional text), looked at once: reading
    /// every occurrence's form cost 2% of an analysis of Chinese text.
    fn count(&mut self, key: &str, written: &str) {
        let english = key.as_bytes()[0].is_ascii_alphabetic();
        let term = match self.terms.get_mut(key) {
            Some(term) if !english => {
                term.count += 1;
                return;
            }
            Some(term) => term,
            None => self.terms.entry(key.to_owned()).or_default(),
        };
        term.count += 1;
        // Most words are written as their key (Simplified Chinese, lower-case English whose stem
        // is itself): one comparison, then nothing.
        if written == key {
            term.as_key += 1;
            return;
        }
        // A word cut across a hard line break is written without it.
        let written = if written.contains(char::is_whitespace) {
            self.written.clear();
            self.written
                .extend(written.chars().filter(|c| !c.is_whitespace()));
            if self.written == key {
                term.as_key += 1;
                return;
            }
            self.written.as_str()
        } else {
            written
        };
        if let Some((_, count)) = term.forms.iter_mut().find(|(form, _)| form == written) {
            *count += 1;
        } else if term.forms.len() < FORMS_PER_TERM {
            term.forms.push((written.to_owned(), 1));
        }
    }

    /// The counts, and per key written otherwise at least once its forms: an English word's from
    /// the most frequent, the key itself among them when it was written as such, forms that
    /// differ only in case ("Governance", "governance") as one, written the way the document
    /// writes it most; a Chinese word's first form. Stop words are left out here, once per distinct word, rather than looked up for
    /// every word read.
    fn into_report(
        self,
        stop_words: &FxHashSet<String>,
    ) -> (BTreeMap<String, u32>, BTreeMap<String, Vec<String>>) {
        let mut counts = BTreeMap::new();
        let mut written_forms = BTreeMap::new();
        for (
            key,
            TermCount {
                count,
                as_key,
                mut forms,
            },
        ) in self.terms
        {
            if stop_words.contains(&key) {
                continue;
            }
            if !forms.is_empty() {
                if as_key > 0 {
                    forms.push((key.clone(), as_key));
                }
                written_forms.insert(key.clone(), most_frequent_first(forms));
            }
            counts.insert(key, count);
        }
        (counts, written_forms)
    }
}

/// Forms from the most frequent, casings merged into the one written most (ASCII casings: the
/// English words this is for).
fn most_frequent_first(forms: Vec<(String, u32)>) -> Vec<String> {
    // Each casing's count, then the casings summed: (form, its count, its group's).
    let mut merged: Vec<(String, u32, u32)> = Vec::new();
    for (form, count) in forms {
        match merged
            .iter_mut()
            .find(|(other, ..)| other.eq_ignore_ascii_case(&form))
        {
            Some((most, most_count, total)) => {
                *total += count;
                if count > *most_count {
                    (*most, *most_count) = (form, count);
                }
            }
            None => merged.push((form, count, count)),
        }
    }
    merged.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    merged.into_iter().map(|(form, ..)| form).collect()
}

/// Words worth a keyness figure, stop words aside: not numbers, not single Chinese characters
/// (mostly particles).
fn is_keyness_term(word: &str) -> bool {
    let two_characters_or_more = word.len() > word.bytes().next().map_or(0, utf8_len);
    two_characters_or_more && !word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags_of(engine: &Engine, text: &str) -> Vec<(String, Tags)> {
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        report
            .dimensions
            .values()
            .flat_map(|d| {
                [
                    &d.own_hits,
                    &d.attributed_hits,
                    &d.negated_hits,
                    &d.criticised_hits,
                ]
            })
            .flatten()
            .map(|hit| (hit.term.clone(), hit.tags))
            .collect()
    }

    #[test]
    fn the_term_file_holds_what_the_segmenter_cuts() {
        let cut = Engine::cut_built_in_terms().unwrap();
        let stored = BUILT_IN_TERM_WORDS
            .lines()
            .filter(|line| !line.starts_with('#'));
        let regenerate = "run `cargo run --release --example term_words > data/term_words.txt`";
        for (index, (stored, cut)) in stored.clone().zip(cut.lines()).enumerate() {
            assert_eq!(
                stored,
                cut,
                "term {} of {TERM_WORDS_FILE}: {regenerate}",
                index + 1
            );
        }
        assert_eq!(
            stored.count(),
            cut.lines().count(),
            "{TERM_WORDS_FILE}: {regenerate}"
        );
    }

    #[test]
    fn terms_the_term_file_lacks_are_cut_and_a_bad_line_is_named() {
        let (segmenter, normaliser, _) = built_in_parts().unwrap();
        let terms = ["网络主权", "多利益攸关方模式"];
        let cut = segmenter.terms_words(&normaliser, &terms);
        // A stale line wins over cutting (the test above keeps the real file current), and a
        // term without a line is cut.
        let known = "# header\n网络主权\t网络 主权 stale\n";
        let words = term_words(&segmenter, &normaliser, &terms, known).unwrap();
        assert_eq!(words[0], ["网络", "主权", "stale"]);
        assert_eq!(words[1], cut[1]);
        let error = term_words(
            &segmenter,
            &normaliser,
            &terms,
            "# header\n网络主权 网络 主权\n",
        )
        .map(|_| ())
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "data/term_words.txt, line 2: a term and its words are separated by a tab"
        );
    }

    #[test]
    fn cues_are_found_in_both_scripts_and_languages() {
        let engine = Engine::new().unwrap();
        let text = "各国应尊重网络主权。各國應尊重網絡主權。We respect cyber sovereignty.";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let dimension = &report.dimensions["sovereignty_multistakeholder"].score;
        assert_eq!(dimension.hits, 3);
        assert!(dimension.score.unwrap() < -0.5);
    }

    #[test]
    fn a_hit_is_written_without_what_cleaning_removed_between_its_words() {
        let word = |text: &str, at: &str| {
            let start = text.find(at).unwrap();
            Word {
                span: start..start + at.len(),
                norm: 0..0,
            }
        };
        // Why: document 000 of the corpus writes 联合国 at a page's end and 框架 after the page's
        // header block, which cleaning removes; the evidence listed the block as how 联合国框架
        // is written.
        let split = "在联合国\n收稿日期:2020-09-29 <sup>*</sup>\n框架内";
        let written = written_form(split, &[word(split, "联合国"), word(split, "框架")]);
        assert_eq!(on_one_line(&written), "联合国框架");
        // Control: what stands between the words on their line stays ("Internet & Society",
        // NETmundial 076), and so does white space, for `on_one_line` to read.
        let on_line = "the Internet & Society";
        let written = written_form(
            on_line,
            &[word(on_line, "Internet"), word(on_line, "Society")],
        );
        assert_eq!(written, "Internet & Society");
        let spaced = "the civil\n society";
        let written = written_form(spaced, &[word(spaced, "civil"), word(spaced, "society")]);
        assert_eq!(written, "civil\n society");
        assert_eq!(on_one_line(&written), "civil society");
    }

    #[test]
    fn a_report_is_written_the_same_every_time() {
        // Term counts were kept in std HashMaps, whose order differs from map to map: two
        // analyses of one text wrote their JSON in different orders, and a researcher comparing
        // two exports saw differences that were none.
        let engine = Engine::new().unwrap();
        let text = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/corpus/000-un-return-cyberspace-security-governance.txt"
        ))
        .unwrap();
        let written = || {
            let report = engine.analyze("t", "t.txt", &text).unwrap();
            serde_json::to_string(&report).unwrap()
        };
        assert_eq!(written(), written());
    }

    #[test]
    fn another_actors_position_is_attributed_not_scored() {
        let engine = Engine::new().unwrap();
        let text = "美国主张多利益攸关方模式，鼓吹由ICANN管理互联网。";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        for dimension in report.dimensions.values() {
            assert!(dimension.own_hits.is_empty());
            assert!(!dimension.attributed_hits.is_empty());
            assert_eq!(dimension.score.own.hits, 0);
        }
    }

    #[test]
    fn contributions_say_how_the_document_writes_each_cue() {
        let engine = Engine::new().unwrap();
        // The bars of the evidence's contribution chart were labelled by the cue, in Simplified
        // for a Traditional document and "multilateralism" for "multilateral".
        let text =
            "我們堅持國家主權。國家主權不容侵犯。We support a multilateral order. Multilateral \
                    rules matter. MULTILATERAL bodies decide.";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let written = |term: &str| {
            report.dimensions["sovereignty_multistakeholder"]
                .contributions
                .iter()
                .find(|c| c.term == term)
                .map(|c| c.written.clone())
        };
        assert_eq!(
            written("国家主权"),
            Some(vec!["國家主權".to_owned()]),
            "one form, once"
        );
        assert_eq!(
            written("multilateralism"),
            Some(vec!["multilateral".to_owned()]),
            "a form once, whatever its case, as it first comes"
        );
        // From a PDF: a cue broken at a line's end, after a hyphen or between hanzi, read
        // "private sec- tor" and "网络 主权" on the chart; a word's own hyphen stays.
        let text = "We support the private sec-\ntor and the multi-\nstakeholder model. 我们坚持网络\n主权。";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let forms: Vec<String> = report.dimensions["sovereignty_multistakeholder"]
            .contributions
            .iter()
            .flat_map(|c| c.written.clone())
            .collect();
        for form in ["private sector", "multi-stakeholder", "网络主权"] {
            assert!(forms.contains(&form.to_owned()), "{form} in {forms:?}");
        }
    }

    #[test]
    fn a_cue_across_a_comma_that_ends_the_text_is_read() {
        // The pipeline's clauses end at punctuation, its cues do not: "national, sovereignty" is
        // one hit, past its clause and the last word, and the concessive rule's look at the word
        // after a hit panicked.
        let engine = Engine::new().unwrap();
        for text in ["We reject national, sovereignty", "无论是联合国，"] {
            assert!(
                engine.analyze("t", "t.txt", text.as_bytes()).is_ok(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_file_that_replaces_a_dimension_takes_its_place() {
        let mut engine = Engine::new().unwrap();
        let file = |id: &str| {
            format!("{{\"id\": \"{id}\", \"negative\": \"a\", \"positive\": \"b\", \"cues\": [{{\"term\": \"treaty\", \"pole\": \"negative\", \"weight\": 1}}]}}")
        };
        let ids = |engine: &Engine| -> Vec<String> {
            engine.dimensions().iter().map(|d| d.id.clone()).collect()
        };
        engine.add_dimension("mine.json", &file("mine")).unwrap();
        // Replacing the built-in UN dimension moved it after `mine`, and the map, which plots the
        // first two, from sovereignty × UN to sovereignty × mine.
        engine.add_dimension("un.json", &file("un_icann")).unwrap();
        assert_eq!(
            ids(&engine),
            ["sovereignty_multistakeholder", "un_icann", "mine"]
        );
        assert_eq!(engine.dimensions()[1].negative, "a", "the file's dimension");
    }

    #[test]
    fn cues_must_have_words_and_differ_in_them() {
        let mut engine = Engine::new().unwrap();
        let file = |cues: &str| {
            format!(
                "{{\"id\": \"d\", \"negative\": \"a\", \"positive\": \"b\", \"cues\": [\n{cues}]}}"
            )
        };
        let cases = [
            (
                "Traditional and Simplified spellings are one cue: only the last was ever found, \
                 on whichever pole it named",
                "{\"term\": \"网络主权\", \"pole\": \"negative\", \"weight\": 1},\n{\"term\": \"網絡主權\", \"pole\": \"positive\", \"weight\": 1}",
                "mine.json, line 3: cue `網絡主權` reads as the same words as cue `网络主权` on line 2, of the other pole",
            ),
            (
                "English words are stemmed",
                "{\"term\": \"multilateral\", \"pole\": \"negative\", \"weight\": 1},\n{\"term\": \"multilateralism\", \"pole\": \"positive\", \"weight\": 2}",
                "mine.json, line 3: cue `multilateralism` reads as the same words as cue `multilateral` on line 2, of the other pole",
            ),
            (
                "punctuation alone never matches",
                "{\"term\": \"——\", \"pole\": \"negative\", \"weight\": 1}",
                "mine.json, line 2: cue `——` has no word to match, only punctuation or spaces",
            ),
        ];
        for (why, cues, message) in cases {
            let error = engine.add_dimension("mine.json", &file(cues)).unwrap_err();
            assert_eq!(error.to_string(), message, "{why}");
        }
        assert_eq!(
            engine.dimensions().len(),
            2,
            "a refused file changes nothing"
        );
        // Two of one pole, as files copied from the built-in ones before they lost the first:
        // loaded, the later counting.
        let same_pole = "{\"term\": \"multilateral\", \"pole\": \"negative\", \"weight\": 1},\n{\"term\": \"multilateralism\", \"pole\": \"negative\", \"weight\": 2},\n{\"term\": \"multistakeholder\", \"pole\": \"positive\", \"weight\": 1}";
        engine.add_dimension("old.json", &file(same_pole)).unwrap();
        let text = "We support a multilateral system. We support a multilateral order. We support multilateral rules.";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let terms: Vec<&str> = report.dimensions["d"]
            .contributions
            .iter()
            .map(|c| c.term.as_str())
            .collect();
        assert_eq!(terms, ["multilateralism"]);
    }

    /// jieba keeps 美国商务部 whole; it names an actor because it begins with one (美国).
    #[test]
    fn a_word_that_begins_with_an_actor_names_one() {
        let engine = Engine::new().unwrap();
        for (text, attributed) in [
            ("美国商务部主张多利益攸关方模式。", true),
            ("商务部主张多利益攸关方模式。", false),
        ] {
            let tags = tags_of(&engine, text);
            assert!(!tags.is_empty(), "{text}");
            assert!(
                tags.iter().all(|(_, tags)| tags.attributed == attributed),
                "{text}: {tags:?}"
            );
        }
    }

    /// The stemmer makes some actor nouns one with a verb or an adjective ("supporters" and
    /// "support", "critics" and "critical", "others" and "other"): as written, only the noun
    /// names an actor, whose verb after it would make what follows the actor's.
    #[test]
    fn an_actor_noun_the_stemmer_shares_names_an_actor_only_as_written() {
        let engine = Engine::new().unwrap();
        for (why, text, term, attributed) in [
            (
                "the verb after an adverb is the author's, and so is what follows it",
                "We fully support the multistakeholder model and want ICANN to stay independent.",
                "icann",
                false,
            ),
            (
                "likewise after a denial",
                "We do not support the treaty and prefer ICANN.",
                "icann",
                false,
            ),
            (
                "an adjective names no one",
                "Critical issues such as cybersecurity call for a UN treaty.",
                "treaty",
                false,
            ),
            (
                "a determiner names no one",
                "Other organisations want ICANN to lead.",
                "icann",
                false,
            ),
            (
                "control: the noun names an actor",
                "The supporters of the treaty want ICANN to step aside.",
                "icann",
                true,
            ),
            (
                "control: in the singular too",
                "A critic of the model wants ICANN to step aside.",
                "icann",
                true,
            ),
            (
                "control: after an article, the singular of a plural actor term",
                "An advocate of a UN treaty argues that ICANN must step aside.",
                "icann",
                true,
            ),
            (
                "without one it may be the verb",
                "We strongly advocate a UN treaty and want ICANN to step aside.",
                "icann",
                false,
            ),
            (
                "control: and as another of its actor terms",
                "Others want ICANN to step aside.",
                "icann",
                true,
            ),
        ] {
            let tags = tags_of(&engine, text);
            let found = tags.iter().find(|(t, _)| t == term);
            assert_eq!(
                found.map(|(_, tags)| tags.attributed),
                Some(attributed),
                "{why}: {text}: {tags:?}"
            );
        }
    }

    #[test]
    fn a_coalition_the_author_heads_speaks_in_the_authors_voice() {
        let engine = Engine::new().unwrap();
        let tags = tags_of(
            &engine,
            "以中国为首的发展中国家主张在联合国框架下治理；而以美国为首的西方国家主张由ICANN管理。",
        );
        let un = &tags.iter().find(|(t, _)| t == "联合国框架").unwrap().1;
        assert!(!un.attributed, "{un:?}");
        let icann = &tags.iter().find(|(t, _)| t == "icann").unwrap().1;
        assert!(icann.attributed, "{icann:?}");
    }

    #[test]
    fn rejecting_a_so_called_model_counts_against_it() {
        let engine = Engine::new().unwrap();
        let report = engine
            .analyze("t", "t.txt", "我们反对所谓多利益攸关方模式。".as_bytes())
            .unwrap();
        let group = &report.dimensions["sovereignty_multistakeholder"].negated_hits[0];
        assert!(group.tags.negated && group.tags.criticised, "{group:?}");
        assert!(group.contribution < 0.0, "{group:?}");
    }

    #[test]
    fn hits_of_a_term_are_grouped_by_their_tags_and_keep_every_position() {
        let engine = Engine::new().unwrap();
        // The same cue three times: twice plain, once negated. The plain ones share a group, the
        // negated one is filed under its own voice, and every hit keeps its sentence and span.
        let text = "网络主权是基础。网络主权是原则。我们反对网络主权。";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let sovereignty = |groups: &[HitGroup]| -> Vec<HitGroup> {
            groups
                .iter()
                .filter(|group| group.term == "网络主权")
                .cloned()
                .collect()
        };
        let dimension = &report.dimensions["sovereignty_multistakeholder"];
        let own = sovereignty(&dimension.own_hits);
        assert_eq!(own.len(), 1, "{own:?}");
        assert_eq!(own[0].sentences, [0, 1]);
        let units = |s: &str| s.encode_utf16().count();
        assert_eq!(
            own[0].spans,
            [
                [0, 4],
                [units("网络主权是基础。"), units("网络主权是基础。网络主权")]
            ]
        );
        let negated = sovereignty(&dimension.negated_hits);
        assert_eq!(negated.len(), 1, "{negated:?}");
        assert_eq!(negated[0].sentences, [2]);
        assert!(negated[0].contribution > 0.0 && own[0].contribution < 0.0);
    }

    #[test]
    fn sentences_in_other_voices_are_listed_with_their_text() {
        let engine = Engine::new().unwrap();
        let text = "我们坚持网络主权。美国鼓吹由ICANN管理互联网。";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let voices = &report.dimensions["un_icann"].other_voices;
        assert_eq!(voices.len(), 1);
        assert_eq!(voices[0].text, "美国鼓吹由ICANN管理互联网。");
        assert_eq!(voices[0].span, [9, 25]);
    }

    #[test]
    fn terms_keep_how_the_document_writes_them() {
        let engine = Engine::new().unwrap();
        let text = "企業應當參與治理。企業與公民社會\n合作。Governance differs from government. \
                    Internet governance is open; governance needs the ICANN community.";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let forms = &report.term_forms;
        // Traditional characters are counted with the Simplified key and shown as written.
        assert_eq!(report.terms["企业"], 2);
        assert_eq!(forms["企业"], ["企業"]);
        // A word cut across a line break is written without the break (公民社会 keeps 會).
        assert_eq!(forms["公民社会"], ["公民社會"]);
        // One stem, two words: both listed, the more frequent first, casings merged into the
        // one written most ("Governance" once, "governance" twice).
        assert_eq!(report.terms["govern"], 4);
        assert_eq!(forms["govern"], ["governance", "government"]);
        // A stem never written as such is not shown, however many forms it has beyond those kept.
        let many =
            "Governance, governance, GOVERNANCE, government, governments, governing, governed.";
        let report = engine.analyze("t", "t.txt", many.as_bytes()).unwrap();
        let govern = &report.term_forms["govern"];
        assert!(!govern.contains(&"govern".to_owned()), "{govern:?}");
        // An acronym keeps its capitals; a word written as its key has no entry.
        assert_eq!(forms["icann"], ["ICANN"]);
        assert!(
            !forms.contains_key("治理") && !forms.contains_key("open"),
            "{forms:?}"
        );
    }

    #[test]
    fn words_broken_by_a_hyphen_at_a_line_end_are_whole_again() {
        let engine = Engine::new().unwrap();
        // A tester's PDF: the first line was taken for a title, and "sec-tor", "commu-nity"
        // matched nothing.
        let text = "We firmly support the multi-\nstakeholder model, where the private sec-\ntor \
                    and the technical commu-\nnity lead. We reject state-\nled control and \
                    state sovereignty.";
        let mut terms: Vec<String> = tags_of(&engine, text).into_iter().map(|(t, _)| t).collect();
        terms.sort();
        assert_eq!(
            terms,
            [
                "multi-stakeholder",
                "private sector",
                "state sovereignty",
                "state-led",
                "technical community"
            ]
        );
    }

    #[test]
    fn a_line_break_does_not_end_attribution() {
        let engine = Engine::new().unwrap();
        let tags = tags_of(&engine, "以美国为首的西方国家主张\n多利益攸关方模式。");
        assert!(tags.iter().all(|(_, t)| t.attributed), "{tags:?}");
    }

    #[test]
    fn negation_reverses_and_own_voice_closes_attribution() {
        let engine = Engine::new().unwrap();
        let tags = tags_of(
            &engine,
            "美国认为应由ICANN管理，而中国坚持反对多利益攸关方模式。",
        );
        let icann = &tags.iter().find(|(t, _)| t == "icann").unwrap().1;
        assert!(icann.attributed);
        let ms = &tags.iter().find(|(t, _)| t == "多利益攸关方").unwrap().1;
        assert!(!ms.attributed && ms.negated, "{ms:?}");
    }

    #[test]
    fn english_context_rules() {
        let engine = Engine::new().unwrap();
        let tag = |text: &str| tags_of(&engine, text)[0].1;
        assert!(tag("The so-called cyber sovereignty doctrine is new.").criticised);
        assert!(tag("According to its supporters, ICANN works.").attributed);
        assert!(!tag("Not only governments but also civil society took part.").negated);
        assert!(tag("A new treaty is not needed.").negated);
        assert!(tag("We must uphold state sovereignty.").endorsed);
        assert!(!tag("不能否认联合国的作用。").negated);
    }

    #[test]
    fn a_negated_stance_rejects_what_it_governs_and_endorses_nothing() {
        let engine = Engine::new().unwrap();
        let tag = |text: &str, term: &str| {
            let tags = tags_of(&engine, text);
            let found = tags.iter().find(|(t, _)| t == term);
            found.unwrap_or_else(|| panic!("{term} in {tags:?}")).1
        };
        let rejected = |tags: Tags| tags.negated && !tags.endorsed;
        // Was counted as endorsed (×1.5) for the pole it rejects.
        assert!(rejected(tag(
            "We do not support a binding treaty.",
            "treaty"
        )));
        assert!(rejected(tag(
            "我们不支持多利益攸关方模式。",
            "多利益攸关方"
        )));
        assert!(rejected(tag(
            "We are not in favour of cyber sovereignty.",
            "cyber sovereignty"
        )));
        // The recipient of a transfer is what is rejected, however far from the verb.
        assert!(rejected(tag(
            "We do not support handing the Internet to the ITU.",
            "itu"
        )));
        assert!(rejected(tag(
            "我们并不支持将互联网治理交给国际电联。",
            "国际电联"
        )));
        // What is handed over is not rejected, nor endorsed (NETmundial's InternetNZ wording).
        let handed = tag(
            "We would not support the allocation of the IANA functions to another body.",
            "iana",
        );
        assert!(!handed.negated && !handed.endorsed, "{handed:?}");
        // A noun's negator, or one before a subject, does not reach the verb's object.
        assert!(!tag("It acts with no respect for any treaty.", "treaty").negated);
        assert!(!tag("No country should control ICANN.", "icann").negated);
        // The spent particle still negates the predicate of a cue before it, once: with the verb
        // negating it too, the two cancelled out (a review's finding).
        let negated = |text: &str, term: &str| tag(text, term).negated;
        assert!(negated(
            "Intergovernmental control is not acceptable to us.",
            "intergovernmental"
        ));
        assert!(negated("A treaty is not acceptable.", "treaty"));
        assert!(negated("多利益攸关方模式不可接受。", "多利益攸关方"));
        // Two rejections in one clause are one rejection, not a double negative.
        assert!(rejected(tag(
            "We reject and do not support a binding treaty.",
            "treaty"
        )));
        assert!(rejected(tag("我们反对并且不支持网络主权。", "网络主权")));
        assert!(rejected(tag(
            "We wouldn't support a binding treaty.",
            "treaty"
        )));
        assert!(rejected(tag("我们从未支持网络主权。", "网络主权")));
        // "To" names a recipient after a word of transfer only; "not agree that" denies a
        // proposition whose scope the rules cannot see.
        let efforts = "We do not support efforts to undermine the multistakeholder model.";
        assert!(!negated(efforts, "multistakeholder"));
        let agree = "We do not agree that governments should be allowed to control ICANN.";
        assert!(!negated(agree, "icann"));
    }

    #[test]
    fn evidence_names_what_it_left_out_of_the_sentences_it_quotes() {
        // What clean cut out of a sentence stays in its quoted text (the original is never
        // changed), and its UTF-16 span comes with it so that the page can leave it out; what lies
        // between sentences is in neither. A Markdown link's address was shown in the evidence,
        // where only footnote markers were named.
        let engine = Engine::new().unwrap();
        let text = "各国应尊重𠀀网络主权<sup>②</sup>，坚持[多边主义](https://example.org/m)。<sup>③</sup>联合国应发挥作用。";
        let report = engine.analyze("t", "t.md", text.as_bytes()).unwrap();
        let evidence = &report.dimensions["sovereignty_multistakeholder"]
            .evidence
            .negative;
        let quoted = evidence
            .iter()
            .find(|sentence| sentence.text.contains("网络主权"))
            .unwrap();
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let left_out: Vec<String> = quoted
            .left_out
            .iter()
            .map(|&[start, end]| String::from_utf16(&utf16[start..end]).unwrap())
            .collect();
        assert_eq!(left_out, ["<sup>②</sup>", "[", "](https://example.org/m)"]);
        let others: Vec<_> = report
            .dimensions
            .values()
            .flat_map(|d| d.evidence.negative.iter().chain(&d.evidence.positive))
            .filter(|sentence| !sentence.text.contains("网络主权"))
            .collect();
        assert!(!others.is_empty());
        assert!(others.iter().all(|s| s.left_out.is_empty()), "{others:?}");
    }
}
