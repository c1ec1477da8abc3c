//! The pipeline's product and the model's input: a document's original text, what cleaning set
//! aside, and its sentences → clauses → words, each with a byte span into the original text.
//! Spans stay in bytes inside the core; `Utf16Spans` converts them for the page.

use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The decoded text, never altered: every span points into it.
    pub text: String,
    /// WHATWG name of the encoding the bytes were read as.
    pub encoding: &'static str,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub section: Section,
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub span: Range<usize>,
    pub words: Vec<Word>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub span: Range<usize>,
    /// The matching form: Simplified, lower-cased (see `normalise`).
    pub norm: String,
}

/// Which part of the document a sentence belongs to; only `Body` is scored by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Body,
}

/// Converts byte offsets of one text to UTF-16 code units, the unit JavaScript strings use.
pub struct Utf16Spans<'a> {
    text: &'a str,
}

impl<'a> Utf16Spans<'a> {
    pub fn new(text: &'a str) -> Self {
        Utf16Spans { text }
    }

    pub fn offset(&self, byte: usize) -> usize {
        self.text[..byte].encode_utf16().count()
    }

    pub fn span(&self, bytes: &Range<usize>) -> [usize; 2] {
        [self.offset(bytes.start), self.offset(bytes.end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let text = "𠀀网络主权";
        let spans = Utf16Spans::new(text);
        let start = text.find('网').unwrap();
        assert_eq!(spans.span(&(start..text.len())), [2, 6]);
    }
}
