//! The `stance` command line: the JSON contract other tools depend on, and clear errors.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::process::Command;

fn stance(args: &[&str]) -> (bool, Value, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_stance"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    let json = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.success(), json, stderr)
}

#[test]
fn analyze_prints_the_documented_fields_for_every_corpus_document() {
    let (ok, json, stderr) = stance(&["analyze", "corpus", "--format", "json"]);
    assert!(ok, "{stderr}");
    let documents = json["documents"].as_array().unwrap();
    assert_eq!(
        documents.len(),
        5,
        "README.md in the folder is not a document"
    );
    for document in documents {
        assert!(document["id"].is_string() && document["path"].is_string());
        for id in ["sovereignty_multistakeholder", "un_icann"] {
            let dimension = &document["dimensions"][id];
            match dimension["status"].as_str().unwrap() {
                "ok" => {
                    let score = dimension["score"].as_f64().unwrap();
                    let lo = dimension["ci"][0].as_f64().unwrap();
                    let hi = dimension["ci"][1].as_f64().unwrap();
                    assert!((-1.0..=1.0).contains(&score));
                    assert!(lo <= hi && (-1.0..=1.0).contains(&lo) && (-1.0..=1.0).contains(&hi));
                }
                "insufficient_evidence" => assert!(dimension["score"].is_null()),
                other => panic!("unknown status {other}"),
            }
        }
    }
}

#[test]
fn every_corpus_document_lands_on_the_sovereignty_side() {
    let (_, json, _) = stance(&["analyze", "corpus"]);
    for document in json["documents"].as_array().unwrap() {
        let score = document["dimensions"]["sovereignty_multistakeholder"]["score"].as_f64();
        assert!(score.unwrap() < 0.0, "{}", document["id"]);
    }
}

#[test]
fn a_bad_file_is_named_and_fails_the_run_without_losing_the_others() {
    let dir = std::env::temp_dir().join(format!("stance-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("empty.txt"), b"").unwrap();
    std::fs::write(dir.join("good.txt"), "各国应尊重网络主权。".as_bytes()).unwrap();
    let (ok, json, stderr) = stance(&["analyze", dir.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(!ok);
    assert!(stderr.contains("empty.txt: the file is empty"), "{stderr}");
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
}

#[test]
fn a_folder_is_walked_once_and_an_empty_one_is_named() {
    let dir = std::env::temp_dir().join(format!("stance-cli-walk-{}", std::process::id()));
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    std::fs::write(dir.join("good.txt"), "各国应尊重网络主权。".as_bytes()).unwrap();
    // A link to the folder itself was followed again and again: the one file was read 41 times.
    #[cfg(unix)]
    std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
    let (ok, json, stderr) = stance(&["analyze", dir.to_str().unwrap()]);
    let (empty_ok, _, empty_stderr) = stance(&["analyze", empty.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(ok, "{stderr}");
    assert_eq!(json["documents"].as_array().unwrap().len(), 1);
    assert!(!empty_ok, "a folder with nothing to read is not a success");
    assert!(
        empty_stderr.contains("empty: no .txt, .md, .html, .htm, .docx file in this folder"),
        "{empty_stderr}"
    );
}

#[test]
fn of_two_dimension_files_with_one_id_the_later_is_used() {
    // The files differ in one cue's pole, so the scores tell which file was used: a test with two
    // identical files passed whichever won.
    let positive = ("positive.json", good_dimension("mine"));
    let negative = (
        "negative.json",
        dimension_file(
            "  \"id\": \"mine\",\n",
            "[",
            "\"pole\": \"negative\", \"weight\": 2",
        ),
    );
    for (first, later) in [(&positive, &negative), (&negative, &positive)] {
        let files = [
            ("doc.txt", TEXT.as_bytes().to_vec()),
            first.clone(),
            later.clone(),
        ];
        let args = [
            "analyze",
            "doc.txt",
            "--dimension",
            first.0,
            "--dimension",
            later.0,
        ];
        let (ok, json, stderr) = stance_among(&files, &args);
        assert!(ok, "{stderr}");
        let pole = json["documents"][0]["dimensions"]["mine"]["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["term"] == "多利益攸关方")
            .map(|c| c["pole"].clone());
        let expected = later.0.trim_end_matches(".json");
        assert_eq!(
            pole,
            Some(Value::from(expected)),
            "{} then {}",
            first.0,
            later.0
        );
    }
}

/// `stance` run in a fresh folder holding `files`, so that messages name them as given.
fn stance_among(files: &[(&str, Vec<u8>)], args: &[&str]) -> (bool, Value, String) {
    static FOLDERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let number = FOLDERS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("stance-cli-{}-{number}", std::process::id()));
    for (path, bytes) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
    let output = Command::new(env!("CARGO_BIN_EXE_stance"))
        .args(args)
        .current_dir(&dir)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    let json = serde_json::from_slice(&output.stdout).unwrap_or(Value::Null);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    (output.status.success(), json, stderr)
}

/// A dimension file whose second cue, on line 7, has `cue` for its fields.
fn dimension_file(id_line: &str, cues: &str, cue: &str) -> Vec<u8> {
    format!(
        "{{\n{id_line}  \"negative\": \"state\",\n  \"positive\": \"stakeholders\",\n  \"cues\": {cues}\n    {{\"term\": \"网络主权\", \"pole\": \"negative\", \"weight\": 2}},\n    {{\"term\": \"多利益攸关方\", {cue}}}\n  ]\n}}\n"
    )
    .into_bytes()
}

fn good_dimension(id: &str) -> Vec<u8> {
    dimension_file(
        &format!("  \"id\": \"{id}\",\n"),
        "[",
        "\"pole\": \"positive\", \"weight\": 2",
    )
}

const TEXT: &str = "各国应尊重网络主权。我们坚持网络主权。反对多利益攸关方模式。";

struct Case {
    why: &'static str,
    files: Vec<(&'static str, Vec<u8>)>,
    args: &'static [&'static str],
    success: bool,
    /// Lines stderr must hold.
    stderr: &'static [&'static str],
    /// The documents' ids, in order (none when the run stops before analysing).
    ids: &'static [&'static str],
    /// Dimensions every document is scored on.
    dimensions: &'static [&'static str],
}

#[test]
fn dimension_files_and_documents_are_read_and_named_as_the_page_does() {
    let id = "  \"id\": \"mine\",\n";
    let utf16 = |bom: [u8; 2], bytes: Vec<u8>| {
        let text = String::from_utf8(bytes).unwrap();
        let mut out = bom.to_vec();
        out.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        out
    };
    let doc = || ("doc.txt", TEXT.as_bytes().to_vec());
    let cases = [
        Case {
            why: "a weight in quotes got serde's `invalid type: string \"2\", expected f64`",
            files: vec![
                doc(),
                ("weight_str.json", dimension_file(id, "[", "\"pole\": \"positive\", \"weight\": \"2\"")),
            ],
            args: &["analyze", "doc.txt", "--dimension", "weight_str.json"],
            success: false,
            stderr: &["stance: weight_str.json, line 7: field `weight` of cue `多利益攸关方` must be a number from 0.01 to 100, not `\"2\"`"],
            ids: &[],
            dimensions: &[],
        },
        Case {
            why: "a pole misspelt got serde's `unknown variant `neg``, without the field",
            files: vec![
                doc(),
                ("pole_bad.json", dimension_file(id, "[", "\"pole\": \"neg\", \"weight\": 2")),
            ],
            args: &["analyze", "doc.txt", "--dimension", "pole_bad.json"],
            success: false,
            stderr: &["stance: pole_bad.json, line 7: field `pole` of cue `多利益攸关方` must be \"negative\" or \"positive\", not `\"neg\"`"],
            ids: &[],
            dimensions: &[],
        },
        Case {
            why: "cues as an object got serde's `invalid type: map, expected a sequence`",
            files: vec![
                doc(),
                (
                    "cues_obj.json",
                    b"{\n  \"id\": \"mine\",\n  \"negative\": \"a\",\n  \"positive\": \"b\",\n  \"cues\": {\"term\": \"x\"}\n}\n".to_vec(),
                ),
            ],
            args: &["analyze", "doc.txt", "--dimension", "cues_obj.json"],
            success: false,
            stderr: &["stance: cues_obj.json, line 5: field `cues` must be a list in square brackets, not `{…}`"],
            ids: &[],
            dimensions: &[],
        },
        Case {
            why: "a missing id was named at the closing brace, without saying of what",
            files: vec![
                doc(),
                ("missing_id.json", dimension_file("", "[", "\"pole\": \"positive\", \"weight\": 2")),
            ],
            args: &["analyze", "doc.txt", "--dimension", "missing_id.json"],
            success: false,
            stderr: &["stance: missing_id.json, line 1: the dimension starting on this line has no field `id`"],
            ids: &[],
            dimensions: &[],
        },
        Case {
            why: "UTF-16 with its byte order mark, which the page reads, got `stream did not \
                  contain valid UTF-8`",
            files: vec![doc(), ("utf16.json", utf16([0xFF, 0xFE], good_dimension("mine")))],
            args: &["analyze", "doc.txt", "--dimension", "utf16.json"],
            success: true,
            stderr: &[],
            ids: &["doc"],
            dimensions: &["mine", "sovereignty_multistakeholder", "un_icann"],
        },
        Case {
            why: "GBK got the same `stream did not contain valid UTF-8`, not the page's words",
            files: vec![doc(), ("gbk.json", b"{\"id\": \"\xCD\xF8\xC2\xE7\"}".to_vec())],
            args: &["analyze", "doc.txt", "--dimension", "gbk.json"],
            success: false,
            stderr: &["stance: gbk.json: a dimension file is JSON, which is UTF-8 text; this one is not (save it as UTF-8)"],
            ids: &[],
            dimensions: &[],
        },
        Case {
            why: "two of the reader's files with one id: the later replaces the earlier, as a \
                  built-in one is replaced, and the reader is told, since it is likely a slip",
            files: vec![doc(), ("a.json", good_dimension("mine")), ("b.json", good_dimension("mine"))],
            args: &["analyze", "doc.txt", "--dimension", "a.json", "--dimension", "b.json"],
            success: true,
            stderr: &["stance: b.json: dimension `mine` replaces the one from a.json (of two dimension files with one id, the later is used)"],
            ids: &["doc"],
            dimensions: &["mine", "sovereignty_multistakeholder", "un_icann"],
        },
        Case {
            why: "kept: replacing a built-in dimension is what the id is for, and says nothing",
            files: vec![doc(), ("un.json", good_dimension("un_icann"))],
            args: &["analyze", "doc.txt", "--dimension", "un.json"],
            success: true,
            stderr: &[],
            ids: &["doc"],
            dimensions: &["sovereignty_multistakeholder", "un_icann"],
        },
        Case {
            why: "three files of one stem were given one id three times, and keyness lost two",
            files: vec![
                ("corpus/002-x.txt", TEXT.as_bytes().to_vec()),
                ("copy/002-x.txt", TEXT.as_bytes().to_vec()),
                ("copy/002-x.md", TEXT.as_bytes().to_vec()),
            ],
            args: &["analyze", "corpus/002-x.txt", "copy/002-x.txt", "copy/002-x.md"],
            success: true,
            stderr: &[],
            ids: &["002-x", "002-x (2)", "002-x (md)"],
            dimensions: &["sovereignty_multistakeholder", "un_icann"],
        },
        Case {
            why: "a file named and also in a folder named is one document, not two",
            files: vec![doc()],
            args: &["analyze", "doc.txt", "."],
            success: true,
            stderr: &[],
            ids: &["doc"],
            dimensions: &["sovereignty_multistakeholder", "un_icann"],
        },
        Case {
            why: "a folder's PDF was left out without a word, while one named was refused with \
                  its reason",
            files: vec![
                ("docs/doc.txt", TEXT.as_bytes().to_vec()),
                ("docs/scan.pdf", b"%PDF-1.7\n".to_vec()),
                ("docs/notes.json", b"{}".to_vec()),
            ],
            args: &["analyze", "docs"],
            success: false,
            stderr: &["stance: docs/scan.pdf: a PDF is read by the page (pdf.js); for the command line, extract its text first (for example with pdftotext)"],
            ids: &["doc"],
            dimensions: &["sovereignty_multistakeholder", "un_icann"],
        },
    ];
    for case in cases {
        let why = case.why;
        let (success, json, stderr) = stance_among(&case.files, case.args);
        assert_eq!(success, case.success, "{why}: {stderr}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines, case.stderr, "{why}");
        let documents = json["documents"].as_array().map_or(&[][..], Vec::as_slice);
        let ids: Vec<&str> = documents
            .iter()
            .map(|d| d["id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, case.ids, "{why}");
        if !ids.is_empty() {
            let comparison = &json["comparison"];
            assert_eq!(comparison["ids"], serde_json::json!(case.ids), "{why}");
            let keyed: Vec<&String> = comparison["keyness"].as_object().unwrap().keys().collect();
            assert_eq!(
                keyed.len(),
                ids.len(),
                "{why}: a key term list per document"
            );
        }
        for document in documents {
            let dimensions: Vec<&String> =
                document["dimensions"].as_object().unwrap().keys().collect();
            assert_eq!(dimensions, case.dimensions, "{why}");
        }
    }
}
