//! Stage 3: reading text → a matching form, with every character traced back to the original.
//! Width and compatibility forms are folded (NFKC), Traditional text and its Taiwan/Hong Kong
//! wording become Simplified (OpenCC's Taiwan → Simplified tables, see `to_simplified`; Simplified
//! text is left as it is, see `TRADITIONAL_SHARE`), Latin letters are lower-cased and Latin words
//! stemmed (Snowball English via rust-stemmers), so a cue written once in Simplified Chinese or
//! English reaches every variant. The original is never changed.

mod to_simplified;

use crate::error::{Error, Problem, Result};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;
use to_simplified::ToSimplified;
use unicode_normalization::UnicodeNormalization;

pub struct Normaliser {
    /// Built on the first Traditional paragraph: most documents never need it, and reading its
    /// tables would add a third to what building an engine costs.
    to_simplified: OnceLock<ToSimplified>,
    /// `data/traditional.txt` as a bit set over `TRADITIONAL_RANGE`.
    traditional: Vec<u64>,
    stemmer: Stemmer,
}

/// The marks of a Traditional text: characters outside the Simplified standard set (GB2312) that
/// OpenCC changes, listed by `traditional_characters` (the test in this file keeps the file in
/// step with OpenCC).
const TRADITIONAL: &str = include_str!("../data/traditional.txt");
/// Where `traditional_characters` looks: CJK Unified Ideographs and extension A.
const TRADITIONAL_RANGE: std::ops::RangeInclusive<u32> = 0x3400..=0x9FFF;

/// A paragraph is read as Traditional when at least one in this many of its Han characters is
/// Traditional. Simplified text is left alone: OpenCC's Taiwan phrase table would otherwise turn
/// mainland words into other mainland words (核心 → 内核, 那么 → 那幺, 相容 → 兼容).
const TRADITIONAL_SHARE: usize = 20;

/// A normalised text and where each of its characters comes from in the original.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalised {
    pub text: String,
    /// Sorted by `at`, covering `text` from its start. Most characters of Chinese and English text
    /// come out of normalisation as many bytes as went in, so they are kept as long copied runs
    /// rather than a record per character: mapping a 5 MB text back stays a few thousand runs.
    runs: Vec<Run>,
}

/// A stretch of `Normalised::text` starting at byte `at`: either copied byte for byte from the
/// original at `from..to` (width-preserving folds such as lower case count as copies), or one
/// character standing for the original span `from..to` (full-width `，` → `,`, a joining space,
/// each character of an NFKC expansion or a phrase conversion).
#[derive(Debug, Clone, PartialEq)]
struct Run {
    at: usize,
    from: usize,
    to: usize,
    copied: bool,
}

impl Normalised {
    fn with_capacity(bytes: usize) -> Self {
        Normalised {
            text: String::with_capacity(bytes),
            runs: Vec::new(),
        }
    }

    /// Appends `ch`, which comes from `origin` in the original text.
    #[inline]
    fn push(&mut self, ch: char, origin: Range<usize>) {
        if origin.len() == ch.len_utf8() {
            let mut buffer = [0; 4];
            self.push_copied(ch.encode_utf8(&mut buffer), origin.start);
            return;
        }
        // The characters of one expansion share one run: a run that is not copied stands for
        // its whole original span, whichever of its characters is asked for. A record each made
        // NFKC's longest expansions (ﷺ is 18 characters) cost hundreds of bytes per byte read.
        match self.runs.last() {
            Some(run) if !run.copied && run.from == origin.start && run.to == origin.end => {}
            _ => self.runs.push(Run {
                at: self.text.len(),
                from: origin.start,
                to: origin.end,
                copied: false,
            }),
        }
        self.text.push(ch);
    }

    /// Appends `copied`, which stands unchanged in the original text at byte `from`.
    #[inline]
    fn push_copied(&mut self, copied: &str, from: usize) {
        if copied.is_empty() {
            return;
        }
        match self.runs.last_mut() {
            Some(run) if run.copied && run.to == from => run.to += copied.len(),
            _ => self.runs.push(Run {
                at: self.text.len(),
                from,
                to: from + copied.len(),
                copied: true,
            }),
        }
        self.text.push_str(copied);
    }

    /// A reader of the original spans of stretches of `text`. Stretches asked in text order, as
    /// the segmenter asks for its words, each find their run by stepping on from the last one
    /// instead of a binary search over all of them, which was 4% of a warm analysis.
    pub fn cursor(&self) -> Cursor<'_> {
        Cursor {
            normalised: self,
            run: 0,
        }
    }

    /// Each character's original span, in order: what the slow conversion path realigns.
    fn character_origins(&self) -> Vec<Range<usize>> {
        let mut cursor = self.cursor();
        self.text
            .char_indices()
            .map(|(at, ch)| cursor.original(at..at + ch.len_utf8()))
            .collect()
    }
}

/// See `Normalised::cursor`. Spans asked out of order are still right, only slower.
pub struct Cursor<'a> {
    normalised: &'a Normalised,
    /// Index of the run the last span started or ended in.
    run: usize,
}

/// Runs stepped over before a cursor falls back to a binary search.
const CURSOR_STEPS: usize = 4;

impl<'a> Cursor<'a> {
    /// The normalised text whose spans this reads.
    pub fn text(&self) -> &'a str {
        &self.normalised.text
    }

    /// The original byte span of `text[bytes]`; `bytes` must start and end on characters.
    pub fn original(&mut self, bytes: Range<usize>) -> Range<usize> {
        let Normalised { text, runs } = self.normalised;
        // Most words lie inside the copied run the last one ended in: one subtraction each way.
        if let Some(run) = runs
            .get(self.run)
            .filter(|run| run.copied && run.at <= bytes.start)
        {
            let run_end = runs.get(self.run + 1).map_or(text.len(), |next| next.at);
            if bytes.start < bytes.end && bytes.end <= run_end {
                return run.from + (bytes.start - run.at)..run.from + (bytes.end - run.at);
            }
        }
        let Some(last) = runs.last() else {
            return 0..0;
        };
        if bytes.start >= text.len() {
            return last.to..last.to;
        }
        let run = &runs[self.last_run(|r| r.at <= bytes.start)];
        let start = if run.copied {
            run.from + (bytes.start - run.at)
        } else {
            run.from
        };
        if bytes.end <= bytes.start {
            return start..start;
        }
        let run = &runs[self.last_run(|r| r.at < bytes.end)];
        let end = if run.copied {
            run.from + (bytes.end - run.at)
        } else {
            run.to
        };
        start..end.max(start)
    }

    /// The last run `before` accepts (runs are sorted, so those it accepts come first; it always
    /// accepts the first run, which starts at 0).
    fn last_run(&mut self, before: impl Fn(&Run) -> bool) -> usize {
        let runs = &self.normalised.runs;
        if before(&runs[self.run]) {
            for _ in 0..CURSOR_STEPS {
                match runs.get(self.run + 1) {
                    Some(next) if before(next) => self.run += 1,
                    _ => return self.run,
                }
            }
            self.run += runs[self.run..].partition_point(&before) - 1;
        } else {
            self.run = runs[..self.run].partition_point(&before) - 1;
        }
        self.run
    }
}

impl Normaliser {
    pub fn new() -> Result<Self> {
        let mut traditional = vec![
            0u64;
            (TRADITIONAL_RANGE.end() - TRADITIONAL_RANGE.start() + 1).div_ceil(64)
                as usize
        ];
        for (index, line) in TRADITIONAL.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            for ch in line.chars() {
                let bit = (ch as u32)
                    .checked_sub(*TRADITIONAL_RANGE.start())
                    .filter(|_| TRADITIONAL_RANGE.contains(&(ch as u32)))
                    .ok_or_else(|| {
                        Error::data(
                            "data/traditional.txt",
                            index + 1,
                            Problem::BuiltInData {
                                detail: format!("`{ch}` is out of range"),
                            },
                        )
                    })? as usize;
                traditional[bit / 64] |= 1 << (bit % 64);
            }
        }
        Ok(Normaliser {
            to_simplified: OnceLock::new(),
            traditional,
            stemmer: Stemmer::create(Algorithm::English),
        })
    }

    fn converter(&self) -> &ToSimplified {
        self.to_simplified.get_or_init(|| {
            ToSimplified::new()
                .expect("the built-in OpenCC tables load (see to_simplified's tests)")
        })
    }

    fn is_traditional(&self, ch: char) -> bool {
        let code = ch as u32;
        TRADITIONAL_RANGE.contains(&code) && {
            let bit = (code - TRADITIONAL_RANGE.start()) as usize;
            self.traditional[bit / 64] & (1 << (bit % 64)) != 0
        }
    }

    /// The characters of `TRADITIONAL_RANGE` outside GB2312 that OpenCC's tw2sp changes, each
    /// converted alone so that no phrase rule applies: what `data/traditional.txt` lists. Run by
    /// `cargo run --example traditional_characters`, which writes that file.
    pub fn traditional_characters(&self) -> String {
        let candidates: String = TRADITIONAL_RANGE
            .filter_map(char::from_u32)
            .filter(|&ch| !in_gb2312(ch))
            .flat_map(|ch| [ch, '\n'])
            .collect();
        let converted = self.converter().convert(&candidates);
        candidates
            .split('\n')
            .zip(converted.split('\n'))
            .filter(|(original, simplified)| original != simplified)
            .filter_map(|(original, _)| original.chars().next())
            .collect()
    }

    /// Traditional → Simplified only, at phrase level: what a reader would call the same text.
    pub fn to_simplified(&self, text: &str) -> String {
        self.converter().convert(text)
    }

    /// The matching form of a short text such as a cue term.
    pub fn normalise(&self, text: &str) -> String {
        self.normalise_whole(text).text
    }

    /// `text` normalised as one piece, with where each character comes from.
    pub fn normalise_whole(&self, text: &str) -> Normalised {
        self.normalise_pieces(text, std::slice::from_ref(&(0..text.len())), |_, _| false)
    }

    /// Normalises `text[piece]` for each piece, in order, as one text. Between two pieces,
    /// `separate(left, right)` (the characters on either side) says whether a space is read.
    pub fn normalise_pieces(
        &self,
        text: &str,
        pieces: &[Range<usize>],
        separate: impl Fn(char, char) -> bool,
    ) -> Normalised {
        let mut folded = Normalised::with_capacity(pieces.iter().map(|piece| piece.len()).sum());
        let (mut han, mut traditional) = (0, 0);
        let mut previous: Option<char> = None;
        for (index, piece) in pieces.iter().enumerate() {
            let whole = &text[piece.clone()];
            // The next piece is looked at only after a hyphen, the end of few lines.
            let slice = whole
                .strip_suffix('-')
                .filter(|before| {
                    pieces
                        .get(index + 1)
                        .is_some_and(|next| is_hyphenation(before, &text[next.clone()]))
                })
                .unwrap_or(whole);
            if let (Some(left), Some(right)) = (previous, slice.chars().next()) {
                if separate(left, right) {
                    folded.push(' ', piece.start..piece.start);
                }
            }
            // Stretches that fold to themselves are copied whole; the rest character by character.
            // ASCII other than capitals and the Han characters of `TRADITIONAL_RANGE`, most of
            // any text, are told first and fold to themselves.
            let mut unchanged_from = 0;
            for (offset, ch) in slice.char_indices() {
                if ch.is_ascii() && !ch.is_ascii_uppercase() {
                    continue;
                }
                if TRADITIONAL_RANGE.contains(&(ch as u32)) {
                    han += 1;
                    traditional += usize::from(self.is_traditional(ch));
                    continue;
                }
                han += usize::from(is_han(ch));
                if folds_to_itself(ch) {
                    continue;
                }
                folded.push_copied(&slice[unchanged_from..offset], piece.start + unchanged_from);
                let origin = piece.start + offset..piece.start + offset + ch.len_utf8();
                push_folded(ch, origin, &mut folded);
                unchanged_from = offset + ch.len_utf8();
            }
            folded.push_copied(&slice[unchanged_from..], piece.start + unchanged_from);
            previous = whole.chars().next_back().or(previous);
        }
        if traditional == 0 || traditional * TRADITIONAL_SHARE < han {
            return folded;
        }
        let simplified = self.converter().convert(&folded.text);
        if simplified == folded.text {
            return folded;
        }
        // Conversion character for character, each of the same width: the runs still hold.
        let same_offsets = simplified.len() == folded.text.len()
            && simplified
                .char_indices()
                .map(|(at, _)| at)
                .eq(folded.text.char_indices().map(|(at, _)| at));
        if same_offsets {
            return Normalised {
                text: simplified,
                runs: folded.runs,
            };
        }
        self.convert_by_runs(&folded)
    }

    /// The slow path, for a text where a phrase conversion changed the length (網際網路 →
    /// 互联网): converts each run of Han characters on its own (phrases never cross punctuation
    /// or Latin text, which stay one to one) and realigns the runs whose length changed.
    fn convert_by_runs(&self, folded: &Normalised) -> Normalised {
        let chars: Vec<(usize, char)> = folded.text.char_indices().collect();
        let origins = folded.character_origins();
        let mut result = Normalised::with_capacity(folded.text.len());
        let mut start = 0;
        while start < chars.len() {
            let han = is_han(chars[start].1);
            let end = (start..chars.len())
                .find(|&i| is_han(chars[i].1) != han)
                .unwrap_or(chars.len());
            let run_origins = &origins[start..end];
            let run_text =
                &folded.text[chars[start].0..chars.get(end).map_or(folded.text.len(), |c| c.0)];
            if !han {
                for (&(_, ch), origin) in chars[start..end].iter().zip(run_origins) {
                    result.push(ch, origin.clone());
                }
            } else {
                let converted = self.converter().convert(run_text);
                let spans = if converted.chars().count() == end - start {
                    run_origins.to_vec()
                } else {
                    self.realign(run_text, run_origins, &converted)
                };
                for (ch, origin) in converted.chars().zip(spans) {
                    result.push(ch, origin);
                }
            }
            start = end;
        }
        result
    }

    /// Original spans for each character of `converted`, the phrase-level conversion of `run`:
    /// compares it with a character-by-character conversion, which keeps the length, and gives
    /// each changed stretch the original span of the stretch it replaced.
    fn realign(&self, run: &str, origins: &[Range<usize>], converted: &str) -> Vec<Range<usize>> {
        let by_char: Vec<char> = run
            .chars()
            .map(|ch| {
                let mut buffer = [0; 4];
                self.converter()
                    .convert(ch.encode_utf8(&mut buffer))
                    .chars()
                    .next()
                    .unwrap_or(ch)
            })
            .collect();
        let target: Vec<char> = converted.chars().collect();
        let span = |from: usize, to: usize| -> Range<usize> {
            let start = origins[from.min(origins.len() - 1)].start;
            let end = origins[to.clamp(1, origins.len()) - 1].end;
            start..end.max(start)
        };
        const WINDOW: usize = 8;
        let mut spans = Vec::with_capacity(target.len());
        let (mut i, mut j) = (0, 0);
        while j < target.len() {
            if i < by_char.len() && by_char[i] == target[j] {
                spans.push(span(i, i + 1));
                i += 1;
                j += 1;
                continue;
            }
            // The smallest detour after which both sides agree again on two characters, or
            // both end; failing that, the rest of the run is one stretch.
            let resync = (1..=2 * WINDOW).find_map(|total| {
                (total.saturating_sub(WINDOW)..=total.min(WINDOW)).find_map(|skip_source| {
                    let (a, b) = (i + skip_source, j + total - skip_source);
                    let agree = (a >= by_char.len() && b >= target.len())
                        || (0..2).all(|k| match (by_char.get(a + k), target.get(b + k)) {
                            (Some(x), Some(y)) => x == y,
                            (None, None) => true,
                            _ => false,
                        });
                    (agree && a <= by_char.len() && b <= target.len()).then_some((a, b))
                })
            });
            let (next_i, next_j) = resync.unwrap_or((by_char.len(), target.len()));
            let stretch = span(i, next_i.max(i + 1));
            spans.extend(std::iter::repeat_n(stretch, next_j.max(j + 1) - j));
            i = next_i;
            j = next_j.max(j + 1);
        }
        spans.truncate(target.len());
        spans
    }

    /// A stemmer that remembers the stems it made: a document repeats its Latin words, and
    /// stemming one costs far more than looking it up.
    pub fn stems(&self) -> Stems<'_> {
        Stems {
            normaliser: self,
            known: FxHashMap::default(),
        }
    }
}

/// See `Normaliser::stems`.
pub struct Stems<'a> {
    normaliser: &'a Normaliser,
    known: FxHashMap<String, String>,
}

impl Stems<'_> {
    /// The stem of a lower-cased Latin word; other words unchanged.
    #[inline]
    pub fn stem<'w>(&'w mut self, word: &'w str) -> &'w str {
        if !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            return word;
        }
        self.stem_latin(word)
    }

    /// Kept out of `stem`, whose callers then tell a Chinese word for the price of one byte test
    /// rather than a call to all of this.
    #[inline(never)]
    fn stem_latin<'w>(&'w mut self, word: &'w str) -> &'w str {
        if !self.known.contains_key(word) {
            let stem = self.normaliser.stemmer.stem(word).into_owned();
            self.known.insert(word.to_owned(), stem);
        }
        &self.known[word]
    }
}

/// GB2312 hanzi occupy lead bytes B0–F7 and trail bytes A1–FE of GBK.
fn in_gb2312(ch: char) -> bool {
    let mut buffer = [0; 4];
    let (bytes, _, unmappable) = encoding_rs::GBK.encode(ch.encode_utf8(&mut buffer));
    !unmappable
        && bytes.len() == 2
        && (0xB0..=0xF7).contains(&bytes[0])
        && (0xA1..=0xFE).contains(&bytes[1])
}

/// The length of the UTF-8 character whose first byte is `lead`: the count of its leading one
/// bits (`110xxxxx`, `1110xxxx`, `11110xxx`), or 1 for ASCII. Counted rather than matched, since
/// the loops that step over text by first bytes call this for every character.
#[inline]
pub(crate) const fn utf8_len(lead: u8) -> usize {
    match lead.leading_ones() {
        0 => 1,
        ones => ones as usize,
    }
}

/// For each first byte of a character: 0 when it is one of `stops`, else the length of the
/// character it starts. A loop that only looks at characters starting with one of `stops` steps
/// over the others with it, without decoding them.
pub(crate) const fn steps_past_all_but(stops: &[u8]) -> [u8; 256] {
    let mut steps = [0; 256];
    let mut byte = 0;
    while byte < 256 {
        steps[byte] = utf8_len(byte as u8) as u8;
        byte += 1;
    }
    let mut stop = 0;
    while stop < stops.len() {
        steps[stops[stop] as usize] = 0;
        stop += 1;
    }
    steps
}

/// A Han character (unified or compatibility ideograph).
pub(crate) fn is_han(ch: char) -> bool {
    matches!(ch as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// `is_han` of the character whose UTF-8 starts with `first` and `second`, which settle it:
/// U+3400–3FFF is E3 90–BF, U+4000–9FFF is E4–E9, U+F900–FAFF is EF A4–AB and
/// U+20000–3FFFF is F0 A0–BF. Cheaper than decoding the character.
pub(crate) fn is_han_utf8(first: u8, second: u8) -> bool {
    match first {
        0xE4..=0xE9 => true,
        0xE3 => second >= 0x90,
        0xEF => (0xA4..=0xAB).contains(&second),
        0xF0 => second >= 0xA0,
        _ => false,
    }
}

/// A character of East Asian script or punctuation, or a full-width form: line breaks next to
/// these read as nothing.
pub(crate) fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// A letter or digit: `char::is_alphanumeric`, with ASCII, common Han (unified ideographs and
/// extension A) and the punctuation of Chinese text (general punctuation such as “”—…, and
/// 、。《》「」【】) answered without its tables.
pub(crate) fn is_word_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || matches!(ch as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
        || (!ch.is_ascii()
            && !matches!(ch as u32, 0x2000..=0x206F | 0x3000..=0x3004 | 0x3008..=0x3020)
            && ch.is_alphanumeric())
}

/// Whether NFKC and lower case leave `ch` as it is, answered without NFKC's tables for what
/// Chinese and English text is mostly made of: lower-case ASCII, unified Han characters, CJK
/// punctuation (、。〈〉《》「」『』【】) and curly quotes.
#[inline]
fn folds_to_itself(ch: char) -> bool {
    matches!(ch as u32,
        0x00..=0x40 | 0x5B..=0x7F
        | 0x3001..=0x3002 | 0x3008..=0x3011 | 0x2018..=0x201D
        | 0x3400..=0x9FFF | 0x20000..=0x2F7FF)
}

/// Words whose hyphen at a line end is part of a compound ("state-/led", "non-/governmental"),
/// kept; any other word's is typesetting ("sec-/tor", "commu-/nity"), which cut words in two.
const COMPOUND_HEADS: &[&str] = &[
    "non",
    "self",
    "cross",
    "state",
    "government",
    "consensus",
    "bottom",
    "multi",
    "inter",
    "co",
    "well",
    "rights",
    "private",
    "open",
    "win",
];

/// A line that ends `before` + "-" and a next line that goes on in lower case: a word broken by
/// typesetting, whose hyphen is not the word's.
pub(crate) fn is_hyphenation(before: &str, next: &str) -> bool {
    let head = before
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    !head.is_empty()
        && next.starts_with(|c: char| c.is_ascii_lowercase())
        && !COMPOUND_HEADS.contains(&head.to_ascii_lowercase().as_str())
}

/// data/radicals.txt: CJK Radicals Supplement characters and the ideographs they stand for.
const RADICALS: &str = include_str!("../data/radicals.txt");

/// The ideograph a CJK Radicals Supplement character stands for, if it stands for one.
fn radical_ideograph(radical: char) -> Option<char> {
    static TABLE: OnceLock<FxHashMap<char, char>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        RADICALS
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| {
                let mut pair = line.chars();
                Some((pair.next()?, pair.nth(1)?))
            })
            .collect()
    });
    table.get(&radical).copied()
}

/// Soft hyphen, zero-width space, non-joiner and joiner, word joiner, zero-width no-break space.
const INVISIBLE: [char; 6] = [
    '\u{AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}',
];

/// NFKC and lower case of one character that does not fold to itself, each output character
/// traced to `origin`.
fn push_folded(ch: char, origin: Range<usize>, folded: &mut Normalised) {
    // Fast paths without NFKC's tables: upper-case ASCII only needs lower case, full-width ASCII
    // (，：Ａ１) is ASCII shifted by 0xFEE0.
    let fast = match ch as u32 {
        0x00..=0x7F => Some(ch.to_ascii_lowercase()),
        0xFF01..=0xFF5E => char::from_u32(ch as u32 - 0xFEE0).map(|c| c.to_ascii_lowercase()),
        _ => None,
    };
    if let Some(folded_ch) = fast {
        folded.push(folded_ch, origin);
        return;
    }
    // Invisible characters that NFKC keeps would cut a word in two: text copied from web pages
    // carries them inside words (网\u{200B}络主权, gov\u{AD}ernance), and a cue with one never matched.
    if INVISIBLE.contains(&ch) {
        return;
    }
    // PDF text extraction gives these for ordinary ideographs (公⺠社會), and NFKC keeps them.
    if let Some(ideograph) = ('\u{2E80}'..='\u{2EFF}')
        .contains(&ch)
        .then(|| radical_ideograph(ch))
        .flatten()
    {
        folded.push(ideograph, origin);
        return;
    }
    for nfkc in std::iter::once(ch).nfkc() {
        for lower in nfkc.to_lowercase() {
            folded.push(lower, origin.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_byte_gives_the_length() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let first = ch.encode_utf8(&mut buffer).as_bytes()[0];
            assert_eq!(utf8_len(first), ch.len_utf8(), "U+{:04X}", ch as u32);
        }
    }

    #[test]
    fn han_is_told_by_the_first_two_bytes() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buffer = [0; 4];
            let bytes = ch.encode_utf8(&mut buffer).as_bytes();
            let told = bytes.len() >= 3 && is_han_utf8(bytes[0], bytes[1]);
            assert_eq!(told, is_han(ch), "U+{:04X}", ch as u32);
        }
    }

    #[test]
    fn radicals_from_pdf_text_read_as_the_ideographs_they_stand_for() {
        let normaliser = Normaliser::new().unwrap();
        // ⺠ (U+2EA0) from the CJK Radicals Supplement, which NFKC keeps; ⽅ (U+2F45), a Kangxi
        // radical, which NFKC folds; both as pdf.js extracts them from a Chinese PDF.
        let normalised = normaliser.normalise_whole("公⺠社會 多⽅");
        assert_eq!(normalised.text, "公民社会 多方");
        assert_eq!(radical_ideograph('⺠'), Some('民'));
        let table_lines = RADICALS.lines().filter(|l| !l.starts_with('#'));
        assert!(table_lines.clone().count() > 100);
        for line in table_lines {
            let pair: Vec<char> = line.chars().collect();
            assert!(
                pair.len() == 3 && ('\u{2E80}'..='\u{2EFF}').contains(&pair[0]) && is_han(pair[2]),
                "{line}"
            );
        }
    }

    #[test]
    fn invisible_characters_do_not_cut_words() {
        let normaliser = Normaliser::new().unwrap();
        let text = "网\u{200D}络主\u{200B}权 gov\u{AD}ernance";
        let normalised = normaliser.normalise_whole(text);
        assert_eq!(normalised.text, "网络主权 governance");
        // The words' spans still hold the characters left out.
        assert_eq!(normalised.cursor().original(0..12), 0..18);
    }

    #[test]
    fn fast_paths_fold_like_nfkc_and_lower_case() {
        let ranges = [
            0x00..=0x7F,
            0x2018..=0x201D,
            0x3001..=0x3011,
            0x3400..=0x9FFF,
            0xFF01..=0xFF5E,
            0x20000..=0x2F7FF,
        ];
        for ch in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut fast = Normalised::with_capacity(4);
            push_folded(ch, 0..1, &mut fast);
            let slow: String = std::iter::once(ch)
                .nfkc()
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(fast.text, slow, "U+{:04X}", ch as u32);
        }
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            if folds_to_itself(ch) {
                let slow: String = std::iter::once(ch)
                    .nfkc()
                    .flat_map(char::to_lowercase)
                    .collect();
                assert_eq!(slow, ch.to_string(), "U+{:04X}", ch as u32);
            }
            assert_eq!(
                is_word_char(ch),
                ch.is_alphanumeric(),
                "U+{:04X}",
                ch as u32
            );
        }
    }

    #[test]
    fn every_stretch_maps_back_to_the_characters_it_came_from() {
        // Copied runs (Han, lower-cased ASCII, astral Han) mixed with characters that change width
        // (full-width forms), expand (ﬁ, ㈱) or are inserted (the joining space between pieces).
        let normaliser = Normaliser::new().unwrap();
        let text = "网络ＩＣＡＮＮ，A\u{FB01}x㈱𠀀主权 Gov\nern";
        let line_break = text.find('\n').unwrap();
        let pieces = [0..line_break, line_break + 1..text.len()];
        let normalised = normaliser.normalise_pieces(text, &pieces, |_, _| true);
        // Each normalised character's origin, folding one original character at a time.
        let mut expected: Vec<Range<usize>> = Vec::new();
        for (index, piece) in pieces.iter().enumerate() {
            if index > 0 {
                expected.push(piece.start..piece.start);
            }
            for (offset, ch) in text[piece.clone()].char_indices() {
                let origin = piece.start + offset..piece.start + offset + ch.len_utf8();
                let folded: String = std::iter::once(ch)
                    .nfkc()
                    .flat_map(char::to_lowercase)
                    .collect();
                expected.extend(folded.chars().map(|_| origin.clone()));
            }
        }
        let boundaries: Vec<usize> = normalised
            .text
            .char_indices()
            .map(|(at, _)| at)
            .chain([normalised.text.len()])
            .collect();
        assert_eq!(
            boundaries.len(),
            expected.len() + 1,
            "{:?}",
            normalised.text
        );
        // One cursor asked every stretch: forward within each start, back to the next start
        // after it (more runs back than it steps over before searching).
        let mut cursor = normalised.cursor();
        for (i, &start) in boundaries.iter().enumerate() {
            for (j, &end) in boundaries.iter().enumerate().skip(i) {
                let want = match (expected.get(i), j > i) {
                    (Some(first), true) => first.start..expected[j - 1].end.max(first.start),
                    (Some(first), false) => first.start..first.start,
                    (None, _) => text.len()..text.len(),
                };
                assert_eq!(
                    normalised.cursor().original(start..end),
                    want,
                    "{start}..{end}"
                );
                assert_eq!(cursor.original(start..end), want, "cursor, {start}..{end}");
            }
        }
    }

    #[test]
    fn traditional_and_taiwan_wording_become_simplified() {
        let normaliser = Normaliser::new().unwrap();
        assert_eq!(normaliser.normalise("網絡主權"), "网络主权");
        assert_eq!(normaliser.normalise("聯合國 ICANN"), "联合国 icann");
        assert_eq!(normaliser.normalise("ＩＣＡＮＮ，２０２０"), "icann,2020");
    }

    #[test]
    fn the_list_of_traditional_characters_is_what_opencc_converts() {
        let normaliser = Normaliser::new().unwrap();
        let listed: String = TRADITIONAL
            .lines()
            .filter(|line| !line.starts_with('#'))
            .collect();
        assert!(
            listed == normaliser.traditional_characters(),
            "data/traditional.txt is out of step with OpenCC: \
             cargo run --example traditional_characters > data/traditional.txt"
        );
        assert!(normaliser.is_traditional('國') && !normaliser.is_traditional('国'));
    }

    #[test]
    fn simplified_text_is_not_converted() {
        let normaliser = Normaliser::new().unwrap();
        let text = "那么,核心在于建立相容的规则";
        assert_eq!(normaliser.normalise(text), text);
        assert_eq!(normaliser.normalise("國家主權"), "国家主权");
    }

    #[test]
    fn phrase_conversion_that_changes_length_keeps_spans() {
        let normaliser = Normaliser::new().unwrap();
        let text = "發展網際網路治理";
        let normalised = normaliser.normalise_whole(text);
        assert_eq!(normalised.text, "发展互联网治理");
        let internet = normalised.text.find("互联网").unwrap();
        let span = normalised
            .cursor()
            .original(internet..internet + "互联网".len());
        assert_eq!(&text[span], "網際網路");
        let governance = normalised.text.find("治理").unwrap();
        let span = normalised
            .cursor()
            .original(governance..normalised.text.len());
        assert_eq!(&text[span], "治理");
    }

    #[test]
    fn pieces_are_joined_with_a_space_only_where_asked() {
        let normaliser = Normaliser::new().unwrap();
        let text = "cyber\nsovereignty 網\n絡";
        let pieces = [0..5, 6..21, 22..text.len()];
        let normalised =
            normaliser.normalise_pieces(text, &pieces, |l, r| l.is_ascii() && r.is_ascii());
        assert_eq!(normalised.text, "cyber sovereignty 网络");
    }

    #[test]
    fn latin_words_are_stemmed_the_same_when_remembered() {
        let normaliser = Normaliser::new().unwrap();
        let mut stems = normaliser.stems();
        for _ in 0..2 {
            assert_eq!(stems.stem("sovereignty"), "sovereignti");
            assert_eq!(stems.stem("governance"), "govern");
        }
        assert_eq!(stems.stem("网络"), "网络");
        assert_eq!(stems.stem("g77"), "g77");
    }
}
