//! Stage 2: text → reading paragraphs. Works line by line on the decoded text and never changes
//! it: it finds what is not the author's running text (navigation menus, page headers, footnote
//! bodies spliced in by PDF extraction, footnote markers, duplicated teasers) and records each as
//! a `Removal` with its span; it marks title, front matter, abstracts and notes as `Section`s;
//! and it rejoins hard-wrapped lines into paragraphs, each a list of pieces of the original text.
//! What `decode` marked from the markup is applied first: navigation and the code blocks of a
//! file named .md are removed lines, its link addresses and images are cut out like footnote
//! markers, and its block markers are cut from the start of their lines, which then start
//! paragraphs.
//!
//! The rules are hand-written because no library knows the layout of Chinese PDF extractions;
//! each rule is named after the trap it handles, and tests/cleaning.rs shows each one at work.

use crate::decode::markdown_heading_level;
use crate::document::{Format, Removal, RemovalKind, Section, SectionSpan};
use crate::normalise::{is_cjk, steps_past_all_but};
use rustc_hash::FxHashMap;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
pub struct Cleaned {
    /// Non-body sections, in text order.
    pub sections: Vec<SectionSpan>,
    /// Everything set aside, in text order.
    pub removals: Vec<Removal>,
    pub paragraphs: Vec<Paragraph>,
}

/// A paragraph as it should be read: pieces of the original text, in order. Where two pieces
/// are separated by a line break, the break was a hard wrap and reads as nothing (between CJK
/// characters) or as one space (see `segment`).
#[derive(Debug, Clone, PartialEq)]
pub struct Paragraph {
    pub section: Section,
    pub pieces: Vec<Range<usize>>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Role {
    Blank,
    Removed,
    /// A heading: never joined to its neighbours.
    Heading,
    /// Starts a section and a paragraph (abstract, notes heading, front-matter field).
    Starts(Section),
    Text,
}

struct Line {
    /// Trimmed content.
    span: Range<usize>,
    /// The raw line began with white space: an indented paragraph start in PDF extractions.
    indented: bool,
    /// Characters in the trimmed content.
    width: usize,
    role: Role,
    /// Markdown starts a block here (a code block, a list item, a table row, a quote): no
    /// paragraph runs on into it from the line before.
    block_start: bool,
}

pub fn clean(text: &str, format: Format, marked: &[Removal]) -> Cleaned {
    let mut lines = split_lines(text);
    let mut removals: Vec<Removal> = Vec::new();
    remove_marked_lines(&mut lines, marked, &mut removals);
    let markers = cut_block_markers(text, &mut lines, marked);
    remove_navigation_menu(text, &mut lines, &mut removals);
    remove_teasers(text, &mut lines, &mut removals);
    let letter_footnotes = remove_footnote_bodies(text, &mut lines, &mut removals);
    assign_roles(text, format, &mut lines);
    remove_page_headers(text, &mut lines, &mut removals);

    let mut paragraphs = paragraphs(text, &lines);
    mark_foreign_abstract(text, &mut paragraphs);

    let mut inline: Vec<Removal> = marked
        .iter()
        .filter(|mark| mark.kind == RemovalKind::FootnoteMarker)
        .cloned()
        .collect();
    inline.extend(inside_pieces(
        &paragraphs,
        marked
            .iter()
            .filter(|mark| matches!(mark.kind, RemovalKind::LinkAddress | RemovalKind::Image)),
    ));
    // In the notes section ① and the like are the notes' labels, not markers to report.
    for paragraph in paragraphs.iter().filter(|p| p.section != Section::Notes) {
        for piece in &paragraph.pieces {
            footnote_markers(text, piece.clone(), letter_footnotes, &mut inline);
        }
    }
    inline.sort_by_key(|r| r.span.start);
    inline.dedup_by(|a, b| a.span.start < b.span.end);
    for paragraph in &mut paragraphs {
        paragraph.pieces = cut_out(&paragraph.pieces, &inline);
    }
    removals.extend(inline);
    removals.extend(
        markers
            .into_iter()
            .filter(|&(line, _)| lines[line].role != Role::Removed)
            .map(|(_, marker)| marker),
    );
    removals.sort_by_key(|r| r.span.start);
    paragraphs.retain(|p| !p.pieces.is_empty());

    Cleaned {
        sections: sections(&paragraphs),
        removals,
        paragraphs,
    }
}

fn within(inner: &Range<usize>, outer: &Range<usize>) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// Removes the lines inside the navigation (HTML) and the code blocks (Markdown) that `decode`
/// marked; a code block also ends the paragraph before it.
fn remove_marked_lines(lines: &mut [Line], marked: &[Removal], removals: &mut Vec<Removal>) {
    for mark in marked
        .iter()
        .filter(|mark| matches!(mark.kind, RemovalKind::Navigation | RemovalKind::Code))
    {
        // Lines are in text order: only those from the mark's start are looked at.
        let first = lines.partition_point(|line| line.span.start < mark.span.start);
        for line in lines[first..]
            .iter_mut()
            .take_while(|line| line.span.start <= mark.span.end)
            .filter(|line| within(&line.span, &mark.span))
        {
            line.role = Role::Removed;
            line.block_start = mark.kind == RemovalKind::Code;
        }
        removals.push(mark.clone());
    }
}

/// Cuts the Markdown block markers `decode` marked (in a .md file) from the start of their lines,
/// as indentation is. A list item or a table row starts a paragraph, and so does a quote unless
/// the line before was in the same quote (a hard-wrapped quote goes on); so does the first line
/// after a blank line that ended a block. A line that markers lead is no heading by its shape
/// (see `assign_roles`). Returns each marker with the index of its line, to be reported unless
/// the line is removed.
fn cut_block_markers(text: &str, lines: &mut [Line], marked: &[Removal]) -> Vec<(usize, Removal)> {
    let mut markers = marked
        .iter()
        .filter(|mark| mark.kind == RemovalKind::BlockMarker)
        .peekable();
    // Without markers no line is cut or starts a block: plain text is not looked through.
    if markers.peek().is_none() {
        return Vec::new();
    }
    let mut cut = Vec::new();
    // How many quotes deep the last line was, and whether it was in a block at all; a blank line
    // or a code block ends them, and a line without markers lazily goes on in them, as in
    // CommonMark.
    let (mut quotes, mut in_block, mut after_block) = (0, false, false);
    for (index, line) in lines.iter_mut().enumerate() {
        if line.role != Role::Text {
            quotes = 0;
            after_block |= in_block;
            in_block = false;
            continue;
        }
        while markers
            .next_if(|marker| marker.span.start < line.span.start)
            .is_some()
        {}
        let Some(marker) = markers.next_if(|marker| marker.span.start == line.span.start) else {
            line.block_start = after_block;
            after_block = false;
            continue;
        };
        (in_block, after_block) = (true, false);
        let written = &text[marker.span.clone()];
        let depth = written.matches('>').count();
        let only_quotes = written.chars().all(|c| c == '>' || c.is_whitespace());
        line.block_start = !only_quotes || depth != quotes;
        quotes = depth;
        line.span.start = line.span.end - text[marker.span.end..line.span.end].trim_start().len();
        line.width = text[line.span.clone()].chars().count();
        if line.span.is_empty() {
            line.role = Role::Blank;
        }
        cut.push((index, marker.clone()));
    }
    cut
}

/// The `marks` that start and end inside the paragraphs' pieces, the text that is read (an image
/// may go on over a line break, into the next piece).
fn inside_pieces<'a>(
    paragraphs: &[Paragraph],
    marks: impl Iterator<Item = &'a Removal>,
) -> Vec<Removal> {
    let mut marks = marks.peekable();
    if marks.peek().is_none() {
        return Vec::new();
    }
    let pieces: Vec<&Range<usize>> = paragraphs.iter().flat_map(|p| &p.pieces).collect();
    let starts_inside = |at: usize| {
        let piece = pieces.partition_point(|piece| piece.end <= at);
        pieces.get(piece).is_some_and(|piece| piece.start <= at)
    };
    let ends_inside = |at: usize| {
        let piece = pieces.partition_point(|piece| piece.end < at);
        pieces.get(piece).is_some_and(|piece| piece.start < at)
    };
    marks
        .filter(|mark| starts_inside(mark.span.start) && ends_inside(mark.span.end))
        .cloned()
        .collect()
}

fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let leading = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        let span = start + leading..start + leading + trimmed.len();
        lines.push(Line {
            indented: leading > 0,
            width: trimmed.chars().count(),
            role: if trimmed.is_empty() {
                Role::Blank
            } else {
                Role::Text
            },
            span,
            block_start: false,
        });
        start += raw.len();
    }
    lines
}

/// Characters that end a sentence, also when followed by closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    let line = line.trim_end_matches(['”', '’', '」', '』', '"', '\'', ')', '）', '*']);
    line.ends_with(['。', '！', '？', '!', '?', '.', '…', '；', ';', '：', ':'])
}

/// A line that starts a list item: a bullet and a space, or a number of one or two digits or a
/// single letter with a dot or bracket and a space ("2. ", "b) "). Items rarely end with a full
/// stop, and ran together into one sentence. Alone, the shape also fits wrapped prose ("the\nUK. It", "et\nal. (2011)"), so
/// `paragraphs` takes it as an item only in a list: after a finished sentence or another item,
/// or before another item.
fn starts_item(line: &str) -> bool {
    let line = line.trim_start();
    let bullet = ["•", "·", "▪", "◦", "●", "■", "-", "*", "–"]
        .iter()
        .any(|bullet| {
            line.strip_prefix(bullet)
                .is_some_and(|rest| rest.starts_with(' '))
        });
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let letter =
        usize::from(digits == 0 && line.bytes().next().is_some_and(|b| b.is_ascii_alphabetic()));
    let label = digits.max(letter);
    bullet
        || ((1..=2).contains(&label)
            && line[label..].starts_with(['.', ')'])
            && line[label + 1..].starts_with(' '))
}

/// Words a sentence does not end on: a page break after one of them is inside a sentence, even
/// when the next page starts with a capital ("agreed by the\n\nInternet community").
const GOES_ON: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "but", "to", "by", "for", "with", "in", "on", "at",
    "from", "into", "as", "that", "which", "who", "is", "are", "was", "were", "be", "its", "their",
    "our", "this", "these", "not",
];

/// After a blank line, English that starts with a capital (or a digit) begins a paragraph even
/// when the line before it did not end a sentence: headings, list items and slide-like notes
/// without full stops. A page break inside a sentence mostly goes on in lower case, or after a
/// word no sentence ends on (`GOES_ON`); one that goes on with a name after a noun is cut, the
/// price of the rule. Chinese gives no such sign, so there the blank line still waits for a
/// finished sentence.
fn starts_latin_paragraph(previous: &str, line: &str) -> bool {
    let previous = previous.trim_end();
    let last_word = previous
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    let ends_latin = !last_word.is_empty()
        && previous.ends_with(last_word)
        && !GOES_ON.contains(&last_word.to_ascii_lowercase().as_str());
    let starts_capital = line
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    ends_latin && starts_capital
}

/// The words a resolution's preambular paragraphs open with (UN drafting usage).
const PREAMBULAR_OPENERS: &[&str] = &[
    "Recalling",
    "Noting",
    "Recognizing",
    "Recognising",
    "Reaffirming",
    "Affirming",
    "Convinced",
    "Acknowledging",
    "Emphasizing",
    "Emphasising",
    "Stressing",
    "Underlining",
    "Highlighting",
    "Welcoming",
    "Bearing",
    "Having",
    "Considering",
    "Mindful",
    "Concerned",
    "Aware",
    "Taking",
    "Expressing",
    "Believing",
    "Desiring",
    "Determined",
    "Guided",
    "Deeply",
    "Alarmed",
    "Seeking",
];

/// A resolution's preambular paragraph: the line before ends on a comma or semicolon, and this
/// one opens with a preambular word ("Recalling", "Noting", "Convinced"). Each such paragraph
/// ends on a comma, so a preamble read as one sentence of thousands of characters. A closed list:
/// wrapped prose goes on after a comma with capitalised names ("civil society,\nUnited Nations
/// agencies").
fn starts_preambular_paragraph(previous: &str, line: &str) -> bool {
    // The line before is looked at first: few end on a comma or semicolon, and this runs on
    // every line of a document.
    previous.trim_end().ends_with([',', ';']) && {
        let first_word = line
            .trim_start()
            .split(|c: char| !c.is_ascii_alphabetic())
            .next()
            .unwrap_or("");
        PREAMBULAR_OPENERS.contains(&first_word)
    }
}

/// The next line with text, past blank and removed ones.
fn next_text<'t>(text: &'t str, lines: &[Line]) -> Option<&'t str> {
    lines
        .iter()
        .find(|line| !matches!(line.role, Role::Blank | Role::Removed))
        .map(|line| &text[line.span.clone()])
}

fn has_punctuation(line: &str) -> bool {
    line.chars().any(|c| {
        matches!(
            c,
            '。' | '，' | ',' | '！' | '？' | '；' | ';' | '!' | '?' | '：' | ':' | '.'
        )
    })
}

/// A site menu: three or more short lines without punctuation at the very top of the page,
/// plus the page's metadata line (date, source, view count) that follows it.
fn remove_navigation_menu(text: &str, lines: &mut [Line], removals: &mut Vec<Removal>) {
    let mut menu: Option<Range<usize>> = None;
    let mut count = 0;
    for line in lines.iter_mut() {
        let content = &text[line.span.clone()];
        match line.role {
            Role::Blank => continue,
            Role::Removed => break,
            _ => {}
        }
        let item = content.trim_start_matches(['-', '*', '+', '|', '·', '•', ' ']);
        if item.chars().count() <= 12 && !has_punctuation(item) {
            count += 1;
            menu = Some(menu.map_or(line.span.clone(), |m| m.start..line.span.end));
        } else {
            break;
        }
    }
    if let Some(span) = menu.filter(|_| count >= 3) {
        for line in lines.iter_mut().filter(|l| within(&l.span, &span)) {
            line.role = Role::Removed;
        }
        removals.push(Removal {
            kind: RemovalKind::Navigation,
            span,
        });
    }
    for line in lines.iter_mut().filter(|l| l.role == Role::Text).take(3) {
        let content = &text[line.span.clone()];
        let source = content.contains("来源") || content.contains("來源");
        let counter = ["浏览", "瀏覽", "阅读", "閱讀", "点击", "點擊"]
            .iter()
            .any(|word| content.contains(word));
        if source && counter && line.width <= 80 {
            line.role = Role::Removed;
            removals.push(Removal {
                kind: RemovalKind::Navigation,
                span: line.span.clone(),
            });
        }
    }
}

/// A site's teaser: one of the first lines of the page that a later line repeats or extends
/// (the excerpt shown above the full text). The earlier copy goes.
fn remove_teasers(text: &str, lines: &mut [Line], removals: &mut Vec<Removal>) {
    const TOP_LINES: usize = 20;
    let text_lines: Vec<usize> = (0..lines.len())
        .filter(|&i| lines[i].role == Role::Text)
        .collect();
    for (position, &index) in text_lines.iter().enumerate().take(TOP_LINES) {
        let content = &text[lines[index].span.clone()];
        let repeated = lines[index].width >= 20
            && text_lines[position + 1..]
                .iter()
                .any(|&later| text[lines[later].span.clone()].starts_with(content));
        if repeated {
            lines[index].role = Role::Removed;
            removals.push(Removal {
                kind: RemovalKind::Duplicate,
                span: lines[index].span.clone(),
            });
        }
    }
}

/// The label of a footnote body at the start of a line: `a　`, `*  `, `<sup>\*</sup> `;
/// `Some(true)` when the label is a letter.
fn footnote_label(content: &str) -> Option<bool> {
    let mut chars = content.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    if first.is_ascii_lowercase() && rest.starts_with('\u{3000}') {
        return Some(true);
    }
    let starred = ["*", "∗", "<sup>\\*</sup>", "<sup>*</sup>"]
        .iter()
        .find_map(|label| content.strip_prefix(label));
    let is_note = starred.is_some_and(|rest| {
        rest.starts_with(char::is_whitespace) && rest.trim_start().starts_with(is_cjk)
    });
    is_note.then_some(false)
}

/// Publication notes a journal prints in the page footer; PDF extraction splices them into the
/// middle of a sentence.
fn is_page_footer_note(content: &str) -> bool {
    const FIELDS: [&str; 5] = ["收稿日期", "基金项目", "作者简介", "基金項目", "作者簡介"];
    if FIELDS.iter().any(|field| content.starts_with(field)) {
        return true;
    }
    // The next author's biography: `余丽,女,郑州大学…`: a name of two to four characters, the
    // sex, each followed by a comma. Only the first five characters are searched for the first.
    let is_comma = |c: char| c == ',' || c == '，';
    let Some((name_chars, (comma_at, comma))) = content
        .char_indices()
        .take(5)
        .enumerate()
        .find(|(_, (_, c))| is_comma(*c))
    else {
        return false;
    };
    let rest = &content[comma_at + comma.len_utf8()..];
    (2..=4).contains(&name_chars)
        && rest
            .strip_prefix(['男', '女'])
            .is_some_and(|rest| rest.starts_with(is_comma))
}

/// Removes footnote bodies and page-footer notes with their continuation lines. Returns whether
/// letter-labelled footnotes were found, which makes stray letters in the text footnote markers.
fn remove_footnote_bodies(text: &str, lines: &mut [Line], removals: &mut Vec<Removal>) -> bool {
    let mut letter_labels = false;
    let mut index = 0;
    while index < lines.len() {
        let content = &text[lines[index].span.clone()];
        let label = footnote_label(content);
        if lines[index].role != Role::Text || (label.is_none() && !is_page_footer_note(content)) {
            index += 1;
            continue;
        }
        letter_labels |= label == Some(true);
        let mut span = lines[index].span.clone();
        lines[index].role = Role::Removed;
        // A note wraps onto at most two more lines, until it ends with a full stop.
        let mut continued = 0;
        let mut next = index + 1;
        while continued < 2 && !ends_sentence(&text[span.clone()]) {
            while next < lines.len() && lines[next].role == Role::Blank {
                next += 1;
            }
            let Some(line) = lines.get_mut(next) else {
                break;
            };
            let content = &text[line.span.clone()];
            if line.role != Role::Text
                || footnote_label(content).is_some()
                || is_page_footer_note(content)
            {
                break;
            }
            line.role = Role::Removed;
            span.end = line.span.end;
            continued += 1;
            next += 1;
        }
        removals.push(Removal {
            kind: RemovalKind::FootnoteBody,
            span,
        });
        index = next;
    }
    letter_labels
}

/// `一、`, `（二）`, `3.`, `1、` at the start of a short line.
fn is_numbered_heading(line: &Line, text: &str) -> bool {
    const NUMERALS: [char; 10] = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    let content = &text[line.span.clone()];
    // Told by the first character for most lines: this runs on every line of a document.
    let numbered = content.starts_with(|c: char| {
        matches!(c, '（' | '(') || c.is_ascii_digit() || NUMERALS.contains(&c)
    });
    let short = line.width <= 40 && !content.trim_end().ends_with(['。', '；', ';']);
    if !numbered || !short {
        return false;
    }
    let chinese = content
        .trim_start_matches(['（', '('])
        .trim_start_matches(NUMERALS);
    let arabic = content.trim_start_matches(|c: char| c.is_ascii_digit());
    (chinese.len() < content.len() && chinese.starts_with(['、', '）', ')']))
        || (arabic.len() < content.len()
            && arabic.starts_with(['.', '、'])
            && !arabic.chars().nth(1).is_some_and(|c| c.is_ascii_digit()))
}

/// The field name a front-matter line starts with, after Markdown emphasis.
fn front_matter_field(content: &str) -> bool {
    const FIELDS: [&str; 14] = [
        "关键词",
        "关键字",
        "關鍵詞",
        "中图分类号",
        "文献标识码",
        "文章编号",
        "责任编辑",
        "Key words",
        "Keywords",
        "Key Words",
        "DOI",
        "doi",
        "JEL",
        "【",
    ];
    let content = content.trim_start_matches(['*', ' ']);
    FIELDS.iter().any(|field| content.starts_with(field))
        && (!content.starts_with('【') || content.ends_with('】'))
}

fn is_abstract_start(content: &str) -> bool {
    const STARTS: [&str; 4] = ["摘要", "内容提要", "提要", "abstract"];
    let content = content.trim_start_matches(['*', ' ', '【', '[']);
    // The characters but white space (`摘 要`, `A b s t r a c t`), compared without collecting
    // them: this runs on every line of a document, and most lines are told by the first alone.
    let mut compact = content
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase());
    let Some(first) = compact.next() else {
        return false;
    };
    STARTS.iter().any(|start| {
        let (mut start, mut rest) = (start.chars(), compact.clone());
        start.next() == Some(first) && start.all(|c| rest.next() == Some(c))
    })
}

fn is_notes_heading(content: &str) -> bool {
    const HEADINGS: [&str; 12] = [
        "注释",
        "註釋",
        "注",
        "参考文献",
        "參考文獻",
        "注释与参考文献",
        "references",
        "notes",
        "bibliography",
        "works cited",
        "endnotes",
        "参考资料",
    ];
    let bare = content
        .trim_start_matches(['#', '*', ' '])
        .trim_end_matches(['*', ':', '：', ' ']);
    // Lower case never shortens a text in characters, so a line of more than 12 characters (48
    // bytes at most) cannot become a heading: skip lower-casing every line of a long document.
    bare.len() <= 48 && HEADINGS.contains(&bare.to_lowercase().as_str())
}

fn assign_roles(text: &str, format: Format, lines: &mut [Line]) {
    let mut widths: Vec<usize> = lines
        .iter()
        .filter(|l| l.role == Role::Text)
        .map(|l| l.width)
        .collect();
    widths.sort_unstable();
    let typical_width = widths.get(widths.len() / 2).copied().unwrap_or(0);
    let mut previous_ends_sentence = true;
    for line in lines.iter_mut() {
        if line.role != Role::Text {
            continue;
        }
        let content = &text[line.span.clone()];
        let width = line.width;
        line.role = if is_notes_heading(content) {
            Role::Starts(Section::Notes)
        } else if is_abstract_start(content) {
            Role::Starts(Section::Abstract)
        } else if front_matter_field(content) {
            Role::Starts(Section::FrontMatter)
        } else if (format == Format::Markdown && markdown_heading_level(content).is_some())
            || (!line.block_start
                && (is_numbered_heading(line, text)
                    // A line much shorter than the page width, at a paragraph start, without
                    // punctuation.
                    || (previous_ends_sentence
                        && width * 10 <= typical_width * 7
                        && width <= 40
                        && !content.contains(['，', ',', '。'])
                        && !ends_in_hyphenation(content))))
        {
            Role::Heading
        } else {
            Role::Text
        };
        previous_ends_sentence = line.role != Role::Text || ends_sentence(content);
    }
}

/// A line that ends in a word broken by a hyphen ("We firmly support the multi-") goes on in the
/// next: it is no heading.
fn ends_in_hyphenation(line: &str) -> bool {
    line.trim_end()
        .strip_suffix('-')
        .is_some_and(|before| before.ends_with(|c: char| c.is_ascii_alphabetic()))
}

/// A running page header (the article's title printed atop each page) that PDF extraction put
/// between two halves of a sentence: a short `Title：Subtitle` line standing alone (blank line
/// before it, a blank or indented line after it) after a line that does not end a sentence; or
/// any short line without punctuation that occurs more than once. The title-shaped line between
/// two finished paragraphs is a heading instead.
fn remove_page_headers(text: &str, lines: &mut [Line], removals: &mut Vec<Removal>) {
    const SHORT_LINE: usize = 30;
    // Only short lines are looked up (see below), and a line's width comes with its content.
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    for line in lines
        .iter()
        .filter(|l| matches!(l.role, Role::Text | Role::Heading) && l.width <= SHORT_LINE)
    {
        *counts.entry(&text[line.span.clone()]).or_insert(0) += 1;
    }
    let mut previous: Option<Range<usize>> = None;
    let mut headers = Vec::new();
    let mut headings = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        if !matches!(line.role, Role::Text | Role::Heading) {
            continue;
        }
        let content = &text[line.span.clone()];
        // Only short lines are headers or headings; the tests below are for them alone.
        if line.width > SHORT_LINE {
            previous = Some(line.span.clone());
            continue;
        }
        // Standing alone is checked first: it is cheap, and a title shape matters only then.
        let alone = index > 0
            && lines[index - 1].role == Role::Blank
            && lines
                .get(index + 1)
                .is_none_or(|next| next.role == Role::Blank || next.indented);
        let title_shaped = alone
            && content.matches(['：', ':']).count() == 1
            && !content.ends_with(['：', ':'])
            && !content.contains(['。', '，', ',', '、', '；', '！', '？']);
        let mid_sentence = previous
            .as_ref()
            .is_some_and(|p| !ends_sentence(&text[p.clone()]));
        let repeated = counts.get(content).is_some_and(|&n| n > 1) && !has_punctuation(content);
        if (title_shaped && alone && mid_sentence) || repeated {
            headers.push(index);
        } else if title_shaped && alone {
            // The same shape between two paragraphs reads as a heading: keep it, unjoined.
            headings.push(index);
            previous = Some(line.span.clone());
        } else {
            previous = Some(line.span.clone());
        }
    }
    for index in headings {
        lines[index].role = Role::Heading;
    }
    for index in headers {
        lines[index].role = Role::Removed;
        removals.push(Removal {
            kind: RemovalKind::PageHeader,
            span: lines[index].span.clone(),
        });
    }
    removals.sort_by_key(|r| r.span.start);
}

/// Joins lines into paragraphs. A line continues the paragraph unless a blank line or an indent
/// follows a finished sentence, it starts a Markdown block, a list item, a preambular paragraph
/// or (after a blank line) an English paragraph, or either line is a heading or starts a section.
/// Removed lines are skipped, so a sentence cut by a spliced footnote is whole again; but not a
/// code block.
fn paragraphs(text: &str, lines: &[Line]) -> Vec<Paragraph> {
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    let mut section = Section::Body;
    let mut open = false;
    let mut blank_before = false;
    let mut before_body = true;
    for (index, line) in lines.iter().enumerate() {
        let content = &text[line.span.clone()];
        match line.role {
            Role::Blank => {
                blank_before = true;
                continue;
            }
            Role::Removed => {
                open &= !line.block_start;
                continue;
            }
            Role::Heading => {
                if section != Section::Notes {
                    section = if before_body && !is_numbered_heading(line, text) {
                        Section::Title
                    } else {
                        Section::Body
                    };
                }
                paragraphs.push(Paragraph {
                    section,
                    pieces: vec![line.span.clone()],
                });
                open = false;
            }
            Role::Starts(kind) => {
                if section != Section::Notes || kind == Section::Abstract {
                    section = kind;
                }
                paragraphs.push(Paragraph {
                    section,
                    pieces: vec![line.span.clone()],
                });
                // The notes heading is a heading; an abstract or field may wrap onto more lines.
                open = kind != Section::Notes;
            }
            Role::Text => {
                let previous_end = paragraphs
                    .last()
                    .and_then(|p| p.pieces.last())
                    .map(|piece| &text[piece.clone()]);
                let finished = previous_end.is_none_or(ends_sentence);
                let in_list = || {
                    finished
                        || previous_end.is_some_and(starts_item)
                        || next_text(text, &lines[index + 1..]).is_some_and(starts_item)
                };
                let fresh = line.block_start
                    || (starts_item(content) && in_list())
                    || (blank_before
                        && previous_end.is_some_and(|end| starts_latin_paragraph(end, content)))
                    || previous_end.is_some_and(|end| starts_preambular_paragraph(end, content));
                if open && !fresh && !((blank_before || line.indented) && finished) {
                    if let Some(paragraph) = paragraphs.last_mut() {
                        paragraph.pieces.push(line.span.clone());
                    }
                } else {
                    if matches!(section, Section::Title | Section::FrontMatter)
                        || (section == Section::Abstract && finished)
                    {
                        section = Section::Body;
                    }
                    paragraphs.push(Paragraph {
                        section,
                        pieces: vec![line.span.clone()],
                    });
                }
                open = true;
            }
        }
        before_body &= matches!(section, Section::Title | Section::FrontMatter);
        blank_before = false;
        // A title's author line is front matter: short, names separated by spaces, no punctuation.
        if let [.., title, authors] = paragraphs.as_mut_slice() {
            let names = line.width <= 12
                && content.contains(char::is_whitespace)
                && !has_punctuation(content);
            if title.section == Section::Title && authors.pieces.len() == 1 && names {
                authors.section = Section::FrontMatter;
                section = Section::Body;
            }
        }
    }
    paragraphs
}

/// The English title, authors, abstract and keywords of a Chinese paper are one section: every
/// paragraph without Chinese characters next to an English abstract.
fn mark_foreign_abstract(text: &str, paragraphs: &mut [Paragraph]) {
    let has_han: Vec<bool> = paragraphs
        .iter()
        .map(|p| {
            p.pieces
                .iter()
                .any(|piece| text[piece.clone()].contains(is_cjk))
        })
        .collect();
    let han_paragraphs = has_han.iter().filter(|&&han| han).count();
    if han_paragraphs * 2 < paragraphs.len() {
        return;
    }
    // Each run of paragraphs without Chinese, taken whole when one of them is an abstract.
    let mut start = 0;
    while start < paragraphs.len() {
        let end = start + has_han[start..].iter().take_while(|&&han| !han).count();
        let run = &mut paragraphs[start..end];
        if run.iter().any(|p| p.section == Section::Abstract) {
            for paragraph in run {
                paragraph.section = Section::Abstract;
            }
        }
        start = end + 1;
    }
}

fn is_footnote_symbol(ch: char) -> bool {
    matches!(ch as u32,
        0x2460..=0x2473 // ①–⑳
        | 0x2474..=0x2487 // ⑴–⒇
        | 0x3251..=0x325F // ㉑–㉟
        | 0x32B1..=0x32BF // ㊱–㊿
        | 0x00B9 | 0x00B2 | 0x00B3 | 0x2070..=0x209F // superscript digits
        | 0x1D43..=0x1D5B // superscript letters
        | 0x2217) // ∗
}

/// Steps past the characters that cannot start a footnote marker (see `footnote_markers`): all
/// but `<`, `[` and the first bytes C2 and E1–E3 of footnote symbols.
const STEPS_PAST_NON_MARKERS: [u8; 256] = steps_past_all_but(b"<[\xC2\xE1\xE2\xE3");
/// The same when lone lower-case letters may be markers too.
const STEPS_PAST_NON_MARKERS_AND_LETTERS: [u8; 256] =
    steps_past_all_but(b"<[\xC2\xE1\xE2\xE3abcdefghijklmnopqrstuvwxyz");

/// Inline footnote markers in `text[piece]`: `<sup>…</sup>`, circled and superscript numbers,
/// `[3]`-style citations, and (when the document has letter-labelled notes) a lone Latin letter
/// spliced between Chinese characters (`。a国家主席`).
fn footnote_markers(
    text: &str,
    piece: Range<usize>,
    letter_footnotes: bool,
    out: &mut Vec<Removal>,
) {
    let content = &text[piece.clone()];
    let mut push = |span: Range<usize>| {
        out.push(Removal {
            kind: RemovalKind::FootnoteMarker,
            span: piece.start + span.start..piece.start + span.end,
        })
    };
    // A marker starts with `<`, `[`, a lower-case letter or a footnote symbol, whose UTF-8 lead
    // bytes are C2 and E1–E3: other characters (Han characters lead with E4–E9) are stepped over
    // by their first byte without decoding them, by a table of how far to step (0 for a byte
    // that may start a marker). Every byte tested is a character's first.
    let steps = if letter_footnotes {
        &STEPS_PAST_NON_MARKERS_AND_LETTERS
    } else {
        &STEPS_PAST_NON_MARKERS
    };
    let bytes = content.as_bytes();
    let mut at = 0;
    // Where the first `</sup>` at or after the last opening tag is, once looked for.
    let mut next_close: Option<Option<usize>> = None;
    while at < bytes.len() {
        let step = steps[usize::from(bytes[at])];
        if step > 0 {
            at += usize::from(step);
            continue;
        }
        let rest = &content[at..];
        let ch = rest.chars().next().unwrap_or_default();
        let end = if ch == '<' && starts_with_ignoring_case(rest, "<sup>") {
            // The next closing tag is looked for once, not again from each opening tag.
            if next_close.is_none_or(|close| close.is_some_and(|close| close < at)) {
                next_close = Some(find_ignoring_case(content, at, "</sup>"));
            }
            Some(
                next_close
                    .flatten()
                    .map_or(at + "<sup>".len(), |close| close + "</sup>".len()),
            )
        } else if is_footnote_symbol(ch) {
            let symbols = rest
                .find(|c: char| !is_footnote_symbol(c))
                .unwrap_or(rest.len());
            Some(at + symbols)
        } else if ch == '[' {
            // A marker's number is at most 12 bytes long: nothing farther is looked at.
            rest.bytes()
                .skip(1)
                .take(13)
                .position(|byte| byte == b']')
                .filter(|&len| len > 0)
                .filter(|&len| {
                    rest[1..1 + len]
                        .chars()
                        .all(|c| c.is_ascii_digit() || matches!(c, ',' | '，' | '-' | '–' | ' '))
                        && rest[1..].starts_with(|c: char| c.is_ascii_digit())
                })
                .map(|len| at + len + 2)
        } else {
            None
        };
        if let Some(end) = end {
            push(at..end);
            at = end;
            continue;
        }
        // Only after a multi-byte character (whose last byte is 0x80 or more) can a letter
        // follow Chinese: a letter inside a Latin word is passed without decoding its neighbours.
        if letter_footnotes && ch.is_ascii_lowercase() && at > 0 && bytes[at - 1] >= 0x80 {
            let before = content[..at].chars().next_back();
            let after = rest[1..].chars().next();
            let cjk_before = before.is_some_and(is_cjk);
            let free_after = after.is_none_or(|c| is_cjk(c) || c.is_whitespace());
            if cjk_before && free_after {
                push(at..at + 1);
            }
        }
        at += ch.len_utf8();
    }
}

/// Whether `text` starts with the ASCII `tag` in any case (`<sup>`, `<SUP>`).
fn starts_with_ignoring_case(text: &str, tag: &str) -> bool {
    text.as_bytes()
        .get(..tag.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(tag.as_bytes()))
}

/// The byte offset of the first ASCII `tag`, in any case, in `text[from..]`.
fn find_ignoring_case(text: &str, from: usize, tag: &str) -> Option<usize> {
    text[from..]
        .match_indices('<')
        .map(|(at, _)| from + at)
        .find(|&at| starts_with_ignoring_case(&text[at..], tag))
}

/// `pieces` minus the `removals` (sorted) inside them.
fn cut_out(pieces: &[Range<usize>], removals: &[Removal]) -> Vec<Range<usize>> {
    let mut result = Vec::with_capacity(pieces.len());
    for piece in pieces {
        let mut start = piece.start;
        let first = removals.partition_point(|r| r.span.end <= piece.start);
        for removal in removals[first..]
            .iter()
            .take_while(|r| r.span.start < piece.end)
        {
            if removal.span.start > start {
                result.push(start..removal.span.start);
            }
            start = start.max(removal.span.end);
        }
        if start < piece.end {
            result.push(start..piece.end);
        }
    }
    result
}

fn sections(paragraphs: &[Paragraph]) -> Vec<SectionSpan> {
    let mut sections: Vec<SectionSpan> = Vec::new();
    let mut previous = Section::Body;
    for paragraph in paragraphs {
        let span = paragraph.pieces[0].start..paragraph.pieces[paragraph.pieces.len() - 1].end;
        match sections.last_mut() {
            _ if paragraph.section == Section::Body => {}
            Some(last) if previous == paragraph.section => last.span.end = span.end,
            _ => sections.push(SectionSpan {
                kind: paragraph.section,
                span,
            }),
        }
        previous = paragraph.section;
    }
    sections
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(Section, String)> {
        shown(text, &clean(text, Format::Plain, &[]))
    }

    /// Each paragraph of `cleaned` as its section and its pieces of `text` joined by `|`.
    fn shown(text: &str, cleaned: &Cleaned) -> Vec<(Section, String)> {
        cleaned
            .paragraphs
            .iter()
            .map(|p| {
                let pieces: Vec<&str> = p.pieces.iter().map(|r| &text[r.clone()]).collect();
                (p.section, pieces.join("|"))
            })
            .collect()
    }

    #[test]
    fn wrapped_lines_join_and_finished_paragraphs_do_not() {
        let text = "第一段的前半\n后半。\n\n第二段在页末断\n\n开了。\n 缩进的新段。";
        assert_eq!(
            read(text),
            [
                (Section::Body, "第一段的前半|后半。".to_owned()),
                (Section::Body, "第二段在页末断|开了。".to_owned()),
                (Section::Body, "缩进的新段。".to_owned()),
            ]
        );
    }

    /// Paragraphs of `text` read as a file named `name`, as `read` shows them.
    fn read_file(name: &str, text: &str) -> Vec<(Section, String)> {
        let decoded = crate::decode::decode(name, text.as_bytes()).unwrap();
        shown(text, &clean(text, decoded.format, &decoded.marked))
    }

    #[test]
    fn markdown_blocks_start_paragraphs_and_a_quote_goes_on() {
        let body = |paragraphs: &[&str]| -> Vec<(Section, String)> {
            paragraphs
                .iter()
                .map(|p| (Section::Body, (*p).to_owned()))
                .collect()
        };
        let cases: [(&str, &[&str]); 9] = [
            (
                "> 网络主权是国家\n> 主权的延伸",
                &["网络主权是国家|主权的延伸"],
            ),
            (
                "> 网络主权是国家\n> > 主权的延伸",
                &["网络主权是国家", "主权的延伸"],
            ),
            (
                "> 网络主权是国家\n主权的延伸",
                &["网络主权是国家|主权的延伸"],
            ),
            (
                "> 网络主权是国家\n>\n> 主权的延伸",
                &["网络主权是国家|主权的延伸"],
            ),
            (
                "> 网络主权是国家\n\n> 主权的延伸",
                &["网络主权是国家", "主权的延伸"],
            ),
            (
                "- 网络主权是国家\n\n主权的延伸",
                &["网络主权是国家", "主权的延伸"],
            ),
            (
                "网络主权是国家\n\n主权的延伸",
                &["网络主权是国家|主权的延伸"],
            ),
            (
                "网络主权是国家\n- 主权的延伸",
                &["网络主权是国家", "主权的延伸"],
            ),
            (
                "网络主权是国家\n```\ncode\n```\n主权的延伸",
                &["网络主权是国家", "主权的延伸"],
            ),
        ];
        for (text, paragraphs) in cases {
            assert_eq!(read_file("t.md", text), body(paragraphs), "{text:?}");
        }
    }

    #[test]
    fn an_image_over_two_lines_is_cut_out_whole() {
        assert_eq!(
            read_file(
                "t.md",
                "各方都认为，网络主权是![国家\n主权](a.png)国家主权的延伸"
            ),
            [(
                Section::Body,
                "各方都认为，网络主权是|国家主权的延伸".to_owned()
            )]
        );
    }

    #[test]
    fn a_line_markers_lead_is_no_heading_by_its_shape() {
        // Short, without punctuation, at the top: read as the title without its marker.
        let text = "- 產品\n\n网络空间是人类共同的活动空间，各国应当加强沟通、扩大共识、深化合作。";
        assert_eq!(
            read_file("t.md", text)[0],
            (Section::Body, "產品".to_owned())
        );
        assert_eq!(read_file("t.txt", text)[0].0, Section::Title);
    }

    #[test]
    fn link_addresses_in_removed_lines_are_not_reported_twice() {
        let text = "# 标题\n\n收稿日期:2020-09-29 <https://example.org/a>。\n\n正文见<https://example.org/b>。";
        let decoded = crate::decode::decode("t.md", text.as_bytes()).unwrap();
        let removals: Vec<(RemovalKind, &str)> = clean(text, decoded.format, &decoded.marked)
            .removals
            .iter()
            .map(|r| (r.kind, &text[r.span.clone()]))
            .collect();
        assert_eq!(
            removals,
            [
                (
                    RemovalKind::FootnoteBody,
                    "收稿日期:2020-09-29 <https://example.org/a>。"
                ),
                (RemovalKind::LinkAddress, "<https://example.org/b>"),
            ]
        );
    }

    #[test]
    fn markers_are_cut_out_of_pieces() {
        let text = "主权①原则[3]适用。";
        assert_eq!(read(text), [(Section::Body, "主权|原则|适用。".to_owned())]);
    }

    #[test]
    fn every_footnote_symbol_is_found_between_han_characters() {
        // The byte scan in `footnote_markers` must see every symbol `is_footnote_symbol` accepts.
        for ch in (0..=0x1FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| is_footnote_symbol(c))
        {
            let text = format!("主权{ch}原则 b");
            let mut found = Vec::new();
            footnote_markers(&text, 0..text.len(), true, &mut found);
            let spans: Vec<&str> = found.iter().map(|r| &text[r.span.clone()]).collect();
            assert_eq!(spans, [ch.to_string().as_str()], "U+{:04X}", ch as u32);
        }
    }

    #[test]
    fn numbered_headings_are_recognised() {
        let is_numbered_heading = |text: &str| is_numbered_heading(&split_lines(text)[0], text);
        for heading in [
            "一、前言",
            "（二）战略原则",
            "(三)结语",
            "十、展望",
            "1. 尊重网络主权",
            "3、合作",
        ] {
            assert!(is_numbered_heading(heading), "{heading}");
        }
        for text in ["2020年以来，各国。", "1.5倍的增长", "一些国家"] {
            assert!(!is_numbered_heading(text), "{text}");
        }
    }

    /// Spaced out, bracketed or emphasised; and not a line that merely starts like one.
    #[test]
    fn abstract_starts_are_recognised() {
        for start in [
            "摘 要：当前",
            "**摘要:**当前",
            "【内容提要】",
            "提要",
            "A b s t r a c t",
            "**Abstract:** At",
            "[ABSTRACT]",
            "*\u{3000}摘要",
        ] {
            assert!(is_abstract_start(start), "{start}");
        }
        for text in ["摘取果实", "内容丰富", "Abs tr", "abs", "", "　", "要摘"] {
            assert!(!is_abstract_start(text), "{text}");
        }
    }

    #[test]
    fn page_footer_notes_are_recognised() {
        assert!(is_page_footer_note("收稿日期:2020-09-29"));
        assert!(is_page_footer_note("余丽,女,郑州大学教授。"));
        assert!(!is_page_footer_note("各国,包括中国,都主张。"));
    }
}
