#![cfg(not(target_arch = "wasm32"))]
//! Whole documents whose voices depend on more than one sentence: a government's or an
//! organisation's paper speaks of itself in the third person, and its heading says who it is
//! (see src/author.rs). The same sentence is the author's own stance under a heading that names
//! its author, and another actor's under a heading that names that actor as its topic.

use stance::Engine;

#[test]
fn the_author_named_in_the_heading_speaks_in_its_own_voice() {
    // (why, document, cue term, attributed)
    let cases = [
        (
            "a US submission: the US's belief is its own stance",
            "U.S. Government Submission for NETmundial\n\n\
             The United States believes that the multistakeholder model of Internet governance \
             must be preserved.\n",
            "multistakeholder",
            false,
        ),
        (
            "the long form of the name in the body, as submissions write it",
            "U.S. Government Submission for NETmundial\n\n\
             The Government of the United States of America believes that the multistakeholder \
             model of Internet governance must be preserved.\n",
            "multistakeholder",
            false,
        ),
        (
            "the same sentence under a title naming the US as its topic is the US's position",
            "U.S. Internet strategy and its critics\n\n\
             The United States believes that the multistakeholder model of Internet governance \
             must be preserved.\n",
            "multistakeholder",
            true,
        ),
        (
            "a heading answering the US's submission is not the US's",
            "Comments on the U.S. Government Submission\n\n\
             The United States believes that the multistakeholder model of Internet governance \
             must be preserved.\n",
            "multistakeholder",
            true,
        ),
        (
            "a Chinese paper of the US government: 美国认为 is its own stance",
            "美国政府关于网络空间国际规则的立场\n\n美国认为，多利益攸关方模式应当得到维护。\n",
            "多利益攸关方",
            false,
        ),
        (
            "the same sentence under a title naming the US as a topic is the US's position",
            "中美网络空间新型大国关系\n\n美国认为，多利益攸关方模式应当得到维护。\n",
            "多利益攸关方",
            true,
        ),
        // 中国 is no actor of the context (a Chinese paper's 中国 is mostly its author's own
        // country), so China's voice is shown by an English sentence.
        (
            "China's position paper: China's belief is its own stance",
            "China's Position Paper on International Rules in Cyberspace\n\n\
             China believes that the multistakeholder model of Internet governance must be \
             preserved.\n",
            "multistakeholder",
            false,
        ),
        (
            "Beijing, its capital, speaks for China as Washington does for the US",
            "China's Position Paper on International Rules in Cyberspace\n\n\
             Beijing believes that the multistakeholder model of Internet governance must be \
             preserved.\n",
            "multistakeholder",
            false,
        ),
        (
            "an analyst's title on Chinese views names China as its topic, not its author: the \
             same sentence is China's position",
            "Chinese Views on Cyber Sovereignty\n\n\
             China believes that the multistakeholder model of Internet governance must be \
             preserved.\n",
            "multistakeholder",
            true,
        ),
        (
            "China's paper names itself by its adjective and an organ: still its own voice",
            "China's Position Paper on International Rules in Cyberspace\n\n\
             The Chinese government believes that the multistakeholder model of Internet \
             governance must be preserved.\n",
            "multistakeholder",
            false,
        ),
        (
            "the same organ under a title naming China as a topic holds its own position",
            "Chinese Views on Cyber Sovereignty\n\n\
             The Chinese government believes that the multistakeholder model of Internet \
             governance must be preserved.\n",
            "multistakeholder",
            true,
        ),
        (
            "Russia's officials, in a paper without a heading that names an author",
            "Notes on the OEWG\n\n\
             Russian officials believe that the multistakeholder model of Internet governance \
             must be preserved.\n",
            "multistakeholder",
            true,
        ),
        (
            "the European Union is another actor in the body, so a paper it heads speaks as it",
            "European Commission Contribution to NETmundial\n\n\
             The European Commission supports the multistakeholder model of Internet governance.\n",
            "multistakeholder",
            false,
        ),
        (
            "and under a title naming it as a topic, the same sentence is the Union's position",
            "The European Union and its critics\n\n\
             The European Commission supports the multistakeholder model of Internet governance.\n",
            "multistakeholder",
            true,
        ),
    ];
    let engine = Engine::new().unwrap();
    for (why, text, term, attributed) in cases {
        let report = engine.analyze("doc", "doc.txt", text.as_bytes()).unwrap();
        let dimension = &report.dimensions["sovereignty_multistakeholder"];
        let found = |groups: &[stance::engine::HitGroup]| groups.iter().any(|g| g.term == term);
        assert_eq!(
            (
                found(&dimension.own_hits),
                found(&dimension.attributed_hits)
            ),
            (!attributed, attributed),
            "{why}: {dimension:?}"
        );
        // The report names the author it read, so that the reader can see why a sentence counted.
        let author = if text.starts_with("China") {
            "china"
        } else if text.starts_with("European") {
            "european union"
        } else {
            "united states"
        };
        let authors: &[&str] = if attributed { &[] } else { &[author] };
        assert_eq!(report.authors, authors, "{why}");
    }
}

/// The Chinese words for China (中国, 中方) and a coalition China heads are the author's own side
/// in a Chinese text, which is mostly China's; under a heading that names another author they are
/// another actor. 我国 and 我们 are the author's own whoever it is.
#[test]
fn china_is_the_authors_own_voice_unless_the_heading_names_another_author() {
    let us = "美国政府关于网络空间国际规则的立场\n\n";
    let topic = "中美网络空间新型大国关系\n\n";
    let china = "中国关于网络空间国际规则的立场\n\n";
    let sentence = "中国主张，网络主权应当得到尊重。\n";
    // (why, heading, body, attributed, authors)
    let cases: [(&str, &str, &str, bool, &[&str]); 30] = [
        (
            "China's scholars are another voice: 中国 modifies the noun written right after it",
            topic,
            "中国学者主张，网络主权应当得到尊重。\n",
            true,
            &[],
        ),
        (
            "but a country listed after China with an enumeration comma speaks with it",
            topic,
            "中国、俄罗斯等国主张，网络主权应当得到尊重。\n",
            false,
            &[],
        ),
        (
            "北京, the capital for its government, is another actor",
            topic,
            "北京主张，网络主权应当得到尊重。\n",
            true,
            &[],
        ),
        (
            "but China's own name under China's own paper",
            china,
            "北京主张，网络主权应当得到尊重。\n",
            false,
            &["china"],
        ),
        (
            "where a word beginning with it is no organ of China's: a university is another voice",
            china,
            "北京大学发布报告认为，网络主权应当得到尊重。\n",
            true,
            &["china"],
        ),
        (
            "a word beginning with 中国 is China under a US paper's heading, as 美国政府 is the US",
            us,
            "中国政府主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "a word beginning with 中国 is no actor under a topic heading, as before",
            topic,
            "中国政府主张，网络主权应当得到尊重。\n",
            false,
            &[],
        ),
        (
            "中国 under a US paper's heading is China, another actor",
            us,
            sentence,
            true,
            &["united states"],
        ),
        (
            "中国 under a topic heading is the author's own country, as before",
            topic,
            sentence,
            false,
            &[],
        ),
        (
            "中国 under China's own paper is the author",
            china,
            sentence,
            false,
            &["china"],
        ),
        (
            "中方 under a US paper's heading is China too",
            us,
            "中方主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "我国 is the author's own country whoever the author is",
            us,
            "我国主张，网络主权应当得到尊重。\n",
            false,
            &["united states"],
        ),
        (
            "a coalition China heads is another actor under a US paper's heading",
            us,
            "以中国为首的发展中国家主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "a coalition China heads is the author's camp under a topic heading, as before",
            topic,
            "以中国为首的发展中国家主张，网络主权应当得到尊重。\n",
            false,
            &[],
        ),
        (
            "中国 under a Russian paper's heading is another actor",
            "俄罗斯联邦立场文件\n\n",
            sentence,
            true,
            &["russia"],
        ),
        // A Chinese critique headed by the English title of the paper it critiques is not that
        // paper's author's: its 中国 stays the Chinese author's own.
        (
            "a Chinese critique's label before the English title of the US submission names no \
             author",
            "评析：U.S. Government Submission for NETmundial\n\n",
            sentence,
            false,
            &[],
        ),
        // Only a word of China's government or its organs is China acting; 中国式 and 中国化 (one
        // word each) describe a thing, and under another author's heading name no actor.
        // (中国特色 is two words, 中国 / 特色, and read as 中国 is.)
        (
            "中国化 under a US paper's heading is no actor",
            us,
            "中国化的治理模式强调网络主权。\n",
            false,
            &["united states"],
        ),
        (
            "中国式 under a US paper's heading is no actor",
            us,
            "中国式的治理模式强调网络主权。\n",
            false,
            &["united states"],
        ),
        (
            "China's delegation under a US paper's heading is another actor, as 中国政府 is",
            us,
            "中国代表团主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "China's foreign ministry under a US paper's heading is another actor, as 中国政府 is",
            us,
            "中国外交部主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        // The dictionary's one-word organs of the state, the army and the party: their endings
        // (军, 中央委员会, 政协, 政治协商会议, 监会, 局) are organs too.
        (
            "China's army (one word, 中国人民解放军) under a US paper's heading is another actor",
            us,
            "中国人民解放军主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "China's air force (one word, 中国空军) under a US paper's heading is another actor",
            us,
            "中国空军主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "the Party's Central Committee (one word, 中国共产党中央委员会) under a US paper's heading is another actor",
            us,
            "中国共产党中央委员会主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "the CPPCC (one word, 中国人民政治协商会议) under a US paper's heading is another actor",
            us,
            "中国人民政治协商会议主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "the CPPCC, short (one word, 中国政协) under a US paper's heading is another actor",
            us,
            "中国政协主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "China's securities regulator (one word, 中国证监会) under a US paper's heading is another actor",
            us,
            "中国证监会主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        (
            "a state bureau (one word, 中国地震局) under a US paper's heading is another actor",
            us,
            "中国地震局主张，网络主权应当得到尊重。\n",
            true,
            &["united states"],
        ),
        // A school or an association named after China is no organ, though 部 or 会 ends it.
        (
            "the Academy's division of scholars (中国科学院学部, one word) is a school, no actor",
            us,
            "中国科学院学部主张，网络主权应当得到尊重。\n",
            false,
            &["united states"],
        ),
        (
            "an association named after China (中国法学会, one word) is no actor",
            us,
            "中国法学会主张，网络主权应当得到尊重。\n",
            false,
            &["united states"],
        ),
        (
            "an association's officer speaks as a body outside governments, even in China's own \
             paper (中国互联网协会 is one word by the user dictionary; cut in three, 中国 made its \
             vice-president the author's own voice)",
            china,
            "中国互联网协会副理事长表示，网络主权应当得到尊重。\n",
            true,
            &["china"],
        ),
    ];
    let engine = Engine::new().unwrap();
    // Every row is read, and the rows that fail are listed together.
    let mut failed = Vec::new();
    for (why, heading, body, attributed, authors) in cases {
        let text = format!("{heading}{body}");
        let report = engine.analyze("doc", "doc.txt", text.as_bytes()).unwrap();
        let dimension = &report.dimensions["sovereignty_multistakeholder"];
        let found =
            |groups: &[stance::engine::HitGroup]| groups.iter().any(|g| g.term == "网络主权");
        let read = (
            found(&dimension.own_hits),
            found(&dimension.attributed_hits),
        );
        if read != (!attributed, attributed) || report.authors != authors {
            failed.push(format!(
                "{why}: (own, attributed) {read:?}, authors {:?}",
                report.authors
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// Headings of a government's office, a white paper's issuer, a bilingual title and a front
/// matter name the author as the plain forms do: the actor's belief is the author's own stance.
#[test]
fn other_heading_forms_name_the_author() {
    let english = "\n\nThe United States believes that the multistakeholder model of Internet \
                   governance must be preserved.\n";
    // China's belief in English, as the first test shows it: with no author named it is China's,
    // attributed, and the own voice shows that the heading named China (中国认为 would be own voice
    // with no author at all).
    let chinese = "\n\nChina believes that the multistakeholder model of Internet governance must \
                   be preserved.\n";
    // A front matter just within the heading's bytes, whose capital USes are each marked "U.S.",
    // two bytes more, before the heading is read: it is found in the raw text, not again in the
    // marked one.
    let long_front_matter = format!(
        "---\nauthor: Government of the United States of America\ntags: {}\n---",
        "US ".repeat(300)
    );
    // (why, heading, body, term, author)
    let cases = [
        ("a statement by a delegation", "Statement by the Delegation of the United States", english, "multistakeholder", "united states"),
        ("a permanent mission's line", "Permanent Mission of the United States to the United Nations", english, "multistakeholder", "united states"),
        ("a white paper's issuer line", "携手构建网络空间命运共同体\n中华人民共和国国务院新闻办公室", chinese, "multistakeholder", "china"),
        ("the issuer publishing a white paper", "国务院新闻办公室发表《携手构建网络空间命运共同体》白皮书", chinese, "multistakeholder", "china"),
        ("China's permanent mission to the United Nations", "中华人民共和国常驻联合国代表团", chinese, "multistakeholder", "china"),
        ("a bilingual heading on two lines", "美国政府关于网络空间国际规则的立场\nU.S. Government Position on International Rules in Cyberspace", english, "multistakeholder", "united states"),
        ("a bilingual heading on one line", "美国政府关于网络空间国际规则的立场 U.S. Government Position on International Rules in Cyberspace", english, "multistakeholder", "united states"),
        ("a front matter's author", "---\nauthor: Government of the United States of America\ntitle: Internet Governance Principles\n---", english, "multistakeholder", "united states"),
        ("a front matter near the heading's bytes", long_front_matter.as_str(), english, "multistakeholder", "united states"),
        ("a bilingual title on one line whose Chinese part names the author in a form not read alone", "美国政府向NETmundial提交的意见 U.S. Government Submission for NETmundial", english, "multistakeholder", "united states"),
    ];
    let engine = Engine::new().unwrap();
    for (why, heading, body, term, author) in cases {
        let text = format!("{heading}{body}");
        for (path, format) in [("doc.txt", "text"), ("doc.md", "markdown")] {
            let report = engine.analyze("doc", path, text.as_bytes()).unwrap();
            let dimension = &report.dimensions["sovereignty_multistakeholder"];
            let found = |groups: &[stance::engine::HitGroup]| groups.iter().any(|g| g.term == term);
            assert_eq!(
                (
                    found(&dimension.own_hits),
                    found(&dimension.attributed_hits)
                ),
                (true, false),
                "{why} ({format}): {dimension:?}"
            );
            assert_eq!(report.authors, [author], "{why} ({format})");
        }
    }
}
