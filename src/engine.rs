//! The long-lived engine: built once (dictionaries, converters, cue index), then used for every
//! document. It wires the stages together: decode → normalise → segment → score.

use crate::clean::clean;
use crate::decode::decode;
use crate::dimension::{self, Dimension, Pole, DEFAULT_DIMENSIONS};
use crate::document::{Document, TextSummary, Utf16Spans};
use crate::error::Result;
use crate::normalise::Normaliser;
use crate::score::{score, DimensionScore, PoleWeights};
use crate::segment::Segmenter;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

const DICTIONARY: &str = include_str!("../data/jieba/dict.txt");
const USER_DICTIONARY: &str = include_str!("../data/userdict.txt");

pub struct Engine {
    normaliser: Normaliser,
    segmenter: Segmenter,
    dimensions: Vec<IndexedDimension>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentReport {
    pub id: String,
    pub path: String,
    pub encoding: &'static str,
    /// Length of the decoded text in UTF-16 code units.
    pub characters: usize,
    pub sentences: usize,
    pub dimensions: BTreeMap<String, DimensionScore>,
    /// How the text was read: format, encoding, sections and removals (see `Document::summary`).
    pub text: TextSummary,
}

/// A dimension whose cue terms are normalised and segmented the way documents are, so that
/// matching is a comparison of word sequences.
struct IndexedDimension {
    dimension: Dimension,
    /// First word of a cue → (the cue's words, index into `dimension.cues`).
    by_first_word: HashMap<String, Vec<(Vec<String>, usize)>>,
}

impl Engine {
    pub fn new() -> Result<Self> {
        let segmenter = Segmenter::new(&[
            ("data/jieba/dict.txt", DICTIONARY),
            ("data/userdict.txt", USER_DICTIONARY),
        ])?;
        let mut engine = Engine {
            normaliser: Normaliser::new()?,
            segmenter,
            dimensions: Vec::new(),
        };
        for (file, json) in DEFAULT_DIMENSIONS {
            engine.add_dimension(file, json)?;
        }
        Ok(engine)
    }

    /// Adds (or replaces, by id) a dimension from a dimension file.
    pub fn add_dimension(&mut self, file: &str, json: &str) -> Result<()> {
        let dimension = dimension::parse(file, json)?;
        let mut by_first_word: HashMap<String, Vec<(Vec<String>, usize)>> = HashMap::new();
        for (index, cue) in dimension.cues.iter().enumerate() {
            let words = self.segmenter.term_words(&self.normaliser, &cue.term);
            if let Some(first) = words.first() {
                by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push((words, index));
            }
        }
        self.dimensions.retain(|d| d.dimension.id != dimension.id);
        self.dimensions.push(IndexedDimension {
            dimension,
            by_first_word,
        });
        Ok(())
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

    pub fn analyze(&self, id: &str, path: &str, bytes: &[u8]) -> Result<DocumentReport> {
        let document = self.read(path, bytes)?;
        let dimensions = self
            .dimensions
            .iter()
            .map(|indexed| {
                let weights: Vec<PoleWeights> = document
                    .sentences
                    .iter()
                    .map(|sentence| {
                        let words: Vec<&str> = sentence
                            .clauses
                            .iter()
                            .flat_map(|clause| &clause.words)
                            .map(|word| word.norm.as_str())
                            .collect();
                        indexed.weigh(&words)
                    })
                    .collect();
                (indexed.dimension.id.clone(), score(&weights))
            })
            .collect();
        let utf16 = Utf16Spans::new(&document.text);
        Ok(DocumentReport {
            id: id.to_owned(),
            path: path.to_owned(),
            encoding: document.encoding,
            characters: utf16.offset(document.text.len()),
            sentences: document.sentences.len(),
            dimensions,
            text: document.summary(),
        })
    }
}

impl IndexedDimension {
    /// Sums the cue weights of one sentence, taking the longest cue at each word.
    fn weigh(&self, words: &[&str]) -> PoleWeights {
        let mut weights = PoleWeights::default();
        let mut at = 0;
        while at < words.len() {
            let longest = self.by_first_word.get(words[at]).and_then(|candidates| {
                candidates
                    .iter()
                    .filter(|(cue_words, _)| {
                        cue_words.len() <= words.len() - at
                            && cue_words.iter().zip(&words[at..]).all(|(c, w)| c == w)
                    })
                    .max_by_key(|(cue_words, _)| cue_words.len())
            });
            match longest {
                Some((cue_words, index)) => {
                    let cue = &self.dimension.cues[*index];
                    match cue.pole {
                        Pole::Negative => weights.negative += cue.weight,
                        Pole::Positive => weights.positive += cue.weight,
                    }
                    weights.hits += 1;
                    at += cue_words.len();
                }
                None => at += 1,
            }
        }
        weights
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_are_found_in_both_scripts_and_languages() {
        let engine = Engine::new().unwrap();
        let text =
            "各国应尊重网络主权。各國應尊重網絡主權。We oppose nothing about cyber sovereignty.";
        let report = engine.analyze("t", "t.txt", text.as_bytes()).unwrap();
        let dimension = &report.dimensions["sovereignty_multistakeholder"];
        assert_eq!(dimension.hits, 3);
        assert!(dimension.score.unwrap() < -0.5);
    }
}
