//! Stage 5, before the context: who wrote a document, when its heading says so. Governments and
//! organisations speak of themselves in the third person ("U.S. Government Submission for
//! NETmundial … The Government of the United States of America believes that…", 美国政府关于…的立场
//! … 美国认为…), and the context would read their own positions as another actor's. When the
//! author is one of the actors the context knows (`AUTHOR_ACTORS`), its name speaks in the
//! author's own voice in that document (see `context`).
//!
//! The heading is the document's first `HEADING_LINES` lines that are not blank. A line names its
//! author only when it is worded as a heading (no sentence end; at most `HEADING_WORDS` words, or
//! `HEADING_CHARACTERS` characters in Chinese) and begins with authorship wording:
//! - English: "<author> Submission / Contribution / Statement / Position (paper) / Comments /
//!   Proposal / Input" ("U.S. Government Submission for …", "China's Position on …"), or
//!   "Submission / Contribution / Statement / … (of | by | from) <author>" and "Submitted by
//!   <author>", the author's name running to the end of the line, to a preposition (to, on, for…)
//!   or to "and";
//! - Chinese: "<author>关于…的立场 / 意见 / 提案 / 建议 / 声明" (the noun ends the line),
//!   "<author>(的)立场(文件)" and "<author>提交".
//!
//! The author's name is the actor's name with government wording around it ("The Government of
//! the United States of America", "People's Republic of China", 美国政府). A title that names an
//! actor as its topic ("U.S. Internet strategy and its critics", 中美网络空间大国关系,
//! 美国关于网络主权的立场及其演变) names no author, nor does an organisation named after a country
//! ("United States Telecom Association Submission").

/// Non-blank lines at the start of a document read as its heading: a title, a subtitle, a
/// meeting's name and date before a "Submission by …" line. Farther down, "the submission of the
/// United States" is more likely someone else's paper spoken of in the body.
const HEADING_LINES: usize = 6;
/// Bytes of the document read for its heading at most, in whole lines: a text whose first line is
/// a whole paragraph costs no more than one with a short title.
const HEADING_BYTES: usize = 1000;
/// Words of an English heading line at most: a longer line is a paragraph, not a title.
const HEADING_WORDS: usize = 25;
/// Characters of a Chinese heading line at most.
const HEADING_CHARACTERS: usize = 60;
/// What ends an English sentence, and so tells a line of the body from a heading. The matching
/// form has the ASCII marks for the full-width ones.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '。'];
/// Marks of a Chinese sentence anywhere in a line, which a heading has none of (、 and ： it may
/// have).
const CHINESE_SENTENCE_MARKS: &[char] = &['。', ',', ';', '!', '?'];

/// The actors a document can be written by: a name, then the forms a heading names it by. The
/// forms that are actor terms of the context (`ACTOR_TERMS` there) speak in the author's own voice
/// in a document it wrote; the others (the adjective, U.S.) are only read in headings.
pub const AUTHOR_ACTORS: &[(&str, &[&str])] = &[
    (
        "united states",
        &[
            "united states",
            "the united states",
            "the us",
            "us government",
            "washington",
            "u.s.",
            "usa",
            "america",
            "american",
            "美国",
            "美方",
            "美国政府",
        ],
    ),
    (
        "china",
        &["china", "chinese", "prc", "中国", "中方", "中华人民共和国"],
    ),
    ("russia", &["russia", "russian", "俄罗斯", "俄方"]),
];

/// Words that may stand around an actor's name in its author's name ("the Government of the
/// United States of America", "People's Republic of China", "Russian Federation").
const NAME_WORDS: &[&str] = &[
    "the",
    "government",
    "of",
    "federal",
    "federation",
    "republic",
    "people",
    "s",
    "delegation",
    "administration",
    "permanent",
    "mission",
];
/// What an author calls its paper.
const AUTHORSHIP_NOUNS: &[&str] = &[
    "submission",
    "submissions",
    "contribution",
    "contributions",
    "statement",
    "position",
    "comments",
    "proposal",
    "proposals",
    "input",
    "views",
];
/// What may follow an authorship noun in a heading ("position paper").
const AUTHORSHIP_NOUN_TAILS: &[&str] = &["paper", "document"];
/// What comes before the author after a noun-first heading ("Submission by …").
const BY_WORDS: &[&str] = &["of", "by", "from"];
/// A heading's first word that names its author after a `BY_WORDS` word, without an authorship
/// noun ("Submitted by …").
const SUBMITTED: &str = "submitted";
/// Words that may end an author's name or a heading's authorship noun: the rest of a title
/// ("Submission for NETmundial", "Contribution from China to the meeting").
const TITLE_LINKS: &[&str] = &[
    "for",
    "to",
    "on",
    "at",
    "in",
    "regarding",
    "concerning",
    "about",
    "towards",
    "and",
];
/// Words of government around an actor's name in Chinese (美国政府, 俄罗斯联邦).
const CHINESE_NAME_WORDS: &[&str] = &["政府", "代表团", "联邦"];
/// What an author calls its paper in Chinese: after 关于…的 they end the heading.
const CHINESE_AUTHORSHIP_NOUNS: &[&str] =
    &["立场文件", "立场", "意见书", "意见", "提案", "建议", "声明"];
/// After the author's name, a heading is about what the author did: 提交 (submitted).
const CHINESE_SUBMITTED: &str = "提交";
/// After the author's name, the start of what its paper is about: 关于…的立场.
const CHINESE_ABOUT: &str = "关于";

/// The actors a document is written by, as bits over `AUTHOR_ACTORS`; none by default.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
pub struct Author(u32);

impl Author {
    pub fn is_none(self) -> bool {
        self.0 == 0
    }

    /// Whether `AUTHOR_ACTORS[actor]` is one of the authors.
    pub fn includes(self, actor: usize) -> bool {
        self.0 & (1 << actor) != 0
    }

    fn of(actor: usize) -> Author {
        Author(1 << actor)
    }

    fn and(self, other: Author) -> Author {
        Author(self.0 | other.0)
    }

    /// The authors' names, as `AUTHOR_ACTORS` gives them: the report shows whom a heading named.
    pub fn names(self) -> Vec<&'static str> {
        AUTHOR_ACTORS
            .iter()
            .enumerate()
            .filter(|&(actor, _)| self.includes(actor))
            .map(|(_, &(name, _))| name)
            .collect()
    }
}

impl std::fmt::Debug for Author {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.names()).finish()
    }
}

/// The index in `AUTHOR_ACTORS` of the actor `term` is a form of.
pub fn actor_named(term: &str) -> Option<usize> {
    AUTHOR_ACTORS
        .iter()
        .position(|(_, forms)| forms.contains(&term))
}

/// The heading of `text`: its first `HEADING_LINES` non-blank lines, in whole lines within
/// `HEADING_BYTES`.
pub fn heading(text: &str) -> &str {
    let mut end = 0;
    let mut lines = 0;
    for line in text.split_inclusive('\n') {
        if lines == HEADING_LINES || end + line.len() > HEADING_BYTES {
            break;
        }
        end += line.len();
        lines += usize::from(!line.trim().is_empty());
    }
    &text[..end]
}

/// Who wrote a document with this `heading` (see `heading`), in its matching form (lower case,
/// Simplified; see `Normaliser::normalise`).
pub fn author(heading: &str) -> Author {
    heading
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.ends_with(SENTENCE_ENDS))
        .map(|line| {
            if line.chars().any(is_han) {
                chinese_author(line)
            } else {
                english_author(line)
            }
        })
        .fold(Author::default(), Author::and)
}

fn english_author(line: &str) -> Author {
    let words: Vec<&str> = english_words(line).collect();
    if words.len() > HEADING_WORDS {
        return Author::default();
    }
    let ends_title = |at: usize| words.get(at).is_none_or(|word| TITLE_LINKS.contains(word));
    // "<author> Submission for …"
    if let Some((end, author)) = author_name(&words, 0) {
        if authorship_noun(&words, end).is_some_and(ends_title) {
            return author;
        }
    }
    // "Submission by <author>", "Submitted by <author>"
    let by = authorship_noun(&words, 0).or((words.first() == Some(&SUBMITTED)).then_some(1));
    if let Some(by) = by.filter(|&by| words.get(by).is_some_and(|w| BY_WORDS.contains(w))) {
        if let Some((end, author)) = author_name(&words, by + 1) {
            if ends_title(end) {
                return author;
            }
        }
    }
    Author::default()
}

/// The words of an English heading: runs of letters and digits ("U.S." is "u s", "China's"
/// "china s").
fn english_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// An author's name starting at `words[at]`: actors' names and the government words around them,
/// as (where it ends, the actors it names); None when it names none.
fn author_name(words: &[&str], mut at: usize) -> Option<(usize, Author)> {
    let mut author = Author::default();
    while at < words.len() {
        let form = AUTHOR_ACTORS
            .iter()
            .enumerate()
            .flat_map(|(actor, (_, forms))| forms.iter().map(move |form| (actor, form)))
            .filter_map(|(actor, form)| {
                let length = english_words(form).count();
                let matches = words.len() - at >= length
                    && english_words(form).zip(&words[at..]).all(|(f, w)| f == *w);
                (matches && length > 0).then_some((length, actor))
            })
            .max_by_key(|&(length, _)| length);
        if let Some((length, actor)) = form {
            author = author.and(Author::of(actor));
            at += length;
        } else if NAME_WORDS.contains(&words[at]) {
            at += 1;
        } else {
            break;
        }
    }
    (!author.is_none()).then_some((at, author))
}

/// Where the authorship noun at `words[at]` ends ("position paper"), if there is one.
fn authorship_noun(words: &[&str], at: usize) -> Option<usize> {
    words.get(at).filter(|w| AUTHORSHIP_NOUNS.contains(w))?;
    let tail = words
        .get(at + 1)
        .is_some_and(|w| AUTHORSHIP_NOUN_TAILS.contains(w));
    Some(at + 1 + usize::from(tail))
}

fn chinese_author(line: &str) -> Author {
    // PDF extractions space out the characters of titles (中 美 网 络).
    let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let line = line.trim_matches(|c: char| !c.is_alphanumeric());
    if line.contains(CHINESE_SENTENCE_MARKS) || line.chars().count() > HEADING_CHARACTERS {
        return Author::default();
    }
    let Some((rest, author)) = chinese_author_name(line) else {
        return Author::default();
    };
    let is_noun = |text: &str| CHINESE_AUTHORSHIP_NOUNS.contains(&text);
    let about = rest.strip_prefix(CHINESE_ABOUT).is_some_and(|about| {
        about
            .rsplit_once('的')
            .is_some_and(|(topic, noun)| !topic.is_empty() && is_noun(noun))
    });
    let own = is_noun(rest.strip_prefix('的').unwrap_or(rest));
    if about || own || rest.starts_with(CHINESE_SUBMITTED) {
        author
    } else {
        Author::default()
    }
}

/// The actor's name at the start of a Chinese heading, the longest form first, with its
/// government word (美国政府, 俄罗斯联邦): (the rest of the line, the actor).
fn chinese_author_name(line: &str) -> Option<(&str, Author)> {
    let (rest, actor) = AUTHOR_ACTORS
        .iter()
        .enumerate()
        .flat_map(|(actor, (_, forms))| forms.iter().map(move |form| (actor, form)))
        .filter_map(|(actor, form)| Some((line.strip_prefix(form)?, actor)))
        .min_by_key(|(rest, _)| rest.len())?;
    let rest = CHINESE_NAME_WORDS
        .iter()
        .find_map(|word| rest.strip_prefix(word))
        .unwrap_or(rest);
    Some((rest, Author::of(actor)))
}

/// A CJK ideograph of the basic block, which every Chinese heading has.
fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Author {
        Author::of(
            AUTHOR_ACTORS
                .iter()
                .position(|(n, _)| *n == name)
                .expect("an author actor"),
        )
    }

    #[test]
    fn a_heading_names_its_author_not_its_topic() {
        // (why, heading as normalised, author)
        let cases = [
            (
                "an actor's name, then an authorship noun and the rest of the title",
                "u.s. government submission for netmundial",
                Some("united states"),
            ),
            (
                "the long form of the name contains the actor's",
                "contribution from the government of the united states of america to netmundial",
                Some("united states"),
            ),
            (
                "a possessive and a position paper",
                "china's position paper on international rules in cyberspace",
                Some("china"),
            ),
            (
                "an adjective and the country's federation",
                "statement by the russian federation",
                Some("russia"),
            ),
            (
                "submitted by, after a meeting's name and date",
                "global meeting on internet governance\nsao paulo 23-24 april 2014\nsubmitted by: usa",
                Some("united states"),
            ),
            (
                "关于…的立场, with the government word",
                "美国政府关于网络空间国际规则的立场",
                Some("united states"),
            ),
            (
                "立场文件 right after the name",
                "俄罗斯联邦立场文件",
                Some("russia"),
            ),
            (
                "提交 right after the name",
                "美方提交的书面意见",
                Some("united states"),
            ),
            (
                "a title naming an actor as its topic",
                "u.s. internet strategy and its critics",
                None,
            ),
            (
                "中美 is a relation, not an author",
                "中美网络空间新型大国关系的构建：",
                None,
            ),
            (
                "a Chinese title naming an actor as its topic",
                "美国网络空间国际战略及其批评",
                None,
            ),
            (
                "an actor's position analysed: the noun does not end the title",
                "美国关于网络主权的立场及其演变",
                None,
            ),
            (
                "an organisation named after a country",
                "united states telecom association submission for netmundial",
                None,
            ),
            (
                "an organisation named after a country, after the noun",
                "comments of the american registry for internet numbers",
                None,
            ),
            (
                "someone else's submission, answered",
                "comments on the u.s. government submission",
                None,
            ),
            (
                "a sentence of the body, not a heading",
                "the united states' position is that the itu should not govern the internet.",
                None,
            ),
            (
                "a sentence of the body without its end: a finite verb after the noun",
                "the united states' position is that the itu should not",
                None,
            ),
            (
                "a Chinese sentence of the body, cut by a line break",
                "美国提交了一份报告,声称网络主权已经过时",
                None,
            ),
            (
                "an author line beyond the heading is body text",
                "a\nb\nc\nd\ne\nf\nsubmission by the united states",
                None,
            ),
        ];
        for (why, text, expected) in cases {
            let expected = expected.map_or_else(Author::default, named);
            assert_eq!(author(heading(text)), expected, "{why}: {text}");
        }
    }

    #[test]
    fn the_heading_is_whole_lines() {
        let long_line = format!("美国提交{}", "的报告".repeat(400));
        assert_eq!(heading(&format!("title\n{long_line}")), "title\n");
        assert_eq!(heading("a\n\nb\nc\nd\ne\nf\ng"), "a\n\nb\nc\nd\ne\nf\n");
    }
}
