//! Dimensions are data: a JSON file names the two poles and lists weighted cues, one per line.
//! The format is documented in data/dimensions/README.md.

use crate::error::{Error, Result};
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

/// Parses and checks one dimension file; errors name the file, the line and the field.
pub fn parse(file: &str, json: &str) -> Result<Dimension> {
    let dimension: Dimension =
        serde_json::from_str(json).map_err(|e| Error::data(file, e.line(), e.to_string()))?;
    let line_of = |needle: &str| {
        json.lines()
            .position(|line| line.contains(needle))
            .map_or(0, |index| index + 1)
    };
    if dimension.id.trim().is_empty() {
        return Err(Error::data(file, line_of("\"id\""), "field `id` is empty"));
    }
    if dimension.cues.is_empty() {
        return Err(Error::data(
            file,
            line_of("\"cues\""),
            "field `cues` lists no cue",
        ));
    }
    let mut seen = std::collections::HashSet::new();
    for cue in &dimension.cues {
        let line = line_of(&format!("\"{}\"", cue.term));
        if !seen.insert(cue.term.as_str()) {
            return Err(Error::data(
                file,
                line,
                format!("cue `{}` is listed twice", cue.term),
            ));
        }
        if cue.term.trim().is_empty() {
            return Err(Error::data(file, line, "field `term` is empty"));
        }
        if !(cue.weight.is_finite() && cue.weight > 0.0) {
            return Err(Error::data(
                file,
                line,
                format!(
                    "field `weight` of cue `{}` must be a positive number",
                    cue.term
                ),
            ));
        }
    }
    Ok(dimension)
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
            "mine.json, line 2: field `weight` of cue `x` must be a positive number"
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
        assert_eq!(err, "mine.json, line 2: cue `x` is listed twice");
    }
}
