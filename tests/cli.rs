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
