//! The domain dictionary works only if its entries are in the matching form and jieba keeps them
//! whole; a typo or a Traditional entry would silently never match.

use stance::Engine;

const USER_DICTIONARY: &str = include_str!("../data/userdict.txt");

fn words(engine: &Engine, text: &str) -> Vec<String> {
    let document = engine.read("term.txt", text.as_bytes()).unwrap();
    document
        .sentences
        .iter()
        .flat_map(|s| &s.clauses)
        .flat_map(|c| &c.words)
        .map(|w| document.norm(w).to_owned())
        .collect()
}

#[test]
fn every_user_dictionary_entry_is_one_token_in_every_script() {
    let engine = Engine::new().unwrap();
    let entries: Vec<&str> = USER_DICTIONARY
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_whitespace().next().unwrap())
        .collect();
    assert!(entries.len() >= 40, "{} entries", entries.len());
    let mut failures = Vec::new();
    for entry in entries {
        let words = words(&engine, entry);
        if words != [entry] {
            failures.push(format!("{entry}: {words:?}"));
        }
    }
    assert!(failures.is_empty(), "not kept whole: {failures:?}");
}

#[test]
fn taiwan_and_hong_kong_wording_reach_the_mainland_entry() {
    let engine = Engine::new().unwrap();
    for (variant, expected) in [
        ("網絡主權", "网络主权"),
        ("網路主權", "网络主权"),
        ("多方利害關係人", "多方利害关系人"),
        ("國際電信聯盟", "国际电信联盟"),
        ("網絡空間命運共同體", "网络空间命运共同体"),
    ] {
        assert_eq!(words(&engine, variant), [expected], "{variant}");
    }
}

/// A dictionary entry is one token, and a cue is matched by whole tokens: an entry that contains a
/// cue (信息安全开放式工作组 and 开放式工作组, 多方利益攸关方 and 利益攸关方) hides that cue
/// wherever the entry is written, unless the entry is a cue too.
#[test]
fn no_user_dictionary_entry_hides_a_cue() {
    let engine = Engine::new().unwrap();
    let cues: Vec<String> = engine
        .dimensions()
        .iter()
        .flat_map(|dimension| &dimension.cues)
        .map(|cue| cue.term.clone())
        .collect();
    let hiding: Vec<String> = USER_DICTIONARY
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split_whitespace().next().unwrap())
        .filter(|entry| !cues.iter().any(|cue| cue == entry))
        .flat_map(|entry| {
            cues.iter()
                .filter(|cue| !cue.is_ascii() && entry.contains(cue.as_str()))
                .map(move |cue| format!("{entry} hides {cue}"))
        })
        .collect();
    assert!(hiding.is_empty(), "{hiding:?}");
}
