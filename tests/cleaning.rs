//! Golden cases for the text pipeline, one table per kind of expectation. Every case says why it
//! exists: most are snippets of the corpus documents showing one of their traps (see
//! corpus/README.md), the rest are inputs written to pin down a rule.

use stance::document::{Document, Lang, RemovalKind, Section};
use stance::Engine;
use std::sync::OnceLock;

fn read(name: &str, input: &[u8]) -> Document {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE
        .get_or_init(|| Engine::new().unwrap())
        .read(name, input)
        .unwrap_or_else(|e| panic!("{e}"))
}

/// The footnote bodies 001 spliced into the middle of 相互尊/重 (PDF extraction).
const SPLICED_FOOTNOTES: &str = "化进程的加快使得世界各国走向“不冲突、不对抗、相互尊\n\na　高望来：《金砖国家网络安全合作：进展与深化路径》，载《国际问题》，2017年第5\n期，第63–74页。\n\nb　支振峰：《构建网络空间命运共同体要反对网络霸权》，载《求是》，2016年第17期，第\n\n57–59页。\n b　 Melanie Misanchuk and Sasha A. Barab, “Building Virtual Communities: Learning and Change \nin Cyberspace,” Geophysical Journal International, 2015, pp. 824–836.\n 重、合作共赢”的新型大国关系。a国家主席习近平指出。";

/// 000: the journal's page-footer notes cut the sentence 在联合国/框架下推进.
const PAGE_FOOTER: &str = "最后,结合我国实际,探讨动荡变革期在联合国\n\n收稿日期:2020-09-29\n\n<sup>\\*</sup> 基金项目:国家社会科学基金重点项目“网络空间国家大数据主权安全保障和治理机制研究”(16AZD032)。\n\n作者简介:赵秀赞,男,郑州大学政治与公共管理学院博士生(郑州 450001)。\n\n余丽,女,郑州大学政治与公共管理学院教授、博士生导师。\n\n框架下推进国际网络空间安全治理的中国作为。";

/// 002: the company site's menu, page metadata and a teaser of a later paragraph.
const SITE_PAGE: &str = "- 產品\n- 產品解決方案\n- 行業解決方案\n- 案例\n- 關于\n時間:2022-07-22來源:豆蔻瀏覽數:253次\n一些國家將網絡空間作為謀求軍事優勢的新戰場,推行威懾進攻理念,\n\n信息技術革命日新月異,數字經濟蓬勃發展。\n一些國家將網絡空間作為謀求軍事優勢的新戰場,推行威懾進攻理念,將軍事同盟引入網絡空間。";

/// 004: hard line breaks with a blank line after every line, bracketed citations.
const WRAPPED: &str = "一、前言\n\n网络空间被视为继陆、海、空、天之后的第五\n\n疆域 , 已成为大国博弈的一个主战场。截至 2015 年 8 月，世界上已\n\n有 64 个国家制定了网络安全国家战略 [1,2]，美国和\n\n俄罗斯还出台了网络安全国际战略。加强在联合国、国际电信\n\n联盟、上海合作组织等多边国际框架下的合作。\n\n1. 尊重网络主权\n\n《联合国宪章》确立的主权平等原则是当代国\n\n际关系的基本准则。";

/// 000: Markdown paper with a notes section and the English title and abstract at the end.
const PAPER: &str = "【当代政治】\n\n# 动荡变革期国际网络空间安全治理的联合国回归<sup>\\*</sup>\n\n赵秀赞 余丽\n\n**摘要:**当前,世界进入动荡变革期。\n\n**关键词:**动荡变革期;国际网络空间\n\n## 一、问题的提出\n\n世界各国应维护联合国的权威地位。”<sup>①</sup>在动荡变革期,意识形态偏\n\n见等政治病毒也在传播。\n\n### 注释\n\n①习近平:《在经济社会领域专家座谈会上的讲话》,《人民日报》2020 年 8 月 25 日。\n\n责任编辑:文武\n\n## The Return of the United Nations to International Cyberspace Security Governance\n\nZhao Xiuzan Yu Li\n\n**Abstract:** At present, the world has entered a period of turbulence and change. The U.S. disagrees.\n\n**Key words:** security governance; United Nations";

/// 003: a running page header between two paragraphs, and one cutting a sentence.
const PAGE_HEADERS: &str = "网络空间命运共同体是不可逆的网络化时代的必然方向。共享安全可靠的网络空间及其带来的巨\n\n网络空间命运共同体：内在逻辑与践行路径\n\n大福利，①这是各国的共同利益。\n\n网络空间命运共同体：内在逻辑与践行路径\n 网络空间命运共同体是人类命运共同体的自然延伸。";

/// Markdown as written by hand: a fenced code block between the halves of a sentence.
const CODE: &str =
    "各国应当尊重网络主权，\n```python\nsovereignty = multistakeholder()\n```\n并且坚持多边治理。";

/// A .md file's fence never closed: it runs to the end.
const UNCLOSED: &str = "We stand by the model.\n```\nsovereignty = True\n";

/// A link with a title, an image, an autolink.
const LINKS: &str = "We support the [Internet Governance Forum](https://www.intgovforum.org/en \"IGF site\") and ![the forum's logo](img/igf.png) its work.\nThe principles are at <https://netmundial.org/principles>.";

/// A quote after a line that does not end a sentence, wrapped inside a word (的/自然).
const QUOTE: &str = "在动荡变革期，各国政府、国际组织和私营部门都认为\n> 网络主权是国家主权在网络空间的\n> 自然延伸。";

/// One list item after a line that does not end a sentence, and a numbered one after a blank.
const LIST: &str =
    "The principles that we support include\n- a free and open Internet\n\n1. bottom-up governance";

/// A link in a text with a `## ` heading, which alone makes it Markdown unless named so.
const HEADED_LINK: &str = "## Position\n\nWe support the [link](http://x) and its work.";

/// A table after a line without a full stop.
const TABLE: &str = "Our positions on the main questions are these\n| question | position |\n|---|---|\n| sovereignty | multistakeholder |\n| ICANN | independent |";

struct Removed {
    why: &'static str,
    name: &'static str,
    input: &'static str,
    kind: RemovalKind,
    text: &'static str,
}

#[test]
fn removals_are_reported_with_their_exact_span() {
    let cases = [
        Removed { why: "001: a letter-labelled footnote spliced into a sentence is a footnote body", name: "001.txt", input: SPLICED_FOOTNOTES, kind: RemovalKind::FootnoteBody, text: "a　高望来：《金砖国家网络安全合作：进展与深化路径》，载《国际问题》，2017年第5\n期，第63–74页。" },
        Removed { why: "001: a footnote body continues over a blank line until its full stop", name: "001.txt", input: SPLICED_FOOTNOTES, kind: RemovalKind::FootnoteBody, text: "b　支振峰：《构建网络空间命运共同体要反对网络霸权》，载《求是》，2016年第17期，第\n\n57–59页。" },
        Removed { why: "001: a Latin footnote body wraps onto a second line", name: "001.txt", input: SPLICED_FOOTNOTES, kind: RemovalKind::FootnoteBody, text: "b　 Melanie Misanchuk and Sasha A. Barab, “Building Virtual Communities: Learning and Change \nin Cyberspace,” Geophysical Journal International, 2015, pp. 824–836." },
        Removed { why: "001: a superscript letter left between Chinese characters is a footnote marker", name: "001.txt", input: SPLICED_FOOTNOTES, kind: RemovalKind::FootnoteMarker, text: "a" },
        Removed { why: "000: received date in the page footer", name: "000.txt", input: PAGE_FOOTER, kind: RemovalKind::FootnoteBody, text: "收稿日期:2020-09-29" },
        Removed { why: "000: funding note starting with a starred <sup>", name: "000.txt", input: PAGE_FOOTER, kind: RemovalKind::FootnoteBody, text: "<sup>\\*</sup> 基金项目:国家社会科学基金重点项目“网络空间国家大数据主权安全保障和治理机制研究”(16AZD032)。" },
        Removed { why: "000: a second author's biography has no field name, only name, sex, affiliation", name: "000.txt", input: PAGE_FOOTER, kind: RemovalKind::FootnoteBody, text: "余丽,女,郑州大学政治与公共管理学院教授、博士生导师。" },
        Removed { why: "002: the site menu at the top of the page", name: "002.txt", input: SITE_PAGE, kind: RemovalKind::Navigation, text: "- 產品\n- 產品解決方案\n- 行業解決方案\n- 案例\n- 關于" },
        Removed { why: "002: the page metadata line (time, source, views)", name: "002.txt", input: SITE_PAGE, kind: RemovalKind::Navigation, text: "時間:2022-07-22來源:豆蔻瀏覽數:253次" },
        Removed { why: "002: a teaser that a later paragraph repeats would count twice", name: "002.txt", input: SITE_PAGE, kind: RemovalKind::Duplicate, text: "一些國家將網絡空間作為謀求軍事優勢的新戰場,推行威懾進攻理念," },
        Removed { why: "004: bracketed reference numbers are footnote markers", name: "004.txt", input: WRAPPED, kind: RemovalKind::FootnoteMarker, text: "[1,2]" },
        Removed { why: "000: <sup>①</sup> goes whole, tags and all", name: "000.md", input: PAPER, kind: RemovalKind::FootnoteMarker, text: "<sup>①</sup>" },
        Removed { why: "003: a bare circled number in running text", name: "003.txt", input: PAGE_HEADERS, kind: RemovalKind::FootnoteMarker, text: "①" },
        Removed { why: "003: the running title between the halves of 巨/大福利 is a page header", name: "003.txt", input: PAGE_HEADERS, kind: RemovalKind::PageHeader, text: "网络空间命运共同体：内在逻辑与践行路径" },
        Removed { why: "Markdown: a fenced code block goes whole, fences and info string too; its words became key terms", name: "code.md", input: CODE, kind: RemovalKind::Code, text: "```python\nsovereignty = multistakeholder()\n```" },
        Removed { why: "Markdown: a fence never closed runs to the end of a .md file, as in CommonMark", name: "open.md", input: UNCLOSED, kind: RemovalKind::Code, text: "```\nsovereignty = True" },
        Removed { why: "Markdown: a link's address and title go, its text stays; the URL's parts became words", name: "links.md", input: LINKS, kind: RemovalKind::LinkAddress, text: "](https://www.intgovforum.org/en \"IGF site\")" },
        Removed { why: "Markdown: the bracket before a link's text goes with its address: quoted evidence showed \"[Internet Governance Forum]\"", name: "links.md", input: LINKS, kind: RemovalKind::LinkAddress, text: "[" },
        Removed { why: "Markdown: an image goes whole, alt text, `!` and address: the `!` ended the sentence", name: "links.md", input: LINKS, kind: RemovalKind::Image, text: "![the forum's logo](img/igf.png)" },
        Removed { why: "Markdown: an autolink is an address only", name: "links.md", input: LINKS, kind: RemovalKind::LinkAddress, text: "<https://netmundial.org/principles>" },
        Removed { why: "Markdown: a quote's marker is no text", name: "quote.md", input: QUOTE, kind: RemovalKind::BlockMarker, text: ">" },
        Removed { why: "Markdown: a list item's bullet is no text", name: "list.md", input: LIST, kind: RemovalKind::BlockMarker, text: "-" },
        Removed { why: "Markdown: an ordered item's number was a word", name: "list.md", input: LIST, kind: RemovalKind::BlockMarker, text: "1." },
        Removed { why: "Markdown: a table row's leading pipe", name: "table.md", input: TABLE, kind: RemovalKind::BlockMarker, text: "|" },
    ];
    for case in cases {
        let document = read(case.name, case.input.as_bytes());
        let found = document
            .removals
            .iter()
            .any(|r| r.kind == case.kind && &document.text[r.span.clone()] == case.text);
        let removals: Vec<_> = document
            .removals
            .iter()
            .map(|r| (r.kind, &document.text[r.span.clone()]))
            .collect();
        assert!(found, "{}\nremovals: {removals:?}", case.why);
        for sentence in &document.sentences {
            for word in sentence.clauses.iter().flat_map(|c| &c.words) {
                let removed = document
                    .removals
                    .iter()
                    .any(|r| r.span.start <= word.span.start && word.span.end <= r.span.end);
                assert!(
                    !removed,
                    "{}: word {:?} lies in a removal",
                    case.why,
                    document.norm(word)
                );
            }
        }
    }
}

struct Words {
    why: &'static str,
    name: &'static str,
    input: &'static str,
    /// (matching form, original text of its span)
    word: (&'static str, &'static str),
}

#[test]
fn words_come_out_whole_with_their_original_span() {
    let cases = [
        Words { why: "001: the sentence is whole again once the spliced footnotes are removed", name: "001.txt", input: SPLICED_FOOTNOTES, word: ("相互尊重", "相互尊\n\na　高望来：《金砖国家网络安全合作：进展与深化路径》，载《国际问题》，2017年第5\n期，第63–74页。\n\nb　支振峰：《构建网络空间命运共同体要反对网络霸权》，载《求是》，2016年第17期，第\n\n57–59页。\n b　 Melanie Misanchuk and Sasha A. Barab, “Building Virtual Communities: Learning and Change \nin Cyberspace,” Geophysical Journal International, 2015, pp. 824–836.\n 重") },
        Words { why: "000: page-footer notes removed, 在联合国/框架下 reads as one sentence", name: "000.txt", input: PAGE_FOOTER, word: ("框架", "框架") },
        Words { why: "000: a page break inside a word (偏/见) is rejoined without a space", name: "000.md", input: PAPER, word: ("偏见", "偏\n\n见") },
        Words { why: "004: a hard wrap inside a domain term still gives the one user-dictionary token", name: "004.txt", input: WRAPPED, word: ("国际电信联盟", "国际电信\n\n联盟") },
        Words { why: "004: a hard wrap inside a word (国/际)", name: "004.txt", input: WRAPPED, word: ("国际", "国\n\n际") },
        Words { why: "002: Traditional characters are matched in Simplified, span on the original", name: "002.txt", input: SITE_PAGE, word: ("网络空间", "網絡空間") },
        Words { why: "Taiwan wording: 網際網路 is 互联网, and the span covers all four characters", name: "tw.txt", input: "臺灣的網際網路治理仰賴多方利害關係人。", word: ("互联网", "網際網路") },
        Words { why: "Taiwan wording for multistakeholder is one token", name: "tw.txt", input: "臺灣的網際網路治理仰賴多方利害關係人。", word: ("多方利害关系人", "多方利害關係人") },
        Words { why: "full-width Latin letters fold to ASCII lower case", name: "w.txt", input: "支持ＩＣＡＮＮ的改革。", word: ("icann", "ＩＣＡＮＮ") },
        Words { why: "English words are stemmed for matching", name: "en.txt", input: "Sovereign states govern networks.", word: ("govern", "govern") },
        Words { why: "English plural and singular meet in one stem", name: "en.txt", input: "Sovereign states govern networks.", word: ("network", "networks") },
        Words { why: "Latin lines join with a space, not glued together", name: "003.txt", input: "社会学家斐迪南·滕尼斯（Ferdinand \n\nTennis）在其书中指出。", word: ("tenni", "Tennis") },
        Words { why: "001: a Latin word hyphenated at a line end stays one word", name: "001.txt", input: "both confrontation and win-\nwin cooperation.", word: ("win-win", "win-\nwin") },
        Words { why: "an astral character (U+20000) before a term keeps the spans right", name: "astral.txt", input: "𠀀网络主权。", word: ("网络主权", "网络主权") },
    ];
    for case in cases {
        let document = read(case.name, case.input.as_bytes());
        let words: Vec<(&str, &str)> = document
            .sentences
            .iter()
            .flat_map(|s| &s.clauses)
            .flat_map(|c| &c.words)
            .map(|w| (document.norm(w), &document.text[w.span.clone()]))
            .collect();
        assert!(words.contains(&case.word), "{}\nwords: {words:?}", case.why);
    }
}

struct Sectioned {
    why: &'static str,
    name: &'static str,
    input: &'static str,
    /// A sentence starting with this text…
    sentence: &'static str,
    /// …belongs to this section…
    section: Section,
    /// …and is in this language.
    lang: Lang,
}

#[test]
fn sentences_carry_their_section_and_language() {
    let cases = [
        Sectioned {
            why: "000: the column name in 【】 is front matter",
            name: "000.txt",
            input: PAPER,
            sentence: "【当代政治】",
            section: Section::FrontMatter,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: the first Markdown heading is the title",
            name: "000.txt",
            input: PAPER,
            sentence: "# 动荡变革期",
            section: Section::Title,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: the author line under the title",
            name: "000.txt",
            input: PAPER,
            sentence: "赵秀赞 余丽",
            section: Section::FrontMatter,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: the Chinese abstract summarises the body; scoring it would count twice",
            name: "000.txt",
            input: PAPER,
            sentence: "**摘要:**当前",
            section: Section::Abstract,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: keywords are front matter",
            name: "000.txt",
            input: PAPER,
            sentence: "**关键词:**",
            section: Section::FrontMatter,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: running text after a heading is body",
            name: "000.txt",
            input: PAPER,
            sentence: "世界各国应维护",
            section: Section::Body,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: the notes are titles of cited works, not the author's position",
            name: "000.txt",
            input: PAPER,
            sentence: "①习近平",
            section: Section::Notes,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "000: the English title at the end belongs to the English abstract",
            name: "000.txt",
            input: PAPER,
            sentence: "## The Return",
            section: Section::Abstract,
            lang: Lang::English,
        },
        Sectioned {
            why: "000: the English abstract of a Chinese paper",
            name: "000.txt",
            input: PAPER,
            sentence: "**Abstract:**",
            section: Section::Abstract,
            lang: Lang::English,
        },
        Sectioned {
            why: "no sentence split after U.S.",
            name: "000.txt",
            input: PAPER,
            sentence: "The U.S. disagrees.",
            section: Section::Abstract,
            lang: Lang::English,
        },
        Sectioned {
            why: "000: the English keywords",
            name: "000.txt",
            input: PAPER,
            sentence: "**Key words:**",
            section: Section::Abstract,
            lang: Lang::English,
        },
        Sectioned {
            why: "004: a numbered heading is not joined to the next paragraph",
            name: "004.txt",
            input: WRAPPED,
            sentence: "1. 尊重网络主权",
            section: Section::Body,
            lang: Lang::Chinese,
        },
        Sectioned {
            why: "003: the running title between two finished paragraphs stays, as a heading",
            name: "003.txt",
            input: PAGE_HEADERS,
            sentence: "网络空间命运共同体：内在逻辑与践行路径",
            section: Section::Body,
            lang: Lang::Chinese,
        },
    ];
    for case in cases {
        let document = read(case.name, case.input.as_bytes());
        let sentences: Vec<(&str, Section, Lang)> = document
            .sentences
            .iter()
            .map(|s| (&document.text[s.span.clone()], s.section, s.lang))
            .collect();
        let found = sentences
            .iter()
            .find(|(text, _, _)| text.starts_with(case.sentence));
        assert!(
            found.is_some_and(|(text, section, lang)| {
                *section == case.section
                    && *lang == case.lang
                    && (case.sentence.ends_with(['.', '。', '】']) == (text == &case.sentence)
                        || !case.sentence.ends_with(['.', '。', '】']))
            }),
            "{}\nsentences: {sentences:#?}",
            case.why
        );
    }
}

struct Sentences {
    why: &'static str,
    input: &'static str,
    sentences: &'static [&'static str],
}

#[test]
fn sentences_are_cut_where_a_reader_would() {
    let cases = [
        Sentences {
            why: "004: the heading stands alone; wrapped lines of a paragraph are one sentence",
            input: "一、前言\n\n网络空间被视为继陆、海、空、天之后的第五\n\n疆域。",
            sentences: &[
                "一、前言",
                "网络空间被视为继陆、海、空、天之后的第五\n\n疆域。",
            ],
        },
        Sentences {
            why: "decimal numbers and abbreviations do not end sentences",
            input: "The U.S. grew 1.5 times, e.g. in Asia. It slowed.",
            sentences: &["The U.S. grew 1.5 times, e.g. in Asia.", "It slowed."],
        },
        Sentences {
            why: "a closing quote belongs to the sentence it closes",
            input: "他指出：“没有网络安全就没有国家安全。”随后离开。",
            sentences: &["他指出：“没有网络安全就没有国家安全。”", "随后离开。"],
        },
        Sentences {
            why: "a sentence cut by a page-footer note is whole again",
            input: PAGE_FOOTER,
            sentences: &[
                "最后,结合我国实际,探讨动荡变革期在联合国",
                "框架下推进国际网络空间安全治理的中国作为。",
            ],
        },
        Sentences {
            why: "English paragraphs without full stops (a .docx of one point per paragraph) ran into one sentence, scored with a zero-width interval",
            input: "The multistakeholder model is the right one\n\nWe support ICANN and the IETF\n\nThe UN should not control the Internet\n",
            sentences: &[
                "The multistakeholder model is the right one",
                "We support ICANN and the IETF",
                "The UN should not control the Internet",
            ],
        },
        Sentences {
            why: "list items end no sentence with a full stop, and ran together (a long lettered item is no heading)",
            input: "Our priorities\n- a free and open Internet\n- bottom-up governance\nb) standards written in the open by the IETF and its working groups\n",
            sentences: &[
                "Our priorities",
                "- a free and open Internet",
                "- bottom-up governance",
                "b) standards written in the open by the IETF and its working groups",
            ],
        },
        Sentences {
            why: "a resolution's preambular paragraphs end on a comma, and one ran on for 2,793 characters (NETmundial 009's shape, written anew)",
            input: "The General Assembly,\nRecalling its resolutions on the role of the\nUnited Nations,\nNoting that progress has been achieved in\napplying information technologies,\nConvinced of the need for norms, France,\nGermany and others agree.",
            sentences: &[
                "The General Assembly,",
                "Recalling its resolutions on the role of the\nUnited Nations,",
                "Noting that progress has been achieved in\napplying information technologies,",
                "Convinced of the need for norms, France,\nGermany and others agree.",
            ],
        },
        Sentences {
            why: "wrapped prose going on after a comma with a capitalised name is one sentence (a first preamble rule cut it at \"United\")",
            input: "We work with governments, civil society,\nUnited Nations agencies and the private sector.",
            sentences: &["We work with governments, civil society,\nUnited Nations agencies and the private sector."],
        },
        Sentences {
            why: "wrapped prose whose line starts like a list label is not a list",
            input: "The proposal came from the\nUK. It was backed by the ITU and by Smith et\nal. in their study of the UN.",
            sentences: &["The proposal came from the\nUK.", "It was backed by the ITU and by Smith et\nal. in their study of the UN."],
        },
        Sentences {
            why: "an English sentence a page break split goes on in lower case, and is one sentence again",
            input: "The registries serve the community and\n\ntheir members across the world.",
            sentences: &["The registries serve the community and\n\ntheir members across the world."],
        },
        Sentences {
            why: "a page break after a word no sentence ends on goes on, even before a capital",
            input: "The principles were agreed by the\n\nInternet community in São Paulo.",
            sentences: &["The principles were agreed by the\n\nInternet community in São Paulo."],
        },
    ];
    for case in cases {
        let document = read("case.txt", case.input.as_bytes());
        let got: Vec<&str> = document
            .sentences
            .iter()
            .map(|s| &document.text[s.span.clone()])
            .collect();
        if case.sentences.len() == 2 && case.input == PAGE_FOOTER {
            // One sentence spanning the removed notes: starts and ends as expected.
            assert_eq!(got.len(), 1, "{}: {got:?}", case.why);
            assert!(
                got[0].starts_with(case.sentences[0]) && got[0].ends_with(case.sentences[1]),
                "{}",
                case.why
            );
        } else {
            assert_eq!(got, case.sentences, "{}", case.why);
        }
    }
}

struct Read {
    why: &'static str,
    name: &'static str,
    input: &'static str,
    /// Each sentence as the words read from it, their original text joined by spaces.
    sentences: &'static [&'static str],
}

/// Markdown's markup in a file named .md is not read as prose: neither code, nor where links
/// point, nor the markers of blocks, which start paragraphs of their own. Text detected as
/// Markdown but not named so (a PDF or web extraction with `#` headings) is read as before the
/// subset, links, fences and all.
#[test]
fn markdown_is_read_as_its_prose() {
    let cases = [
        Read {
            why: "a code block is not read, and no sentence runs across it",
            name: "code.md",
            input: CODE,
            sentences: &["各国 应当 尊重 网络主权", "并且 坚持 多边 治理"],
        },
        Read {
            why: "a ``` inside a line opens nothing; a ~~~~ fence is closed by one at least as long, not by ~~~",
            name: "fence.md",
            input: "Use ``` inside a line, it starts nothing.\n~~~~\nsovereignty in code\n~~~\nstill code\n~~~~~\nAfter the block.",
            sentences: &["Use inside a line it starts nothing", "After the block"],
        },
        Read {
            why: "a fence never closed runs to the end of a .md file",
            name: "open.md",
            input: UNCLOSED,
            sentences: &["We stand by the model"],
        },
        Read {
            why: "in a .txt detected as Markdown no fence is code: a separator of tildes takes nothing with it, and a fenced block is text as before the subset",
            name: "notes.txt",
            input: "# Notes\n\nThe first part of the position paper ends here.\n~~~~~~~~\nThe second part is the multistakeholder model.\n\n```\nsovereignty()\n```",
            sentences: &["Notes", "The first part of the position paper ends here", "The second part is the multistakeholder model", "sovereignty"],
        },
        Read {
            why: "a .txt detected as Markdown by its `## ` heading is read as before the subset, which only files named .md get: a link's address stays text",
            name: "link.txt",
            input: HEADED_LINK,
            sentences: &["Position", "We support the link http x and its work"],
        },
        Read {
            why: "the same text named .md loses the link's address, and keeps its text",
            name: "link.md",
            input: HEADED_LINK,
            sentences: &["Position", "We support the link and its work"],
        },
        Read {
            why: "a link's text is read, not its address or title; an image not at all (its `!` ended the sentence); nor an autolink",
            name: "links.md",
            input: LINKS,
            sentences: &["We support the Internet Governance Forum and its work", "The principles are at"],
        },
        Read {
            why: "a `](` in prose that is no link (a destination with spaces and no title) stays text; the real link after it does not",
            name: "sic.md",
            input: "The ratio [sic](as reported by the ministry) was high, see [the report](https://example.org/report).",
            sentences: &["The ratio sic as reported by the ministry was high see the report"],
        },
        Read {
            why: "a quote starts a paragraph, its marker is not read, and its hard-wrapped lines are one paragraph (的/自然)",
            name: "quote.md",
            input: QUOTE,
            sentences: &["在 动荡 变革 期 各国 政府 国际 组织 和 私营部门 都 认为", "网络主权 是 国家主权 在 网络空间 的 自然 延伸"],
        },
        Read {
            why: "a single list item after an unfinished line ran into it; an ordered item's number was a word",
            name: "list.md",
            input: LIST,
            sentences: &["The principles that we support include", "a free and open Internet", "bottom-up governance"],
        },
        Read {
            why: "a blank line ends a list item, and the Chinese after it, which waits for a finished sentence across a blank line, ran into it",
            name: "item.md",
            input: "- 维护网络主权\n\n各国应当加强合作。",
            sentences: &["维护 网络主权", "各国 应当 加强 合作"],
        },
        Read {
            why: "each table row is a paragraph of its own and the delimiter row nothing; they ran together into one sentence",
            name: "table.md",
            input: TABLE,
            sentences: &["Our positions on the main questions are these", "question position", "sovereignty multistakeholder", "ICANN independent"],
        },
        Read {
            why: "a number other than 1 starts no list inside a paragraph (a wrapped line starting with a year), but does in a list",
            name: "years.md",
            input: "The agreement on the principles of Internet governance was reached in\n2014. The rest of the process followed over the years in many places.\n\n1. bottom-up governance\n2. open standards",
            sentences: &["The agreement on the principles of Internet governance was reached in 2014", "The rest of the process followed over the years in many places", "bottom-up governance", "open standards"],
        },
        Read {
            why: "000's shape (a PDF extraction detected as Markdown by its headings) keeps its paragraphs: the page break in 偏/见 rejoins and a line starting with a dash goes on the sentence",
            name: "000.txt",
            input: "## 一、问题的提出\n\n当前，世界进入动荡变革期，在动荡变革期，意识形态偏\n\n见等政治病毒也在传播，各国都应当\n- 维护联合国的权威地位。\n",
            sentences: &["一 问题 的 提出", "当前 世界 进入 动荡 变革 期 在 动荡 变革 期 意识形态 偏\n\n见 等 政治 病毒 也 在 传播 各国 都 应当 维护 联合国 的 权威 地位"],
        },
        Read {
            why: "a validation text's paragraphs, indented by four spaces in a .txt detected as Markdown by `# # #`, are text, not indented code",
            name: "indented.txt",
            input: "# # #\n\n    The multistakeholder model works.\n\n    We support it fully.",
            sentences: &["The multistakeholder model works", "We support it fully"],
        },
        Read {
            why: "in a .md file too an indented paragraph is text, and a page break inside a word (偏/见) still rejoins",
            name: "indented.md",
            input: "    The multistakeholder model works, see [the report](https://example.org/report).\n\n当前，世界进入动荡变革期，意识形态偏\n\n见等政治病毒也在传播。",
            sentences: &["The multistakeholder model works see the report", "当前 世界 进入 动荡 变革 期 意识形态 偏\n\n见 等 政治 病毒 也 在 传播"],
        },
    ];
    for case in cases {
        let document = read(case.name, case.input.as_bytes());
        let got: Vec<String> = document
            .sentences
            .iter()
            .map(|s| {
                let words: Vec<&str> = s
                    .clauses
                    .iter()
                    .flat_map(|c| &c.words)
                    .map(|w| &document.text[w.span.clone()])
                    .collect();
                words.join(" ")
            })
            .filter(|words| !words.is_empty())
            .collect();
        assert_eq!(got, case.sentences, "{}", case.why);
    }
}
