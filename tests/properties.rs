#![cfg(not(target_arch = "wasm32"))]
//! Properties over arbitrary input: reading never panics, and every span the pipeline hands out
//! slices the original text at character boundaries, in order, inside its parent.

use proptest::prelude::*;
use stance::document::{RemovalKind, Utf16Spans};
use stance::Engine;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().unwrap())
}

fn check_spans(bytes: &[u8], name: &str) {
    let Ok(document) = engine().read(name, bytes) else {
        return;
    };
    let text = &document.text;
    let sliceable = |span: &std::ops::Range<usize>| {
        span.start <= span.end
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for removal in &document.removals {
        assert!(sliceable(&removal.span), "{removal:?}");
    }
    for section in &document.sections {
        assert!(sliceable(&section.span), "{section:?}");
    }
    let mut previous_end = 0;
    for sentence in &document.sentences {
        assert!(sliceable(&sentence.span), "{:?}", sentence.span);
        assert!(sentence.span.start >= previous_end, "sentences overlap");
        previous_end = sentence.span.end;
        for clause in &sentence.clauses {
            assert!(sliceable(&clause.span));
            assert!(
                sentence.span.start <= clause.span.start && clause.span.end <= sentence.span.end
            );
            for word in &clause.words {
                assert!(sliceable(&word.span), "{:?} in {text:?}", word.span);
                assert!(clause.span.start <= word.span.start && word.span.end <= clause.span.end);
                assert!(!document.norm(word).is_empty());
            }
        }
    }
    let summary = document.summary(&Utf16Spans::new(&document.text));
    let units = text.encode_utf16().count();
    assert_eq!(summary.characters, units);
    // Grouping by removed text keeps every removal, each once, in document order per group.
    let spans: Vec<&[usize; 2]> = summary
        .removals
        .iter()
        .flat_map(|removal| &removal.spans)
        .collect();
    assert_eq!(spans.len(), document.removals.len());
    for [start, end] in spans {
        assert!(start <= end && *end <= units);
    }
    for removal in &summary.removals {
        assert!(removal.spans.windows(2).all(|pair| pair[0][0] < pair[1][0]));
    }
}

/// Text made of the characters the pipeline treats specially, so the rules actually fire.
fn tricky_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "网络主权",
        "網絡主權",
        "網際網路",
        "𠀀",
        "。",
        "，",
        "\n",
        "\n\n",
        " ",
        "　",
        "a",
        "U.S.",
        "1.5",
        "①",
        "<sup>②</sup>",
        "[1,2]",
        "- 產品",
        "摘要：",
        "### 注释",
        "Abstract:",
        "ＩＣＡＮＮ",
        "ﬁ",
        "İ",
        "\r\n",
        "a　高望来：",
        "*",
        "：",
        "”",
        "e.g.",
        "收稿日期",
        "<",
        "#",
        "```",
        "~~~~",
        "\n```rust\n",
        "[",
        "]",
        "(",
        ")",
        "](",
        "![",
        "](https://a.b/c \"t\")",
        "<https://a.b>",
        "> ",
        "- ",
        "1. ",
        "2) ",
        "| ",
        "\n    ",
        // The context rules' words, and a cue across a comma, which ran past its clause.
        "无论是",
        "还是",
        "、",
        "都不应",
        "模式",
        "牺牲",
        "换取",
        "联合国",
        "national",
        "sovereignty",
        ", ",
        "national, sovereignty",
        "ICANN isn't controlled by",
        "nor",
        "sacrificed",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

/// Markdown of whole lines: prose (led by a character that opens no markup), prose behind block
/// markers, and code blocks, links, images and autolinks whose code and addresses hold the
/// sentinel `zqx`, which no word may then hold. The prose has no `(`: a `](` that is no link is
/// passed over as far as it was read, and one running straight into a link hides it.
fn markdown_text() -> impl Strategy<Value = String> {
    let prose = prop::collection::vec(
        prop::sample::select(vec![
            "网络主权",
            "multistakeholder",
            "。",
            "，",
            " ",
            "U.S.",
            "①",
            "[1,2]",
            "<sup>②</sup>",
            "*",
            "#",
            "[",
            "]",
            ")",
            "<",
            ">",
            "`",
            "~",
            "|",
            "-",
            "1.",
            "𠀀",
            "İ",
        ]),
        0..12,
    )
    .prop_map(|pieces| format!("甲{}", pieces.concat()));
    let line = (
        prop::sample::select(vec![
            "", "", "", "> ", "> > ", "- ", "* ", "1. ", "2) ", "| ", "> - ", "    ", "  - ",
        ]),
        prose,
        prop::sample::select(vec![
            "",
            "\n```python\nzqx = 1\n```",
            "\n~~~~\nzqx\n~~~\nzqx\n~~~~",
            "[链接](https://zqx.org/a_(b) \"zqx\")",
            "![zqx](zqx.png)",
            "<https://zqx.org>",
            "[![zqx](zqx.svg)](https://zqx.org)",
        ]),
        prop::sample::select(vec!["\n", "\n\n", "\r\n"]),
    )
        .prop_map(|(markers, prose, markup, end)| format!("{markers}{prose}{markup}{end}"));
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.concat())
}

/// No word of the document read from `text` as `name` holds `zqx` or lies inside a removal.
fn check_markup_unread(text: &str, name: &str) {
    let Ok(document) = engine().read(name, text.as_bytes()) else {
        return;
    };
    for word in document
        .sentences
        .iter()
        .flat_map(|s| &s.clauses)
        .flat_map(|c| &c.words)
    {
        assert!(!document.norm(word).contains("zqx"), "{word:?} in {text:?}");
        assert!(
            !document
                .removals
                .iter()
                .any(|r| r.span.start <= word.span.start && word.span.end <= r.span.end),
            "{word:?} inside a removal in {text:?}"
        );
    }
}

/// The document read from `text` as `name` has none of Markdown's removals.
fn check_markup_read_as_text(text: &str, name: &str) {
    let Ok(document) = engine().read(name, text.as_bytes()) else {
        return;
    };
    use RemovalKind::{BlockMarker, Code, Image, LinkAddress};
    assert!(
        !document
            .removals
            .iter()
            .any(|r| matches!(r.kind, BlockMarker | Code | Image | LinkAddress)),
        "{:?} in {text:?}",
        document.removals
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_spans(&bytes, "random.txt");
        check_spans(&bytes, "random.html");
        let mut zipped = b"PK\x03\x04".to_vec();
        zipped.extend(&bytes);
        check_spans(&zipped, "random.docx");
    }

    #[test]
    fn spans_slice_the_original_at_character_boundaries(text in tricky_text()) {
        check_spans(text.as_bytes(), "tricky.txt");
        check_spans(text.as_bytes(), "tricky.md");
        check_spans(format!("<html><body><p>{text}</p></body></html>").as_bytes(), "t.html");
    }

    /// The context rules read words around every hit, past its clause too (a cue across a comma,
    /// "national, sovereignty", at the text's end made the 无论 rule read past the last word).
    #[test]
    fn the_context_rules_read_any_text_of_their_words(text in tricky_text()) {
        if let Ok(report) = engine().analyze("tricky", "tricky.txt", text.as_bytes()) {
            let units = text.encode_utf16().count();
            for score in report.dimensions.values() {
                for group in score.own_hits.iter().chain(&score.negated_hits) {
                    prop_assert!(group.spans.iter().all(|[start, end]| start < end && *end <= units));
                }
            }
        }
    }

    #[test]
    fn markdown_markup_is_never_read(text in markdown_text()) {
        check_spans(text.as_bytes(), "t.md");
        check_markup_unread(&text, "t.md");
        // Detected by its heading, not named .md: none of the subset is read.
        let detected = format!("# 标题\n{text}");
        check_spans(detected.as_bytes(), "t.txt");
        check_markup_read_as_text(&detected, "t.txt");
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        check_spans(text.as_bytes(), "unicode.txt");
    }

    /// Dimension files are user input too: whatever a reader loads is taken or refused with a
    /// message naming the file, and a refused file leaves the engine as it was.
    #[test]
    fn dimension_files_are_taken_or_refused_by_name(
        cues in prop::collection::vec(
            (tricky_text(), any::<bool>(), prop::sample::select(vec![0.0, 0.005, 0.01, 1.0, 1.5, 100.0, 100.5, 1e308, -1.0])),
            0..8,
        ),
        cut in any::<prop::sample::Index>(),
    ) {
        let cues: Vec<String> = cues
            .iter()
            .map(|(term, positive, weight)| {
                let pole = if *positive { "positive" } else { "negative" };
                format!("{{\"term\": {}, \"pole\": \"{pole}\", \"weight\": {weight:e}}}", serde_json::to_string(term).unwrap())
            })
            .collect();
        let json = format!("{{\"id\": \"mine\", \"negative\": \"a\", \"positive\": \"b\", \"cues\": [\n{}\n]}}", cues.join(",\n"));
        // Also the same file cut short anywhere, as a half-saved file is.
        let short = &json[..json.floor_char_boundary(cut.index(json.len() + 1))];
        for json in [json.as_str(), short] {
            let mut engine = Engine::new().unwrap();
            match engine.add_dimension("mine.json", json) {
                Ok(_) => {
                    prop_assert_eq!(engine.dimensions().len(), 3);
                    let report = engine.analyze("t", "t.txt", "各国应尊重网络主权。".as_bytes()).unwrap();
                    prop_assert!(report.dimensions.contains_key("mine"));
                }
                Err(error) => {
                    let message = error.to_string();
                    prop_assert!(message.starts_with("mine.json"), "{}", message);
                    prop_assert_eq!(engine.dimensions().len(), 2);
                }
            }
        }
    }
}

/// Inputs on which a stage once took time growing with the square of their length, so that a
/// reader's page waited minutes on a megabyte. Each is analysed at two sizes, four times apart,
/// in one run: linear time takes about four times as long on the larger, the old quadratic time
/// about sixteen. The ratio, not a duration, is what is checked, since this machine's speed
/// drifts; each time is the shorter of two tries.
#[test]
fn pathological_inputs_are_analysed_in_linear_time() {
    let cases: [(&str, &str, &str, &str, usize); 31] = [
        (
            "a clause of thousands of 与其 before its 不如: each looked for a word of preference \
             after it, and for the end of what it rejects, through the rest of the clause",
            "preferences.txt",
            "与其联合国",
            "不如",
            250_000,
        ),
        (
            "one long word of digits: every beginning of it was looked up as an actor",
            "digits.txt",
            "",
            "7",
            250_000,
        ),
        (
            "one long Latin word, likewise",
            "letters.txt",
            "",
            "a",
            250_000,
        ),
        (
            "a clause of thousands of subjects after a verb of belief, each before a modal that \
             governs no passive: each looked for a verb of loss through the rest of the clause",
            "modals.txt",
            "",
            "we believe ICANN must support ",
            250_000,
        ),
        (
            "a clause of thousands of cues before thousands of clauses that are only a copula: \
             each cue looked through all of them for a judgment commenting on its clause",
            "comments.txt",
            "ICANN、",
            "，is",
            250_000,
        ),
        (
            "a clause of thousands of negated stances: each looked for the recipient of a \
             transfer through the rest of the clause",
            "stances.txt",
            "",
            "we do not support the ITU ",
            250_000,
        ),
        (
            "a clause of thousands of negated cues and relations: each looked through the clause \
             for a relation it is a member of",
            "relations.txt",
            "",
            "we do not think the ITU and ICANN are at odds ",
            250_000,
        ),
        (
            "a clause of thousands of oppositions, each with a predicate coordinated to it: each \
             coordinator looks back for the verb before it, and no farther",
            "coordinated.txt",
            "",
            "we reject the ITU and support ICANN ",
            250_000,
        ),
        (
            "a clause of thousands of negated cues: each hit went through every trigger",
            "negated.txt",
            "",
            "不主权",
            250_000,
        ),
        (
            "thousands of distanced cues in one clause, likewise",
            "distanced.txt",
            "",
            "所谓网络主权",
            250_000,
        ),
        (
            "a clause of thousands of denied passives with an agent: each agent looked at every \
             particle before it",
            "agents.txt",
            "",
            "should not be governed by the ITU ",
            250_000,
        ),
        (
            "a clause of thousands of claims of absence: each read every trigger of its clause \
             before it for a verb of refuting",
            "absences.txt",
            "",
            "网络空间无主权和",
            250_000,
        ),
        (
            "a clause of thousands of criticisms with a denied loss before each: each skipped \
             every trigger after it, one by one, to find what governs it",
            "criticisms.txt",
            "",
            "we must not abandon our criticism of ICANN and ",
            250_000,
        ),
        (
            "a clause of thousands of denied passive losses: each looked through every trigger of \
             its sentence for a verb that would make its passive marker another verb's",
            "passives.txt",
            "",
            "ICANN should not be weakened and ",
            250_000,
        ),
        (
            "thousands of \"nor\" after a denied loss: each looked back past every one before it",
            "nor.txt",
            "must not weaken the UN ",
            "nor ICANN ",
            250_000,
        ),
        (
            "a clause that 无论 opens, of thousands of alternatives with a particle between each \
             two, before one that 都 opens: each alternative's predicate is in the next clause, \
             and must not be looked for through the rest of its own",
            "concessive.txt",
            "无论是联合国和不还是",
            "，都不应控制互联网",
            250_000,
        ),
        (
            "a sentence of thousands of clauses, each with a cue and a negation: likewise",
            "clauses.txt",
            "",
            "各国不应破坏网络主权，",
            500_000,
        ),
        (
            "a clause of thousands of actors heading relative clauses: each looked for its \
             clause's end",
            "relative.txt",
            "",
            "美国倡导的主权",
            250_000,
        ),
        (
            "a clause of thousands of documents: each searched the rest of it for its verb",
            "documents.txt",
            "",
            "报告联合国",
            250_000,
        ),
        (
            "a sentence of thousands of pretexts another actor invokes: each hit read every \
             scope they closed",
            "pretexts.txt",
            "",
            "某些国家打着联合国的旗号，",
            250_000,
        ),
        (
            "a sentence of thousands of positions named with their advocates: each hit read \
             every scope",
            "advocates.txt",
            "",
            "the UN promoted by Russia, ",
            250_000,
        ),
        (
            "a clause of thousands of rejected alternatives: each rejected the rest of it",
            "alternatives.txt",
            "",
            "rather than the ITU ",
            250_000,
        ),
        (
            "a negated word of creation before each cue: each cue's negation passes back through \
             every word of creation before it, unless bounded",
            "creation.txt",
            "不",
            "建立多边",
            250_000,
        ),
        (
            "a sentence of thousands of 'without' before a word of creation: each looked through \
             the sentence for a particle",
            "without.txt",
            "",
            "without creating the UN ",
            250_000,
        ),
        (
            "full stops after a long run of list marks: each looked back over the whole run",
            "marks.md",
            "#",
            ".",
            250_000,
        ),
        (
            "opening <sup> tags never closed: each searched the rest of the line",
            "sup.md",
            "",
            "<sup>1",
            250_000,
        ),
        (
            "opening brackets never closed: each searched the rest of the line",
            "brackets.txt",
            "",
            "[1",
            250_000,
        ),
        (
            "code fences that close none (an info string): each looked for its closing fence \
             through the rest",
            "fences.md",
            "",
            "```a\n# h\n",
            250_000,
        ),
        (
            "a sentence of thousands of clauses that 没有 opens, none before a denied result: each \
             looked for one past the next clause",
            "necessity.txt",
            "",
            "没有联合国，会议照常进行，",
            250_000,
        ),
        (
            "link destinations never closed: each `](` read the rest of the line",
            "links.md",
            "",
            "[a](b",
            250_000,
        ),
        (
            "thousands of code blocks: each looked through every line for its own",
            "blocks.md",
            "",
            "```\nx\n```\n",
            250_000,
        ),
    ];
    // `lead`, repeated, fills the first half of the text when given, `unit` the rest.
    let text = |lead: &str, unit: &str, size: usize| {
        let (lead_size, unit_size) = if lead.is_empty() {
            (0, size)
        } else {
            (size / 2, size / 2)
        };
        format!(
            "{}{}",
            lead.repeat(lead_size / lead.len().max(1)),
            unit.repeat(unit_size / unit.len())
        )
    };
    for (why, name, lead, unit, size) in cases {
        let small = shortest_analysis(name, &text(lead, unit, size));
        // The larger text's two tries get nine times the smaller's each, and a second for the
        // machine's noise: past that the test fails at once rather than wait out quadratic time.
        let (done, finished) = std::sync::mpsc::channel();
        let large_text = text(lead, unit, 4 * size);
        std::thread::spawn(move || done.send(shortest_analysis(name, &large_text)));
        let deadline = small * 18 + std::time::Duration::from_secs(1);
        let large = finished.recv_timeout(deadline).unwrap_or_else(|_| {
            panic!("{why}: {small:?} for {size} bytes, over {deadline:?} for four times as many")
        });
        let ratio = large.as_secs_f64() / small.as_secs_f64();
        assert!(
            ratio < 9.0,
            "{why}: {small:?} for {size} bytes, {large:?} for four times as many ({ratio:.1}×)"
        );
    }
}

/// The shorter of two analyses of `text`.
fn shortest_analysis(name: &str, text: &str) -> std::time::Duration {
    (0..2)
        .map(|_| {
            let started = std::time::Instant::now();
            let _ = engine().analyze(name, name, text.as_bytes());
            started.elapsed()
        })
        .min()
        .unwrap()
}
