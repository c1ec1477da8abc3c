#![cfg(not(target_arch = "wasm32"))]
//! Properties over arbitrary input: reading never panics, and every span the pipeline hands out
//! slices the original text at character boundaries, in order, inside its parent.

use proptest::prelude::*;
use stance::document::Utf16Spans;
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
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
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

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,200}") {
        check_spans(text.as_bytes(), "unicode.txt");
    }
}
