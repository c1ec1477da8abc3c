//! The pipeline's product and the model's input: a document's original text, what cleaning set
//! aside, and its sentences → clauses → words, each with a byte span into the original text.
//! Spans stay in bytes inside the core; `Utf16Spans` converts them for the page.

use rustc_hash::FxHashMap;
use serde::Serialize;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The decoded text, never altered: every span points into it. For HTML and DOCX this is the
    /// visible text extracted by `decode`, since markup and zip bytes are not readable text.
    pub text: String,
    /// The matching forms of all words, one after another: each `Word::norm` is a range of it
    /// (one string for the document rather than one per word).
    pub norms: String,
    /// WHATWG name of the encoding the bytes were read as.
    pub encoding: &'static str,
    pub format: Format,
    /// Every part of the text that is not `Section::Body`, in text order.
    pub sections: Vec<SectionSpan>,
    /// What cleaning set aside; no sentence or word includes these spans' text.
    pub removals: Vec<Removal>,
    pub sentences: Vec<Sentence>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub section: Section,
    pub lang: Lang,
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
    /// Where the matching form (width-folded, Simplified, lower-cased, Latin words stemmed) lies
    /// in `Document::norms`; `Document::norm` reads it.
    pub norm: Range<usize>,
}

/// Which part of the document a sentence belongs to; only `Body` is scored by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Body,
    /// The document's own title.
    Title,
    /// Authors, keywords, classification codes, editors: about the paper, not its argument.
    FrontMatter,
    /// An abstract (a summary that repeats the body), in any language.
    Abstract,
    /// Notes and references: titles of cited works, not the author's position.
    Notes,
}

/// Where a sentence's words come from; decided by the script of its letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Lang {
    #[serde(rename = "zh")]
    Chinese,
    #[serde(rename = "en")]
    English,
    /// No letters at all (numbers, symbols).
    #[serde(rename = "und")]
    Undetermined,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    Plain,
    Markdown,
    Html,
    Docx,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SectionSpan {
    pub kind: Section,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RemovalKind {
    /// `<sup>①</sup>`, ①, a spliced superscript letter, `[3]`.
    FootnoteMarker,
    /// A footnote or page-footer note that PDF extraction spliced into the running text.
    FootnoteBody,
    /// A site's navigation menu or page metadata (date, source, view count).
    Navigation,
    /// A running page header repeated between pages.
    PageHeader,
    /// A paragraph the page shows twice (teaser, then full text): the first copy.
    Duplicate,
    /// A fenced code block of a Markdown file (named .md or .markdown), fences included.
    Code,
    /// Where a Markdown link points, with the brackets round its text (`[` and
    /// `](https://… "title")`), or an autolink (`<https://…>`); the link's text stays.
    LinkAddress,
    /// A Markdown image, `![alt](address)`: a page shows the picture, not its text.
    Image,
    /// The markers of a Markdown block quote, list item or table row at the start of a line
    /// (`>`, `-`, `1.`, `|`).
    BlockMarker,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Removal {
    pub kind: RemovalKind,
    pub span: Range<usize>,
}

/// What the analysis output says about the text: how it was read, its sections and removals
/// (spans in UTF-16 code units, as the page counts), and the languages of its sentences.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TextSummary {
    pub format: Format,
    pub encoding: &'static str,
    /// Length in UTF-16 code units.
    pub characters: usize,
    pub sections: Vec<SectionSummary>,
    pub removals: Vec<RemovalSummary>,
    /// Number of sentences per language.
    pub languages: LanguageCounts,
}

/// Sentences per language; a struct rather than a map so that it crosses the wasm boundary as a
/// plain object.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct LanguageCounts {
    pub zh: usize,
    pub en: usize,
    pub und: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SectionSummary {
    pub kind: Section,
    pub span: [usize; 2],
}

/// The removals of one kind that removed the same text, in document order: a long PDF
/// extraction repeats its page headers and footnote markers hundreds of times, which the report
/// lists once each.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RemovalSummary {
    pub kind: RemovalKind,
    /// The removed text, shortened, so a reader sees what was dropped without the page.
    pub excerpt: String,
    /// Where each removal was, in UTF-16 code units.
    pub spans: Vec<[usize; 2]>,
}

const EXCERPT_CHARS: usize = 60;

impl Document {
    /// The matching form of one of this document's words.
    pub fn norm(&self, word: &Word) -> &str {
        &self.norms[word.norm.clone()]
    }

    /// `utf16` must be built over `self.text`.
    pub fn summary(&self, utf16: &Utf16Spans) -> TextSummary {
        let mut languages = LanguageCounts::default();
        for sentence in &self.sentences {
            languages.count(sentence.lang);
        }
        TextSummary::new(
            &self.text,
            self.encoding,
            self.format,
            &self.sections,
            &self.removals,
            languages,
            utf16,
        )
    }
}

impl LanguageCounts {
    pub fn count(&mut self, lang: Lang) {
        match lang {
            Lang::Chinese => self.zh += 1,
            Lang::English => self.en += 1,
            Lang::Undetermined => self.und += 1,
        }
    }
}

impl TextSummary {
    /// `utf16` must be built over `text`.
    pub fn new(
        text: &str,
        encoding: &'static str,
        format: Format,
        sections: &[SectionSpan],
        removals: &[Removal],
        languages: LanguageCounts,
        utf16: &Utf16Spans,
    ) -> Self {
        TextSummary {
            format,
            encoding,
            characters: utf16.offset(text.len()),
            sections: sections
                .iter()
                .map(|section| SectionSummary {
                    kind: section.kind,
                    span: utf16.span(&section.span),
                })
                .collect(),
            removals: removal_summaries(text, removals, utf16),
            languages,
        }
    }
}

/// `removals` grouped by kind and removed text, in order of each group's first removal.
fn removal_summaries(text: &str, removals: &[Removal], utf16: &Utf16Spans) -> Vec<RemovalSummary> {
    let mut summaries: Vec<RemovalSummary> = Vec::new();
    let mut summary_of: FxHashMap<(RemovalKind, &str), usize> = FxHashMap::default();
    for removal in removals {
        let removed = &text[removal.span.clone()];
        let summary = *summary_of
            .entry((removal.kind, removed))
            .or_insert_with(|| {
                let mut excerpt: String = removed.chars().take(EXCERPT_CHARS).collect();
                if excerpt.len() < removed.len() {
                    excerpt.push('…');
                }
                summaries.push(RemovalSummary {
                    kind: removal.kind,
                    excerpt,
                    spans: Vec::new(),
                });
                summaries.len() - 1
            });
        summaries[summary].spans.push(utf16.span(&removal.span));
    }
    summaries
}

/// Converts byte offsets of one text to UTF-16 code units, the unit JavaScript strings use.
/// Keeps the UTF-16 offset of every `BLOCK`-th byte, so a conversion counts at most one block.
pub struct Utf16Spans<'a> {
    text: &'a str,
    /// (last char boundary at or before `k * BLOCK`, its UTF-16 offset) for every k.
    checkpoints: Vec<(usize, usize)>,
}

const BLOCK: usize = 64;

impl<'a> Utf16Spans<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
        let (mut boundary, mut units) = (0, 0);
        for block in 0..=text.len() / BLOCK {
            let mut at = block * BLOCK;
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            units += utf16_units(&text.as_bytes()[boundary..at]);
            boundary = at;
            checkpoints.push((at, units));
        }
        Utf16Spans { text, checkpoints }
    }

    pub fn offset(&self, byte: usize) -> usize {
        let (start, units) = self.checkpoints[byte / BLOCK];
        // Counted on the bytes, as between checkpoints: encoding each character took twice the
        // instructions.
        units + utf16_units(&self.text.as_bytes()[start..byte])
    }

    pub fn span(&self, bytes: &Range<usize>) -> [usize; 2] {
        [self.offset(bytes.start), self.offset(bytes.end)]
    }
}

/// The UTF-16 length of whole characters of UTF-8, counted on the bytes: one unit per byte that
/// is not a continuation byte (`10xxxxxx`), one more per first byte of a four-byte character
/// (`11110xxx`). Eight bytes at a time in one 64-bit word, as core's `chars().count()` does for
/// characters; byte by byte this was 2% of an analysis.
fn utf16_units(bytes: &[u8]) -> usize {
    const LOW_BITS: u64 = 0x0101_0101_0101_0101;
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    let in_words: usize = words
        .map(|word| {
            let w = u64::from_le_bytes(word.try_into().expect("eight bytes"));
            // Per byte, bit 0 after the shifts is: bit 7 clear or bit 6 set (not a continuation
            // byte), and bits 7 to 4 all set (a four-byte character's first byte).
            let starts = ((!w >> 7) | (w >> 6)) & LOW_BITS;
            let astral = ((w & (w << 1) & (w << 2) & (w << 3)) >> 7) & LOW_BITS;
            // Each byte now holds 0 to 2; the multiply adds them all into the top byte.
            ((starts + astral).wrapping_mul(LOW_BITS) >> 56) as usize
        })
        .sum();
    in_words
        + rest
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_units_are_what_encoding_gives() {
        for text in [
            "",
            "abc",
            "网络主权",
            "a𠀀网络b\u{80}é€😀",
            &"x网𠀀".repeat(37),
        ] {
            for start in (0..=text.len()).filter(|&at| text.is_char_boundary(at)) {
                let tail = &text[start..];
                assert_eq!(
                    utf16_units(tail.as_bytes()),
                    tail.encode_utf16().count(),
                    "{tail}"
                );
            }
        }
    }

    #[test]
    fn removals_of_the_same_text_are_listed_once_with_every_span() {
        // A page header repeated on each page is one entry; a marker of another kind with the
        // same text, and a different header, are entries of their own.
        let text = "头 正文 头 正文 头 1 1 别的头";
        let at = |from: usize, needle: &str| {
            let start = from + text[from..].find(needle).unwrap();
            start..start + needle.len()
        };
        let header = |span| Removal {
            kind: RemovalKind::PageHeader,
            span,
        };
        let first = at(0, "头");
        let second = at(first.end, "头");
        let third = at(second.end, "头");
        let marker = at(0, "1");
        let other = at(0, "别的头");
        let removals = [
            header(first.clone()),
            Removal {
                kind: RemovalKind::FootnoteMarker,
                span: marker.clone(),
            },
            header(second.clone()),
            header(third.clone()),
            header(other.clone()),
        ];
        let utf16 = Utf16Spans::new(text);
        let summaries = removal_summaries(text, &removals, &utf16);
        let listed: Vec<_> = summaries
            .iter()
            .map(|s| (s.kind, s.excerpt.as_str(), s.spans.clone()))
            .collect();
        assert_eq!(
            listed,
            [
                (
                    RemovalKind::PageHeader,
                    "头",
                    vec![utf16.span(&first), utf16.span(&second), utf16.span(&third)]
                ),
                (RemovalKind::FootnoteMarker, "1", vec![utf16.span(&marker)]),
                (RemovalKind::PageHeader, "别的头", vec![utf16.span(&other)]),
            ]
        );
    }

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let text = "𠀀网络主权";
        let spans = Utf16Spans::new(text);
        let start = text.find('网').unwrap();
        assert_eq!(spans.span(&(start..text.len())), [2, 6]);
    }

    #[test]
    fn utf16_offsets_agree_with_counting_at_every_boundary() {
        let text = "a𠀀网络b".repeat(40) + "末";
        let spans = Utf16Spans::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(
                spans.offset(byte),
                text[..byte].encode_utf16().count(),
                "{byte}"
            );
        }
    }
}
