//! The crate's one error type. Every message names the file (or data file) it is about, because
//! the page and the CLI show it to a person who loaded several. What went wrong is a `Problem`, a
//! code and its values, worded in English and Chinese by data/problems.tsv: the CLI prints the
//! English, and the page, which gets the problem as data, says it in the reader's language.

use serde::Serialize;
use std::fmt;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Error {
    /// A document could not be read as text.
    Document { file: String, problem: Problem },
    /// A data file (dictionary, dimension file) is malformed.
    Data {
        file: String,
        line: usize,
        problem: Problem,
    },
}

/// One row of data/problems.tsv each: `parts` gives its code and values.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Empty,
    PdfNeedsText,
    NoText,
    NoVisibleText,
    Binary,
    Utf8CutShort {
        line: usize,
        byte: usize,
    },
    Utf8DamagedOnce {
        line: usize,
        byte: usize,
    },
    Utf8Damaged {
        sequences: usize,
        line: usize,
        byte: usize,
    },
    InvalidByByteOrderMark {
        encoding: &'static str,
    },
    InvalidAsDetected {
        encoding: &'static str,
    },
    DocxUnreadable {
        detail: String,
    },
    DocxTooLarge {
        megabytes: u64,
    },
    DocxNoText,
    /// A ZIP archive without a Word document's text part: another kind of archive.
    ZipNotDocx,
    /// Named .docx, yet neither a DOCX archive nor text.
    NotDocx,
    DimensionNotObject {
        first: char,
    },
    /// serde_json's own message, in English in either language.
    DimensionJsonSyntax {
        detail: String,
        column: usize,
    },
    /// Neither UTF-8 nor UTF-16 behind a byte order mark.
    DimensionNotUtf8,
    DimensionUnknownField {
        field: String,
    },
    DimensionMissingField {
        field: &'static str,
    },
    /// `id`, `negative`, `positive` or a cue's `term` that is not a JSON string; `found` is the
    /// value as the file writes it, shortened.
    DimensionFieldNotText {
        field: &'static str,
        found: String,
    },
    DimensionCuesNotList {
        found: String,
    },
    /// A key given twice in one object.
    DimensionFieldListedTwice {
        field: String,
        first_line: usize,
    },
    DimensionIdEmpty,
    DimensionNoCues,
    DimensionTooManyCues {
        count: usize,
        max: usize,
    },
    CueListedTwice {
        term: String,
        first_line: usize,
    },
    CueNotObject {
        found: String,
    },
    CueUnknownField {
        field: String,
    },
    CueMissingField {
        field: &'static str,
    },
    CueTermEmpty,
    CuePoleInvalid {
        term: String,
        found: String,
    },
    /// Not a number, or one outside the range.
    CueWeightInvalid {
        term: String,
        found: String,
        min: f64,
        max: f64,
    },
    CueWithoutWords {
        term: String,
    },
    CueSameWordsOtherPole {
        term: String,
        other: String,
        other_line: usize,
    },
    /// The engine's own data files, which only a broken build gets wrong: for its developers.
    BuiltInData {
        detail: String,
    },
}

/// A value a problem's wording names. Numbers read as people write them (100, not 100.0).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    Text(String),
    Count(u64),
    Number(f64),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(text) => f.write_str(text),
            Value::Count(count) => write!(f, "{count}"),
            Value::Number(number) => write!(f, "{number}"),
        }
    }
}

impl Problem {
    /// Its code in data/problems.tsv and the values its wording names. Written out rather than
    /// derived with serde and read back through `serde_json::Value`, which made the wasm 32 KB
    /// larger (before wasm-opt).
    pub fn parts(&self) -> (&'static str, Vec<(&'static str, Value)>) {
        let text = |text: &str| Value::Text(text.to_owned());
        let count = |count: usize| Value::Count(count as u64);
        match self {
            Problem::Empty => ("empty", vec![]),
            Problem::PdfNeedsText => ("pdf-needs-text", vec![]),
            Problem::NoText => ("no-text", vec![]),
            Problem::NoVisibleText => ("no-visible-text", vec![]),
            Problem::Binary => ("binary", vec![]),
            Problem::Utf8CutShort { line, byte } => (
                "utf8-cut-short",
                vec![("line", count(*line)), ("byte", count(*byte))],
            ),
            Problem::Utf8DamagedOnce { line, byte } => (
                "utf8-damaged-once",
                vec![("line", count(*line)), ("byte", count(*byte))],
            ),
            Problem::Utf8Damaged {
                sequences,
                line,
                byte,
            } => (
                "utf8-damaged",
                vec![
                    ("sequences", count(*sequences)),
                    ("line", count(*line)),
                    ("byte", count(*byte)),
                ],
            ),
            Problem::InvalidByByteOrderMark { encoding } => (
                "invalid-by-byte-order-mark",
                vec![("encoding", text(encoding))],
            ),
            Problem::InvalidAsDetected { encoding } => {
                ("invalid-as-detected", vec![("encoding", text(encoding))])
            }
            Problem::DocxUnreadable { detail } => {
                ("docx-unreadable", vec![("detail", text(detail))])
            }
            Problem::DocxTooLarge { megabytes } => (
                "docx-too-large",
                vec![("megabytes", Value::Count(*megabytes))],
            ),
            Problem::DocxNoText => ("docx-no-text", vec![]),
            Problem::ZipNotDocx => ("zip-not-docx", vec![]),
            Problem::NotDocx => ("not-docx", vec![]),
            Problem::DimensionNotObject { first } => (
                "dimension-not-object",
                vec![("first", Value::Text(first.to_string()))],
            ),
            Problem::DimensionJsonSyntax { detail, column } => (
                "dimension-json-syntax",
                vec![("detail", text(detail)), ("column", count(*column))],
            ),
            Problem::DimensionNotUtf8 => ("dimension-not-utf8", vec![]),
            Problem::DimensionUnknownField { field } => {
                ("dimension-unknown-field", vec![("field", text(field))])
            }
            Problem::DimensionMissingField { field } => {
                ("dimension-missing-field", vec![("field", text(field))])
            }
            Problem::DimensionFieldNotText { field, found } => (
                "dimension-field-not-text",
                vec![("field", text(field)), ("found", text(found))],
            ),
            Problem::DimensionCuesNotList { found } => {
                ("dimension-cues-not-list", vec![("found", text(found))])
            }
            Problem::DimensionFieldListedTwice { field, first_line } => (
                "dimension-field-listed-twice",
                vec![("field", text(field)), ("first_line", count(*first_line))],
            ),
            Problem::DimensionIdEmpty => ("dimension-id-empty", vec![]),
            Problem::DimensionNoCues => ("dimension-no-cues", vec![]),
            Problem::DimensionTooManyCues { count: listed, max } => (
                "dimension-too-many-cues",
                vec![("count", count(*listed)), ("max", count(*max))],
            ),
            Problem::CueListedTwice { term, first_line } => (
                "cue-listed-twice",
                vec![("term", text(term)), ("first_line", count(*first_line))],
            ),
            Problem::CueNotObject { found } => ("cue-not-object", vec![("found", text(found))]),
            Problem::CueUnknownField { field } => {
                ("cue-unknown-field", vec![("field", text(field))])
            }
            Problem::CueMissingField { field } => {
                ("cue-missing-field", vec![("field", text(field))])
            }
            Problem::CueTermEmpty => ("cue-term-empty", vec![]),
            Problem::CuePoleInvalid { term, found } => (
                "cue-pole-invalid",
                vec![("term", text(term)), ("found", text(found))],
            ),
            Problem::CueWeightInvalid {
                term,
                found,
                min,
                max,
            } => (
                "cue-weight-invalid",
                vec![
                    ("term", text(term)),
                    ("found", text(found)),
                    ("min", Value::Number(*min)),
                    ("max", Value::Number(*max)),
                ],
            ),
            Problem::CueWithoutWords { term } => ("cue-without-words", vec![("term", text(term))]),
            Problem::CueSameWordsOtherPole {
                term,
                other,
                other_line,
            } => (
                "cue-same-words-other-pole",
                vec![
                    ("term", text(term)),
                    ("other", text(other)),
                    ("other_line", count(*other_line)),
                ],
            ),
            Problem::BuiltInData { detail } => ("built-in-data", vec![("detail", text(detail))]),
        }
    }
}

/// For the page: `{"code": …, "<name>": <value>, …}`.
impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(
        &self,
        serializer: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let (code, values) = self.parts();
        let mut map = serializer.serialize_map(Some(values.len() + 1))?;
        map.serialize_entry("code", code)?;
        for (name, value) in &values {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub fn document(file: &str, problem: Problem) -> Self {
        Error::Document {
            file: file.to_owned(),
            problem,
        }
    }

    pub fn data(file: &str, line: usize, problem: Problem) -> Self {
        Error::Data {
            file: file.to_owned(),
            line,
            problem,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Document { file, problem } => write!(f, "{file}: {problem}"),
            Error::Data {
                file,
                line,
                problem,
            } => write!(f, "{file}, line {line}: {problem}"),
        }
    }
}

impl std::error::Error for Error {}

const WORDINGS: &str = include_str!("../data/problems.tsv");

/// The code, English and Chinese of each row of data/problems.tsv.
fn wordings() -> impl Iterator<Item = [&'static str; 3]> {
    WORDINGS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some([fields.next()?, fields.next()?, fields.next()?])
        })
}

impl fmt::Display for Problem {
    /// The English wording, its `{name}`s filled with the values.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (code, values) = self.parts();
        let [_, english, _] = wordings()
            .find(|[row, ..]| *row == code)
            .ok_or(fmt::Error)?;
        // One pass over the wording: a value is never read for names of its own (a cue named
        // `{max}`).
        let mut rest = english;
        while let Some(open) = rest.find('{') {
            let named = rest[open + 1..].split_once('}').and_then(|(name, _)| {
                let (_, value) = values.iter().find(|(known, _)| *known == name)?;
                Some((name.len(), value))
            });
            match named {
                Some((length, value)) => {
                    write!(f, "{}{value}", &rest[..open])?;
                    rest = &rest[open + length + 2..];
                }
                None => {
                    f.write_str(&rest[..=open])?;
                    rest = &rest[open + 1..];
                }
            }
        }
        f.write_str(rest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// One of each problem. The match below has no catch-all, so a new problem does not compile
    /// until it is added here, and so checked against data/problems.tsv.
    fn one_of_each() -> Vec<Problem> {
        let all = vec![
            Problem::Empty,
            Problem::PdfNeedsText,
            Problem::NoText,
            Problem::NoVisibleText,
            Problem::Binary,
            Problem::Utf8CutShort { line: 1, byte: 2 },
            Problem::Utf8DamagedOnce { line: 1, byte: 2 },
            Problem::Utf8Damaged {
                sequences: 3,
                line: 1,
                byte: 2,
            },
            Problem::InvalidByByteOrderMark {
                encoding: "UTF-16LE",
            },
            Problem::InvalidAsDetected { encoding: "GBK" },
            Problem::DocxUnreadable {
                detail: "bad zip".into(),
            },
            Problem::DocxTooLarge { megabytes: 100 },
            Problem::DocxNoText,
            Problem::ZipNotDocx,
            Problem::NotDocx,
            Problem::DimensionNotObject { first: '[' },
            Problem::DimensionJsonSyntax {
                detail: "expected value".into(),
                column: 3,
            },
            Problem::DimensionNotUtf8,
            Problem::DimensionUnknownField {
                field: "colour".into(),
            },
            Problem::DimensionMissingField { field: "id" },
            Problem::DimensionFieldNotText {
                field: "id",
                found: "7".into(),
            },
            Problem::DimensionCuesNotList { found: "3".into() },
            Problem::DimensionFieldListedTwice {
                field: "id".into(),
                first_line: 1,
            },
            Problem::DimensionIdEmpty,
            Problem::DimensionNoCues,
            Problem::DimensionTooManyCues {
                count: 2001,
                max: 2000,
            },
            Problem::CueListedTwice {
                term: "ICANN".into(),
                first_line: 4,
            },
            Problem::CueNotObject {
                found: "\"ICANN\"".into(),
            },
            Problem::CueUnknownField {
                field: "note".into(),
            },
            Problem::CueMissingField { field: "weight" },
            Problem::CueTermEmpty,
            Problem::CuePoleInvalid {
                term: "ICANN".into(),
                found: "\"neg\"".into(),
            },
            Problem::CueWeightInvalid {
                term: "ICANN".into(),
                found: "500".into(),
                min: 0.01,
                max: 100.0,
            },
            Problem::CueWithoutWords { term: "、".into() },
            Problem::CueSameWordsOtherPole {
                term: "網絡主權".into(),
                other: "网络主权".into(),
                other_line: 4,
            },
            Problem::BuiltInData {
                detail: "bad".into(),
            },
        ];
        for problem in &all {
            match problem {
                Problem::Empty
                | Problem::PdfNeedsText
                | Problem::NoText
                | Problem::NoVisibleText
                | Problem::Binary
                | Problem::Utf8CutShort { .. }
                | Problem::Utf8DamagedOnce { .. }
                | Problem::Utf8Damaged { .. }
                | Problem::InvalidByByteOrderMark { .. }
                | Problem::InvalidAsDetected { .. }
                | Problem::DocxUnreadable { .. }
                | Problem::DocxTooLarge { .. }
                | Problem::DocxNoText
                | Problem::ZipNotDocx
                | Problem::NotDocx
                | Problem::DimensionNotObject { .. }
                | Problem::DimensionJsonSyntax { .. }
                | Problem::DimensionNotUtf8
                | Problem::DimensionUnknownField { .. }
                | Problem::DimensionMissingField { .. }
                | Problem::DimensionFieldNotText { .. }
                | Problem::DimensionCuesNotList { .. }
                | Problem::DimensionFieldListedTwice { .. }
                | Problem::DimensionIdEmpty
                | Problem::DimensionNoCues
                | Problem::DimensionTooManyCues { .. }
                | Problem::CueListedTwice { .. }
                | Problem::CueNotObject { .. }
                | Problem::CueUnknownField { .. }
                | Problem::CueMissingField { .. }
                | Problem::CueTermEmpty
                | Problem::CuePoleInvalid { .. }
                | Problem::CueWeightInvalid { .. }
                | Problem::CueWithoutWords { .. }
                | Problem::CueSameWordsOtherPole { .. }
                | Problem::BuiltInData { .. } => {}
            }
        }
        all
    }

    fn names_in(wording: &str) -> BTreeSet<&str> {
        wording
            .split('{')
            .skip(1)
            .filter_map(|part| part.split_once('}'))
            .map(|(name, _)| name)
            .filter(|name| name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .filter(|name| !name.is_empty())
            .collect()
    }

    #[test]
    fn every_problem_is_worded_in_both_languages_with_its_values() {
        let rows: Vec<[&str; 3]> = wordings().collect();
        let problems = one_of_each();
        assert_eq!(
            rows.len(),
            problems.len(),
            "a row for each problem, no more"
        );
        for problem in problems {
            let serde_json::Value::Object(values) = serde_json::to_value(&problem).unwrap() else {
                panic!("{problem:?} is not an object");
            };
            let code = values["code"].as_str().unwrap();
            let [_, english, chinese] = rows
                .iter()
                .find(|[row, ..]| *row == code)
                .unwrap_or_else(|| panic!("no row for {code} in data/problems.tsv"));
            let fields: BTreeSet<&str> = values
                .keys()
                .map(String::as_str)
                .filter(|name| *name != "code")
                .collect();
            assert_eq!(names_in(english), fields, "{code}: English");
            assert_eq!(names_in(chinese), fields, "{code}: Chinese");
            let shown = problem.to_string();
            assert!(
                !shown.contains('{') || code == "dimension-not-object",
                "{code}: {shown}"
            );
        }
    }

    #[test]
    fn values_are_filled_in_as_people_write_them() {
        let weight = Problem::CueWeightInvalid {
            term: "ICANN".into(),
            found: "0".into(),
            min: 0.01,
            max: 100.0,
        };
        assert_eq!(
            Error::data("mine.json", 7, weight).to_string(),
            "mine.json, line 7: field `weight` of cue `ICANN` must be a number from 0.01 to 100, not `0`"
        );
        assert_eq!(
            Error::document("a.txt", Problem::Utf8CutShort { line: 3, byte: 40 }).to_string(),
            "a.txt: the UTF-8 text ends in the middle of a character (line 3, byte 40): the file seems cut short"
        );
    }

    #[test]
    fn a_value_is_not_read_for_names() {
        let twice = Problem::CueListedTwice {
            term: "{first_line} {max}".into(),
            first_line: 3,
        };
        assert_eq!(
            twice.to_string(),
            "cue `{first_line} {max}` is listed twice (first on line 3)"
        );
    }

    #[test]
    fn the_page_gets_the_problem_as_data() {
        let error = Error::data(
            "mine.json",
            5,
            Problem::CueListedTwice {
                term: "ICANN".into(),
                first_line: 4,
            },
        );
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            serde_json::json!({"file": "mine.json", "line": 5,
                "problem": {"code": "cue-listed-twice", "term": "ICANN", "first_line": 4}})
        );
    }
}
