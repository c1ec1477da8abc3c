//! Golden cases for reading bytes: encodings, formats and errors. Each case says why it exists.

use stance::document::{Format, RemovalKind, Utf16Spans};
use stance::Engine;
use std::io::Write;
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new().unwrap())
}

const TEXT: &str = "網絡主權是國家主權在網絡空間的自然延伸。";

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xFF, 0xFE]
    } else {
        vec![0xFE, 0xFF]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

fn docx(paragraphs: &[&str]) -> Vec<u8> {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("<w:p><w:r><w:t>{p}</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>1</w:t></w:r></w:p>"))
        .collect();
    let xml = format!("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>");
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("word/document.xml", options).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn encodings_are_detected_and_reported() {
    let cases: [(&str, Vec<u8>, &str); 10] = [
        ("UTF-8 without BOM, the common case", TEXT.as_bytes().to_vec(), "UTF-8"),
        ("UTF-8 with BOM (Windows Notepad); the BOM is not text", [b"\xEF\xBB\xBF".as_slice(), TEXT.as_bytes()].concat(), "UTF-8"),
        ("UTF-16LE with BOM (Word's 'Unicode text')", utf16(TEXT, true), "UTF-16LE"),
        ("UTF-16BE with BOM", utf16(TEXT, false), "UTF-16BE"),
        ("UTF-16LE without BOM (some Windows exports): it was called binary", utf16(&format!("{TEXT}\r\nICANN 2014\r\n"), true)[2..].to_vec(), "UTF-16LE"),
        ("UTF-16BE without BOM", utf16(&format!("{TEXT}\n一\n"), false)[2..].to_vec(), "UTF-16BE"),
        ("UTF-16LE without BOM, where 一, 开 and 最 (U+4E00, U+5F00, U+6700: a zero low byte) outnumber the line breaks' zero bytes", utf16(&format!("{TEXT}一方面，统一开放、最需要一个共同的空间，一以贯之。一二一开最\r\n"), true)[2..].to_vec(), "UTF-16LE"),
        ("UTF-16LE without BOM, Chinese lines of 80 characters with no other ASCII", utf16(&format!("{}\n", TEXT.repeat(4)).repeat(6), true)[2..].to_vec(), "UTF-16LE"),
        ("Big5, the legacy encoding of Taiwan and Hong Kong files", encoding_rs::BIG5.encode(TEXT).0.into_owned(), "Big5"),
        ("GB18030 (read by encoding_rs's GBK decoder, which is GB18030's), mainland legacy files", encoding_rs::GB18030.encode(&stance::normalise::Normaliser::new().unwrap().to_simplified(TEXT)).0.into_owned(), "GBK"),
    ];
    for (why, bytes, encoding) in cases {
        let document = engine()
            .read("doc.txt", &bytes)
            .unwrap_or_else(|e| panic!("{why}: {e}"));
        assert_eq!(document.encoding, encoding, "{why}");
        assert!(
            document.text.starts_with(['網', '网']),
            "{why}: {:?}",
            document.text
        );
        let words: Vec<&str> = document.sentences[0].clauses[0]
            .words
            .iter()
            .map(|w| document.norm(w))
            .collect();
        assert_eq!(words[0], "网络主权", "{why}");
    }
}

/// `text` in UTF-8 but for the characters of `legacy`, each written as its one byte in a legacy
/// encoding: a text typed partly in another program.
fn with_legacy_bytes(text: &str, legacy: [(char, u8); 2]) -> Vec<u8> {
    let mut bytes = Vec::new();
    for c in text.chars() {
        match legacy.iter().find(|(typed, _)| *typed == c) {
            Some(&(_, byte)) => bytes.push(byte),
            None => bytes.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    bytes
}

#[test]
fn unreadable_input_is_an_error_naming_the_file() {
    let damaged = |at: usize, bytes: &[u8]| {
        let text = TEXT.repeat(3);
        [&text.as_bytes()[..at], bytes, &text.as_bytes()[at..]].concat()
    };
    let cases: [(&str, &str, Vec<u8>, &str); 25] = [
        (
            "an empty file",
            "empty.txt",
            Vec::new(),
            "empty.txt: the file is empty",
        ),
        (
            "white space only",
            "blank.txt",
            b" \n\n\t".to_vec(),
            "blank.txt: the file contains no text",
        ),
        (
            "a PNG dropped by mistake",
            "photo.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
            "photo.png: this looks like a binary file, not text",
        ),
        (
            "binary data with zero bytes is not UTF-16 without a BOM: two zero bytes read as U+0000",
            "numbers.bin",
            (1u32..200).flat_map(u32::to_le_bytes).collect(),
            "numbers.bin: this looks like a binary file, not text",
        ),
        (
            "UTF-8 text with a stray NUL is not UTF-16 without a BOM, which would read as nonsense",
            "stray.txt",
            [TEXT.repeat(20).as_bytes(), b"\0x"].concat(),
            "stray.txt: this looks like a binary file, not text",
        ),
        (
            "a short UTF-8 text with a stray NUL: it paired into UTF-16 nonsense, without a word",
            "short-nul.txt",
            b"The multistakeholder model works.\r\n\0".to_vec(),
            "short-nul.txt: this looks like a binary file, not text",
        ),
        (
            "short UTF-8 Chinese with a stray NUL, likewise",
            "short-nul-zh.txt",
            ["多利益相关方模式是互联网治理的基础。\n".as_bytes(), b"\0"].concat(),
            "short-nul-zh.txt: this looks like a binary file, not text",
        ),
        (
            "UTF-16 without a BOM and one byte more (appended by a byte-oriented tool): it was called binary",
            "odd.txt",
            [&utf16("网络主权。\r\n主权平等。\r\n", true)[2..], b"\n"].concat(),
            "odd.txt: the text is not valid UTF-16LE (detected)",
        ),
        (
            "UTF-8 behind a BOM, one byte damaged: it was \"not valid UTF-8\", though it is, but for one byte",
            "bom-damaged.txt",
            [b"\xEF\xBB\xBF".as_slice(), &damaged(30, b"\xA0")].concat(),
            "bom-damaged.txt: the UTF-8 text has an invalid byte sequence at line 1, byte 31",
        ),
        (
            "a short UTF-8 text cut in its last character: it was read as windows-1252",
            "cut-tiny.txt",
            "主权".as_bytes()[..5].to_vec(),
            "cut-tiny.txt: the UTF-8 text ends in the middle of a character (line 1, byte 4)",
        ),
        (
            "control bytes without NUL are not text either",
            "data.bin",
            vec![1, 2, 3, 4, 5, 6, 7, 8, b'a'],
            "data.bin: this looks like a binary file, not text",
        ),
        (
            "a raw PDF on the command line: the page reads PDFs, the CLI cannot",
            "paper.pdf",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj".to_vec(),
            "paper.pdf: a PDF is read by the page (pdf.js)",
        ),
        (
            "a zip that is not a Word document",
            "broken.docx",
            b"PK\x03\x04 not really a zip".to_vec(),
            "broken.docx: not a readable DOCX file",
        ),
        (
            "a UTF-16 file whose last unit is cut in half",
            "cut.txt",
            {
                let mut b = utf16(TEXT, true);
                b.push(0x41);
                b
            },
            "cut.txt: the text is not valid UTF-16LE (its byte order mark)",
        ),
        (
            "one damaged byte in UTF-8: read as windows-1252 it was nonsense, without a word",
            "damaged.txt",
            damaged(30, b"\xA0"),
            "damaged.txt: the UTF-8 text has an invalid byte sequence at line 1, byte 31",
        ),
        (
            "two damaged places: counted, and the first named",
            "damaged-twice.txt",
            [&damaged(30, b"\xA0")[..61], b"\n\xFF", &damaged(30, b"\xA0")[61..]].concat(),
            "damaged-twice.txt: the UTF-8 text has 2 invalid byte sequences, the first at line 1, byte 31; repair it or save it as UTF-8 again",
        ),
        (
            "a UTF-8 text cut in the middle of its last character: it was called binary",
            "cut-short.txt",
            {
                let text = TEXT.repeat(3);
                text.as_bytes()[..text.len() - 1].to_vec()
            },
            "cut-short.txt: the UTF-8 text ends in the middle of a character (line 1, byte 178): the file seems cut short",
        ),
        (
            "a web page whose scripts and styles are all it has",
            "app.html",
            b"<html><head><title>App</title></head><body><script>start()</script></body></html>"
                .to_vec(),
            "app.html: the page has no visible text",
        ),
        (
            "a Word file that unpacks to more than any text needs (a zip bomb is smaller still)",
            "bomb.docx",
            docx(&[" ".repeat(101 << 20).as_str()]),
            "bomb.docx: its text part unpacks to more than 100 MB",
        ),
        (
            "GBK text is not mistaken for damaged UTF-8",
            "gbk.txt",
            {
                let text = "各国应尊重网络主权。网络主权是国家主权的延伸。".repeat(3);
                let (bytes, _, _) = encoding_rs::GBK.encode(&text);
                [&bytes[..], b"\xFF"].concat()
            },
            "gbk.txt: the text is not valid GBK (detected)",
        ),
        (
            "an English UTF-8 text with a few curly quotes and dashes and two stray bytes: read as \
             windows-1252, every quote became â€œ and the page said nothing",
            "position.txt",
            "We support the “multistakeholder model” — and civil society’s role in it.\n\
             The IANA functions should stay with ICANN.\n"
                .bytes()
                .chain(*b"\xFF\xFE")
                .collect(),
            "position.txt: the UTF-8 text has 2 invalid byte sequences, the first at line 3, byte 1",
        ),
        (
            "a French UTF-8 text with a stray byte: its é and è were read as windows-1252, Ã©",
            "position.txt",
            "Le modèle multipartite est privilégié par la société civile.\n"
                .bytes()
                .chain(*b"\x92")
                .collect(),
            "position.txt: the UTF-8 text has an invalid byte sequence at line 2, byte 1",
        ),
        (
            "a Chinese UTF-8 text whose curly quotes were typed in windows-1252: when only curly \
             quotes and Latin letters told UTF-8 from windows-1252, it was called binary",
            "quotes.txt",
            with_legacy_bytes("我们坚持“网络主权”原则，反对“多利益攸关方”模式。", [('“', 0x93), ('”', 0x94)]),
            "quotes.txt: the UTF-8 text has 4 invalid byte sequences, the first at line 1, byte 13",
        ),
        (
            "a Russian UTF-8 text with guillemets in windows-1251: its Cyrillic letters come in \
             words, which windows-1252 text never forms; it was read as windows-1252",
            "russian.txt",
            with_legacy_bytes("Термины «ICANN» и «IGF» — ключевые понятия.", [('«', 0xAB), ('»', 0xBB)]),
            "russian.txt: the UTF-8 text has 4 invalid byte sequences, the first at line 1, byte 16",
        ),
        (
            "a Greek one likewise",
            "greek.txt",
            with_legacy_bytes("Το «μοντέλο» πρέπει να «διατηρηθεί».", [('«', 0xAB), ('»', 0xBB)]),
            "greek.txt: the UTF-8 text has 4 invalid byte sequences, the first at line 1, byte 6",
        ),
    ];
    for (why, name, bytes, message) in cases {
        let error = engine().read(name, &bytes).expect_err(why).to_string();
        assert!(error.starts_with(message), "{why}: {error}");
    }
}

#[test]
fn single_byte_texts_are_not_mistaken_for_damaged_utf8() {
    // Each has letters that, read as UTF-8, are by chance valid characters among invalid bytes.
    let cases = [
        (
            "ß (0xDF) before a closing curly quote (0x93) is U+07D3, among a dozen accented \
             letters that are not",
            encoding_rs::WINDOWS_1252,
            "Die Bürger Europas müssen über die Souveränität im Netz mitentscheiden. Das Prinzip \
             heißt „Fuß“ — für alle Länder, für die Zivilgesellschaft, für ICANN.",
        ),
        (
            "a capital accented letter before a sign (É®, Í”): two valid characters against two \
             invalid bytes",
            encoding_rs::WINDOWS_1252,
            "NESTLÉ® supports the multistakeholder model; they voted “SÍ” in São Paulo.",
        ),
        (
            "Thai: a vowel before two consonants is a valid three-byte character, ร before a \
             consonant a Latin letter",
            encoding_rs::WINDOWS_874,
            "รัฐบาลไทยสนับสนุนการกำกับดูแลอินเทอร์เน็ตแบบพหุภาคีและเคารพอธิปไตยของรัฐ \
             เขตอำนาจศาลของประเทศต้องได้รับการเคารพ การประชุมระหว่างประเทศเกี่ยวกับธรรมาภิบาลอินเทอร์เน็ต",
        ),
    ];
    for (why, encoding, text) in cases {
        let (bytes, _, unmappable) = encoding.encode(text);
        assert!(!unmappable, "{why}");
        let document = engine()
            .read("position.txt", &bytes)
            .unwrap_or_else(|error| panic!("{why}: {error}"));
        assert_eq!(document.text, text, "{why}");
    }
}

/// A ZIP package of `parts`, each a name and its content.
fn package(parts: &[(&str, &str)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, content) in parts {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(content.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// Package relationships naming `target` as the main part, by the `Type` of `namespace`.
fn relationships(namespace: &str, target: &str) -> String {
    format!("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId3\" Type=\"{namespace}/extended-properties\" Target=\"docProps/app.xml\"/><Relationship Id=\"rId1\" Type=\"{namespace}/officeDocument\" Target=\"{target}\"/></Relationships>")
}

#[test]
fn a_word_documents_body_is_the_part_its_relationships_name() {
    const TRANSITIONAL: &str =
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const STRICT: &str = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    let body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>各国应尊重网络主权。</w:t></w:r></w:p></w:body></w:document>";
    let readable = [
        (
            "Word Online names its body word/document2.xml: this was called 'a ZIP archive but not a Word document'",
            package(&[("_rels/.rels", &relationships(TRANSITIONAL, "word/document2.xml")), ("word/document2.xml", body)]),
        ),
        (
            "a target written from the package's root, as some writers do",
            package(&[("_rels/.rels", &relationships(TRANSITIONAL, "/word/main.xml")), ("word/main.xml", body)]),
        ),
        (
            "Strict Open XML (Word's 'Strict Open XML Document') names relationships in another namespace",
            package(&[("_rels/.rels", &relationships(STRICT, "word/document.xml")), ("word/document.xml", body)]),
        ),
        (
            "no relationships at all (minimal writers): Word's own name is assumed",
            package(&[("word/document.xml", body)]),
        ),
        (
            "part names are matched without regard to case, as packages name them",
            package(&[("_rels/.rels", &relationships(TRANSITIONAL, "word/Document.xml")), ("word/document.xml", body)]),
        ),
        (
            "relationships naming a part the archive lacks: Word's own name is tried",
            package(&[("_rels/.rels", &relationships(TRANSITIONAL, "word/document2.xml")), ("word/document.xml", body)]),
        ),
    ];
    for (why, bytes) in readable {
        let document = engine()
            .read("paper.docx", &bytes)
            .unwrap_or_else(|error| panic!("{why}: {error}"));
        assert_eq!(document.text, "各国应尊重网络主权。", "{why}");
    }
    let not_word = [
        (
            "a spreadsheet renamed .docx: its main part is a workbook, not a Word body",
            package(&[("_rels/.rels", &relationships(TRANSITIONAL, "xl/workbook.xml")), ("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>")]),
        ),
        (
            "relationships naming a part the archive lacks, and no part of Word's own name",
            package(&[("_rels/.rels", &relationships(TRANSITIONAL, "word/document2.xml")), ("word/main.xml", body)]),
        ),
    ];
    for (why, bytes) in not_word {
        let error = engine().read("paper.docx", &bytes).unwrap_err().to_string();
        assert_eq!(
            error,
            "paper.docx: it is a ZIP archive but not a Word document (no part of it is a Word document body)",
            "{why}"
        );
    }
}

#[test]
fn formats_are_recognised_and_their_markup_is_not_text() {
    let html = "<!DOCTYPE html><html><head><title>站点</title><script>var menu = '网络主权';</script></head><body><nav><ul><li>首页</li><li>产品</li></ul></nav><article><h1>立场文件</h1><p>各国应尊重网络主权<sup>1</sup>。</p></article><footer>版权所有</footer></body></html>";
    let document = engine().read("page.html", html.as_bytes()).unwrap();
    assert_eq!(document.format, Format::Html, "saved web pages are HTML");
    assert!(
        !document.text.contains("var menu"),
        "scripts are not visible text"
    );
    let navigation: Vec<&str> = document
        .removals
        .iter()
        .filter(|r| r.kind == RemovalKind::Navigation)
        .map(|r| &document.text[r.span.clone()])
        .collect();
    assert_eq!(
        navigation,
        ["首页\n\n产品", "版权所有"],
        "nav and footer are site boilerplate"
    );
    let sentences: Vec<&str> = document
        .sentences
        .iter()
        .map(|s| &document.text[s.span.clone()])
        .collect();
    assert_eq!(
        sentences,
        ["立场文件", "各国应尊重网络主权1。"],
        "only the article is read"
    );
    assert!(document.removals.iter().any(|r| r.kind == RemovalKind::FootnoteMarker && &document.text[r.span.clone()] == "1"), "<sup> is a footnote marker");

    let document = engine()
        .read("paper.docx", &docx(&["網絡主權", "各国应尊重网络主权。"]))
        .unwrap();
    assert_eq!(document.format, Format::Docx, "Word documents are unzipped");
    assert_eq!(
        document.text, "網絡主權1\n\n各国应尊重网络主权。1",
        "one paragraph per w:p"
    );
    let markers = document
        .removals
        .iter()
        .filter(|r| r.kind == RemovalKind::FootnoteMarker)
        .count();
    assert_eq!(markers, 2, "superscript runs are footnote markers");

    let markdown = engine()
        .read("notes.md", "# 标题\n\n正文。".as_bytes())
        .unwrap();
    assert_eq!(markdown.format, Format::Markdown, "by extension");
    let plain = engine().read("notes.txt", "正文。".as_bytes()).unwrap();
    assert_eq!(plain.format, Format::Plain, "no Markdown signs");
}

#[test]
fn web_pages_are_read_as_a_browser_shows_them() {
    let body = "<p>各国应尊重网络主权。</p>";
    let cases = [
        (
            "a script that writes a script tag (the jQuery fallback of HTML5 Boilerplate): the \
             page's body was lost",
            format!("<html><head><script>window.jQuery || document.write('<script src=\"j.js\"><\\/script>')</script></head><body>{body}</body></html>"),
        ),
        (
            "a script holding a style tag in a string",
            format!("<html><head><script>x = \"<style>\"</script></head><body>{body}</body></html>"),
        ),
        (
            "no `</head>`, which HTML allows: the body ends the head",
            format!("<html><head><title>标题</title><body>{body}</body></html>"),
        ),
        (
            "no `</head>` and no `<body>`: the paragraph ends the head",
            format!("<html><head><meta charset=\"utf-8\">{body}"),
        ),
    ];
    for (why, html) in cases {
        let document = engine().read("page.html", html.as_bytes()).expect(why);
        assert_eq!(document.text, "各国应尊重网络主权。", "{why}");
    }
}

#[test]
fn the_report_counts_utf16_units_like_the_page() {
    // 𠀀 is one character, two UTF-16 units, four UTF-8 bytes.
    let text = "𠀀<sup>①</sup>网络主权。";
    let document = engine().read("astral.md", text.as_bytes()).unwrap();
    let summary = document.summary(&Utf16Spans::new(&document.text));
    assert_eq!(summary.characters, text.encode_utf16().count());
    assert_eq!(
        summary.removals[0].spans,
        [[2, 14]],
        "the marker starts after 𠀀's two units"
    );
    assert_eq!(summary.removals[0].excerpt, "<sup>①</sup>");
    let json = serde_json::to_value(&summary).unwrap();
    assert_eq!(json["format"], "markdown");
    assert_eq!(json["languages"]["zh"], 1);
}

/// Markdown's markup is read only where the file is surely Markdown, named .md or .markdown:
/// text detected as Markdown by a heading is read as before the subset (see `decode`).
#[test]
fn markdown_markup_is_read_only_in_files_named_md() {
    use RemovalKind::{BlockMarker, Code, Image, LinkAddress};
    let text = "# 立场\n\n- 各国应尊重网络主权，见[报告](https://example.org/r)。\n```\ncode\n```\n~~~\nunclosed";
    let removals = |name: &str, text: &str| {
        let document = engine().read(name, text.as_bytes()).unwrap();
        let removals: Vec<(RemovalKind, String)> = document
            .removals
            .iter()
            .filter(|r| matches!(r.kind, BlockMarker | Code | Image | LinkAddress))
            .map(|r| (r.kind, document.text[r.span.clone()].to_owned()))
            .collect();
        (document.format, removals)
    };
    let owned = |removals: &[(RemovalKind, &str)]| -> Vec<(RemovalKind, String)> {
        removals
            .iter()
            .map(|&(kind, text)| (kind, text.to_owned()))
            .collect()
    };
    let named = owned(&[
        (BlockMarker, "-"),
        (LinkAddress, "["),
        (LinkAddress, "](https://example.org/r)"),
        (Code, "```\ncode\n```"),
        (Code, "~~~\nunclosed"),
    ]);
    let cases = [
        ("a file named .md: all of the subset, an unclosed fence running to the end", "notes.md", text, Format::Markdown, named.clone()),
        ("a file named .markdown, likewise", "notes.MARKDOWN", text, Format::Markdown, named),
        (
            "a .txt detected as Markdown by its heading: none of the subset, its links and fences are text",
            "notes.txt",
            text,
            Format::Markdown,
            Vec::new(),
        ),
        ("plain text: no Markdown at all", "plain.txt", &text[10..], Format::Plain, Vec::new()),
    ];
    for (why, name, text, format, expected) in cases {
        assert_eq!(removals(name, text), (format, expected), "{why}");
    }
}
