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
//!   or to "and", or to a date after a comma ("Submission by the United States, 2014"). After
//!   "position" only the line's end or for / to / on may follow ("China's Position in Global
//!   Internet Governance" is about China's standing). Two actors joined by "and" are joint authors
//!   ("Proposal by Russia and China"). A capital "US" is "U.S." (`with_us`), and a line ending in
//!   "U.S." has no sentence end. The office that speaks for a government heads its statements and
//!   letters: "(Permanent) Mission / Delegation / Representative of <author>" (`ENVOYS`), ending
//!   the line or followed only by "to" its post ("to the United Nations", `ENVOY_POSTS`);
//! - Chinese: "<author>关于…(的)立场 / 意见 / 提案 / 建议 / 声明" (the noun ends the line),
//!   "<author>(的)立场(文件)" and "<author>提交", either ending the line or followed by a short
//!   object, 的 and a paper that an authorship noun ends (美方提交的书面意见, not
//!   美国提交联合国的网络空间提案评析). An issuing office alone on its line
//!   (中华人民共和国国务院新闻办公室, 俄罗斯联邦常驻联合国代表团; `CHINESE_OFFICES`), or publishing a
//!   white paper (国务院新闻办公室发表《…》白皮书; `CHINESE_PUBLISHED`). An issuer's or envoy's
//!   line ending in a colon is a speaker's label in a meeting's summary, not the author's;
//! - a bilingual line: a Chinese title and the English one PDF extraction joined to it, the
//!   English read only as the Chinese title's translation, which begins with the same actor's name
//!   and is no critique (`translates`: not 评析：U.S. Government Submission…);
//! - a YAML front matter before the heading lines: its `title:` as a heading line, its `author:`
//!   when the whole value is an author's name (`front_matter_author`).
//!
//! The author's name is the actor's name with government wording around it ("The Government of
//! the United States of America", "People's Republic of China", 美国政府). An adjective (Chinese,
//! Russian, American) names an author only with government wording ("Chinese Government
//! Position", "Russian Federation Submission"): "Chinese Views on Cyber Sovereignty" and "The
//! Russian Position on Internet Governance" are analysts' titles. A title that names an
//! actor as its topic ("U.S. Internet strategy and its critics", 中美网络空间大国关系,
//! 美国关于网络主权的立场及其演变) names no author, nor does an organisation named after a country
//! ("United States Telecom Association Submission").

/// The line that opens and closes a YAML front matter.
const FRONT_MATTER_FENCE: &str = "---";
/// The front matter keys read: the document's title and its author.
const TITLE_KEY: &str = "title";
const AUTHOR_KEY: &str = "author";
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
/// A line ending in this abbreviation has no sentence end ("Statement by the U.S.").
const US_ABBREVIATION: &str = "u.s.";
/// Marks of a Chinese sentence anywhere in a line, which a heading has none of (、 and ： it may
/// have).
const CHINESE_SENTENCE_MARKS: &[char] = &['。', ',', ';', '!', '?'];

/// The actors a document can be written by: a name, then the forms a heading names it by. The
/// forms that are actor terms of the context (`ACTOR_TERMS` there) speak in the author's own voice
/// in a document it wrote, and so do its adjective's terms there ("chinese government", see
/// `actor_named`); the others (the adjective alone, U.S.) are only read in headings.
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
        // 国务院, the State Council, is China's when no country comes before it (after 美国 it is
        // the Department of State, a word of `CHINESE_NAME_WORDS`).
        &[
            "china",
            "chinese",
            "prc",
            "中国",
            "中方",
            "中华人民共和国",
            "国务院",
            "beijing",
            "北京",
        ],
    ),
    ("russia", &["russia", "russian", "俄罗斯", "俄方"]),
    (
        "european union",
        &[
            "the eu",
            "the european union",
            "the european commission",
            "european union",
            "european commission",
            "欧盟",
        ],
    ),
];

/// Chinese names that name their author only as a word of their own: a word that begins with one
/// is no organ of its government (北京大学 is a university, where 美国商务部 is the US).
pub const WHOLE_WORD_NAMES: &[&str] = &["北京"];

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
    "representative",
    "representatives",
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
];
/// Forms of `AUTHOR_ACTORS` that are adjectives: they name an author only with one of
/// `GOVERNMENT_WORDS` ("Chinese Government Position", not "Chinese Views on …").
const ADJECTIVES: &[&str] = &["chinese", "russian", "american"];
/// `NAME_WORDS` that say a government is meant.
const GOVERNMENT_WORDS: &[&str] = &[
    "government",
    "federal",
    "federation",
    "republic",
    "delegation",
    "administration",
    "mission",
    "representative",
    "representatives",
];
/// The offices that speak for a government, which head its statement or letter on a line of their
/// own: "(Permanent) Mission / Delegation / Representative of <author>", to the end of the line or
/// to its post ("… to the United Nations", `ENVOY_POSTS`). Only before the actor's name:
/// "America's Mission in the World" is a purpose, not an office.
const ENVOYS: &[&str] = &["delegation", "mission", "representative", "representatives"];
/// What may come before an envoy word.
const ENVOY_LEADS: &[&str] = &["the", "permanent"];
/// The word joining an envoy word to the author's name.
const OF: &str = "of";
/// The article, which runs on into the words after it.
const THE: &str = "the";
/// The authorship noun after which only these may go on: "China's Position in …" and "… Position
/// and Role" are about the actor's standing, not its paper.
const POSITION: &str = "position";
const POSITION_LINKS: &[&str] = &["for", "to", "on"];
/// What may follow an envoy's author: the line's end, or "to" and the organisation or place it is
/// posted to running to the line's end, in these words ("to the United Nations Office at Geneva
/// and Other International Organizations in Switzerland", "to the ITU"). Anything else after the
/// name makes a topic ("The Mission of the United States in Cyberspace") or a sentence of the
/// body that PDF extraction cut ("The Permanent Representative of China to the United Nations
/// stated that").
const ENVOY_TO: &str = "to";
const ENVOY_POSTS: &[&str] = &[
    "the",
    "united",
    "nations",
    "un",
    "office",
    "at",
    "in",
    "and",
    "other",
    "international",
    "organizations",
    "organisations",
    "organization",
    "organisation",
    "itu",
    "osce",
    "wto",
    "unesco",
    "wipo",
    "european",
    "union",
    "eu",
    "geneva",
    "vienna",
    "new",
    "york",
    "switzerland",
    "austria",
    // Councils, conferences and summits an envoy is sent to ("to the ITU Council", "to the World
    // Summit on the Information Society", "to the Human Rights Council", "to the UN General
    // Assembly", "to the Internet Governance Forum").
    "council",
    "conference",
    "plenipotentiary",
    "summit",
    "world",
    "on",
    "information",
    "society",
    "forum",
    "internet",
    "governance",
    "igf",
    "wsis",
    "human",
    "rights",
    "general",
    "assembly",
    "oecd",
    "ohchr",
];
/// What ends a speaker's label (`is_label`).
const COLONS: &[char] = &[':', '：'];
/// What a Chinese critique or study of a paper ends with, which a translation of the paper's title
/// does not (`translates`).
const CHINESE_STUDIES: &[&str] = &[
    "评析", "评述", "述评", "评介", "简评", "批评", "批判", "分析", "浅析", "探析", "研究", "解读",
    "综述",
];
/// Comments and responses, which end a critique of a paper (美国政府提交的意见评论) and also
/// translate an author's own "Comments" or "Response": after the author's name and 对 or 就 (on),
/// they are the author's (美国政府对NETmundial草案的评论, "U.S. Government Comments on the
/// NETmundial Draft").
const CHINESE_COMMENTS: &[&str] = &["评论", "回应"];
const CHINESE_ON: &[&str] = &["对", "就"];
/// Months, which with numbers make a date after a comma at a heading line's end.
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
/// The word joining joint authors ("Proposal by Russia and China").
const AND: &str = "and";
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
/// Words of government after an actor's name in Chinese (美国政府, 俄罗斯联邦, 中华人民共和国国务院
/// 新闻办公室), one after another.
const CHINESE_NAME_WORDS: &[&str] = &[
    "政府",
    "常驻联合国代表团",
    "代表团",
    "联邦",
    "国务院",
    "新闻办公室",
];
/// Of `CHINESE_NAME_WORDS` and the forms of `AUTHOR_ACTORS`, the offices that issue a government's
/// papers: a line that is only a name with one of them is the issuer's line on a title page or
/// letter (中华人民共和国国务院新闻办公室). An actor's name alone (美国政府) may be a running header
/// or a topic.
const CHINESE_OFFICES: &[&str] = &["国务院", "新闻办公室", "代表团"];
/// After an issuer's name and perhaps a date, it publishes (发表, 发布) a white paper: a white paper
/// is a government's own paper by name, and the line announcing it heads its text
/// (国务院新闻办公室发表《…》白皮书). Not 发表声明, a news headline about an actor, nor a white
/// paper named after a country alone (中国数字经济发展白皮书), which think tanks publish.
const CHINESE_PUBLISHED: &[&str] = &["发表", "发布"];
const WHITE_PAPER: &str = "白皮书";
/// What a date before 发表 is written with (2022年11月7日).
const CHINESE_DATE: &[char] = &['年', '月', '日'];
/// What an author calls its paper in Chinese: after 关于…的 they end the heading.
const CHINESE_AUTHORSHIP_NOUNS: &[&str] =
    &["立场文件", "立场", "意见书", "意见", "提案", "建议", "声明"];
/// After the author's name, a heading is about what the author did: 提交 (submitted).
const CHINESE_SUBMITTED: &str = "提交";
/// Characters at most of what 提交 is submitted to before 的 (联合国).
const CHINESE_SUBMITTED_OBJECT: usize = 12;
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

/// The index in `AUTHOR_ACTORS` of the actor `term` is a form of, or whose adjective begins it.
pub fn actor_named(term: &str) -> Option<usize> {
    // An adjective names its actor with a noun after it, as in headings ("chinese government").
    let name = match term.split_once(' ') {
        Some((adjective, _)) if ADJECTIVES.contains(&adjective) => adjective,
        _ => term,
    };
    AUTHOR_ACTORS
        .iter()
        .position(|(_, forms)| forms.contains(&name))
}

/// A document's heading, as `heading` finds it in the raw text: its front matter, then its
/// heading lines. The two are normalised apart (see `author`): normalising may change a text's
/// length (`with_us` adds bytes), and the front matter's end found again in the normalised text
/// could fall beyond `HEADING_BYTES` and be lost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Heading<'a> {
    /// The YAML front matter with its fences; empty when there is none.
    pub front_matter: &'a str,
    /// The first `HEADING_LINES` non-blank lines after it.
    pub lines: &'a str,
}

/// The heading of `text`: its front matter (see `front_matter_end`), then its first
/// `HEADING_LINES` non-blank lines, in whole lines, all within `HEADING_BYTES`.
pub fn heading(text: &str) -> Heading<'_> {
    let front_matter = front_matter_end(text);
    let mut end = front_matter;
    let mut lines = 0;
    for line in text[front_matter..].split_inclusive('\n') {
        if lines == HEADING_LINES || end + line.len() > HEADING_BYTES {
            break;
        }
        end += line.len();
        lines += usize::from(!line.trim().is_empty());
    }
    Heading {
        front_matter: &text[..front_matter],
        lines: &text[front_matter..end],
    }
}

/// Where a YAML front matter at the start of `text` ends, after its closing `---` line; 0 when
/// there is none, or it does not close within `HEADING_BYTES`. A Markdown or text document may
/// carry its title and author there, and the heading lines after it.
fn front_matter_end(text: &str) -> usize {
    let mut lines = text.split_inclusive('\n');
    let Some(fence) = lines
        .next()
        .filter(|line| line.trim_end() == FRONT_MATTER_FENCE)
    else {
        return 0;
    };
    let mut end = fence.len();
    for line in lines {
        end += line.len();
        if end > HEADING_BYTES {
            break;
        }
        if line.trim_end() == FRONT_MATTER_FENCE {
            return end;
        }
    }
    0
}

/// Who wrote a document whose heading (see `heading`) has this `front_matter` and these heading
/// `lines`, each in its matching form (lower case, Simplified; see `Normaliser::normalise`).
pub fn author(front_matter: &str, lines: &str) -> Author {
    let from_front_matter = front_matter.lines().map(front_matter_author);
    let from_lines = lines.lines().map(line_author);
    from_front_matter
        .chain(from_lines)
        .fold(Author::default(), Author::and)
}

/// The author a front matter line names: only `title:`, read as a heading line, and `author:`,
/// whose whole value must be an author's name ("United States Telecom Association" is not). The
/// other keys (summary, tags) say what the document is about, not who wrote it.
fn front_matter_author(line: &str) -> Author {
    let Some((key, value)) = line.split_once(':') else {
        return Author::default();
    };
    let value = value.trim().trim_matches(['"', '\'', '[', ']']);
    match key.trim() {
        TITLE_KEY => line_author(value),
        AUTHOR_KEY => named_author(value),
        _ => Author::default(),
    }
}

/// The actors `name` names when the whole of it is an author's name.
fn named_author(name: &str) -> Author {
    if name.chars().any(is_han) {
        let name: String = name.chars().filter(|c| !c.is_whitespace()).collect();
        return chinese_author_name(&name)
            .filter(|(rest, _)| rest.is_empty())
            .map_or_else(Author::default, |(_, author)| author);
    }
    let words: Vec<&str> = english_words(name).collect();
    author_name(&words, 0)
        .filter(|&(end, _)| end == words.len())
        .map_or_else(Author::default, |(_, author)| author)
}

/// The author one heading line names. A bilingual line (a Chinese title and its English
/// translation, which PDF extraction joins) is read as the Chinese title, from its first Han
/// character to its last, and the English before or after it, which names its author only as the
/// Chinese title's translation (`translates`).
fn line_author(line: &str) -> Author {
    let line = line.trim();
    if line.is_empty() || ends_sentence(line) {
        return Author::default();
    }
    let Some(first) = line.find(is_han) else {
        return english_author(line);
    };
    let last = line.rfind(is_han).map_or(line.len(), |at| {
        at + line[at..].chars().next().map_or(0, char::len_utf8)
    });
    let (before, chinese, after) = (&line[..first], &line[first..last], &line[last..]);
    if is_fragment(before, after) {
        return english_author(line);
    }
    let english = [before, after]
        .into_iter()
        .filter(|english| has_latin(english))
        .map(english_author)
        .fold(Author::default(), Author::and);
    let english = if translates(chinese, english) {
        english
    } else {
        Author::default()
    };
    chinese_author(chinese, is_label(line)).and(english)
}

/// Whether the Chinese part of a bilingual line can be the translation of an English title naming
/// `english`: a translation keeps the author's name, so the Chinese part is worded as a heading,
/// begins with the name of one of `english`'s actors (美国政府向NETmundial提交的意见, a form not read
/// alone) and does not end as a critique or study of it does (…意见评析). A Chinese part that names
/// no one or another actor is the Chinese document's own label or title (评析：, 网络空间治理的新动向,
/// 俄罗斯联邦的回应) before the title of the paper it is about, whose author it is not. The cost, a
/// translation that drops the author's name, is rarer than a Chinese critique quoting the English
/// title of what it critiques.
fn translates(chinese: &str, english: Author) -> bool {
    !english.is_none()
        && chinese_heading(chinese).is_some_and(|chinese| {
            chinese_author_name(&chinese).is_some_and(|(rest, author)| {
                let study = CHINESE_STUDIES.iter().any(|study| rest.ends_with(study))
                    || (CHINESE_COMMENTS.iter().any(|noun| rest.ends_with(noun))
                        && !CHINESE_ON.iter().any(|on| rest.starts_with(on)));
                english.0 & author.0 != 0 && !study
            })
        })
}

/// Whether the Chinese part of a line, between `before` and `after`, is a fragment of an English
/// title rather than a title of its own: English stands on both sides of it ("Submission by the
/// United States on the “一带一路” Initiative"), or it ends the line right after a word that runs
/// on into it ("… Submission on 一带一路", "… on the “一带一路”"). The line is then read as English.
/// A Chinese part standing alone at one end of the line (评析：U.S. …, … for NETmundial 评析,
/// 美国政府向NETmundial提交的意见 U.S. …) is a title or label of its own (`translates`).
fn is_fragment(before: &str, after: &str) -> bool {
    let runs_on = english_words(before)
        .last()
        .is_some_and(|word| word == THE || TITLE_LINKS.contains(&word));
    has_latin(before) && (has_latin(after) || runs_on)
}

/// Whether `text` has a Latin letter, as English words do.
fn has_latin(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_alphabetic())
}

/// Whether a heading line ends as a sentence does: "U.S." at its end is an abbreviation.
fn ends_sentence(line: &str) -> bool {
    let abbreviation = line.strip_suffix(US_ABBREVIATION).is_some_and(|before| {
        before
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    });
    line.ends_with(SENTENCE_ENDS) && !abbreviation
}

/// `heading` with each word "US" in capitals written "U.S.", before it is folded to lower case:
/// "US Submission to NETmundial" names the US, "let us" nobody.
pub fn with_us(heading: &str) -> std::borrow::Cow<'_, str> {
    let is_us = |at: usize| {
        let before = heading[..at].chars().next_back();
        let after = heading[at + 2..].chars().next();
        heading[at..].starts_with("US")
            && before.is_none_or(|c| !c.is_alphanumeric() && c != '.')
            && after.is_none_or(|c| !c.is_alphanumeric() && c != '.')
    };
    let at: Vec<usize> = heading
        .match_indices("US")
        .map(|(at, _)| at)
        .filter(|&at| is_us(at))
        .collect();
    if at.is_empty() {
        return heading.into();
    }
    let mut text = String::with_capacity(heading.len() + 2 * at.len());
    let mut from = 0;
    for at in at {
        text.push_str(&heading[from..at]);
        text.push_str("U.S.");
        from = at + 2;
    }
    text.push_str(&heading[from..]);
    text.into()
}

fn english_author(line: &str) -> Author {
    let line = without_date(line);
    let words: Vec<&str> = english_words(line).collect();
    if words.len() > HEADING_WORDS {
        return Author::default();
    }
    // What may follow the title's authorship wording, which after "position" is less.
    let ends_title = |at: usize, position: bool| {
        let links = if position {
            POSITION_LINKS
        } else {
            TITLE_LINKS
        };
        words.get(at).is_none_or(|word| links.contains(word))
    };
    let is_position = |at: usize| words.get(at) == Some(&POSITION);
    // "<author> Submission for …"
    if let Some((end, author)) = author_name(&words, 0) {
        if authorship_noun(&words, end).is_some_and(|after| ends_title(after, is_position(end))) {
            return author;
        }
    }
    // "Permanent Mission of <author> to the United Nations", "Delegation of <author>"
    let envoy = words
        .iter()
        .position(|word| !ENVOY_LEADS.contains(word))
        .filter(|&at| ENVOYS.contains(&words[at]) && words.get(at + 1) == Some(&OF));
    if let Some((end, author)) = envoy.and_then(|at| author_name(&words, at + 2)) {
        if !is_label(line) && envoy_post(&words[end..]) {
            return author;
        }
    }
    // "Submission by <author>", "Submitted by <author>"
    let by = authorship_noun(&words, 0).or((words.first() == Some(&SUBMITTED)).then_some(1));
    if let Some(by) = by.filter(|&by| words.get(by).is_some_and(|w| BY_WORDS.contains(w))) {
        if let Some((end, author)) = author_name(&words, by + 1) {
            if ends_title(end, is_position(0)) {
                return author;
            }
        }
    }
    Author::default()
}

/// Whether `after` an envoy's author is a heading's end: nothing, or "to" its post (`ENVOY_POSTS`).
fn envoy_post(after: &[&str]) -> bool {
    match after.split_first() {
        None => true,
        Some((&to, post)) => {
            to == ENVOY_TO
                && post.iter().any(|word| *word != "the")
                && post.iter().all(|word| ENVOY_POSTS.contains(word))
        }
    }
}

/// `line` without a date after its last comma ("Submission by the United States, 2014", ", 23
/// April 2014"): words that are numbers or months, one a number at least.
fn without_date(line: &str) -> &str {
    let Some((before, after)) = line.rsplit_once(',') else {
        return line;
    };
    let mut words = english_words(after).peekable();
    let is_date = words.peek().is_some()
        && english_words(after).any(|w| w.chars().all(|c| c.is_ascii_digit()))
        && words.all(|w| w.chars().all(|c| c.is_ascii_digit()) || MONTHS.contains(&w));
    if is_date {
        before
    } else {
        line
    }
}

/// The words of an English heading: runs of letters and digits ("U.S." is "u s", "China's"
/// "china s").
fn english_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
}

/// An author's name starting at `words[at]`: actors' names and the government words around them,
/// as (where it ends, the actors it names); None when it names none, or only by an adjective
/// without a government word. A name after "and" that is another author's is a joint author's.
fn author_name(words: &[&str], mut at: usize) -> Option<(usize, Author)> {
    let mut author = Author::default();
    let (mut adjective, mut noun, mut government) = (false, false, false);
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
            let is_adjective = length == 1 && ADJECTIVES.contains(&words[at]);
            adjective |= is_adjective;
            noun |= !is_adjective;
            author = author.and(Author::of(actor));
            at += length;
        } else if NAME_WORDS.contains(&words[at]) {
            government |= GOVERNMENT_WORDS.contains(&words[at]);
            at += 1;
        } else {
            break;
        }
    }
    if author.is_none() || (adjective && !noun && !government) {
        return None;
    }
    // "Russia and China": the joint author's name, as the first's is read.
    if words.get(at) == Some(&AND) {
        if let Some((end, joint)) = author_name(words, at + 1) {
            return Some((end, author.and(joint)));
        }
    }
    Some((at, author))
}

/// Where the authorship noun at `words[at]` ends ("position paper"), if there is one.
fn authorship_noun(words: &[&str], at: usize) -> Option<usize> {
    words.get(at).filter(|w| AUTHORSHIP_NOUNS.contains(w))?;
    let tail = words
        .get(at + 1)
        .is_some_and(|w| AUTHORSHIP_NOUN_TAILS.contains(w));
    Some(at + 1 + usize::from(tail))
}

/// `line` as a Chinese heading: without spaces and the marks around it; None when it is a
/// sentence or too long for a heading.
fn chinese_heading(line: &str) -> Option<String> {
    // PDF extractions space out the characters of titles (中 美 网 络).
    let line: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    let line = line.trim_matches(|c: char| !c.is_alphanumeric());
    (!line.contains(CHINESE_SENTENCE_MARKS) && line.chars().count() <= HEADING_CHARACTERS)
        .then(|| line.to_owned())
}

/// The author a Chinese heading line names; a `label` (`is_label`) names no issuer.
fn chinese_author(line: &str, label: bool) -> Author {
    let Some(line) = chinese_heading(line) else {
        return Author::default();
    };
    let line = line.as_str();
    let Some((rest, author)) = chinese_author_name(line) else {
        return Author::default();
    };
    let is_noun = |text: &str| CHINESE_AUTHORSHIP_NOUNS.contains(&text);
    let ends_in_noun = |text: &str| CHINESE_AUTHORSHIP_NOUNS.iter().any(|n| text.ends_with(n));
    // 关于…的立场, or 关于…立场文件 with no 的 in the topic (中国关于联合国成立75周年立场文件).
    let about = rest.strip_prefix(CHINESE_ABOUT).is_some_and(|about| {
        let with_de = about
            .rsplit_once('的')
            .is_some_and(|(topic, noun)| !topic.is_empty() && is_noun(noun));
        let without_de = !about.contains('的')
            && CHINESE_AUTHORSHIP_NOUNS.iter().any(|noun| {
                about
                    .strip_suffix(noun)
                    .is_some_and(|topic| !topic.is_empty())
            });
        with_de || without_de
    });
    let own = is_noun(rest.strip_prefix('的').unwrap_or(rest));
    let issuer =
        rest.is_empty() && !label && CHINESE_OFFICES.iter().any(|office| line.contains(office));
    let published = CHINESE_PUBLISHED.iter().any(|verb| {
        rest.trim_start_matches(|c: char| c.is_ascii_digit() || CHINESE_DATE.contains(&c))
            .strip_prefix(verb)
            .and_then(|paper| paper.strip_suffix(WHITE_PAPER))
            .is_some_and(|title| !title.is_empty())
    });
    // 提交 ending the line, or 提交(联合国)的…提案: the paper submitted ends the line.
    let submitted = rest.strip_prefix(CHINESE_SUBMITTED).is_some_and(|after| {
        after.is_empty()
            || after.split_once('的').is_some_and(|(object, paper)| {
                object.chars().count() <= CHINESE_SUBMITTED_OBJECT && ends_in_noun(paper)
            })
    });
    if about || own || submitted || issuer || published {
        author
    } else {
        Author::default()
    }
}

/// The actor's name at the start of a Chinese heading, the longest form first, with its
/// government words (美国政府, 俄罗斯联邦, 中华人民共和国国务院新闻办公室): (the rest of the line,
/// the actor).
fn chinese_author_name(line: &str) -> Option<(&str, Author)> {
    let (mut rest, actor) = AUTHOR_ACTORS
        .iter()
        .enumerate()
        .flat_map(|(actor, (_, forms))| forms.iter().map(move |form| (actor, form)))
        .filter_map(|(actor, form)| Some((line.strip_prefix(form)?, actor)))
        .min_by_key(|(rest, _)| rest.len())?;
    while let Some(after) = CHINESE_NAME_WORDS
        .iter()
        .find_map(|word| rest.strip_prefix(word))
    {
        rest = after;
    }
    Some((rest, Author::of(actor)))
}

/// Whether `line` ends in a colon, as a speaker's label does in a meeting's summary (美国代表团：,
/// "Delegation of the United States:"): the words after it are the speaker's, not the
/// document's. An issuer's or envoy's line alone, with no colon, heads the office's own statement
/// or letter (中华人民共和国常驻联合国代表团), and is read as its author.
fn is_label(line: &str) -> bool {
    line.trim_end().ends_with(COLONS)
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

    /// The author of `text`, as the engine reads it: each part of the heading with capital US
    /// marked, then folded to lower case.
    fn read_author(text: &str) -> Author {
        let heading = heading(text);
        let read = |part: &str| with_us(part).to_lowercase();
        author(&read(heading.front_matter), &read(heading.lines))
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
            // Analysts' titles read as authors before: "China argues…" in the paper was then the
            // author's own voice.
            (
                "an adjective without government wording is an analyst's topic, and views are not \
                 a paper",
                "Chinese Views on Cyber Sovereignty",
                None,
            ),
            (
                "an adjective without government wording, before a position",
                "The Russian Position on Internet Governance",
                None,
            ),
            (
                "a position in something is the actor's standing, not its paper",
                "China's Position in Global Internet Governance",
                None,
            ),
            (
                "a position and something else is the actor's standing",
                "China's Position and Role in Internet Governance",
                None,
            ),
            (
                "提交 with a paper that is not an authorship noun after 的: a review of the proposal",
                "美国提交联合国的网络空间提案评析",
                None,
            ),
            (
                "an adjective with government wording is the government",
                "Chinese Government Position on Cyberspace",
                Some("china"),
            ),
            (
                "an adjective with the federation, before the noun",
                "Russian Federation Submission to the Open-ended Working Group",
                Some("russia"),
            ),
            (
                "提交 to an object, then 的 and a proposal ending the line",
                "美国提交联合国的网络空间提案",
                Some("united states"),
            ),
            // Authors missed before.
            (
                "关于 then an authorship noun ending the line without 的: a government's title",
                "中国关于联合国成立75周年立场文件",
                Some("china"),
            ),
            (
                "a capital US before an authorship noun is the U.S.",
                "US Submission to NETmundial",
                Some("united states"),
            ),
            (
                "a lower-case us is the pronoun",
                "Comments from us",
                None,
            ),
            (
                "a line ending in U.S. has no sentence end",
                "Statement by the U.S.",
                Some("united states"),
            ),
            (
                "a year after a comma ends the title",
                "Submission by the United States, 2014",
                Some("united states"),
            ),
            (
                "a date after a comma ends the title",
                "Contribution of China, 23 April 2014",
                Some("china"),
            ),
            // The office that speaks for a government heads its paper or letter.
            (
                "the delegation after an authorship noun and by",
                "Statement by the Delegation of the United States",
                Some("united states"),
            ),
            (
                "a delegation's line alone, as a letter or statement is headed",
                "Delegation of the People's Republic of China",
                Some("china"),
            ),
            (
                "a permanent mission to the United Nations",
                "Permanent Mission of the Russian Federation to the United Nations",
                Some("russia"),
            ),
            (
                "a permanent representative to the United Nations",
                "Permanent Representative of China to the United Nations",
                Some("china"),
            ),
            (
                "a mission after the actor's name is its purpose, a topic, not an office",
                "America's Mission in the World",
                None,
            ),
            (
                "delegation of something else to an actor is a topic",
                "Delegation of Internet governance functions to the United States",
                None,
            ),
            (
                "the State Council Information Office, under a white paper's title",
                "携手构建网络空间命运共同体\n中华人民共和国国务院新闻办公室\n2022年11月",
                Some("china"),
            ),
            (
                "the State Council Information Office issues a white paper",
                "国务院新闻办公室发表《携手构建网络空间命运共同体》白皮书",
                Some("china"),
            ),
            (
                "the Office issues a white paper on a date",
                "国务院新闻办公室2022年11月7日发表《携手构建网络空间命运共同体》白皮书",
                Some("china"),
            ),
            (
                "a review of the Office's white paper is not the Office's",
                "国务院新闻办公室发表的白皮书评析",
                None,
            ),
            (
                "a white paper named after a country is not the government's: think tanks publish \
                 中国…白皮书 too",
                "中国数字经济发展白皮书",
                None,
            ),
            (
                "a research institute named after a country publishing a white paper",
                "中国信息通信研究院发布《云计算白皮书》",
                None,
            ),
            (
                "an actor publishing a statement is a news headline, not the actor's paper",
                "美国发表声明",
                None,
            ),
            (
                "国务院 after 美国 is the US Department of State, not China's State Council",
                "美国国务院关于网络自由的声明",
                Some("united states"),
            ),
            (
                "China's permanent mission to the United Nations, as a line",
                "中华人民共和国常驻联合国代表团",
                Some("china"),
            ),
            (
                "Russia's permanent mission, with the federation",
                "俄罗斯联邦常驻联合国代表团",
                Some("russia"),
            ),
            (
                "a mission without a country names no one",
                "常驻联合国代表团的作用",
                None,
            ),
            (
                "an actor's name alone is no issuer line: it may be a running header or a topic",
                "美国政府",
                None,
            ),
            (
                "a bilingual heading: the Chinese line and its English translation",
                "中国关于全球数字治理有关问题的立场\nChina's Position on Global Digital Governance",
                Some("china"),
            ),
            (
                "a bilingual heading on one line, as PDF extraction joins them",
                "中国关于全球数字治理有关问题的立场 China's Position on Global Digital Governance",
                Some("china"),
            ),
            (
                "a bilingual topic title names no author in either language",
                "中美网络空间新型大国关系\nChina-US Major Power Relations in Cyberspace",
                None,
            ),
            (
                "a bilingual topic title on one line",
                "美国网络空间国际战略及其批评 U.S. Internet Strategy and Its Critics",
                None,
            ),
            // A one-line bilingual title: the English part is read only as the translation of
            // the Chinese one, which keeps the author's name. A Chinese part that does not name the
            // English part's author is the Chinese document's own label or title (评析, 译文, a
            // topic), and the English names the paper it is about.
            (
                "a critique's Chinese label before the English title of the paper it critiques",
                "评析：U.S. Government Submission for NETmundial",
                None,
            ),
            (
                "a Chinese label after the English title of the paper it critiques",
                "U.S. Government Submission for NETmundial 评析",
                None,
            ),
            (
                "a Chinese critique title naming the author before the English title of its \
                 object: the Chinese part is a topic",
                "美国政府提交NETmundial的意见评析 U.S. Government Submission for NETmundial",
                None,
            ),
            (
                "a Chinese topic title naming no one, before an English author's title",
                "网络空间治理的新动向 U.S. Government Submission for NETmundial",
                None,
            ),
            (
                "a Chinese title that names the author in a form not read alone, and its English \
                 translation: the English reading names the author",
                "美国政府向NETmundial提交的意见 U.S. Government Submission for NETmundial",
                Some("united states"),
            ),
            (
                "the same Chinese title alone names no author (the positive control's English \
                 part is what names it)",
                "美国政府向NETmundial提交的意见",
                None,
            ),
            (
                "a Chinese title naming another actor than the English part is no translation",
                "俄罗斯联邦的回应 U.S. Government Submission for NETmundial",
                None,
            ),
            // 评论 and 回应 translate an author's own "Comments" after 对/就 (on); otherwise they end a
            // critique, as 评析 does.
            (
                "an author's comments on a draft (对…的评论) and their English translation",
                "美国政府对NETmundial草案的评论 U.S. Government Comments on the NETmundial Draft",
                Some("united states"),
            ),
            (
                "an author's response on a draft (就…的回应) and the English title",
                "美国政府就NETmundial草案的回应 U.S. Government Comments on the NETmundial Draft",
                Some("united states"),
            ),
            (
                "评论 without 对 after the name ends a critique of the author's paper",
                "美国政府提交NETmundial的意见评论 U.S. Government Submission for NETmundial",
                None,
            ),
            // A Chinese fragment inside an English title (a quoted name, a topic after "on") is no
            // title of its own: the line is read as English.
            (
                "a quoted Chinese name inside an English title",
                "Submission by the United States on the “一带一路” Initiative",
                Some("united states"),
            ),
            (
                "a Chinese topic ending an English title after \"on\"",
                "U.S. Government Submission on 一带一路",
                Some("united states"),
            ),
            (
                "a Chinese fragment inside an English title of comments on another's paper",
                "Comments on the U.S. Government Submission on “一带一路”",
                None,
            ),
            // The envoy's name ends the line, or "to <organisation>" does: after the name,
            // anything else is a topic or a sentence of the body.
            (
                "a mission in something is a topic",
                "The Mission of the United States in Cyberspace",
                None,
            ),
            (
                "a PDF-wrapped sentence of the body that begins with an envoy",
                "The Permanent Representative of China to the United Nations stated that",
                None,
            ),
            (
                "a permanent mission to the UN office at Geneva and other organisations",
                "Permanent Mission of the People's Republic of China to the United Nations Office \
                 at Geneva and Other International Organizations in Switzerland",
                Some("china"),
            ),
            (
                "a delegation to the ITU",
                "Delegation of the United States to the ITU",
                Some("united states"),
            ),
            (
                "a delegation to a country is about the delegation, not its letterhead",
                "Delegation of the United States to China",
                None,
            ),
            (
                "a delegation to a council of the ITU",
                "Delegation of the United States to the ITU Council",
                Some("united states"),
            ),
            (
                "a delegation to a world summit",
                "Delegation of the United States to the World Summit on the Information Society",
                Some("united states"),
            ),
            (
                "a delegation to the Human Rights Council",
                "Delegation of the United States to the Human Rights Council",
                Some("united states"),
            ),
            (
                "a permanent mission to the UN General Assembly",
                "Permanent Mission of China to the UN General Assembly",
                Some("china"),
            ),
            (
                "a mission on something (not to a post) is a topic, though \"on\" goes in a post",
                "The Mission of the United States on Internet Governance",
                None,
            ),
            (
                "a delegation to a bank is not to one of the posts",
                "Delegation of the United States to the World Bank",
                None,
            ),
            // A delegation's line alone heads its statement (中华人民共和国常驻联合国代表团 above);
            // a speaker's label in a meeting's summary ends in a colon, the words that follow
            // being the speaker's, not the document's.
            (
                "a delegation's line alone heads its statement",
                "美国代表团",
                Some("united states"),
            ),
            (
                "a speaker's label in a summary ends in a colon",
                "会议纪要\n美国代表团：",
                None,
            ),
            (
                "an English speaker's label ends in a colon",
                "Summary of the session\nDelegation of the United States:",
                None,
            ),
            // YAML front matter: its title is a heading line, its author an author's whole name.
            (
                "a front matter title worded as an author's paper",
                "---\ntitle: U.S. Government Submission for NETmundial\ndate: 2014-03-08\n---\n",
                Some("united states"),
            ),
            (
                "a front matter author that is a government's whole name",
                "---\nauthor: \"People's Republic of China\"\n---\nInternet Governance Principles",
                Some("china"),
            ),
            (
                "a Chinese front matter author",
                "---\nauthor: 中华人民共和国国务院新闻办公室\n---\n",
                Some("china"),
            ),
            (
                "a long front matter leaves the heading after it its lines",
                "---\na: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\n---\nU.S. Government Submission",
                Some("united states"),
            ),
            (
                "a front matter author that is an organisation named after a country",
                "---\nauthor: United States Telecom Association\n---\n",
                None,
            ),
            (
                "a front matter of an analyst's paper on a country's views",
                "---\nauthor: Center for Strategic Studies\ntitle: Chinese Views on Cyber \
                 Sovereignty\n---\n",
                None,
            ),
            (
                "front matter keys other than title and author are not read",
                "---\nsummary: Submission by the United States\ntags: China\n---\n",
                None,
            ),
            (
                "a key line outside a front matter is an ordinary line",
                "author: People's Republic of China",
                None,
            ),
        ];
        // Every row is read, and the rows that fail are listed together.
        let failed: Vec<String> = cases
            .into_iter()
            .filter_map(|(why, text, expected)| {
                let expected = expected.map_or_else(Author::default, named);
                let read = read_author(text);
                (read != expected).then(|| format!("{why}: {text}: {read:?}, not {expected:?}"))
            })
            .collect();
        assert!(failed.is_empty(), "{}", failed.join("\n"));
    }

    #[test]
    fn joint_authors_are_both_authors() {
        let both = named("russia").and(named("china"));
        // (why, heading as normalised)
        let cases = [
            ("two actors after by", "proposal by russia and china"),
            (
                "two governments after by",
                "submission by the russian federation and the people's republic of china",
            ),
            (
                "two actors before the noun",
                "russia and china submission to the working group",
            ),
        ];
        for (why, text) in cases {
            assert_eq!(read_author(text), both, "{why}: {text}");
        }
        // A known actor then something else after "and" is one author ("… and its partners").
        assert_eq!(
            read_author("submission by china and its partners"),
            named("china")
        );
    }

    #[test]
    fn the_heading_is_whole_lines() {
        let long_line = format!("美国提交{}", "的报告".repeat(400));
        assert_eq!(heading(&format!("title\n{long_line}")).lines, "title\n");
        assert_eq!(
            heading("a\n\nb\nc\nd\ne\nf\ng").lines,
            "a\n\nb\nc\nd\ne\nf\n"
        );
    }
}
