//! Stage 1: bytes → text. Detects the encoding with encoding_rs (BOMs) and chardetng (the rest),
//! recognises the format, and for HTML and DOCX extracts the visible text (html5gum tokens,
//! zip + quick-xml), noting navigation and superscripts the markup itself identifies.
//!
//! Markdown stays the text as written. In a file named .md or .markdown (in either letter case),
//! what its markup makes certain is not prose is noted for `clean` to set aside
//! (`markdown_marks`). It is read by hand, as a deliberately small subset of CommonMark:
//! pulldown-cmark, measured, added 78 KB gzip to the page's wasm when its first-visit budget had
//! 98 KB left, and only these three things were wanted from it:
//! - fenced code blocks (``` or ~~~ with an info string, closed by a fence of the same
//!   character at least as long; one never closed runs to the end of the file);
//! - link destinations (`[text](dest "title")`, the text stays), images (`![alt](dest)`, whole)
//!   and autolinks (`<scheme:…>`);
//! - the markers of block quotes, list items and table rows (`>`, `-`, `*`, `+`, `1.`, `1)`, `|`)
//!   that start a line.
//!
//! A text detected as Markdown only by its look (a `## ` heading, `<sup>`, a line starting `**`)
//! gets none of it, only its headings read as headings: that is mostly a PDF extraction, like the
//! corpus, where a line may start with a dash or a number in the middle of a sentence (see
//! `clean::starts_item`), a line of tildes may be a separator, and paragraphs are indented; and
//! there the subset cost 6% of the whole analysis of the corpus.
//!
//! Not read: indented code blocks (an indented paragraph is text, in a .md file too), emphasis,
//! setext headings, reference links and their definitions, footnotes, code spans and HTML blocks.

use crate::document::{Format, Removal, RemovalKind};
use crate::error::{Error, Problem, Result};
use encoding_rs::Encoding;
use std::borrow::Cow;
use std::io::Read;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// WHATWG name of the encoding the bytes were read as, e.g. "UTF-8", "GBK", "Big5".
    pub encoding: &'static str,
    pub format: Format,
    /// Removals the markup makes certain (`<nav>`, superscript runs; Markdown's code blocks, link
    /// addresses and block markers), in text order, for `clean` to report.
    pub marked: Vec<Removal>,
    /// The title the file gives itself: an HTML file's first `<title>`, its white space collapsed
    /// and cut to `MAX_TITLE_CHARS`; none when it gives none, an empty one or one never closed.
    pub title: Option<String>,
}

/// `bytes` may be owned: valid UTF-8 (most files) then becomes the text without a copy, which for
/// a long document in the page is as much memory as the document.
pub fn decode<'a>(file: &str, bytes: impl Into<Cow<'a, [u8]>>) -> Result<Decoded> {
    let bytes = bytes.into();
    if bytes.is_empty() {
        return Err(Error::document(file, Problem::Empty));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return docx(file, &bytes);
    }
    if bytes.starts_with(b"%PDF-") {
        return Err(Error::document(file, Problem::PdfNeedsText));
    }
    // A file named .docx that is no archive is a damaged or mislabelled document, not "binary".
    let named_docx = file.to_ascii_lowercase().ends_with(".docx");
    let (text, encoding) = decode_text(file, bytes).map_err(|error| match error {
        Error::Document {
            problem: Problem::Binary,
            ..
        } if named_docx => Error::document(file, Problem::NotDocx),
        error => error,
    })?;
    if text.trim().is_empty() {
        return Err(Error::document(file, Problem::NoText));
    }
    let format = text_format(file, &text);
    if format == Format::Html {
        let (text, marked, title) = html_visible_text(&text);
        if text.is_empty() {
            return Err(Error::document(file, Problem::NoVisibleText));
        }
        return Ok(Decoded {
            text,
            encoding,
            format,
            marked,
            title,
        });
    }
    let marked = if named_markdown(file) {
        markdown_marks(&text)
    } else {
        Vec::new()
    };
    Ok(Decoded {
        text,
        encoding,
        format,
        marked,
        title: None,
    })
}

fn decode_text(file: &str, bytes: Cow<[u8]>) -> Result<(String, &'static str)> {
    let (text, encoding) = match Encoding::for_bom(&bytes) {
        // UTF-8 behind a BOM gets the same account of damaged bytes as without one, in the one
        // pass that checks it.
        Some((encoding, bom)) if encoding == encoding_rs::UTF_8 => {
            match std::str::from_utf8(&bytes[bom..]) {
                Ok(text) => (text.to_owned(), encoding),
                Err(error) => {
                    let problem = damaged_utf8(&bytes[bom..], error, Legacy::Other).unwrap_or(
                        Problem::InvalidByByteOrderMark {
                            encoding: encoding.name(),
                        },
                    );
                    return Err(Error::document(file, problem));
                }
            }
        }
        Some((encoding, _)) => (
            decode_with(file, encoding, ChosenBy::ByteOrderMark, &bytes)?,
            encoding,
        ),
        None if looks_binary(&bytes) => match utf16_without_bom(&bytes) {
            Some(encoding) => (
                decode_with(file, encoding, ChosenBy::Detection, &bytes)?,
                encoding,
            ),
            None => return Err(Error::document(file, Problem::Binary)),
        },
        // Valid UTF-8 (most files) is taken as it is, without a second decoding pass.
        None => match String::from_utf8(bytes.into_owned()) {
            Ok(text) => (text, encoding_rs::UTF_8),
            Err(error) => {
                let bytes = error.as_bytes();
                let mut detector =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                detector.feed(bytes, true);
                let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
                let legacy = if encoding == encoding_rs::WINDOWS_1252 {
                    Legacy::Latin
                } else if encoding.is_single_byte() {
                    Legacy::SingleByte
                } else {
                    Legacy::Other
                };
                if let Some(problem) = damaged_utf8(bytes, error.utf8_error(), legacy) {
                    return Err(Error::document(file, problem));
                }
                (
                    decode_with(file, encoding, ChosenBy::Detection, bytes)?,
                    encoding,
                )
            }
        },
    };
    let controls = control_characters(&text);
    // Characters are only counted when there is a control character to weigh them against.
    if controls > 0 && controls * 20 > text.chars().count() {
        return Err(Error::document(file, Problem::Binary));
    }
    Ok((text, encoding.name()))
}

/// The legacy encoding that bytes which are not valid UTF-8 would be read as instead.
#[derive(Clone, Copy)]
enum Legacy {
    /// windows-1252 (Latin-1's superset): by chance it forms only two-byte characters from
    /// U+0180 to U+07FF, a capital letter or ß before a sign (É® is U+026E, ß“ U+07D3), and
    /// those only one at a time. Any other character (a curly quote, é, a hanzi), or two of those
    /// in a row (a Russian or Greek word), it forms only as text that is itself mojibake.
    Latin,
    /// Other single-byte encodings: their letters run into Latin letters (Thai ร before a
    /// consonant is C3 xx), so only the punctuation marks count.
    SingleByte,
    /// GBK, Big5 and the like, whose two-byte characters run into valid UTF-8 sequences about as
    /// often as into invalid ones; also any text behind a UTF-8 byte order mark, which may be
    /// such text behind a wrong mark.
    Other,
}

/// Whether `c`, valid UTF-8 among invalid bytes, shows the text is UTF-8 rather than `legacy`;
/// `in_run`: whether another non-ASCII character stands right beside it.
fn tells_utf8(c: char, in_run: bool, legacy: Legacy) -> bool {
    match legacy {
        Legacy::Latin => in_run || !matches!(c, '\u{180}'..='\u{7FF}'),
        Legacy::SingleByte => matches!(c, '\u{2000}'..='\u{206F}'),
        Legacy::Other => false,
    }
}

/// What is wrong with `bytes`, not valid UTF-8, when they are UTF-8 all the same but for a few
/// damaged sequences: read as any other encoding they would turn into nonsense without a word of
/// warning, since single-byte encodings accept any byte. What tells them from `legacy` text is
/// how many valid multi-byte characters stand against the invalid sequences: eight times as many
/// of any kind, or, when the text would be read as a single-byte encoding, a quarter as many
/// that such text forms only as mojibake (see `Legacy`), so that an English text's few curly
/// quotes and dashes outweigh a stray byte or two.
/// `error` is where they first break, and whether only by ending inside a character.
fn damaged_utf8(bytes: &[u8], error: std::str::Utf8Error, legacy: Legacy) -> Option<Problem> {
    let (mut characters, mut telling, mut damaged) = (0usize, 0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        let mut chars = chunk.valid().chars().peekable();
        let mut after_non_ascii = false;
        while let Some(c) = chars.next() {
            let non_ascii = !c.is_ascii();
            if non_ascii {
                characters += 1;
                let in_run = after_non_ascii || chars.peek().is_some_and(|next| !next.is_ascii());
                telling += usize::from(tells_utf8(c, in_run, legacy));
            }
            after_non_ascii = non_ascii;
        }
        damaged += usize::from(!chunk.invalid().is_empty());
    }
    // A text cut short is damaged only at its end, which a single character before it shows is
    // UTF-8; any other damage needs more, as above.
    let cut_short = error.error_len().is_none();
    let is_utf8 = if cut_short {
        characters >= 1
    } else {
        characters >= 8 * damaged || telling >= damaged.div_ceil(4)
    };
    if !is_utf8 {
        return None;
    }
    let first = error.valid_up_to();
    let before = &bytes[..first];
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    // Counted from 1 within its line, as an editor's status bar counts.
    let byte = first + 1
        - before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
    Some(match (cut_short, damaged) {
        (true, _) => Problem::Utf8CutShort { line, byte },
        (false, 1) => Problem::Utf8DamagedOnce { line, byte },
        (false, sequences) => Problem::Utf8Damaged {
            sequences,
            line,
            byte,
        },
    })
}

/// How the encoding of a file was chosen, which its error says.
enum ChosenBy {
    ByteOrderMark,
    Detection,
}

/// `bytes` decoded as `encoding`, its BOM stripped (offsets count from the first character).
fn decode_with(
    file: &str,
    encoding: &'static Encoding,
    chosen_by: ChosenBy,
    bytes: &[u8],
) -> Result<String> {
    let (text, _, had_errors) = encoding.decode(bytes);
    if had_errors {
        let encoding = encoding.name();
        return Err(Error::document(
            file,
            match chosen_by {
                ChosenBy::ByteOrderMark => Problem::InvalidByByteOrderMark { encoding },
                ChosenBy::Detection => Problem::InvalidAsDetected { encoding },
            },
        ));
    }
    Ok(text.into_owned())
}

/// NUL bytes occur in no text encoding but UTF-16 and UTF-32, which mostly carry a BOM.
fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(SAMPLE_BYTES).any(|&b| b == 0)
}

const SAMPLE_BYTES: usize = 8192;

/// The byte order of UTF-16 text saved without a BOM (some Windows tools and exports), which
/// neither encoding_rs nor chardetng detects, so it is found here. Both orders are tried on the
/// first bytes; the one that reads as text wins, if either does:
/// - no decoding error: binary data holds surrogates out of pairs;
/// - no control character: two zero bytes read as U+0000;
/// - two ASCII characters at least (line breaks, spaces, digits), which UTF-8 text with a stray
///   NUL lacks: its bytes pair into other characters, the NUL into one ASCII character at most;
/// - 19 characters in 20 of the scripts and symbols of the documents this tool reads: UTF-8
///   Chinese paired into UTF-16 is private-use characters, Hangul and rare CJK.
///
/// An odd last byte (one a byte-oriented tool appended) is left for the decoder to report.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(SAMPLE_BYTES) & !1];
    let reads_as_text = |encoding: &'static Encoding| {
        let mut text = String::with_capacity(sample.len() * 2);
        // Not the last bytes of the file, unless they are: a pair cut by the sample is no error.
        let (_, _, had_errors) = encoding
            .new_decoder_without_bom_handling()
            .decode_to_string(sample, &mut text, sample.len() == bytes.len());
        let (mut characters, mut ascii, mut expected) = (0usize, 0usize, 0usize);
        for c in text.chars() {
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C') {
                return None;
            }
            characters += 1;
            ascii += usize::from(c.is_ascii());
            expected += usize::from(is_expected(c));
        }
        (!had_errors && ascii >= 2 && expected * 20 >= characters * 19).then_some(expected)
    };
    [encoding_rs::UTF_16LE, encoding_rs::UTF_16BE]
        .into_iter()
        .filter_map(|encoding| Some((encoding, reads_as_text(encoding)?)))
        .max_by_key(|&(_, expected)| expected)
        .map(|(encoding, _)| encoding)
}

/// The characters of the Chinese and English documents this tool reads: Latin, CJK and kana,
/// and their punctuation, numerals and symbols. Characters beyond the BMP count too: text read in
/// the wrong order or from other bytes rarely forms the surrogate pairs they need.
fn is_expected(c: char) -> bool {
    matches!(c as u32,
        0x09..=0x0D | 0x20..=0x7E | 0xA0..=0x24F
        | 0x2000..=0x22FF | 0x2460..=0x25FF | 0x3000..=0x30FF | 0x3200..=0x33FF
        | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF | 0x10000..)
}

/// How many characters of `text` are controls in the sense of `char::is_control` (general
/// category Cc, which Unicode's stability policy fixes as C0, DEL and C1), line breaks, tabs and
/// form feeds excepted. Counted on the bytes, since each is one ASCII byte or, for C1, the two
/// bytes C2 80–C2 9F: decoding every character for this was a fifth of reading a document.
/// Eight bytes are first tested at once, in a 64-bit word, for a byte that could start one (below
/// 0x20, 0x7F or 0xC2); only such words, mostly those holding a line break, are looked at byte
/// by byte. Byte by byte throughout, this was still 5% of an analysis.
fn control_characters(text: &str) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH_BITS: u64 = ONES * 0x80;
    // The high bit of some byte of this is set if some byte of `w` is below `n` (n ≤ 0x80):
    // exact, though not which one.
    let bytes_below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w;
    // The three tests joined before one branch: most words pass all three.
    let may_hold_control = |w: u64| {
        (bytes_below(w, 0x20)
            | bytes_below(w ^ (ONES * 0x7F), 1)
            | bytes_below(w ^ (ONES * 0xC2), 1))
            & HIGH_BITS
            != 0
    };
    let bytes = text.as_bytes();
    let is_control_at = |at: usize| match bytes[at] {
        0x00..=0x08 | 0x0B | 0x0E..=0x1F | 0x7F => true,
        0xC2 => bytes
            .get(at + 1)
            .is_some_and(|next| (0x80..=0x9F).contains(next)),
        _ => false,
    };
    let words = bytes.chunks_exact(8);
    let rest = bytes.len() - words.remainder().len()..bytes.len();
    words
        .enumerate()
        .filter(|(_, word)| may_hold_control(u64::from_le_bytes((*word).try_into().unwrap())))
        .flat_map(|(index, _)| index * 8..index * 8 + 8)
        .chain(rest)
        .filter(|&at| is_control_at(at))
        .count()
}

/// The file name's extension, in lower case.
fn extension(file: &str) -> String {
    file.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Named .md or .markdown: the files whose Markdown subset is read (see the module comment).
fn named_markdown(file: &str) -> bool {
    matches!(extension(file).as_str(), "md" | "markdown")
}

fn text_format(file: &str, text: &str) -> Format {
    let extension = extension(file);
    let head: String = text
        .trim_start()
        .chars()
        .take(64)
        .collect::<String>()
        .to_ascii_lowercase();
    if matches!(extension.as_str(), "html" | "htm" | "xhtml")
        || head.starts_with("<!doctype html")
        || head.starts_with("<html")
    {
        Format::Html
    } else if named_markdown(file)
        || text.lines().any(|line| {
            markdown_heading_level(line).is_some()
                || line.contains("<sup>")
                || line.starts_with("**")
        })
    {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// `## Title` → 2; also used by `clean` to find headings.
pub fn markdown_heading_level(line: &str) -> Option<usize> {
    let level = line.len() - line.trim_start_matches('#').len();
    ((1..=6).contains(&level) && line[level..].starts_with(' ')).then_some(level)
}

/// The markup of a file named .md or .markdown that is not prose, in text order (see the module
/// comment): fenced code blocks and images whole, link addresses, and the block markers that
/// start a line. One pass over the lines, and one over the fences.
fn markdown_marks(text: &str) -> Vec<Removal> {
    let mut lines = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        lines.push(start..start + raw.trim_end_matches(['\n', '\r']).len());
        start += raw.len();
    }
    let mut code = code_blocks(text, &lines).into_iter().peekable();
    let mut marks = Vec::new();
    // The `[` not yet closed in the paragraph: a `](` is a link's only after one.
    let mut brackets = Vec::new();
    let (mut after_blank, mut in_list) = (true, false);
    let mut index = 0;
    while index < lines.len() {
        if let Some(block) = code.next_if(|block| block.start == index) {
            let first = &text[lines[block.start].clone()];
            let start = lines[block.start].end - first.trim_start().len();
            let end = text[..lines[block.end - 1].end].trim_end().len();
            marks.push(Removal {
                kind: RemovalKind::Code,
                span: start..end,
            });
            brackets.clear();
            after_blank = true;
            index = block.end;
            continue;
        }
        let span = lines[index].clone();
        index += 1;
        let line = &text[span.clone()];
        let content = line.trim_start();
        if content.is_empty() {
            brackets.clear();
            after_blank = true;
            continue;
        }
        let mut prose = span.end - content.len();
        if let Some(markers) = block_markers(line, after_blank || in_list) {
            in_list |= markers.list;
            prose = span.start + markers.prose;
            marks.push(Removal {
                kind: RemovalKind::BlockMarker,
                span: span.start + markers.span.start..span.start + markers.span.end,
            });
        } else if after_blank && content.len() == line.len() {
            // A paragraph of its own, not indented into an item: the list has ended.
            in_list = false;
        }
        after_blank = false;
        link_addresses(text, prose..span.end, &mut brackets, &mut marks);
    }
    // A link's `[` is marked when its `](` is found, after what lies between (an autolink, the
    // next line's block marker).
    marks.sort_by_key(|mark| mark.span.start);
    marks
}

/// A line of a code fence: ``` or ~~~ and more of the same character.
struct Fence {
    line: usize,
    char: u8,
    length: usize,
    /// Nothing follows the fence, so it may close a block.
    closes: bool,
}

/// The fenced code blocks of `lines`, as ranges of line indices, fences included. A fence may
/// follow block markers (`> ````), and one never closed runs to the end.
fn code_blocks(text: &str, lines: &[Range<usize>]) -> Vec<Range<usize>> {
    let fences: Vec<Fence> = lines
        .iter()
        .enumerate()
        .filter_map(|(line, span)| {
            let content = text[span.clone()].trim_start();
            let content = block_markers(content, true).map_or(content, |m| &content[m.prose..]);
            let char = *content
                .as_bytes()
                .first()
                .filter(|&&b| b == b'`' || b == b'~')?;
            let length = content.bytes().take_while(|&b| b == char).count();
            let info = &content[length..];
            let fence = length >= 3 && !(char == b'`' && info.contains('`'));
            fence.then(|| Fence {
                line,
                char,
                length,
                closes: info.trim().is_empty(),
            })
        })
        .collect();
    let mut blocks = Vec::new();
    let mut at = 0;
    // Only fences inside a block are passed over, and a block never closed takes the rest: each
    // fence is looked at once.
    while let Some(open) = fences.get(at) {
        let closing = fences[at + 1..]
            .iter()
            .position(|f| f.closes && f.char == open.char && f.length >= open.length);
        let Some(offset) = closing else {
            blocks.push(open.line..lines.len());
            break;
        };
        let close = at + 1 + offset;
        blocks.push(open.line..fences[close].line + 1);
        at = close + 1;
    }
    blocks
}

/// The block markers a line starts with, as byte offsets into it.
struct BlockMarkers {
    /// From the first marker to the end of the last (`>`, `> -`, `1.`, `|`).
    span: Range<usize>,
    /// Where the line's own text starts, past the markers and the white space after them.
    prose: usize,
    /// A list item's marker is among them.
    list: bool,
}

/// The markers of block quotes (`>`), list items (`-`, `*`, `+` and a space; `1.`, `1)`) and
/// table rows (`|`, the last marker) at the start of `line`. As in CommonMark, an ordered item
/// numbered other than 1 starts only where a list may (`may_list`: after a blank line, in a list)
/// or inside another item, so that a wrapped line starting with a year ("2020. The") stays text.
fn block_markers(line: &str, may_list: bool) -> Option<BlockMarkers> {
    let first = line.len() - line.trim_start().len();
    let mut markers = BlockMarkers {
        span: first..first,
        prose: first,
        list: false,
    };
    loop {
        let rest = &line[markers.prose..];
        let ends_marker = |at: usize| rest[at..].is_empty() || rest[at..].starts_with([' ', '\t']);
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let length = match rest.as_bytes().first() {
            Some(b'>' | b'|') => 1,
            Some(b'-' | b'*' | b'+') if ends_marker(1) => {
                markers.list = true;
                1
            }
            Some(b'0'..=b'9')
                if digits <= 9
                    && rest[digits..].starts_with(['.', ')'])
                    && ends_marker(digits + 1)
                    && (may_list || markers.list || rest[..digits].parse::<u32>() == Ok(1)) =>
            {
                markers.list = true;
                digits + 1
            }
            _ => break,
        };
        markers.span.end = markers.prose + length;
        markers.prose = line.len() - line[markers.span.end..].trim_start().len();
        if rest.starts_with('|') {
            break;
        }
    }
    (!markers.span.is_empty()).then_some(markers)
}

/// In `text[line]`, as removals: link addresses with the link text's brackets (`[` and
/// `](dest "title")` of `[text](dest "title")`, whose text stays), images whole (`![alt](dest)`:
/// a page shows the picture, not its text, and the `!` would end a sentence) and autolinks
/// (`<scheme:…>`). `brackets` holds the `[` not yet closed in the paragraph, each with whether it
/// opens an image. A `](` or `<` that turns out no link is passed over as far as it was read, so
/// that no byte is read twice: a link it ran into without white space between (`[a](b[c](d)`) is
/// missed, where CommonMark would find it.
fn link_addresses(
    text: &str,
    line: Range<usize>,
    brackets: &mut Vec<(usize, bool)>,
    out: &mut Vec<Removal>,
) {
    let bytes = &text.as_bytes()[..line.end];
    let mut at = line.start;
    // Only `[`, `]` and `<` can start markup: memchr3 passes over the bytes between at once, where
    // stepping over them one by one was most of reading a Markdown file.
    while let Some(found) = memchr::memchr3(b'[', b']', b'<', &bytes[at..]) {
        at += found;
        match bytes[at] {
            b'[' => {
                brackets.push((at, at > line.start && bytes[at - 1] == b'!'));
                at += 1;
            }
            b']' => {
                let opening = brackets.pop();
                at += 1;
                if let (Some((open, image)), Some(b'(')) = (opening, bytes.get(at)) {
                    match destination(&bytes[at..]) {
                        Ok(length) if image => {
                            out.push(Removal {
                                kind: RemovalKind::Image,
                                span: open - 1..at + length,
                            });
                            at += length;
                        }
                        Ok(length) => {
                            // The brackets go with the address: a page shows the link's text
                            // alone, and quoted evidence showed "[multistakeholder model]".
                            let link = |span| Removal {
                                kind: RemovalKind::LinkAddress,
                                span,
                            };
                            out.extend([link(open..open + 1), link(at - 1..at + length)]);
                            at += length;
                        }
                        Err(read) => at += read,
                    }
                }
            }
            // `<`
            _ => match autolink(&bytes[at..]) {
                Ok(length) => {
                    out.push(Removal {
                        kind: RemovalKind::LinkAddress,
                        span: at..at + length,
                    });
                    at += length;
                }
                Err(read) => at += read,
            },
        }
    }
}

/// A link destination and optional title, `(dest "title")`, at the start of `bytes`: its length,
/// or how far it was read before it turned out none. The destination is `<…>` or runs to white
/// space with its parentheses balanced; the title is quoted or bracketed.
fn destination(bytes: &[u8]) -> std::result::Result<usize, usize> {
    let spaces = |from: usize| {
        from + bytes[from..]
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count()
    };
    let mut at = spaces(1);
    if bytes.get(at) == Some(&b'<') {
        let close = bytes[at + 1..]
            .iter()
            .position(|&b| b == b'>' || b == b'<')
            .filter(|&offset| bytes[at + 1 + offset] == b'>')
            .ok_or(at + 1)?;
        at += close + 2;
    } else {
        let mut depth = 0usize;
        while let Some(&b) = bytes.get(at) {
            match b {
                b'(' => depth += 1,
                b')' if depth == 0 => break,
                b')' => depth -= 1,
                _ if b <= b' ' => break,
                _ => {}
            }
            at += 1;
        }
        if depth > 0 {
            return Err(at);
        }
    }
    let after = spaces(at);
    let closer = match bytes.get(after) {
        Some(b'"') if after > at => Some(b'"'),
        Some(b'\'') if after > at => Some(b'\''),
        Some(b'(') if after > at => Some(b')'),
        _ => None,
    };
    at = after;
    if let Some(closer) = closer {
        let close = bytes[at + 1..]
            .iter()
            .position(|&b| b == closer)
            .ok_or(bytes.len())?;
        at = spaces(at + 1 + close + 1);
    }
    match bytes.get(at) {
        Some(b')') => Ok(at + 1),
        _ => Err(at),
    }
}

/// An autolink, `<scheme:address>` (a scheme of 2 to 32 letters, digits, `+`, `.`, `-`,
/// starting with a letter; no white space or `<` in the address), at the start of `bytes`: its
/// length, or how far it was read before it turned out none.
fn autolink(bytes: &[u8]) -> std::result::Result<usize, usize> {
    let scheme = bytes[1..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'))
        .count();
    let colon = 1 + scheme;
    if !bytes.get(1).is_some_and(u8::is_ascii_alphabetic)
        || !(2..=32).contains(&scheme)
        || bytes.get(colon) != Some(&b':')
    {
        return Err(colon.max(1));
    }
    let address = bytes[colon + 1..]
        .iter()
        .take_while(|&&b| b > b' ' && b != b'<' && b != b'>')
        .count();
    let end = colon + 1 + address;
    match bytes.get(end) {
        Some(b'>') => Ok(end + 1),
        _ => Err(end),
    }
}

const SKIPPED_ELEMENTS: [&str; 5] = ["script", "style", "noscript", "template", "svg"];
/// What may stand in a `<head>`; any other start tag ends it.
const HEAD_ELEMENTS: [&str; 8] = [
    "title", "meta", "link", "base", "script", "style", "noscript", "template",
];
const NAVIGATION_ELEMENTS: [&str; 5] = ["nav", "header", "footer", "aside", "menu"];
const BLOCK_ELEMENTS: [&str; 22] = [
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "blockquote",
    "main",
    "dd",
    "dt",
    "pre",
    "figcaption",
    "title",
];

/// The most of a title kept, in characters; a longer one is cut, with an ellipsis.
const MAX_TITLE_CHARS: usize = 200;
/// The most of a title's text read, in bytes: enough for `MAX_TITLE_CHARS` characters and one
/// more, which tells that it was cut.
const MAX_TITLE_BYTES: usize = 4 * (MAX_TITLE_CHARS + 1);

/// Visible text of an HTML page: text outside script/style, a blank line after each block
/// element, white space collapsed as a browser does. Navigation elements and `<sup>` stay in the
/// text (a reader may want to see them) but are marked for removal. Also the page's title, as a
/// browser's tab shows it: the text of its first `<title>` outside the skipped elements (an
/// inline SVG's `<title>` names a picture, a template's is not the page's).
fn html_visible_text(html: &str) -> (String, Vec<Removal>, Option<String>) {
    let mut text = String::new();
    let mut marked = Vec::new();
    let mut skipped = 0usize;
    let mut navigation: Vec<usize> = Vec::new();
    let mut superscript: Vec<usize> = Vec::new();
    // Script and style bodies are raw text, so that a `<script>` written inside a script does
    // not open another one. The switch is by tag name alone, which is what reading text needs.
    let mut emitter = html5gum::DefaultEmitter::default();
    emitter.naively_switch_states(true);
    // The head is left out: it starts at `<head>`, and ends, as in a browser, where the body or
    // anything a head may not hold starts, whether or not `</head>` was written.
    let (mut in_head, mut head_over) = (false, false);
    // None until a `<title>` opens; then its text so far. A title never closed runs on to the
    // end of the page, so no more than a title's worth is kept.
    let (mut title, mut in_title, mut title_closed): (Option<String>, bool, bool) =
        (None, false, false);
    for token in html5gum::Tokenizer::new_with_emitter(html, emitter).flatten() {
        match token {
            html5gum::Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" && skipped == 0 && title.is_none() && !tag.self_closing {
                    title = Some(String::new());
                    in_title = true;
                }
                if name == "head" {
                    in_head = !head_over && !tag.self_closing;
                    head_over |= tag.self_closing;
                    continue;
                }
                if name != "html" && !HEAD_ELEMENTS.contains(&name.as_str()) {
                    in_head = false;
                    head_over = true;
                }
                if tag.self_closing {
                    if name == "br" {
                        text.push('\n');
                    }
                } else if SKIPPED_ELEMENTS.contains(&name.as_str()) {
                    skipped += 1;
                } else if NAVIGATION_ELEMENTS.contains(&name.as_str()) {
                    end_block(&mut text);
                    navigation.push(text.len());
                } else if name == "sup" {
                    superscript.push(text.len());
                } else if name == "br" {
                    text.push('\n');
                } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
                    end_block(&mut text);
                }
            }
            html5gum::Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if in_title && name == "title" {
                    in_title = false;
                    title_closed = true;
                }
                if name == "head" {
                    in_head = false;
                    head_over = true;
                    continue;
                }
                if SKIPPED_ELEMENTS.contains(&name.as_str()) {
                    skipped = skipped.saturating_sub(1);
                } else if NAVIGATION_ELEMENTS.contains(&name.as_str()) {
                    if let Some(start) = navigation.pop() {
                        let end = text.trim_end().len();
                        if navigation.is_empty() && end > start {
                            marked.push(Removal {
                                kind: RemovalKind::Navigation,
                                span: start..end,
                            });
                        }
                    }
                    end_block(&mut text);
                } else if name == "sup" {
                    if let Some(start) = superscript.pop() {
                        if text.len() > start {
                            marked.push(Removal {
                                kind: RemovalKind::FootnoteMarker,
                                span: start..text.len(),
                            });
                        }
                    }
                } else if BLOCK_ELEMENTS.contains(&name.as_str()) {
                    end_block(&mut text);
                }
            }
            html5gum::Token::String(string) => {
                if let Some(title) = title
                    .as_mut()
                    .filter(|title| in_title && title.len() < MAX_TITLE_BYTES)
                {
                    // One string may be the whole rest of a page whose title never closes.
                    let read = string.value.len().min(MAX_TITLE_BYTES);
                    push_collapsed(title, &string.value[..read]);
                }
                if skipped == 0 && !in_head {
                    push_collapsed(&mut text, &string.value);
                }
            }
            _ => {}
        }
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    marked.sort_by_key(|removal| removal.span.start);
    let title = title
        .filter(|_| title_closed)
        .map(
            |title| match title.trim_end().char_indices().nth(MAX_TITLE_CHARS) {
                Some((cut, _)) => format!("{}…", title[..cut].trim_end()),
                None => title.trim_end().to_owned(),
            },
        )
        .filter(|title| !title.is_empty());
    (text, marked, title)
}

/// Appends text to the visible text with its white space collapsed as a browser does (but for
/// the ideographic space, which a Chinese text uses as a character).
fn push_collapsed(text: &mut String, value: &[u8]) {
    for ch in String::from_utf8_lossy(value).chars() {
        if ch.is_whitespace() && ch != '\u{3000}' {
            if !text.is_empty() && !text.ends_with(char::is_whitespace) {
                text.push(' ');
            }
        } else {
            text.push(ch);
        }
    }
}

/// Ends the current paragraph with one blank line, whatever white space came before.
fn end_block(text: &mut String) {
    let trimmed = text.trim_end_matches([' ', '\n']).len();
    text.truncate(trimmed);
    if !text.is_empty() {
        text.push_str("\n\n");
    }
}

/// The most `word/document.xml` is unpacked to: a Word file of 25 MB (the most the page reads)
/// holds far less text, its bulk being images.
const MAX_DOCX_XML_BYTES: u64 = 100 << 20;

/// The text of a Word document's body: one paragraph per `w:p`, superscript runs marked.
fn docx(file: &str, bytes: &[u8]) -> Result<Decoded> {
    let corrupt = |detail: String| Error::document(file, Problem::DocxUnreadable { detail });
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| corrupt(e.to_string()))?;
    let name = main_part_name(&mut archive);
    let part = archive.by_name(&name).map_err(|e| match e {
        zip::result::ZipError::FileNotFound => Error::document(file, Problem::ZipNotDocx),
        e => corrupt(format!("{name}: {e}")),
    })?;
    // Read no further than the limit, whatever size the archive claims: a small file can unpack
    // to gigabytes.
    let mut xml = String::new();
    part.take(MAX_DOCX_XML_BYTES + 1)
        .read_to_string(&mut xml)
        .map_err(|e| corrupt(format!("{name}: {e}")))?;
    // Spreadsheets and slides have an officeDocument too, whose root is no `document`.
    if !is_word_document(&xml) {
        return Err(Error::document(file, Problem::ZipNotDocx));
    }
    if xml.len() as u64 > MAX_DOCX_XML_BYTES {
        return Err(Error::document(
            file,
            Problem::DocxTooLarge {
                megabytes: MAX_DOCX_XML_BYTES >> 20,
            },
        ));
    }
    let (text, marked) = docx_text(&xml).map_err(corrupt)?;
    if text.trim().is_empty() {
        return Err(Error::document(file, Problem::DocxNoText));
    }
    Ok(Decoded {
        text,
        encoding: "UTF-8",
        format: Format::Docx,
        marked,
        title: None,
    })
}

/// The package's main part: the target of its `officeDocument` relationship in `_rels/.rels`, as
/// ECMA-376 names it, matched as part names are, without regard to case. Word writes
/// `word/document.xml`, the name taken when the relationships are missing or unreadable or name
/// no part the archive has; Word Online writes `word/document2.xml` and the like.
fn main_part_name<R: Read + std::io::Seek>(archive: &mut zip::ZipArchive<R>) -> String {
    const ASSUMED: &str = "word/document.xml";
    // A package's relationships are a few hundred bytes; read no more than a generous limit.
    const MAX_RELATIONSHIPS_BYTES: u64 = 1 << 20;
    let mut relationships = String::new();
    let read = archive.by_name("_rels/.rels").map(|part| {
        part.take(MAX_RELATIONSHIPS_BYTES)
            .read_to_string(&mut relationships)
    });
    let target = matches!(read, Ok(Ok(_)))
        .then(|| office_document_target(&relationships))
        .flatten();
    target
        .and_then(|target| {
            let named = |same: &dyn Fn(&str) -> bool| {
                archive
                    .file_names()
                    .flatten()
                    .find(|name| same(name))
                    .map(|name| name.into_owned())
            };
            named(&|name| name == target)
                .or_else(|| named(&|name| name.eq_ignore_ascii_case(&target)))
        })
        .unwrap_or_else(|| ASSUMED.to_owned())
}

/// Whether the part's root element is a WordprocessingML `document` (or the part is unreadable,
/// which `docx_text` reports).
fn is_word_document(xml: &str) -> bool {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(tag) | Event::Empty(tag)) => {
                return tag.local_name().into_inner() == "document"
            }
            Ok(Event::Eof) | Err(_) => return true,
            _ => {}
        }
    }
}

/// The `Target` of the relationship whose `Type` ends in `/officeDocument` (transitional and
/// strict packages differ only in the namespace before it), as a name in the archive.
fn office_document_target(relationships: &str) -> Option<String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(relationships);
    loop {
        match reader.read_event().ok()? {
            Event::Start(tag) | Event::Empty(tag)
                if tag.local_name().into_inner() == "Relationship" =>
            {
                let attribute = |name: &str| {
                    tag.attributes()
                        .flatten()
                        .find(|attribute| attribute.key.local_name().into_inner() == name)
                        .and_then(|attribute| {
                            attribute
                                .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                .ok()
                        })
                        .map(|value| value.into_owned())
                };
                if attribute("Type").is_some_and(|kind| kind.ends_with("/officeDocument")) {
                    let target = attribute("Target")?;
                    // Targets are relative to the package's root, or absolute from it.
                    return Some(
                        target
                            .trim_start_matches('/')
                            .trim_start_matches("./")
                            .to_owned(),
                    );
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

fn docx_text(xml: &str) -> std::result::Result<(String, Vec<Removal>), String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut text = String::new();
    let mut marked = Vec::new();
    let mut in_text = false;
    let mut superscript_run = false;
    let mut run: Option<Range<usize>> = None;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(tag) | Event::Empty(tag) => match tag.local_name().into_inner() {
                "r" => {
                    superscript_run = false;
                    run = Some(text.len()..text.len());
                }
                "t" => in_text = true,
                "tab" => text.push('\t'),
                "br" | "cr" => text.push('\n'),
                "vertAlign" => {
                    superscript_run = tag.attributes().flatten().any(|attribute| {
                        attribute.key.local_name().into_inner() == "val"
                            && *attribute.value == *"superscript"
                    })
                }
                _ => {}
            },
            Event::End(tag) => match tag.local_name().into_inner() {
                "t" => in_text = false,
                "r" => {
                    if let Some(span) = run.take() {
                        if superscript_run && text.len() > span.start {
                            marked.push(Removal {
                                kind: RemovalKind::FootnoteMarker,
                                span: span.start..text.len(),
                            });
                        }
                    }
                }
                "p" => text.push_str("\n\n"),
                _ => {}
            },
            Event::Text(content) if in_text => {
                text.push_str(&content.into_inner());
            }
            Event::GeneralRef(reference) if in_text => {
                let character = reference.resolve_char_ref().map_err(|e| e.to_string())?;
                let name = reference.into_inner();
                let resolved = match character {
                    Some(character) => character.to_string(),
                    None => quick_xml::escape::resolve_predefined_entity(&name)
                        .unwrap_or_default()
                        .to_owned(),
                };
                text.push_str(&resolved);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    Ok((text, marked))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_what_unicode_calls_controls_but_line_breaks_and_tabs() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let expected = ch.is_control() && !matches!(ch, '\n' | '\r' | '\t' | '\u{c}');
            // Within an eight-byte word, and across two.
            for text in [0, 3, 6, 7].map(|at| format!("{}{ch}{}", "a".repeat(at), "b".repeat(9))) {
                assert_eq!(
                    control_characters(&text),
                    usize::from(expected),
                    "U+{:04X} in {text:?}",
                    ch as u32
                );
            }
        }
    }

    #[test]
    fn utf8_with_bom_is_utf8() {
        let decoded = decode("a.txt", b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!(decoded.text, "abc");
        assert_eq!(decoded.encoding, "UTF-8");
    }

    #[test]
    fn gbk_is_detected() {
        let (bytes, _, _) = encoding_rs::GBK.encode("网络空间主权是国家主权在网络空间的自然延伸。");
        let decoded = decode("gbk.txt", bytes).unwrap();
        assert_eq!(decoded.text, "网络空间主权是国家主权在网络空间的自然延伸。");
        assert_eq!(decoded.encoding, "GBK");
    }

    #[test]
    fn utf16_with_bom_is_read() {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend("網絡主權𠀀".encode_utf16().flat_map(u16::to_le_bytes));
        let decoded = decode("u16.txt", &bytes).unwrap();
        assert_eq!(decoded.text, "網絡主權𠀀");
        assert_eq!(decoded.encoding, "UTF-16LE");
    }

    #[test]
    fn empty_and_binary_files_are_named_errors() {
        assert_eq!(
            decode("empty.txt", b"").unwrap_err().to_string(),
            "empty.txt: the file is empty"
        );
        let err = decode("x.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
        assert!(err.to_string().starts_with("x.png: "), "{err}");
        let err = decode("broken.docx", b"PK\x03\x04garbage").unwrap_err();
        assert!(
            err.to_string()
                .starts_with("broken.docx: not a readable DOCX"),
            "{err}"
        );
    }

    #[test]
    fn html_keeps_visible_text_and_marks_navigation_and_superscripts() {
        let html = "<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>\
            <nav><a>首页</a> <a>产品</a></nav><p>各国应尊重&amp;维护网络主权<sup>1</sup>。</p>\
            <script>var x = 1;</script><p>Second   para.</p></body></html>";
        let decoded = decode("page.html", html.as_bytes()).unwrap();
        assert_eq!(decoded.format, Format::Html);
        assert_eq!(
            decoded.text,
            "首页 产品\n\n各国应尊重&维护网络主权1。\n\nSecond para."
        );
        let marked: Vec<(RemovalKind, &str)> = decoded
            .marked
            .iter()
            .map(|r| (r.kind, &decoded.text[r.span.clone()]))
            .collect();
        assert_eq!(
            marked,
            [
                (RemovalKind::Navigation, "首页 产品"),
                (RemovalKind::FootnoteMarker, "1")
            ]
        );
    }

    #[test]
    fn an_html_page_gives_its_title() {
        // (why, page, title)
        let cases = [
            (
                "in the head, entities decoded and white space collapsed",
                "<html><head><title>\n  网络主权 &amp; 多边主义\n </title></head><body><p>正文</p></body>",
                Some("网络主权 & 多边主义"),
            ),
            (
                "without a head element, before the body: still the page's title",
                "<title>Position paper</title><p>Text.</p>",
                Some("Position paper"),
            ),
            (
                "after the body has begun, as a browser takes it",
                "<body><p>Text.</p><title>Late</title></body>",
                Some("Late"),
            ),
            (
                "a template's title is not the page's",
                "<head><template><title>Template</title></template><title>Page</title></head><p>x</p>",
                Some("Page"),
            ),
            (
                "the ideographic space is a character, as in the text",
                "<title>网络主权\u{3000}白皮书</title><p>正文</p>",
                Some("网络主权\u{3000}白皮书"),
            ),
            (
                "the first of two",
                "<head><title>One</title><title>Two</title></head><p>Text.</p>",
                Some("One"),
            ),
            (
                "an inline picture's title in the body names the picture",
                "<head></head><body><p>Text.</p><svg><title>Chart</title></svg></body>",
                None,
            ),
            ("an empty title is none", "<title>  </title><p>Text.</p>", None),
            (
                "one never closed runs into the page and is none",
                &format!("<title>{}", "Text. ".repeat(50)),
                None,
            ),
            (
                "a long one is cut",
                &format!("<title>{}x</title><p>Text.</p>", "网".repeat(MAX_TITLE_CHARS)),
                Some(&format!("{}…", "网".repeat(MAX_TITLE_CHARS))),
            ),
        ];
        for (why, page, title) in cases {
            let decoded = decode("page.html", page.as_bytes()).unwrap();
            assert_eq!(decoded.title.as_deref(), title, "{why}: {page}");
        }
        let plain = decode("page.txt", "<title>Not markup here</title>".as_bytes()).unwrap();
        assert_eq!(plain.title, None, "a text file's title is its name");
    }

    #[test]
    fn an_archive_or_binary_that_is_no_word_document_is_named_as_such() {
        // Each read "word/document.xml: specified file not found in archive" or "binary".
        let zip_of_other = {
            let mut buffer = std::io::Cursor::new(Vec::new());
            let mut writer = zip::ZipWriter::new(&mut buffer);
            writer
                .start_file("notes.txt", zip::write::SimpleFileOptions::default())
                .unwrap();
            std::io::Write::write_all(&mut writer, b"hello").unwrap();
            writer.finish().unwrap();
            buffer.into_inner()
        };
        let problem = |file: &str, bytes: &[u8]| match decode(file, bytes).unwrap_err() {
            Error::Document { problem, .. } => problem,
            other => panic!("{other}"),
        };
        assert_eq!(problem("archive.docx", &zip_of_other), Problem::ZipNotDocx);
        let binary = [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0, 255, 254];
        assert_eq!(problem("report.docx", &binary), Problem::NotDocx);
        assert_eq!(problem("report.txt", &binary), Problem::Binary);
    }

    #[test]
    fn docx_paragraphs_and_superscript_runs() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>网络主权</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">A &amp; B</w:t></w:r></w:p></w:body></w:document>"#;
        let (text, marked) = docx_text(xml).unwrap();
        assert_eq!(text, "网络主权2\n\nA & B");
        assert_eq!(marked[0].span, 12..13);
    }

    fn marks(text: &str) -> Vec<(RemovalKind, &str)> {
        markdown_marks(text)
            .into_iter()
            .map(|mark| (mark.kind, &text[mark.span]))
            .collect()
    }

    #[test]
    fn block_markers_are_what_starts_a_block_in_commonmark() {
        // (line, whether a list may start there, the markers, the text after them)
        let cases = [
            ("> quote", false, Some((">", "quote"))),
            (">quote", false, Some((">", "quote"))),
            ("> > - item", false, Some(("> > -", "item"))),
            ("    - nested", false, Some(("-", "nested"))),
            ("* item", false, Some(("*", "item"))),
            ("+\titem", false, Some(("+", "item"))),
            ("1. first", false, Some(("1.", "first"))),
            ("1) first", false, Some(("1)", "first"))),
            ("2. second", true, Some(("2.", "second"))),
            ("2020. The year", false, None),
            (
                "- 2. inside an item",
                false,
                Some(("- 2.", "inside an item")),
            ),
            ("| a | b |", false, Some(("|", "a | b |"))),
            ("> | a |", false, Some(("> |", "a |"))),
            ("* * *", false, Some(("* * *", ""))),
            ("-", false, Some(("-", ""))),
            ("**bold**", false, None),
            ("-1.5%", false, None),
            ("1.5倍", false, None),
            ("# heading", false, None),
            ("---", false, None),
            ("1234567890. ten digits", true, None),
        ];
        for (line, may_list, expected) in cases {
            let found = block_markers(line, may_list)
                .map(|markers| (&line[markers.span], &line[markers.prose..]));
            assert_eq!(found, expected, "{line:?}");
        }
        assert_eq!(marks("- item"), [(RemovalKind::BlockMarker, "-")]);
    }

    #[test]
    fn only_files_named_md_or_markdown_have_their_markup_marked() {
        use RemovalKind::{BlockMarker, Code, LinkAddress};
        let text = "## 立场\n\n- 见[报告](http://x)与<https://y>。\n\n```\ncode\n```\n";
        for file in ["a.md", "A.MD", "a.markdown", "a.Markdown", "a.txt.md"] {
            let kinds: Vec<RemovalKind> = decode(file, text.as_bytes())
                .unwrap()
                .marked
                .iter()
                .map(|mark| mark.kind)
                .collect();
            assert_eq!(
                kinds,
                [BlockMarker, LinkAddress, LinkAddress, LinkAddress, Code],
                "{file}"
            );
        }
        // Detected as Markdown by the heading alone: nothing of the subset is read.
        for file in ["a.txt", "a", "md", "a.md.txt", "a.mdx", "a-md"] {
            let decoded = decode(file, text.as_bytes()).unwrap();
            assert_eq!(decoded.format, Format::Markdown, "{file}");
            assert_eq!(decoded.marked, [], "{file}");
        }
    }

    #[test]
    fn links_images_and_autolinks_are_found_as_commonmark_has_them() {
        use RemovalKind::{BlockMarker, Image, LinkAddress};
        let cases: [(&str, &[(RemovalKind, &str)]); 21] = [
            ("[a](b)", &[(LinkAddress, "["), (LinkAddress, "](b)")]),
            (
                "[a]( <b c> 'title' )",
                &[(LinkAddress, "["), (LinkAddress, "]( <b c> 'title' )")],
            ),
            (
                "[a](b (title))",
                &[(LinkAddress, "["), (LinkAddress, "](b (title))")],
            ),
            (
                "[a](f(x)y) z",
                &[(LinkAddress, "["), (LinkAddress, "](f(x)y)")],
            ),
            ("[a](网络)", &[(LinkAddress, "["), (LinkAddress, "](网络)")]),
            ("[a]()", &[(LinkAddress, "["), (LinkAddress, "]()")]),
            ("[a](b c)", &[]),
            ("[a](b \"unclosed", &[]),
            ("a](b)", &[]),
            ("[a] (b)", &[]),
            ("[a](b [c](d)", &[(LinkAddress, "["), (LinkAddress, "](d)")]),
            ("![alt](i.png)", &[(Image, "![alt](i.png)")]),
            (
                "[![b](i.svg)](u)",
                &[
                    (LinkAddress, "["),
                    (Image, "![b](i.svg)"),
                    (LinkAddress, "](u)"),
                ],
            ),
            // In text order, though a link's `[` is found after what its text holds.
            (
                "[see <https://a.b> here](c)",
                &[
                    (LinkAddress, "["),
                    (LinkAddress, "<https://a.b>"),
                    (LinkAddress, "](c)"),
                ],
            ),
            (
                "> [a\n> b](c)",
                &[
                    (BlockMarker, ">"),
                    (LinkAddress, "["),
                    (BlockMarker, ">"),
                    (LinkAddress, "](c)"),
                ],
            ),
            (
                "see <https://a.b/c?d=e>.",
                &[(LinkAddress, "<https://a.b/c?d=e>")],
            ),
            ("<mailto:x@y.z>", &[(LinkAddress, "<mailto:x@y.z>")]),
            ("<sup>1</sup> <a:b> <ab c:d>", &[]),
            ("<https://a.b c>", &[]),
            ("[a\nb](c)", &[(LinkAddress, "["), (LinkAddress, "](c)")]),
            ("![a\nb](c)", &[(Image, "![a\nb](c)")]),
        ];
        for (text, expected) in cases {
            assert_eq!(marks(text), expected, "{text:?}");
        }
    }

    #[test]
    fn code_blocks_close_on_a_fence_of_their_character_at_least_as_long() {
        // (text, the code blocks)
        let cases: [(&str, &[&str]); 9] = [
            ("a\n```\ncode\n```\nb", &["```\ncode\n```"]),
            ("~~~~\na\n~~~\nb\n~~~~~ \nc", &["~~~~\na\n~~~\nb\n~~~~~"]),
            ("```js\na\n```js\nb\n```", &["```js\na\n```js\nb\n```"]),
            // No fence: the last ``` opens a block of its own, which runs to the end.
            ("``` a`b\nx\n```", &["```"]),
            ("a ```\nb\n```", &["```"]),
            ("   ```\n[a](b)\n   ```", &["```\n[a](b)\n   ```"]),
            ("```\nunclosed\n\n", &["```\nunclosed"]),
            (
                "~~~~~~\nunclosed\n```\ncode\n```",
                &["~~~~~~\nunclosed\n```\ncode\n```"],
            ),
            ("> ```\n> code\n> ```\nb", &["> ```\n> code\n> ```"]),
        ];
        for (text, expected) in cases {
            let code: Vec<&str> = marks(text)
                .into_iter()
                .filter(|&(kind, _)| kind == RemovalKind::Code)
                .map(|(_, code)| code)
                .collect();
            assert_eq!(code, expected, "{text:?}");
        }
        assert_eq!(
            marks("```\n[a](b)\n- c\n```"),
            [(RemovalKind::Code, "```\n[a](b)\n- c\n```")],
            "nothing inside a code block is markup"
        );
    }
}
