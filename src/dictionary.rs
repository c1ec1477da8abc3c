//! The jieba dictionary in the compact form the engine embeds. `data/jieba/dict.txt` stays the
//! reviewable source; `build.rs` packs it with `pack` when the crate is compiled, and the
//! segmenter reads it with `Unpacked`: the same words with the same frequencies
//! (`tests/dictionary_packing.rs`), 0.33 MB less once gzipped (1.20 → 0.87 MB with the group
//! index), which is what brings a first visit under its 2 MB budget.
//!
//! - Words are sorted and front-coded: one line per word, a byte `0x30 + n`, where n is the
//!   number of leading characters shared with the previous word (at most `MAX_SHARED`, so the
//!   byte stays ASCII), then the rest of the word.
//! - The rest is in the packed coding (`encode_packed`): two bytes per common Han character
//!   where UTF-8 takes three. No byte of a two-byte character is a line feed, so lines are found
//!   in the bytes, and the words sharing their first two characters (a line sharing at most one
//!   character, and those after it that share more: a `Run`) are decoded only when the segmenter
//!   needs them.
//! - Frequencies come apart, as LEB128 varints in word order: a column of numbers compresses
//!   better than numbers between words.
//! - An index of the groups (the words sharing a first character) comes apart too, as varints:
//!   the total frequency, then per group its first character (as the step from the previous
//!   one), the bytes of its lines and the bytes of its frequencies. Reading it is all that
//!   building a segmenter costs; finding the groups in the lines was a third of building an
//!   engine.
//!
//! Written by hand because the layout is the point: a general compressor that beats gzip (brotli,
//! xz) would have to ship its decoder in the wasm and decode everything up front, while gzip,
//! which static hosts apply anyway, does the rest here. The packed coding is hand-written too:
//! GB18030 takes as many bytes (and 30 KB less once gzipped), but reading it takes encoding_rs's
//! decoder for every encoding, one large function the browser compiled a second time,
//! optimised, while the engine was starting: about 20 ms of the engine's start in Chromium on
//! the benchmark machine (docs/performance.md, engine ready). This file is also compiled into
//! `build.rs`, so it uses nothing but `std`.

use std::ops::Range;

/// A dictionary packed by `pack`.
#[derive(Debug)]
pub struct Packed {
    pub words: Vec<u8>,
    pub frequencies: Vec<u8>,
    pub groups: Vec<u8>,
}

const SHARED_BASE: u8 = 0x30;
/// The largest shared-prefix count a marker byte holds while it stays ASCII (longer shared
/// prefixes are spelled out again; dictionary words are far shorter).
const MAX_SHARED: usize = (0x7F - SHARED_BASE) as usize;
/// Why reading a group's lines cannot fail once `Unpacked::new` has accepted the index.
const PACKED: &str = "packed by `pack` (tests/dictionary_packing.rs reads it all back)";

/// The `(word, frequency)` entries of a dictionary in jieba's text format: `word frequency [tag]`
/// per line, lines starting with `#` are comments, tags are dropped. Errors name the line.
pub fn entries(text: &str) -> impl Iterator<Item = Result<(&str, usize), String>> {
    text.lines().enumerate().filter_map(|(index, line)| {
        let mut fields = line.split_whitespace();
        let word = fields.next().filter(|_| !line.starts_with('#'))?;
        Some(
            fields
                .next()
                .and_then(|f| f.parse().ok())
                .map(|frequency| (word, frequency))
                .ok_or_else(|| {
                    format!("line {}: `{word}` has no whole-number frequency", index + 1)
                }),
        )
    })
}

/// Packs a dictionary in jieba's text format (see `entries`).
pub fn pack(text: &str) -> Result<Packed, String> {
    let mut entries: Vec<(&str, usize)> = entries(text).collect::<Result<_, _>>()?;
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    if let Some(pair) = entries.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        return Err(format!("`{}` is listed twice", pair[0].0));
    }
    let mut words = Vec::new();
    let mut frequencies = Vec::new();
    let mut groups = Vec::new();
    push_varint(
        &mut groups,
        entries.iter().map(|&(_, frequency)| frequency).sum(),
    );
    let mut previous_first = 0;
    let first_character = |word: &str| word.chars().next().expect("entries are never empty");
    for group in entries.chunk_by(|a, b| first_character(a.0) == first_character(b.0)) {
        let mut lines = String::new();
        let frequencies_before = frequencies.len();
        let mut previous = "";
        for &(word, frequency) in group {
            let shared = word
                .chars()
                .zip(previous.chars())
                .take(MAX_SHARED)
                .take_while(|(a, b)| a == b)
                .count();
            let rest_at = word
                .char_indices()
                .nth(shared)
                .map_or(word.len(), |(at, _)| at);
            lines.push(char::from(SHARED_BASE + shared as u8));
            lines.push_str(&word[rest_at..]);
            lines.push('\n');
            push_varint(&mut frequencies, frequency);
            previous = word;
        }
        let mut encoded = Vec::with_capacity(lines.len());
        encode_packed(&lines, &mut encoded);
        let first = first_character(group[0].0) as usize;
        push_varint(&mut groups, first - previous_first);
        push_varint(&mut groups, encoded.len());
        push_varint(&mut groups, frequencies.len() - frequencies_before);
        words.extend_from_slice(&encoded);
        previous_first = first;
    }
    Ok(Packed {
        words,
        frequencies,
        groups,
    })
}

/// A packed dictionary whose words are read a group (first character) or a run (first two
/// characters) at a time: the segmenter loads into jieba only the words that can occur in the
/// text it cuts.
pub struct Unpacked<'a> {
    /// The front-coded lines, in the packed coding.
    lines: &'a [u8],
    frequencies: &'a [u8],
    /// The runs of words with the same first character, in order.
    groups: Vec<Group>,
    total_frequency: usize,
}

struct Group {
    first: char,
    /// Byte range of the run's lines in `lines`.
    lines: Range<usize>,
    /// Where the run's frequencies start in `frequencies`.
    frequencies: usize,
}

impl<'a> Unpacked<'a> {
    /// Reads the group index and checks it against the lines and frequencies it divides: first
    /// characters in order, every byte of both in exactly one group. The lines themselves are
    /// read (decoded) a group at a time, when the segmenter needs the group;
    /// `tests/dictionary_packing.rs` reads the embedded dictionary back whole.
    // A start-up loop kept out of its caller in the wasm build: see scripts/build.sh.
    #[inline(never)]
    pub fn new(lines: &'a [u8], frequencies: &'a [u8], index: &[u8]) -> Result<Self, String> {
        let broken = |group: usize| format!("packed group {group} is malformed");
        let mut index = index.iter();
        let total_frequency = read_varint(&mut index).ok_or("the packed index is empty")?;
        let mut groups: Vec<Group> = Vec::new();
        let (mut first, mut line, mut frequency) = (0usize, 0usize, 0usize);
        while index.len() > 0 {
            let number = groups.len() + 1;
            let mut next = || read_varint(&mut index).ok_or_else(|| broken(number));
            let (step, line_bytes, frequency_bytes) = (next()?, next()?, next()?);
            first = first.checked_add(step).ok_or_else(|| broken(number))?;
            let character = u32::try_from(first)
                .ok()
                .and_then(char::from_u32)
                .filter(|_| step > 0 || groups.is_empty())
                .ok_or_else(|| broken(number))?;
            let lines_end = line + line_bytes;
            let frequencies_end = frequency + frequency_bytes;
            if line_bytes == 0 || lines_end > lines.len() || frequencies_end > frequencies.len() {
                return Err(broken(number));
            }
            groups.push(Group {
                first: character,
                lines: line..lines_end,
                frequencies: frequency,
            });
            (line, frequency) = (lines_end, frequencies_end);
        }
        if line != lines.len() || frequency != frequencies.len() {
            return Err("the packed index does not cover the words and frequencies".to_owned());
        }
        Ok(Unpacked {
            lines,
            frequencies,
            groups,
            total_frequency,
        })
    }

    /// How many first characters the dictionary has words for.
    pub fn groups(&self) -> usize {
        self.groups.len()
    }

    pub fn first_character(&self, group: usize) -> char {
        self.groups[group].first
    }

    /// The group of the words starting with `ch`, if any.
    pub fn group_of(&self, ch: char) -> Option<usize> {
        self.groups
            .binary_search_by_key(&ch, |group| group.first)
            .ok()
    }

    /// The sum of all words' frequencies.
    pub fn total_frequency(&self) -> usize {
        self.total_frequency
    }

    /// The frequency of `word`, if the dictionary has it.
    pub fn frequency_of(&self, word: &str) -> Option<usize> {
        self.frequencies_of(&[word])[0]
    }

    /// The frequency of each of `words` the dictionary has, each group read once however many
    /// of `words` start with its character.
    // A start-up loop kept out of its caller in the wasm build: see scripts/build.sh.
    #[inline(never)]
    pub fn frequencies_of(&self, words: &[&str]) -> Vec<Option<usize>> {
        // (group, the word in the packed coding, its index in `words`), grouped.
        let mut wanted: Vec<(usize, Vec<u8>, usize)> = words
            .iter()
            .enumerate()
            .filter_map(|(index, word)| {
                let group = self.group_of(word.chars().next()?)?;
                let mut packed = Vec::new();
                encode_packed(word, &mut packed);
                Some((group, packed, index))
            })
            .collect();
        wanted.sort_unstable();
        let mut found = vec![None; words.len()];
        for same_group in wanted.chunk_by(|a, b| a.0 == b.0) {
            self.packed_words(same_group[0].0, |candidate, frequency| {
                for (_, packed, index) in same_group {
                    if candidate == packed.as_slice() {
                        found[*index] = Some(frequency);
                    }
                }
            });
        }
        found
    }

    /// The runs of one group (see `Run`), in the order of their second characters, the group's
    /// one-character word first.
    pub fn runs(&self, group: usize) -> Vec<Run> {
        let group = &self.groups[group];
        let mut frequencies = self.frequencies[group.frequencies..].iter();
        let mut runs: Vec<Run> = Vec::new();
        let mut at = group.lines.start;
        for line in self.lines[group.lines.clone()].split_inclusive(|&b| b == b'\n') {
            let (&marker, rest) = line.split_first().expect(PACKED);
            let shared = usize::from(marker - SHARED_BASE);
            // Every word of a group shares its first character with the one before it, so a
            // line that shares no more starts a run.
            if shared <= 1 {
                let second_at = if shared == 0 {
                    packed_character_len(rest)
                } else {
                    0
                };
                if let Some(last) = runs.last_mut() {
                    last.lines.end = at;
                }
                runs.push(Run {
                    second: packed_character(&rest[second_at..]).filter(|&ch| ch != '\n'),
                    lines: at..at,
                    frequencies: self.frequencies.len() - frequencies.len(),
                });
            }
            at += line.len();
            read_varint(&mut frequencies).expect(PACKED);
        }
        runs.last_mut().expect(PACKED).lines.end = at;
        runs
    }

    /// Calls `each(word, frequency)` for the words of one run of `group`, in sorted order.
    pub fn run_words(&self, group: usize, run: &Run, mut each: impl FnMut(&str, usize)) {
        let mut text = String::with_capacity(run.lines.len() * 3 / 2);
        decode_packed(&self.lines[run.lines.clone()], &mut text);
        let mut frequencies = self.frequencies[run.frequencies..].iter();
        // The run's first line shares the group's first character (or nothing, for the lone
        // character), so the word starts from that character.
        let mut word = String::from(self.groups[group].first);
        for line in text.split_terminator('\n') {
            let (shared, rest) = split_line(line).expect(PACKED);
            let kept = word
                .char_indices()
                .nth(shared)
                .map_or(word.len(), |(at, _)| at);
            word.truncate(kept);
            word.push_str(rest);
            each(&word, read_varint(&mut frequencies).expect(PACKED));
        }
    }

    /// Calls `each(word, frequency)` for the words of one group, in sorted order, each word in
    /// the packed coding: for a caller that looks words up without decoding every one.
    pub fn packed_words(&self, group: usize, mut each: impl FnMut(&[u8], usize)) {
        let group = &self.groups[group];
        let mut frequencies = self.frequencies[group.frequencies..].iter();
        let mut word: Vec<u8> = Vec::new();
        // Where each character of `word` starts.
        let mut starts: Vec<usize> = Vec::new();
        for line in self.lines[group.lines.clone()].split(|&b| b == b'\n') {
            let Some((&marker, rest)) = line.split_first() else {
                continue;
            };
            let shared = usize::from(marker - SHARED_BASE);
            word.truncate(starts.get(shared).copied().unwrap_or(word.len()));
            starts.truncate(shared);
            let mut at = 0;
            while at < rest.len() {
                starts.push(word.len() + at);
                at += packed_character_len(&rest[at..]);
            }
            word.extend_from_slice(rest);
            each(&word, read_varint(&mut frequencies).expect(PACKED));
        }
    }
}

/// The words of a group that share their second character, or the group's one-character word
/// alone (no second character). Words are sorted, so a run is a stretch of the group's lines, and
/// it is read without the lines before it: its first line shares only the first character.
#[derive(Debug, Clone)]
pub struct Run {
    pub second: Option<char>,
    /// Byte range of the run's lines in `Unpacked::lines`.
    lines: Range<usize>,
    /// Where the run's frequencies start in `Unpacked::frequencies`.
    frequencies: usize,
}

/// First byte of a packed character that is not ASCII and not a common Han character: its UTF-8
/// follows.
const ESCAPE: u8 = 0xFF;
/// The common Han characters (CJK Unified Ideographs) that take two bytes, and how many second
/// bytes there are: 0x40–0xFF, never a line feed, a marker or ASCII text.
const TWO_BYTE: std::ops::RangeInclusive<u32> = 0x4E00..=0x9FFF;
const SECOND_BYTES: u32 = 0xC0;

/// Appends `text` in the packed coding: ASCII as itself; a character of `TWO_BYTE` as
/// 0x80 + n / 192 then 0x40 + n % 192, n being its offset in the range (first bytes 0x80–0xED);
/// any other character as `ESCAPE` and its UTF-8.
pub fn encode_packed(text: &str, out: &mut Vec<u8>) {
    for ch in text.chars() {
        let code = ch as u32;
        if ch.is_ascii() {
            out.push(code as u8);
        } else if TWO_BYTE.contains(&code) {
            let offset = code - TWO_BYTE.start();
            out.push(0x80 + (offset / SECOND_BYTES) as u8);
            out.push(0x40 + (offset % SECOND_BYTES) as u8);
        } else {
            out.push(ESCAPE);
            out.extend_from_slice(ch.encode_utf8(&mut [0; 4]).as_bytes());
        }
    }
}

/// The length of the packed character `bytes` starts with.
pub fn packed_character_len(bytes: &[u8]) -> usize {
    match bytes {
        [first, ..] if first.is_ascii() => 1,
        // An escaped character is never ASCII: its UTF-8 lead byte has a one per byte.
        [ESCAPE, lead, ..] => 1 + lead.leading_ones() as usize,
        _ => 2,
    }
}

/// Appends the text `bytes` hold in the packed coding (written by `encode_packed`).
fn decode_packed(bytes: &[u8], out: &mut String) {
    let mut at = 0;
    while at < bytes.len() {
        out.push(packed_character(&bytes[at..]).expect(PACKED));
        at += packed_character_len(&bytes[at..]);
    }
}

/// The character the packed `bytes` start with; None for no bytes or a broken character.
fn packed_character(bytes: &[u8]) -> Option<char> {
    match *bytes.get(..packed_character_len(bytes).min(bytes.len()))? {
        [ascii] => Some(char::from(ascii)),
        [ESCAPE, ref utf8 @ ..] => std::str::from_utf8(utf8).ok()?.chars().next(),
        [first, second] => {
            let offset = u32::from(first.checked_sub(0x80)?) * SECOND_BYTES
                + u32::from(second.checked_sub(0x40)?);
            char::from_u32(TWO_BYTE.start() + offset)
        }
        _ => None,
    }
}

/// A line's shared-prefix count and the rest of its word.
fn split_line(line: &str) -> Option<(usize, &str)> {
    let mut chars = line.chars();
    let shared = (chars.next()? as usize).checked_sub(usize::from(SHARED_BASE))?;
    (shared <= MAX_SHARED).then_some((shared, chars.as_str()))
}

fn push_varint(out: &mut Vec<u8>, mut value: usize) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7F) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn read_varint<'a>(bytes: &mut impl Iterator<Item = &'a u8>) -> Option<usize> {
    let mut value = 0usize;
    for shift in (0..usize::BITS).step_by(7) {
        let byte = *bytes.next()?;
        value |= usize::from(byte & 0x7F).checked_shl(shift)?;
        if byte & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of one group, read a run at a time as the segmenter reads them.
    fn group_words(unpacked: &Unpacked, group: usize) -> Vec<(String, usize)> {
        let mut words = Vec::new();
        for run in unpacked.runs(group) {
            unpacked.run_words(group, &run, |word, frequency| {
                words.push((word.to_owned(), frequency))
            });
        }
        words
    }

    fn round_trip(text: &str) -> Vec<(String, usize)> {
        let packed = pack(text).unwrap();
        let unpacked = Unpacked::new(&packed.words, &packed.frequencies, &packed.groups).unwrap();
        (0..unpacked.groups())
            .flat_map(|group| group_words(&unpacked, group))
            .collect()
    }

    #[test]
    fn words_come_back_sorted_with_their_frequencies() {
        // Shared prefixes of several lengths, a word that is a prefix of the next, Latin and
        // digits, a character outside the BMP, and a frequency above 2^28 (five varint bytes).
        let text = "# comment\n网络空间 300 n\n网络 3000000000\n网 2\nAT&T 3\n𠀀字 5\n网络主权 1\n";
        assert_eq!(
            round_trip(text),
            [
                ("AT&T".to_owned(), 3),
                ("网".to_owned(), 2),
                ("网络".to_owned(), 3_000_000_000),
                ("网络主权".to_owned(), 1),
                ("网络空间".to_owned(), 300),
                ("𠀀字".to_owned(), 5),
            ]
        );
    }

    #[test]
    fn packed_words_are_the_words_in_the_packed_coding() {
        // One-, two- and escaped four-byte characters, shared prefixes cut inside each.
        let text = "网络空间 300\n网络 3\n网 2\n网AT&T 3\n网𠀀字 5\n网𠀀 1\n网络主权 1\n";
        let packed = pack(text).unwrap();
        let unpacked = Unpacked::new(&packed.words, &packed.frequencies, &packed.groups).unwrap();
        let mut raw = Vec::new();
        let encoded: Vec<(Vec<u8>, usize)> = group_words(&unpacked, 0)
            .into_iter()
            .map(|(word, frequency)| {
                let mut bytes = Vec::new();
                encode_packed(&word, &mut bytes);
                (bytes, frequency)
            })
            .collect();
        unpacked.packed_words(0, |word, frequency| raw.push((word.to_vec(), frequency)));
        assert_eq!(raw.len(), 7);
        assert_eq!(raw, encoded);
    }

    #[test]
    fn a_group_is_read_a_run_at_a_time_by_second_character() {
        // The one-character word is a run of its own; the others start a run per second
        // character, ASCII, two-byte and escaped four-byte; a group may lack a lone character.
        let text =
            "网络空间 300\n网络 3\n网 2\n网AT&T 3\n网𠀀字 5\n网𠀀 1\n网络主权 1\nAT&T 3\nA股 7\n";
        let packed = pack(text).unwrap();
        let unpacked = Unpacked::new(&packed.words, &packed.frequencies, &packed.groups).unwrap();
        type Words = Vec<(String, usize)>;
        let read = |group: usize| -> Vec<(Option<char>, Words)> {
            unpacked
                .runs(group)
                .iter()
                .map(|run| {
                    let mut words = Vec::new();
                    unpacked.run_words(group, run, |word, frequency| {
                        words.push((word.to_owned(), frequency))
                    });
                    (run.second, words)
                })
                .collect()
        };
        let owned = |words: &[(&str, usize)]| -> Words {
            words.iter().map(|&(w, f)| (w.to_owned(), f)).collect()
        };
        let network = unpacked.group_of('网').unwrap();
        assert_eq!(
            read(network),
            [
                (None, owned(&[("网", 2)])),
                (Some('A'), owned(&[("网AT&T", 3)])),
                (
                    Some('络'),
                    owned(&[("网络", 3), ("网络主权", 1), ("网络空间", 300)])
                ),
                (Some('𠀀'), owned(&[("网𠀀", 1), ("网𠀀字", 5)])),
            ]
        );
        let latin = unpacked.group_of('A').unwrap();
        assert_eq!(
            read(latin),
            [
                (Some('T'), owned(&[("AT&T", 3)])),
                (Some('股'), owned(&[("A股", 7)])),
            ]
        );
    }

    #[test]
    fn every_character_is_packed_and_read_back() {
        let characters: String = ('\0'..=char::MAX).collect();
        let mut packed = Vec::new();
        encode_packed(&characters, &mut packed);
        // Only a line feed packs to a line feed.
        assert_eq!(packed.iter().filter(|&&b| b == b'\n').count(), 1);
        let mut at = 0;
        for ch in characters.chars() {
            let len = packed_character_len(&packed[at..]);
            let expected = match ch as u32 {
                code if TWO_BYTE.contains(&code) => 2,
                _ if ch.is_ascii() => 1,
                _ => 1 + ch.len_utf8(),
            };
            assert_eq!(len, expected, "U+{:04X}", ch as u32);
            let mut one = String::new();
            decode_packed(&packed[at..at + len], &mut one);
            assert_eq!(one, ch.to_string(), "U+{:04X}", ch as u32);
            at += len;
        }
        let mut decoded = String::new();
        decode_packed(&packed, &mut decoded);
        assert!(decoded == characters);
    }

    #[test]
    fn frequencies_are_found_and_summed() {
        let packed = pack("网络 10\n网络空间 5\n主权 1\n").unwrap();
        let unpacked = Unpacked::new(&packed.words, &packed.frequencies, &packed.groups).unwrap();
        assert_eq!(unpacked.total_frequency(), 16);
        assert_eq!(unpacked.frequency_of("网络空间"), Some(5));
        assert_eq!(unpacked.frequency_of("网"), None);
        assert_eq!(unpacked.groups(), 2);
        assert_eq!(unpacked.group_of('网'), Some(1));
    }

    #[test]
    fn a_shared_prefix_longer_than_a_marker_holds_is_cut() {
        let long = "长".repeat(MAX_SHARED + 20);
        let text = format!("{long} 1\n{long}尾 2\n");
        assert_eq!(
            round_trip(&text),
            [(long.clone(), 1), (format!("{long}尾"), 2)]
        );
    }

    #[test]
    fn malformed_dictionaries_are_refused() {
        assert!(pack("网络 many\n").unwrap_err().contains("line 1"));
        assert!(pack("网络 1\n网络 2\n").unwrap_err().contains("twice"));
        let packed = pack("主权 3\n网络 1\n网络主权 2\n").unwrap();
        let unpack = |words: &[u8], frequencies: &[u8], index: &[u8]| {
            Unpacked::new(words, frequencies, index).map(|_| ())
        };
        assert!(unpack(&packed.words, &packed.frequencies, &packed.groups).is_ok());
        // Frequencies or lines missing from, or beyond, what the index divides.
        assert!(unpack(&packed.words, &packed.frequencies[..1], &packed.groups).is_err());
        assert!(unpack(&packed.words, &[1, 2, 3, 4], &packed.groups).is_err());
        assert!(unpack(&packed.words[1..], &packed.frequencies, &packed.groups).is_err());
        // An index cut short, or empty.
        let cut = &packed.groups[..packed.groups.len() - 1];
        assert!(unpack(&packed.words, &packed.frequencies, cut).is_err());
        assert!(unpack(&packed.words, &packed.frequencies, &[]).is_err());
        // First characters out of order: the second group's step is zero.
        let index = |second_step: usize| {
            let mut index = Vec::new();
            push_varint(&mut index, 4);
            for (step, lines, frequencies) in [('主' as usize, 6, 1), (second_step, 6, 1)] {
                push_varint(&mut index, step);
                push_varint(&mut index, lines);
                push_varint(&mut index, frequencies);
            }
            index
        };
        let mut words = Vec::new();
        encode_packed("0主权\n0网络\n", &mut words);
        let step = '网' as usize - '主' as usize;
        assert!(unpack(&words, &[3, 1], &index(step)).is_ok());
        assert!(unpack(&words, &[3, 1], &index(0)).is_err());
    }
}
