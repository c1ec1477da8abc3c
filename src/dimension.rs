//! Dimensions are data: a JSON file names the two poles and lists weighted cues, one per line.
//! The format is documented in data/dimensions/README.md.

use crate::error::{Error, Problem, Result};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pole {
    Negative,
    Positive,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cue {
    pub term: String,
    pub pole: Pole,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    pub id: String,
    /// What the negative (−1) and positive (+1) ends of the axis mean, for people.
    pub negative: String,
    pub positive: String,
    pub cues: Vec<Cue>,
    /// The line of each cue in its file, for messages; 0 where unknown.
    #[serde(skip)]
    pub cue_lines: Vec<usize>,
}

/// The dimensions every engine starts with.
pub const DEFAULT_DIMENSIONS: [(&str, &str); 2] = [
    (
        "sovereignty_multistakeholder.json",
        include_str!("../data/dimensions/sovereignty_multistakeholder.json"),
    ),
    (
        "un_icann.json",
        include_str!("../data/dimensions/un_icann.json"),
    ),
];

/// The range of a cue's weight. The built-in weights are 1 to 2 (see data/dimensions/README.md);
/// sums of unbounded ones overflow into scores that are not numbers, and weights near zero gave
/// the page's charts a scale they could not draw.
pub const WEIGHTS: std::ops::RangeInclusive<f64> = 0.01..=100.0;

/// The most cues a dimension may list: the built-in ones list about fifty. Each cue is cut into
/// words when the file is loaded, and the page lists them all, so tens of thousands took minutes.
pub const MAX_CUES: usize = 2000;

/// Parses and checks one dimension file; errors name the file, the line and the field.
pub fn parse(file: &str, json: &str) -> Result<Dimension> {
    // Editors on Windows may save a byte order mark, which JSON does not allow.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let start = json.trim_start();
    let Some(first) = start.chars().next() else {
        return Err(Error::document(file, Problem::Empty));
    };
    if first != '{' {
        let line = 1 + json[..json.len() - start.len()].matches('\n').count();
        return Err(Error::data(
            file,
            line,
            Problem::DimensionNotObject { first },
        ));
    }
    let mut dimension: Dimension = serde_json::from_str(json).map_err(|e| {
        // serde_json's message ends with where it is, which the error says apart.
        let message = e.to_string();
        let detail = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(detail, _)| detail)
            .to_owned();
        let problem = match e.classify() {
            serde_json::error::Category::Data => Problem::DimensionField { detail },
            _ => Problem::DimensionJsonSyntax {
                detail,
                column: e.column(),
            },
        };
        Error::data(file, e.line(), problem)
    })?;
    dimension.cue_lines = cue_lines(json);
    let line_of = |needle: &str| {
        json.lines()
            .position(|line| line.contains(needle))
            .map_or(0, |index| index + 1)
    };
    if dimension.id.trim().is_empty() {
        return Err(Error::data(
            file,
            line_of("\"id\""),
            Problem::DimensionIdEmpty,
        ));
    }
    if dimension.cues.is_empty() {
        return Err(Error::data(
            file,
            line_of("\"cues\""),
            Problem::DimensionNoCues,
        ));
    }
    if dimension.cues.len() > MAX_CUES {
        return Err(Error::data(
            file,
            line_of("\"cues\""),
            Problem::DimensionTooManyCues {
                count: dimension.cues.len(),
                max: MAX_CUES,
            },
        ));
    }
    let mut seen = std::collections::HashMap::new();
    for (cue, &line) in dimension.cues.iter().zip(&dimension.cue_lines) {
        if let Some(first) = seen.insert(cue.term.as_str(), line) {
            return Err(Error::data(
                file,
                line,
                Problem::CueListedTwice {
                    term: cue.term.clone(),
                    first_line: first,
                },
            ));
        }
        if cue.term.trim().is_empty() {
            return Err(Error::data(file, line, Problem::CueTermEmpty));
        }
        if !WEIGHTS.contains(&cue.weight) {
            return Err(Error::data(
                file,
                line,
                Problem::CueWeightOutOfRange {
                    term: cue.term.clone(),
                    min: *WEIGHTS.start(),
                    max: *WEIGHTS.end(),
                },
            ));
        }
    }
    Ok(dimension)
}

/// The line each object of the top-level `cues` array opens on, in order, in JSON that parses.
/// Searching the text for each term instead found the wrong line for a term that also occurs
/// earlier (as a description, or as the first of a duplicate), and took time that grew with the
/// square of the number of cues.
fn cue_lines(json: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let (mut line, mut depth) = (1, 0);
    let (mut in_string, mut escaped, mut string_start) = (false, false, 0);
    let (mut last_key, mut in_cues) = ("", false);
    for (at, byte) in json.bytes().enumerate() {
        if byte == b'\n' {
            line += 1;
        }
        if in_string {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                in_string = false;
                if depth == 1 {
                    last_key = &json[string_start..at];
                }
            }
            continue;
        }
        match byte {
            b'"' => {
                in_string = true;
                string_start = at + 1;
            }
            b'{' | b'[' => {
                if byte == b'{' && in_cues && depth == 2 {
                    lines.push(line);
                }
                if byte == b'[' && depth == 1 && last_key == "cues" {
                    in_cues = true;
                }
                depth += 1;
            }
            b'}' | b']' => {
                depth -= 1;
                in_cues &= depth >= 2;
            }
            _ => {}
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_dimensions_parse() {
        for (file, json) in DEFAULT_DIMENSIONS {
            let dimension = parse(file, json).unwrap();
            assert!(dimension.cues.len() >= 10, "{file}");
        }
    }

    #[test]
    fn errors_name_file_line_and_field() {
        let json = "{\"id\": \"d\", \"negative\": \"a\", \"positive\": \"b\", \"cues\": [\n{\"term\": \"x\", \"pole\": \"negative\", \"weight\": 0}\n]}";
        let err = parse("mine.json", json).unwrap_err().to_string();
        assert_eq!(
            err,
            "mine.json, line 2: field `weight` of cue `x` must be a number from 0.01 to 100"
        );
        let err = parse("mine.json", "{\"id\": \"d\",\n \"pole\": 1}")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("mine.json, line 2: unknown field `pole`"),
            "{err}"
        );
        let twice = "{\"id\": \"d\", \"negative\": \"a\", \"positive\": \"b\", \"cues\": [\n{\"term\": \"x\", \"pole\": \"negative\", \"weight\": 1},\n{\"term\": \"x\", \"pole\": \"positive\", \"weight\": 1}\n]}";
        let err = parse("mine.json", twice).unwrap_err().to_string();
        // At the second listing, which is the one to delete.
        assert_eq!(
            err,
            "mine.json, line 3: cue `x` is listed twice (first on line 2)"
        );
    }

    #[test]
    fn each_cue_is_named_at_its_own_line() {
        // The term `negative` also names a field of the header, and `a\"b` is escaped in the
        // file: a search of the text for either found the wrong line, or none.
        let json = "\u{FEFF}{\"id\": \"d\", \"negative\": \"a\", \"positive\": \"b\",\n\"cues\": [\n{\"term\": \"negative\", \"pole\": \"negative\", \"weight\": 1},\n{\"term\": \"a\\\"b\",\n \"pole\": \"positive\", \"weight\": 1}]}";
        let dimension = parse("mine.json", json).unwrap();
        assert_eq!(dimension.cue_lines, [3, 4]);
        let heavy = json.replace("\"weight\": 1}]", "\"weight\": 1e308}]");
        let err = parse("mine.json", &heavy).unwrap_err().to_string();
        assert_eq!(
            err,
            "mine.json, line 4: field `weight` of cue `a\"b` must be a number from 0.01 to 100"
        );
    }

    #[test]
    fn a_file_that_is_not_one_object_says_so() {
        // Named at the line it starts on, after any blank lines.
        let err = parse("mine.json", "\n\n\n [ ]").unwrap_err().to_string();
        assert_eq!(
            err,
            "mine.json, line 4: a dimension file is one JSON object, `{\"id\": …}`; this one starts with `[`"
        );
        // An empty file once got the parser's "EOF while parsing a value".
        let err = parse("mine.json", " \n").unwrap_err().to_string();
        assert_eq!(err, "mine.json: the file is empty");
    }

    #[test]
    fn json_mistakes_give_the_place_once_and_say_which_kind() {
        let err = parse("mine.json", "{\"id\": \"d\"\n  \"cues\": []}").unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.json, line 2: the JSON is malformed at column 3: expected `,` or `}`"
        );
        let err = parse("mine.json", "{\"id\": \"d\",\n\"colour\": 1}").unwrap_err();
        assert!(
            matches!(&err, Error::Data { line: 2, problem: Problem::DimensionField { detail }, .. }
                if detail.starts_with("unknown field `colour`") && !detail.contains("line")),
            "{err:?}"
        );
    }
}
