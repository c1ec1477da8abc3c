//! Traditional → Simplified with OpenCC's Taiwan → Simplified tables (tw2sp, `data/opencc/`),
//! after a table of this domain's phrases that they convert wrongly (`data/tw_domain_phrases.txt`).
//! OpenCC's own algorithm, written here instead of called through ferrous-opencc: its matching
//! walks a finite-state transducer per table at every character and allocates every match, which
//! was 14% of a warm analysis. At each position of the text a stage replaces the longest key of
//! its tables (the earlier table winning a tie) by that key's first value; the second stage reads
//! what the first wrote. `tests/traditional_conversion.rs` keeps this in step with ferrous-opencc.

use crate::error::{Error, Problem, Result};
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// The stages of OpenCC's tw2sp.json, each a group of (file, contents) tables; the domain's
/// phrases come first.
const STAGES: [&[(&str, &str)]; 2] = [
    &[
        (
            "data/tw_domain_phrases.txt",
            include_str!("../../data/tw_domain_phrases.txt"),
        ),
        (
            "data/opencc/TWPhrasesRev.txt",
            include_str!("../../data/opencc/TWPhrasesRev.txt"),
        ),
        (
            "data/opencc/TWVariantsRevPhrases.txt",
            include_str!("../../data/opencc/TWVariantsRevPhrases.txt"),
        ),
        (
            "data/opencc/TWVariantsRev.txt",
            include_str!("../../data/opencc/TWVariantsRev.txt"),
        ),
    ],
    &[
        (
            "data/opencc/TSPhrases.txt",
            include_str!("../../data/opencc/TSPhrases.txt"),
        ),
        (
            "data/opencc/TSCharacters.txt",
            include_str!("../../data/opencc/TSCharacters.txt"),
        ),
    ],
];

pub struct ToSimplified {
    stages: Vec<Stage>,
}

struct Stage {
    /// Key → its first value.
    values: FxHashMap<&'static str, &'static str>,
    /// Per first character of a key, the byte lengths of its keys, longest first.
    lengths: FxHashMap<char, Vec<usize>>,
}

impl ToSimplified {
    pub fn new() -> Result<Self> {
        let stages = STAGES
            .iter()
            .map(|tables| Stage::new(tables))
            .collect::<Result<_>>()?;
        Ok(ToSimplified { stages })
    }

    pub fn convert(&self, text: &str) -> String {
        let mut converted = Cow::Borrowed(text);
        for stage in &self.stages {
            if let Cow::Owned(changed) = stage.convert(&converted) {
                converted = Cow::Owned(changed);
            }
        }
        converted.into_owned()
    }
}

impl Stage {
    fn new(tables: &[(&str, &'static str)]) -> Result<Self> {
        let mut values = FxHashMap::default();
        for &(file, contents) in tables {
            let mut own: FxHashMap<&str, &str> = FxHashMap::default();
            for (index, line) in contents.lines().enumerate() {
                let trimmed = line.trim();
                if trimmed.is_empty() || trimmed.starts_with('#') {
                    continue;
                }
                let problem =
                    |detail: String| Error::data(file, index + 1, Problem::BuiltInData { detail });
                let (key, list) = line
                    .split_once('\t')
                    .filter(|(key, list)| !key.is_empty() && !list.contains('\t'))
                    .ok_or_else(|| problem("expected a key, a tab and its values".into()))?;
                if list.split(' ').any(str::is_empty) {
                    return Err(problem(format!("`{key}` has an empty value")));
                }
                let first = list.split(' ').next().unwrap_or(list);
                if own.insert(key, first).is_some() {
                    return Err(problem(format!("`{key}` is listed twice")));
                }
            }
            // A key of an earlier table wins: of two keys as long, OpenCC takes the first table's.
            for (key, value) in own {
                values.entry(key).or_insert(value);
            }
        }
        let mut lengths: FxHashMap<char, Vec<usize>> = FxHashMap::default();
        for key in values.keys() {
            let first = key.chars().next().expect("keys are not empty");
            lengths.entry(first).or_default().push(key.len());
        }
        for list in lengths.values_mut() {
            list.sort_unstable_by(|a, b| b.cmp(a));
            list.dedup();
        }
        Ok(Stage { values, lengths })
    }

    /// `text` with every longest match replaced; borrowed when nothing matched.
    fn convert<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut converted: Option<String> = None;
        let mut at = 0;
        while let Some(ch) = text[at..].chars().next() {
            let rest = &text[at..];
            let found = self.lengths.get(&ch).and_then(|lengths| {
                lengths
                    .iter()
                    .filter(|&&length| rest.is_char_boundary(length))
                    .find_map(|&length| Some((length, *self.values.get(&rest[..length])?)))
            });
            match (found, &mut converted) {
                (Some((length, value)), _) => {
                    converted
                        .get_or_insert_with(|| {
                            let mut start = String::with_capacity(text.len());
                            start.push_str(&text[..at]);
                            start
                        })
                        .push_str(value);
                    at += length;
                }
                (None, Some(converted)) => {
                    converted.push(ch);
                    at += ch.len_utf8();
                }
                (None, None) => at += ch.len_utf8(),
            }
        }
        converted.map_or(Cow::Borrowed(text), Cow::Owned)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stage(tables: &[(&str, &'static str)]) -> Stage {
        Stage::new(tables).unwrap()
    }

    #[test]
    fn the_longest_key_wins_and_the_earlier_table_a_tie() {
        let stage = stage(&[("a", "ab\tX\nb\tY\n"), ("b", "abc\tZ\nab\tW\nc\tV V2\n")]);
        assert_eq!(stage.convert("abcab c"), "ZX V");
        assert_eq!(stage.convert("xyz"), Cow::Borrowed("xyz"));
    }

    #[test]
    fn malformed_tables_are_named_errors() {
        for (table, expected) in [
            (
                "# header\n\nkey\n",
                "t.txt, line 3: expected a key, a tab and its values",
            ),
            (
                "\tvalue\n",
                "t.txt, line 1: expected a key, a tab and its values",
            ),
            (
                "a\tb\tc\n",
                "t.txt, line 1: expected a key, a tab and its values",
            ),
            ("a\tb  c\n", "t.txt, line 1: `a` has an empty value"),
            ("a\tb\na\tc\n", "t.txt, line 2: `a` is listed twice"),
        ] {
            let error = Stage::new(&[("t.txt", table)]).err().unwrap();
            assert_eq!(error.to_string(), expected, "{table:?}");
        }
    }

    #[test]
    fn the_built_in_tables_load() {
        let converter = ToSimplified::new().unwrap();
        assert_eq!(converter.convert("網絡軟體資訊"), "网络软件信息");
    }
}
