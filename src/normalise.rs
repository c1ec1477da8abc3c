//! Stage 3: reading text → a matching form, with every character traced back to the original.
//! Width and compatibility forms are folded (NFKC), Traditional text and its Taiwan/Hong Kong
//! wording become Simplified (OpenCC's phrase tables via ferrous-opencc; Simplified text is left
//! as it is, see `TRADITIONAL_SHARE`), Latin letters are
//! lower-cased and Latin words stemmed (Snowball English via rust-stemmers), so a cue written
//! once in Simplified Chinese or English reaches every variant. The original is never changed.

use crate::error::{Error, Result};
use ferrous_opencc::{config::BuiltinConfig, OpenCC};
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

pub struct Normaliser {
    /// Built on the first Traditional paragraph: most documents never need it, and building it
    /// is a third of what making an engine costs.
    to_simplified: OnceLock<OpenCC>,
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

/// A normalised text and, for each of its characters, the original bytes it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Normalised {
    pub text: String,
    /// (byte offset of the character in `text`, byte span in the original), one per character.
    origins: Vec<(usize, Range<usize>)>,
}

impl Normalised {
    /// The original byte span of `text[bytes]`; `bytes` must start and end on characters.
    pub fn original(&self, bytes: Range<usize>) -> Range<usize> {
        let first = self.origins.partition_point(|(at, _)| *at < bytes.start);
        let last = self.origins.partition_point(|(at, _)| *at < bytes.end);
        match (
            self.origins.get(first),
            last.checked_sub(1).and_then(|l| self.origins.get(l)),
        ) {
            (Some((_, start)), Some((_, end))) if first < last => {
                start.start..end.end.max(start.start)
            }
            (Some((_, start)), _) => start.start..start.start,
            _ => self.origins.last().map_or(0..0, |(_, o)| o.end..o.end),
        }
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
                            format!("`{ch}` is out of range"),
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

    fn converter(&self) -> &OpenCC {
        self.to_simplified.get_or_init(|| {
            OpenCC::from_config(BuiltinConfig::Tw2sp)
                .expect("OpenCC's built-in tw2sp tables load (tests in this file build them)")
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
        self.normalise_pieces(text, std::slice::from_ref(&(0..text.len())), |_, _| false)
            .text
    }

    /// Normalises `text[piece]` for each piece, in order, as one text. Between two pieces,
    /// `separate(left, right)` (the characters on either side) says whether a space is read.
    pub fn normalise_pieces(
        &self,
        text: &str,
        pieces: &[Range<usize>],
        separate: impl Fn(char, char) -> bool,
    ) -> Normalised {
        let mut folded = Normalised {
            text: String::with_capacity(pieces.iter().map(|p| p.len()).sum()),
            origins: Vec::new(),
        };
        let mut previous: Option<char> = None;
        for piece in pieces {
            let mut chars = text[piece.clone()].char_indices().peekable();
            if let (Some(left), Some(&(_, right))) = (previous, chars.peek()) {
                if separate(left, right) {
                    folded
                        .origins
                        .push((folded.text.len(), piece.start..piece.start));
                    folded.text.push(' ');
                }
            }
            for (offset, ch) in chars {
                let origin = piece.start + offset..piece.start + offset + ch.len_utf8();
                push_folded(ch, origin, &mut folded);
                previous = Some(ch);
            }
        }
        let (han, traditional) = folded
            .text
            .chars()
            .filter(|&ch| is_han(ch))
            .fold((0, 0), |(han, traditional), ch| {
                (han + 1, traditional + usize::from(self.is_traditional(ch)))
            });
        if traditional == 0 || traditional * TRADITIONAL_SHARE < han {
            return folded;
        }
        let simplified = self.converter().convert(&folded.text);
        if simplified == folded.text {
            return folded;
        }
        if simplified.chars().count() == folded.origins.len() {
            let origins = simplified
                .char_indices()
                .zip(folded.origins)
                .map(|((at, _), (_, origin))| (at, origin))
                .collect();
            return Normalised {
                text: simplified,
                origins,
            };
        }
        self.convert_by_runs(&folded)
    }

    /// The slow path, for a text where a phrase conversion changed the length (網際網路 →
    /// 互联网): converts each run of Han characters on its own (phrases never cross punctuation
    /// or Latin text, which stay one to one) and realigns the runs whose length changed.
    fn convert_by_runs(&self, folded: &Normalised) -> Normalised {
        let chars: Vec<(usize, char)> = folded.text.char_indices().collect();
        let mut result = Normalised {
            text: String::with_capacity(folded.text.len()),
            origins: Vec::with_capacity(chars.len()),
        };
        let mut start = 0;
        while start < chars.len() {
            let han = is_han(chars[start].1);
            let end = (start..chars.len())
                .find(|&i| is_han(chars[i].1) != han)
                .unwrap_or(chars.len());
            let run_origins = &folded.origins[start..end];
            let run_text =
                &folded.text[chars[start].0..chars.get(end).map_or(folded.text.len(), |c| c.0)];
            if !han {
                for (&(_, ch), (_, origin)) in chars[start..end].iter().zip(run_origins) {
                    result.origins.push((result.text.len(), origin.clone()));
                    result.text.push(ch);
                }
            } else {
                let converted = self.converter().convert(run_text);
                let spans = if converted.chars().count() == end - start {
                    run_origins.iter().map(|(_, o)| o.clone()).collect()
                } else {
                    self.realign(run_text, run_origins, &converted)
                };
                for (ch, origin) in converted.chars().zip(spans) {
                    result.origins.push((result.text.len(), origin));
                    result.text.push(ch);
                }
            }
            start = end;
        }
        result
    }

    /// Original spans for each character of `converted`, the phrase-level conversion of `run`:
    /// compares it with a character-by-character conversion, which keeps the length, and gives
    /// each changed stretch the original span of the stretch it replaced.
    fn realign(
        &self,
        run: &str,
        origins: &[(usize, Range<usize>)],
        converted: &str,
    ) -> Vec<Range<usize>> {
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
            let start = origins[from.min(origins.len() - 1)].1.start;
            let end = origins[to.clamp(1, origins.len()) - 1].1.end;
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

    /// The stem of a lower-cased Latin word; other words unchanged.
    pub fn stem<'w>(&self, word: &'w str) -> Cow<'w, str> {
        if word.chars().all(|c| c.is_ascii_alphabetic()) {
            self.stemmer.stem(word)
        } else {
            Cow::Borrowed(word)
        }
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

/// A Han character (unified or compatibility ideograph).
pub(crate) fn is_han(ch: char) -> bool {
    matches!(ch as u32, 0x3400..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF)
}

/// A character of East Asian script or punctuation, or a full-width form: line breaks next to
/// these read as nothing.
pub(crate) fn is_cjk(ch: char) -> bool {
    matches!(ch as u32, 0x2E80..=0x9FFF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x3FFFF)
}

/// A letter or digit: `char::is_alphanumeric`, with ASCII and common Han (unified ideographs and
/// extension A) answered without its tables.
pub(crate) fn is_word_char(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || matches!(ch as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF)
        || (!ch.is_ascii() && ch.is_alphanumeric())
}

/// NFKC and lower case of one character, each output character traced to `origin`.
fn push_folded(ch: char, origin: Range<usize>, folded: &mut Normalised) {
    // Fast paths for what Chinese and English text is made of, without NFKC's tables: ASCII only
    // needs lower case; unified Han characters, CJK punctuation (、。〈〉《》「」『』【】) and curly
    // quotes are NFKC-stable and caseless; full-width ASCII (，：Ａ１) is ASCII shifted by 0xFEE0.
    let fast = match ch as u32 {
        0x00..=0x7F => Some(ch.to_ascii_lowercase()),
        0x3001..=0x3002 | 0x3008..=0x3011 | 0x2018..=0x201D => Some(ch),
        0x3400..=0x9FFF | 0x20000..=0x2F7FF => Some(ch),
        0xFF01..=0xFF5E => char::from_u32(ch as u32 - 0xFEE0).map(|c| c.to_ascii_lowercase()),
        _ => None,
    };
    if let Some(folded_ch) = fast {
        folded.origins.push((folded.text.len(), origin));
        folded.text.push(folded_ch);
        return;
    }
    for nfkc in std::iter::once(ch).nfkc() {
        for lower in nfkc.to_lowercase() {
            folded.origins.push((folded.text.len(), origin.clone()));
            folded.text.push(lower);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let mut fast = Normalised {
                text: String::new(),
                origins: Vec::new(),
            };
            push_folded(ch, 0..1, &mut fast);
            let slow: String = std::iter::once(ch)
                .nfkc()
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(fast.text, slow, "U+{:04X}", ch as u32);
        }
        for ch in (0..=0x2FFFF).filter_map(char::from_u32) {
            assert_eq!(
                is_word_char(ch),
                ch.is_alphanumeric(),
                "U+{:04X}",
                ch as u32
            );
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
        let normalised =
            normaliser.normalise_pieces(text, std::slice::from_ref(&(0..text.len())), |_, _| false);
        assert_eq!(normalised.text, "发展互联网治理");
        let internet = normalised.text.find("互联网").unwrap();
        let span = normalised.original(internet..internet + "互联网".len());
        assert_eq!(&text[span], "網際網路");
        let governance = normalised.text.find("治理").unwrap();
        let span = normalised.original(governance..normalised.text.len());
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
        assert_eq!(normaliser.stem("sovereignty"), "sovereignti");
    }
}
