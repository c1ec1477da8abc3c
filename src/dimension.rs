//! Dimensions are data: a JSON file names the two poles and lists weighted cues, one per line.
//! The format is documented in data/dimensions/README.md.

use crate::error::{Error, Problem, Result};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Pole {
    Negative,
    Positive,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cue {
    pub term: String,
    pub pole: Pole,
    pub weight: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
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

/// The fields of a dimension and of a cue, in the order they are checked.
const DIMENSION_FIELDS: [&str; 4] = ["id", "negative", "positive", "cues"];
const CUE_FIELDS: [&str; 3] = ["term", "pole", "weight"];

/// A dimension file's text from its bytes, for the command line and the page alike: UTF-8, or
/// UTF-16 behind its byte order mark, which editors on Windows save. Strict, because read as
/// UTF-8 regardless a GBK file loaded as cues of nonsense words, without a word of warning.
pub fn json_text(file: &str, bytes: &[u8]) -> Result<String> {
    let (encoding, bom) = encoding_rs::Encoding::for_bom(bytes).unwrap_or((encoding_rs::UTF_8, 0));
    let bytes = &bytes[bom..];
    if encoding == encoding_rs::UTF_8 {
        return std::str::from_utf8(bytes)
            .map(str::to_owned)
            .map_err(|_| Error::document(file, Problem::DimensionNotUtf8));
    }
    encoding
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(Cow::into_owned)
        .ok_or_else(|| {
            Error::document(
                file,
                Problem::InvalidByByteOrderMark {
                    encoding: encoding.name(),
                },
            )
        })
}

/// Parses and checks one dimension file; errors name the file, the line and the field.
///
/// The JSON is parsed as a `serde_json::Value` and its fields checked here, rather than
/// deserialised into `Dimension` by serde: serde's errors are strings in its own terms ("invalid
/// type: string \"2\", expected f64") that name neither the field nor the cue, and point at where
/// the parser stopped (a missing field at the object's closing brace), while a check of our own
/// knows the field and has its value to quote, in either language.
pub fn parse(file: &str, json: &str) -> Result<Dimension> {
    // Editors on Windows may save a byte order mark, which JSON does not allow.
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    let start = json.trim_start();
    let Some(first) = start.chars().next() else {
        return Err(Error::document(file, Problem::Empty));
    };
    let first_line = 1 + json[..json.len() - start.len()].matches('\n').count();
    let not_object = || Error::data(file, first_line, Problem::DimensionNotObject { first });
    if first != '{' {
        return Err(not_object());
    }
    let value: Value = serde_json::from_str(json).map_err(|e| {
        // serde_json's message ends with where it is, which the error says apart.
        let message = e.to_string();
        let detail = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(detail, _)| detail)
            .to_owned();
        Error::data(
            file,
            e.line(),
            Problem::DimensionJsonSyntax {
                detail,
                column: e.column(),
            },
        )
    })?;
    let Value::Object(fields) = value else {
        return Err(not_object());
    };
    let layout = layout(json);
    let at = |line: usize| move |problem| Error::data(file, line, problem);
    check_keys(&layout.keys, &DIMENSION_FIELDS, |field| {
        Problem::DimensionUnknownField { field }
    })
    .map_err(|(line, problem)| at(line)(problem))?;
    let key_line = |name: &str| {
        layout
            .keys
            .iter()
            .find(|key| key.name == name)
            .map_or(layout.line, |key| key.line)
    };
    // Read by reference and copied: taken out of the map, they brought in 6 KB of wasm for
    // BTreeMap::remove.
    let take = |field: &'static str| {
        fields
            .get(field)
            .ok_or_else(|| at(layout.line)(Problem::DimensionMissingField { field }))
    };
    let (id, negative, positive, cues) = (
        take("id")?,
        take("negative")?,
        take("positive")?,
        take("cues")?,
    );
    let text = |field: &'static str, value: &Value| match value {
        Value::String(text) => Ok(text.clone()),
        other => Err(at(key_line(field))(Problem::DimensionFieldNotText {
            field,
            found: shown(other),
        })),
    };
    let (id, negative, positive) = (
        text("id", id)?,
        text("negative", negative)?,
        text("positive", positive)?,
    );
    let Value::Array(cues) = cues else {
        return Err(at(key_line("cues"))(Problem::DimensionCuesNotList {
            found: shown(cues),
        }));
    };
    if id.trim().is_empty() {
        return Err(at(key_line("id"))(Problem::DimensionIdEmpty));
    }
    if cues.is_empty() {
        return Err(at(key_line("cues"))(Problem::DimensionNoCues));
    }
    if cues.len() > MAX_CUES {
        return Err(at(key_line("cues"))(Problem::DimensionTooManyCues {
            count: cues.len(),
            max: MAX_CUES,
        }));
    }
    let elements = |index: usize| layout.cues.get(index);
    let cue_lines: Vec<usize> = (0..cues.len())
        .map(|index| elements(index).map_or(0, |element| element.line))
        .collect();
    let mut seen = std::collections::HashMap::new();
    let mut checked = Vec::with_capacity(cues.len());
    for (index, value) in cues.iter().enumerate() {
        let line = cue_lines[index];
        let keys = elements(index).map_or(&[][..], |element| &element.keys);
        let cue = cue(value, keys).map_err(at(line))?;
        if let Some(first) = seen.insert(cue.term.clone(), line) {
            return Err(at(line)(Problem::CueListedTwice {
                term: cue.term,
                first_line: first,
            }));
        }
        checked.push(cue);
    }
    Ok(Dimension {
        id,
        negative,
        positive,
        cues: checked,
        cue_lines,
    })
}

/// One cue, checked field by field in the order of `CUE_FIELDS`; `keys` are its keys as written.
fn cue(value: &Value, keys: &[Key]) -> std::result::Result<Cue, Problem> {
    let Value::Object(fields) = value else {
        return Err(Problem::CueNotObject {
            found: shown(value),
        });
    };
    check_keys(keys, &CUE_FIELDS, |field| Problem::CueUnknownField {
        field,
    })
    .map_err(|(_, problem)| problem)?;
    let take = |field: &'static str| fields.get(field).ok_or(Problem::CueMissingField { field });
    let (term, pole, weight) = (take("term")?, take("pole")?, take("weight")?);
    let Value::String(term) = term else {
        return Err(Problem::DimensionFieldNotText {
            field: "term",
            found: shown(term),
        });
    };
    let term = term.clone();
    if term.trim().is_empty() {
        return Err(Problem::CueTermEmpty);
    }
    let pole = match pole.as_str() {
        Some("negative") => Pole::Negative,
        Some("positive") => Pole::Positive,
        _ => {
            return Err(Problem::CuePoleInvalid {
                term,
                found: shown(pole),
            })
        }
    };
    match weight.as_f64().filter(|weight| WEIGHTS.contains(weight)) {
        Some(weight) => Ok(Cue { term, pole, weight }),
        None => Err(Problem::CueWeightInvalid {
            term,
            found: shown(weight),
            min: *WEIGHTS.start(),
            max: *WEIGHTS.end(),
        }),
    }
}

/// The first key given twice, or not one of `known`, with its line.
fn check_keys(
    keys: &[Key],
    known: &[&str],
    unknown: impl Fn(String) -> Problem,
) -> std::result::Result<(), (usize, Problem)> {
    for (index, key) in keys.iter().enumerate() {
        if let Some(first) = keys[..index]
            .iter()
            .find(|earlier| earlier.name == key.name)
        {
            return Err((
                key.line,
                Problem::DimensionFieldListedTwice {
                    field: key.name.clone(),
                    first_line: first.line,
                },
            ));
        }
        if !known.contains(&key.name.as_str()) {
            return Err((key.line, unknown(key.name.clone())));
        }
    }
    Ok(())
}

/// A value as a message quotes it: scalars much as the file writes them (`"2"`, `null`), an
/// object or a list by its brackets alone, and a long text cut short. Written out rather than
/// serialised by serde_json, which took 4 KB of wasm.
fn shown(value: &Value) -> String {
    const LONGEST: usize = 40;
    match value {
        Value::Object(_) => "{…}".to_owned(),
        Value::Array(_) => "[…]".to_owned(),
        Value::String(text) if text.chars().count() > LONGEST => {
            let start: String = text.chars().take(LONGEST).collect();
            let quoted = format!("{start:?}");
            format!("{}…\"", &quoted[..quoted.len() - 1])
        }
        Value::String(text) => format!("{text:?}"),
        Value::Number(number) => number.to_string(),
        Value::Bool(value) => value.to_string(),
        Value::Null => "null".to_owned(),
    }
}

/// Where the parts of a dimension file are, for messages: the line its object opens on and the
/// keys it gives, and the same for each element of its `cues` list. Read from JSON that parses,
/// so that a scan of its brackets, strings, commas and colons suffices.
#[derive(Default)]
struct Layout {
    line: usize,
    keys: Vec<Key>,
    cues: Vec<Element>,
}

#[derive(Default)]
struct Element {
    line: usize,
    keys: Vec<Key>,
}

struct Key {
    name: String,
    line: usize,
}

/// Searching the text for each term instead found the wrong line for a term that also occurs
/// earlier (as a description, or as the first of a duplicate), and took time that grew with the
/// square of the number of cues.
fn layout(json: &str) -> Layout {
    let mut layout = Layout::default();
    // The brackets open around the current byte; `{` or `[` each.
    let mut open = Vec::new();
    let mut line = 1;
    // Whether a string here is a key (after `{` or an object's `,`), whether the next value opens
    // an element of `cues`, and whether the list open at depth 2 is `cues`.
    let (mut key_next, mut element_next, mut in_cues) = (false, false, false);
    let (mut in_string, mut escaped, mut string_start) = (false, false, 0);
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
                if key_next {
                    let name = serde_json::from_str(&json[string_start..=at]).unwrap_or_default();
                    let key = Key { name, line };
                    match (open.len(), layout.cues.last_mut()) {
                        (1, _) => layout.keys.push(key),
                        (3, Some(element)) if in_cues => element.keys.push(key),
                        _ => {}
                    }
                }
            }
            continue;
        }
        if byte.is_ascii_whitespace() {
            continue;
        }
        if std::mem::take(&mut element_next) && byte != b']' {
            layout.cues.push(Element {
                line,
                keys: Vec::new(),
            });
        }
        match byte {
            b'"' => {
                in_string = true;
                string_start = at;
            }
            b'{' | b'[' => {
                if open.is_empty() {
                    layout.line = line;
                }
                if byte == b'[' && open.len() == 1 {
                    in_cues = layout.keys.last().is_some_and(|key| key.name == "cues");
                    element_next = in_cues;
                }
                open.push(byte);
                key_next = byte == b'{';
            }
            b'}' | b']' => {
                open.pop();
                in_cues &= open.len() >= 2;
                key_next = false;
            }
            b',' => {
                key_next = open.last() == Some(&b'{');
                element_next = in_cues && open.len() == 2;
            }
            b':' => key_next = false,
            _ => {}
        }
    }
    layout
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

    /// A file with these cues, one a line from line 2.
    fn with_cues(cues: &str) -> String {
        format!(
            "{{\"id\": \"d\", \"negative\": \"a\", \"positive\": \"b\", \"cues\": [\n{cues}\n]}}"
        )
    }

    #[test]
    fn each_mistake_is_named_with_its_line_its_field_and_what_the_file_has() {
        let cue =
            |weight: &str| format!(r#"{{"term": "x", "pole": "negative", "weight": {weight}}}"#);
        // (why the case exists, the file, the message)
        let cases = [
            (
                "a weight in quotes got serde's `invalid type: string \"2\", expected f64`, \
                 naming neither the field nor the cue",
                with_cues(&cue(r#""2""#)),
                "mine.json, line 2: field `weight` of cue `x` must be a number from 0.01 to 100, not `\"2\"`",
            ),
            (
                "a weight out of range says what it is",
                with_cues(&cue("0")),
                "mine.json, line 2: field `weight` of cue `x` must be a number from 0.01 to 100, not `0`",
            ),
            (
                "a pole misspelt got serde's `unknown variant `neg``, without the field",
                with_cues(r#"{"term": "x", "pole": "neg", "weight": 1}"#),
                "mine.json, line 2: field `pole` of cue `x` must be \"negative\" or \"positive\", not `\"neg\"`",
            ),
            (
                "a list of cues written as an object got serde's `invalid type: map, expected a \
                 sequence`",
                "{\"id\": \"d\", \"negative\": \"a\", \"positive\": \"b\",\n\"cues\": {\"term\": \"x\"}}"
                    .to_owned(),
                "mine.json, line 2: field `cues` must be a list in square brackets, not `{…}`",
            ),
            (
                "a missing field was named at the closing brace, where serde noticed it, and \
                 not said of which object",
                "\n{\"negative\": \"a\", \"positive\": \"b\",\n\"cues\": [\n{\"term\": \"x\", \"pole\": \"negative\", \"weight\": 1}\n]\n}"
                    .to_owned(),
                "mine.json, line 2: the dimension starting on this line has no field `id`",
            ),
            (
                "a cue's missing field is named at the cue's first line",
                with_cues("{\"term\": \"x\",\n\"pole\": \"negative\"}"),
                "mine.json, line 2: the cue starting on this line has no field `weight`",
            ),
            (
                "an id that is a number",
                r#"{"id": 7, "negative": "a", "positive": "b", "cues": []}"#.to_owned(),
                "mine.json, line 1: field `id` must be text in double quotes, not `7`",
            ),
            (
                "a term that is a number",
                with_cues(r#"{"term": 12, "pole": "negative", "weight": 1}"#),
                "mine.json, line 2: field `term` must be text in double quotes, not `12`",
            ),
            (
                "a cue that is a bare word",
                with_cues(r#""ICANN""#),
                "mine.json, line 2: each cue must be an object in braces with `term`, `pole` and `weight`, not `\"ICANN\"`",
            ),
            (
                "a long value is quoted cut short, not whole",
                with_cues(&cue(&format!("\"{}\"", "9".repeat(60)))),
                "mine.json, line 2: field `weight` of cue `x` must be a number from 0.01 to 100, not `\"9999999999999999999999999999999999999999…\"`",
            ),
            (
                "a field the format lacks, at the top",
                "{\"id\": \"d\",\n\"colour\": \"red\"}".to_owned(),
                "mine.json, line 2: unknown field `colour`: a dimension has `id`, `negative`, `positive` and `cues`",
            ),
            (
                "a field the format lacks, in a cue",
                with_cues(r#"{"term": "x", "pole": "negative", "weight": 1, "note": "?"}"#),
                "mine.json, line 2: unknown field `note` in a cue: a cue has `term`, `pole` and `weight`",
            ),
            (
                "a field given twice: parsed as a JSON value, the later would silently win",
                "{\"id\": \"d\",\n\"id\": \"e\"}".to_owned(),
                "mine.json, line 2: field `id` is given twice (first on line 1)",
            ),
            (
                "a cue's field given twice",
                with_cues(r#"{"term": "x", "pole": "negative", "weight": 1, "weight": 2}"#),
                "mine.json, line 2: field `weight` is given twice (first on line 2)",
            ),
            (
                "kept through the rewrite: a cue list with no cue",
                with_cues("").replace("[\n\n]", "[]"),
                "mine.json, line 1: field `cues` lists no cue",
            ),
            (
                "kept through the rewrite: an empty term",
                with_cues(r#"{"term": " ", "pole": "negative", "weight": 1}"#),
                "mine.json, line 2: field `term` is empty",
            ),
            (
                "kept through the rewrite: an empty id",
                r#"{"id": "", "negative": "a", "positive": "b", "cues": []}"#.to_owned(),
                "mine.json, line 1: field `id` is empty",
            ),
            (
                "kept through the rewrite: a cue listed twice, named at the second listing, which is \
                 the one to delete",
                with_cues(&format!("{},\n{}", cue("1"), cue("2"))),
                "mine.json, line 3: cue `x` is listed twice (first on line 2)",
            ),
        ];
        for (why, json, message) in cases {
            let error = parse("mine.json", &json).unwrap_err().to_string();
            assert_eq!(error, message, "{why}");
        }
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
            "mine.json, line 4: field `weight` of cue `a\"b` must be a number from 0.01 to 100, not `1e+308`"
        );
    }

    #[test]
    fn keys_are_read_as_json_reads_them() {
        // `\u0069d` is `id` written with an escape: read as written, it was an unknown field.
        let json = with_cues(r#"{"term": "x", "pole": "negative", "weight": 1}"#)
            .replace("\"id\"", "\"\\u0069d\"");
        assert_eq!(parse("mine.json", &json).unwrap().id, "d");
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
    }

    #[test]
    fn a_file_is_text_in_utf8_or_in_utf16_behind_its_byte_order_mark() {
        let json = r#"{"id": "网络"}"#;
        let utf16 = |bom: [u8; 2], unit: fn(u16) -> [u8; 2]| {
            let mut bytes = bom.to_vec();
            bytes.extend(json.encode_utf16().flat_map(unit));
            bytes
        };
        // (why the case exists, the bytes, the text or the message)
        let cases: [(&str, Vec<u8>, std::result::Result<&str, &str>); 6] = [
            ("UTF-8, as JSON is", json.as_bytes().to_vec(), Ok(json)),
            (
                "a byte order mark before UTF-8, which JSON does not allow, is left out",
                [b"\xEF\xBB\xBF", json.as_bytes()].concat(),
                Ok(json),
            ),
            (
                "UTF-16LE with its mark, as Windows editors save 'Unicode': the command line \
                 read only UTF-8 and said `stream did not contain valid UTF-8`",
                utf16([0xFF, 0xFE], u16::to_le_bytes),
                Ok(json),
            ),
            (
                "UTF-16BE with its mark",
                utf16([0xFE, 0xFF], u16::to_be_bytes),
                Ok(json),
            ),
            (
                "GBK, which read as UTF-8 regardless loaded as cues of nonsense words",
                b"{\"id\": \"\xCD\xF8\xC2\xE7\"}".to_vec(),
                Err("gbk.json: a dimension file is JSON, which is UTF-8 text; this one is not (save it as UTF-8)"),
            ),
            (
                "UTF-16 with half a character (a lone surrogate)",
                [0xFF, 0xFE, b'{', 0, 0x00, 0xD8, b'}', 0].to_vec(),
                Err("gbk.json: the text is not valid UTF-16LE (its byte order mark); save it as UTF-8 and try again"),
            ),
        ];
        for (why, bytes, expected) in cases {
            let got = json_text("gbk.json", &bytes).map_err(|error| error.to_string());
            assert_eq!(
                got.as_deref(),
                expected.map_err(str::to_owned).as_deref(),
                "{why}"
            );
        }
    }
}
