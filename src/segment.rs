//! Stage 4: text → sentences → clauses → words. Chinese words come from jieba-rs with HMM on,
//! built once per engine from data/jieba/dict.txt plus the domain user dictionary
//! data/userdict.txt. Words are cut from the normalised text and mapped back to the original.

use crate::document::{Clause, Document, Section, Sentence, Word};
use crate::error::{Error, Result};
use crate::normalise::Normaliser;
use jieba_rs::Jieba;
use std::ops::Range;

pub struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    /// `dictionaries` are (file name, contents) pairs in jieba's `word freq [tag]` format; lines
    /// starting with `#` are comments.
    pub fn new(dictionaries: &[(&str, &str)]) -> Result<Self> {
        let mut jieba = Jieba::empty();
        for (file, contents) in dictionaries {
            let entries: String = contents
                .lines()
                .filter(|line| !line.starts_with('#'))
                .flat_map(|line| [line, "\n"])
                .collect();
            jieba
                .load_dict(&mut entries.as_bytes())
                .map_err(|e| Error::data(file, 0, e.to_string()))?;
        }
        Ok(Segmenter { jieba })
    }

    /// Splits a decoded text into sentences, clauses and normalised words.
    pub fn document(
        &self,
        normaliser: &Normaliser,
        text: String,
        encoding: &'static str,
    ) -> Document {
        let sentences = split(&text, 0..text.len(), is_sentence_end)
            .into_iter()
            .map(|span| Sentence {
                clauses: split(&text, span.clone(), is_clause_end)
                    .into_iter()
                    .map(|span| Clause {
                        words: self.words(normaliser, &text, span.clone()),
                        span,
                    })
                    .collect(),
                span,
                section: Section::Body,
            })
            .collect();
        Document {
            text,
            encoding,
            sentences,
        }
    }

    /// Normalised words of `text[span]`, without white space and punctuation. When normalising
    /// keeps the character count, each word gets its own span; otherwise the clause's.
    fn words(&self, normaliser: &Normaliser, text: &str, span: Range<usize>) -> Vec<Word> {
        let original = &text[span.clone()];
        let normalised = normaliser.normalise(original);
        let char_starts: Vec<usize> = original
            .char_indices()
            .map(|(offset, _)| span.start + offset)
            .chain([span.end])
            .collect();
        let same_length = char_starts.len() == normalised.chars().count() + 1;
        self.jieba
            .cut(&normalised, true)
            .into_iter()
            .filter(|token| token.word.chars().any(char::is_alphanumeric))
            .map(|token| Word {
                span: if same_length {
                    char_starts[token.start]..char_starts[token.end]
                } else {
                    span.clone()
                },
                norm: token.word.to_owned(),
            })
            .collect()
    }

    /// Words of a short text such as a cue term, normalised the way documents are.
    pub fn term_words(&self, normaliser: &Normaliser, term: &str) -> Vec<String> {
        self.words(normaliser, term, 0..term.len())
            .into_iter()
            .map(|word| word.norm)
            .collect()
    }
}

fn is_sentence_end(ch: char) -> bool {
    matches!(ch, '。' | '！' | '？' | '；' | '!' | '?' | ';' | '\n')
}

fn is_clause_end(ch: char) -> bool {
    matches!(ch, '，' | '、' | '：' | ',' | ':')
}

/// Byte ranges of the pieces of `text[within]` that end at a character `is_end` accepts, with
/// white space trimmed and empty pieces skipped.
fn split(text: &str, within: Range<usize>, is_end: fn(char) -> bool) -> Vec<Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = within.start;
    for (offset, ch) in text[within.clone()].char_indices() {
        if is_end(ch) {
            let end = within.start + offset + ch.len_utf8();
            push_trimmed(text, start..end, &mut ranges);
            start = end;
        }
    }
    push_trimmed(text, start..within.end, &mut ranges);
    ranges
}

fn push_trimmed(text: &str, range: Range<usize>, ranges: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let leading = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        let start = range.start + leading;
        ranges.push(start..start + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segmenter() -> Segmenter {
        Segmenter::new(&[("test", "网络主权 1000\n尊重 1000\n各国 1000\n")]).unwrap()
    }

    #[test]
    fn sentences_split_on_chinese_and_latin_punctuation() {
        let text = "各国应尊重网络主权。We support ICANN!\n\n  最后一句";
        let doc = segmenter().document(&Normaliser::new().unwrap(), text.into(), "UTF-8");
        let got: Vec<&str> = doc
            .sentences
            .iter()
            .map(|s| &text[s.span.clone()])
            .collect();
        assert_eq!(
            got,
            ["各国应尊重网络主权。", "We support ICANN!", "最后一句"]
        );
    }

    #[test]
    fn words_are_normalised_and_keep_their_original_spans() {
        let text = "各國，應尊重網絡主權。";
        let doc = segmenter().document(&Normaliser::new().unwrap(), text.into(), "UTF-8");
        let clauses = &doc.sentences[0].clauses;
        assert_eq!(clauses.len(), 2);
        let words: Vec<(&str, &str)> = clauses[1]
            .words
            .iter()
            .map(|w| (w.norm.as_str(), &text[w.span.clone()]))
            .collect();
        assert_eq!(
            words,
            [("应", "應"), ("尊重", "尊重"), ("网络主权", "網絡主權")]
        );
    }
}
