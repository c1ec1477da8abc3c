#![cfg(not(target_arch = "wasm32"))]
//! NETmundial 2014 submissions, labelled by their submitters' sectors (../shared/validation, not
//! part of the repository). Skips with a message when the folder is missing. Checks the publicly
//! known positions: the Code of Conduct submitted by China (009) on the sovereignty and UN side,
//! the US government (006) and the technical community on the multistakeholder side; and prints
//! the AUC of technical-community against government submissions per dimension.

use stance::compare::auc;
use stance::{DocumentReport, Engine};
use std::collections::HashMap;
use std::path::Path;

#[test]
fn netmundial_positions() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/validation");
    let Ok(labels) = std::fs::read_to_string(root.join("netmundial.tsv")) else {
        println!("skipped: {} not found", root.display());
        return;
    };
    let sectors: HashMap<&str, &str> = labels
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split('\t');
            Some((fields.next()?, fields.next()?))
        })
        .collect();
    let engine = Engine::new().unwrap();
    let reports: HashMap<String, DocumentReport> = std::fs::read_dir(root.join("netmundial"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|path| {
            let id = path.file_stem().unwrap().to_string_lossy().into_owned();
            let report = engine
                .analyze(
                    &id,
                    &path.display().to_string(),
                    std::fs::read(&path).unwrap(),
                )
                .unwrap();
            (id, report)
        })
        .collect();
    let score = |id: &str, dimension: &str| reports[id].dimensions[dimension].score.score;
    let sovereignty = "sovereignty_multistakeholder";
    assert!(score("009", sovereignty).unwrap() < 0.0);
    assert!(score("009", "un_icann").unwrap() < 0.0);
    assert!(score("006", sovereignty).unwrap() > 0.0);
    let scores_of = |sector: &str, dimension: &str| -> Vec<f64> {
        reports
            .iter()
            .filter(|(id, _)| sectors.get(id.as_str()) == Some(&sector))
            .filter_map(|(id, _)| score(id, dimension))
            .collect()
    };
    for dimension in [sovereignty, "un_icann"] {
        let technical = scores_of("Technical community", dimension);
        let government = scores_of("Government", dimension);
        assert!(
            technical.iter().all(|s| *s > 0.0),
            "{dimension}: {technical:?}"
        );
        println!(
            "{dimension}: AUC technical community ({}) vs government ({}) = {:.3}",
            technical.len(),
            government.len(),
            auc(&technical, &government).unwrap()
        );
    }
}
