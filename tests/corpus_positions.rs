#![cfg(not(target_arch = "wasm32"))]
//! The default corpus is five texts from the Chinese government's side: every one must land on
//! the sovereignty side and, where it speaks of institutions at all, on the UN side. 001 is the
//! hard case: it describes the US / ICANN / multistakeholder camp at length in order to reject
//! it, so that account must show up as attributed, not as the author's stance.

mod common;

use stance::score::Status;
use stance::{DocumentReport, Engine};

fn corpus() -> Vec<DocumentReport> {
    let engine = Engine::new().unwrap();
    common::corpus_files()
        .iter()
        .map(|(path, bytes)| {
            let id = path.file_stem().unwrap().to_string_lossy();
            engine
                .analyze(&id, &path.display().to_string(), bytes)
                .unwrap()
        })
        .collect()
}

#[test]
fn every_document_lands_on_the_sovereignty_and_un_side() {
    let reports = corpus();
    assert_eq!(reports.len(), 5);
    for report in &reports {
        let sovereignty = &report.dimensions["sovereignty_multistakeholder"].score;
        assert_eq!(sovereignty.status, Status::Ok, "{}", report.id);
        assert!(
            sovereignty.score.unwrap() < -0.5,
            "{}: {sovereignty:?}",
            report.id
        );
        let un = &report.dimensions["un_icann"].score;
        println!(
            "{}: sovereignty_multistakeholder {:?} {:?}, un_icann {:?} {:?} ({:?})",
            report.id, sovereignty.score, sovereignty.ci, un.score, un.ci, un.status
        );
        // 003 never names an institution (no UN, ITU, ICANN): it must say so, not guess.
        match un.score {
            Some(score) => assert!(score < 0.0, "{}: {un:?}", report.id),
            None => assert_eq!(un.status, Status::InsufficientEvidence),
        }
    }
}

#[test]
fn the_icann_account_in_001_is_attributed() {
    let reports = corpus();
    let report = reports.iter().find(|r| r.id.starts_with("001")).unwrap();
    let un = &report.dimensions["un_icann"];
    assert!(
        un.own_hits.iter().all(|hit| hit.term != "icann"),
        "{:?}",
        un.own_hits
    );
    assert!(un.attributed_hits.iter().any(|hit| hit.term == "icann"));
    let sovereignty = &report.dimensions["sovereignty_multistakeholder"];
    assert!(sovereignty
        .attributed_hits
        .iter()
        .any(|hit| hit.term == "利益攸关方" || hit.term == "多利益攸关方"));
    assert!(un.score.score.unwrap() < 0.0);
}
