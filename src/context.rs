//! Stage 5: the clause-level context of a cue hit: who speaks (the author or another actor),
//! whether the cue is negated or opposed, held at a distance ("so-called", scare quotes), or
//! endorsed. The trigger words are run through the same normaliser and segmenter as documents, so
//! Traditional wording and English inflections reach them.
//!
//! The rules are deliberately few and local, because they must work on both languages:
//! - negation: a particle (不, not) governs the next few words of its clause; an opposition verb
//!   (反对, reject) governs the rest of its clause, up to a predicate coordinated to it ("reject
//!   the treaty and support ICANN", 反对…并支持…), and only the recipient of a transfer it names
//!   ("oppose the transfer of the IANA functions to the ITU"); clauses joined by an enumeration
//!   comma (、) count as one, so "反对A、B" reaches B. A marker of a rejected alternative ("rather
//!   than", 而不是) rejects the next few words of its clause, and with them the clause's
//!   endorsement, up to a verb of loss or a new predicate; one that opens a clause other than the
//!   whole sentence, or 与其 before 不如, rejects the rest of it ("Rather than relying on a new body
//!   at the United Nations, we should…", 与其寄望联合国，不如…). A word of creation or need passes a
//!   particle's reach on to what it governs: what is not to be created or not needed is rejected
//!   ("do not support the creation of a new binding treaty", 没有必要建立新的多边机构); a word that
//!   denies a need (无需, 不必, unnecessary) rejects what it governs, and "without" what a word of
//!   creation right after it governs ("without creating a new intergovernmental body"). A particle
//!   just after a cue that opens its clause negates the predicate (私营部门不应主导). An even number
//!   of negators cancels out (不能否认).
//!   So does a particle after the cue right after a verb of belief, the subject of its complement
//!   ("we believe that the ITU should not take over"). A particle before a verb of belief is
//!   raised from its complement: it turns the complement's modal verb, which endorses nothing
//!   and negates as a particle would ("we do not believe that the ITU should take over",
//!   我们不认为联合国应该管理互联网). "Nor" carries a negation on and never cancels it ("neither
//!   the ITU nor the UN should"), or after a verb of loss or opposition carries that verb's
//!   reading ("we must not weaken the UN nor ICANN"). A distributive negation right before a cue
//!   denies it to any one of its kind, not to the kind, and neither negates nor endorses it ("no
//!   single stakeholder should control the Internet", 任何单一利益攸关方都不应主导). The subject
//!   of a denied passive of control with an agent is its patient, not what is denied ("ICANN
//!   should not be controlled by any government", "ICANN is (still) not controlled by…",
//!   联合国不应被美国控制); its agent is, when the author wills the denial: in English after "by",
//!   or its means after "through" ("the Internet should not be governed by the ITU", "cannot be
//!   managed through state-led mechanisms"), unless "alone" follows; in Chinese after 由 or 被
//!   within the particle's reach.
//!   The alternatives of a clause that 无论 / 不论 / 不管 opens are the subjects of the next
//!   clause's predicate when 都 or 也 opens it (无论是国际电信联盟还是联合国，都不应控制互联网).
//!   A particle before an adverb of sufficiency measures a shortfall and negates nothing ("has not
//!   fully ensured multistakeholder principles", 没有得到充分听取); the subject of an active one is
//!   criticised ("the ICANN board is not fully representative").
//! - attribution: another actor (美国, 北京, 中国大陆, 民间团体, some, proponents) followed within a
//!   few words by a speech or stance verb (主张, argue) opens a scope running to the end of the
//!   sentence (of its
//!   clause when the actor heads a relative clause in a clause it does not open:
//!   中国同美国推行的霸权主义作斗争), as an
//!   attributing phrase does on its own ("according to", "it has been argued", 据称), and on into
//!   the next line when a PDF line break cut the sentence; an own-voice subject with a verb
//!   (中国坚持, we support) closes it. Actors named in a coalition the author's side heads
//!   (以中国为首的发展中国家) or joined to an own-voice subject (中国和俄罗斯共同倡导) are the
//!   author's own voice, but not one the own voice modifies (中国学者); one after a preposition
//!   or a verb of calling on (与欧盟对话时, 在北京, "we urge the EU to") is an object or a place,
//!   no subject. So is the document's author when its heading names it (`author`: "U.S.
//!   Government Submission…" makes "the United States believes…" the author's own stance;
//!   `speak_as`). 中国, 中方 and a coalition China heads are the author's own side because a
//!   Chinese text is mostly China's; under a heading that names another author (美国政府关于…的立场)
//!   they are another actor, and 我国, 我们 stay the author's.
//!   An actor inside the object of a verb of stance is no subject of a later clause without one,
//!   which goes on from the subject before it (我们反对少数国家的特权，支持联合国… is the author's).
//!   A named actor and a verb of agreement that ends its clause, after a sentence's opening
//!   "as", close their scope at once: the next clause is the author's, who agrees ("As China has
//!   proposed, multilateralism must be upheld").
//! - distancing: 所谓 / so-called, a pejorative verb of advocacy (鼓吹, 标榜) or a pretext ("under
//!   the guise of") just before the cue, or a frame of façade closing after it (打着…的旗号, 幌子),
//!   unless the cue only names a claim's topic (below), or quotation marks hugging it.
//! - endorsement: an endorsing word (应, 坚持, should, support) earlier in the clause, or just after
//!   the cue (网络主权应得到尊重), unless the cue is negated or in another actor's speech, where
//!   the endorsing word is the actor's. A modal with a particle right after it ("should not")
//!   endorses nothing in its clause, unless a verb of loss, privation or exclusion follows. A
//!   particle right before an endorsing word or a verb of stance (不支持, "not in favour of", "do
//!   not accept"), or a correlative before an inverted clause ("nor do we support"), turns it
//!   against the recipient of a transfer it names (交给, to) or else the few words after it: "do
//!   not support a binding treaty" negates the treaty and endorses nothing.
//! - denied loss: a verb of loss or harm (失去, 削弱, undermine) says nothing of the author's
//!   stance on its own, but negated or opposed (不能失去联合国, "we must not weaken the model",
//!   反对削弱联合国的作用) it endorses what it governs; a negated opposition verb of thought only
//!   concedes (不能否认). A passive one endorses its subject (网络主权不容侵犯), and the object
//!   of a negated causative is that subject too (决不能让网络主权受到侵犯, "we must never let
//!   sovereignty be violated"); a passive's agent is negated ("must not be undermined by
//!   intergovernmental control", 不应受到…的损害). A refused means denies its purpose: "we must
//!   never let the model be used to undermine sovereignty", 决不能让多利益攸关方模式被用来削弱国家主权
//!   endorse sovereignty and negate the model, its instrument. Only a denial the author wills or
//!   owes does so: one by an opposition verb, a negated stance, a deontic particle (不能, 不应,
//!   "must not", cannot, "must be respected and not undermined") or a particle whose subject is
//!   the author acting ("we will not abandon", 我们不会放弃, "our government will not"). A thing
//!   of the author's ("our proposal", this paper, 本文) wills the denial of its own loss only
//!   ("our proposal will not abandon sovereignty", 中国的网络主权绝不会被削弱), not of its effect
//!   on another ("our proposal would not undermine ICANN"). A plain 不, 没有, 不会 or "not"
//!   describing an outcome ("the treaty would not damage ICANN", 这些做法没有损害联合国的权威)
//!   negates nothing, neither the verb's subject nor what it governs, and the sentence says
//!   nothing of either side. Right after an endorsing word or modal the loss is the author's aim
//!   and negates what it governs ("we should weaken ICANN's role", 我们支持削弱ICANN的作用), as the
//!   modal of a passive does ("ICANN's role should be weakened").
//! - judgments of wrong (是错误的, 不现实, "would be a mistake", "has failed") negate what their
//!   clause says before them, once however many there are, and so does a clause that is only a
//!   judgment what the clause before it says (…的主张，既不现实，也不可取). Judging a verb of loss
//!   denies the loss, as a particle does ("undermining ICANN would be a mistake"). Judgments of
//!   right (是正确的, 不可或缺, "is the best") endorse what their clause says before them. A
//!   denied belief turns the judgment of its complement ("we do not believe that the ITU is the
//!   right body"), and a condition suspends it ("if the model has failed, …").
//! - claims: a cue that only names the topic of a claim about it, a theory named after a
//!   predicate (主权过时论) or its absence after the privative 无 (网络空间无主权的论调,
//!   无主权的网络空间是危险的), takes no negation, distance, quotation or endorsement from the words
//!   around: they are the claim's. Rejecting its absence endorses it: an opposition verb earlier in
//!   the clause, 所谓 just before, or a verb of refuting (批驳, 驳斥) does; endorsing it right
//!   before 无 negates it (支持无多利益攸关方参与的机制).
//! - criticism: a cue in the complement of a noun of criticism (criticism of X, opposition to X,
//!   对X的批评) is what the criticism opposes: an endorsing word or a denied loss that reaches it
//!   endorses the criticism, and negates the cue ("we must not abandon our criticism of the
//!   model", 我们应当加强对网络主权的批判).

use crate::author::{self, Author};
use crate::document::Word;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use std::collections::HashMap;
use std::ops::Range;

/// Words a negation particle reaches after itself.
const PARTICLE_REACH: usize = 3;
/// Words that open and close a frame of cause or pretext between a Chinese negator and the verb
/// it denies (不能因为担心“碎片化”就否认…, 不能以所谓“互联网自由”为借口否定…, 不应以安全为由排斥…,
/// 不能借多边主义之名削弱…, 不应将多利益攸关方作为借口削弱…): the frame closes right before the
/// verb, and the negator's reach is counted to where the frame opens (see `frame_start`). A frame
/// of cause may hold a comma (我们不能因为个别国家滥用这一概念，就否定网络主权本身).
const FRAME_OPENERS: &[&str] = &["以", "借", "把", "将"];
const CAUSE_OPENERS: &[&str] = &["因为", "由于"];
/// With `PRETEXT_NAMES` (借口, 之名, 为名), the words that close a frame.
const FRAME_CLOSERS: &[&str] = &["就", "而", "由"];
/// Particles and auxiliaries of a denied past event (see `tells_the_past`).
const PAST_PARTICLES: &[&str] = &["并未", "从未", "未", "从来未", "从没"];
const PAST_AUXILIARIES: &[&str] = &["did", "was", "were", "had"];
/// Words that open a condition (see `suspend_conditions`).
const CONDITION_OPENERS: &[&str] = &["如果", "倘若", "假如", "假若", "若", "要是", "一旦", "if"];
/// Words a frame of cause or pretext spans at most, its opener and closer included.
const FRAME_REACH: usize = 12;
/// Words a denied verb of loss reaches after itself ("must not weaken the role of the UN").
const DENIED_LOSS_REACH: usize = 5;
/// Words a denied verb of loss, or the passive marker before it, may follow a cue it is the
/// passive predicate of ("the model must not be undermined").
const DENIED_PREDICATE_REACH: usize = 5;
/// Words between a negated causative and the passive marker after its object
/// (决不能让联合国的作用被削弱, "must not allow the United Nations to be sidelined").
const CAUSATIVE_REACH: usize = 6;
/// Words between a noun of criticism and a cue in its complement, either way ("criticism of the
/// multistakeholder model", 对美国网络霸权的批评).
const COMPLEMENT_REACH: usize = 4;
/// Words between a negated verb of belief and the modal verb of its complement
/// (我们不认为在当前形势下联合国应该…).
const COMPLEMENT_MODAL_REACH: usize = 6;
/// Nouns of the part a cue plays, which a predicate about the cue's part is about the cue (联合国的
/// 作用不可或缺, 私营部门的参与必不可少, "the UN's role should be strengthened").
const ROLE_HEADS: &[&str] = &["作用", "地位", "角色", "参与", "贡献", "职能", "role"];
/// Words that, opening a clause, name what the next clause cannot be without: 没有网络主权，就没有
/// 国家安全, "without the RIRs, there would be no coordinated allocation" (see `read_necessities`).
const NECESSITY_OPENERS: &[&str] = &["没有", "without"];
/// Words after a word of `NECESSITY_OPENERS` that make it no necessity: "without prejudice to the
/// role of the ITU, …" (as the stemmer leaves "prejudice") keeps the ITU's role as it is, and
/// argues for nothing.
const NECESSITY_EXCEPTIONS: &[&str] = &["prejudic"];
/// The copula after which, in the opener's own clause, a denial judges what the clause names a
/// necessity (没有联合国是万万不能的), within `NECESSITY_VERDICT_REACH` words of it.
const NECESSITY_COPULA: &str = "是";
const NECESSITY_VERDICT_REACH: usize = 2;
/// Words of a result that cannot come about, besides particles ("without civil society, it would
/// be hard to…", 没有联合国，和平不可能实现, 没有联合国是万万不能的).
const HARDSHIP_TERMS: &[&str] = &[
    "不可能",
    "很难",
    "万万不能",
    "不行",
    "impossible",
    "hard",
    "difficult",
];
/// The start of Chinese words of a result that cannot come about: the segmenter keeps many of them
/// whole (难以获得, 难以为继, 无从谈起), so a word is compared by its start.
const HARDSHIP_STARTS: &[&str] = &["难以", "无从"];
/// Words a negation particle may follow a cue that is its clause's subject (私营部门不应主导,
/// "a new treaty is not needed").
const PREDICATE_REACH: usize = 3;
/// Qualities an author grants what it favours: denied of a subject in a plain statement, not a
/// willed one (see `denies_will_or_quality`), they judge it ("intergovernmental control is not
/// acceptable", 政府主导并不是网络治理的最佳选择, "ICANN does not represent the world's users").
const QUALITY_TERMS: &[&str] = &[
    "answer",
    "solution",
    "acceptable",
    "adequate",
    "sufficient",
    "enough",
    "appropriate",
    "suitable",
    "suited",
    "best",
    "ideal",
    "proper",
    "effective",
    "efficient",
    "workable",
    "viable",
    "legitimate",
    "legitimacy",
    "mandate",
    "accountable",
    "accountability",
    "transparent",
    "democratic",
    "representative",
    "represent",
    "fair",
    "neutral",
    "impartial",
    "inclusive",
    "reliable",
    "trustworthy",
    "credible",
    "capable",
    "competent",
    "qualified",
    "deliver",
    "succeed",
    "apply",
    "applicable",
    "way forward",
    "答案",
    "出路",
    "良方",
    "最佳",
    "最好",
    "合适",
    "适合",
    "适宜",
    "恰当",
    "妥当",
    "理想",
    "有效",
    "可行",
    "可取",
    "合法",
    "正当",
    "合理",
    "民主",
    "透明",
    "公正",
    "公平",
    "中立",
    "可靠",
    "可信",
    "称职",
    "胜任",
    "足够",
    "充分",
    "足以",
    "代表",
    "代表性",
    "包容",
    "奏效",
    "管用",
    "资格",
    "适用",
];
/// Words after a plain denial of a subject within which a denied quality judges it (联合国并不是
/// 讨论互联网关键资源管理的合适场所).
const QUALITY_REACH: usize = 8;
/// Words that make a quality right after them (or after 的) exclusive: denying that the subject is
/// the only answer grants it is one (ICANN并非互联网治理的唯一答案, "not the only solution"). As
/// stems ("only" is "onli").
const EXCLUSIVE_QUALIFIERS: &[&str] = &["唯一", "onli", "sole"];
/// Auxiliaries of will before a particle ("will not", "would never"): the denial says what the
/// subject is to do, as a modal's does (see `DEONTIC_MODALS`).
const WILL_AUXILIARIES: &[&str] = &["will", "would", "could", "may", "might"];
/// Particles of will (不会, "won't"), which deny what the subject is to do: particles too.
const WILL_PARTICLE_TERMS: &[&str] = &["不会", "决不会", "绝不会", "won't", "wouldn't", "couldn't"];
/// Words from the start of its clause within which a cue counts as the clause's subject.
const SUBJECT_REACH: usize = 2;
/// Words between another actor and its verb for the verb to count as the actor's.
const ACTOR_VERB_REACH: usize = 8;
/// Words after an actor within which 的 makes it the subject of a relative clause (美国所倡导的).
const RELATIVE_REACH: usize = 4;
/// Connectives that may open a clause before its topic (而美国推行的…, 事实上美国主张的…).
const TOPIC_CONNECTIVES: &[&str] = &["而", "但", "但是", "然而", "事实上", "同时", "其实", "不过"];
/// Prepositions of a source (按照美国商务部当年的说法，…): an actor after one still opens its
/// clause, and the scope of its words of view runs on past the clause.
const SOURCE_OPENERS: &[&str] = &["按照", "依照", "根据", "照"];
/// Words between an own-voice subject and its verb.
const OWN_VOICE_VERB_REACH: usize = 3;
/// Words an endorsing word reaches backwards, for "网络主权应得到尊重".
const ENDORSE_AFTER_REACH: usize = 2;
/// Words between 所谓 / so-called and the cue.
const DISTANCING_REACH: usize = 3;
/// Characters a closing quotation mark may lie after the cue's end (“多利益攸关方”模式 vs “政府主导的多边模式”).
const QUOTE_REACH: usize = 8;

/// Negating particles; the deontic ones (不能, cannot) are `DEONTIC_TERMS`, particles too.
const PARTICLE_TERMS: &[&str] = &[
    "不",
    "不是",
    "并不",
    "没有",
    "未",
    "并未",
    "非",
    "并非",
    "不再",
    "无法",
    "not",
    "no",
    "never",
    "don't",
    "doesn't",
    "didn't",
    "hasn't",
    "haven't",
    "从未",
    "从不",
    "毫不",
    // The jieba dictionary's other adverbs of negation in one word: not read as 不 or 未, they
    // negated nothing (我们从来不反对多利益攸关方参与 read as opposing it).
    "从来不",
    "从来未",
    "从没",
    "尚不",
    "永不",
    "绝非",
    "决非",
    // A particle and a verb of belief in one word (see `BELIEF_TERMS`), or one term.
    "并不认为",
    "disagree that",
    "disagrees that",
    "no longer",
];
/// Markers of a rejected alternative: a cue within `CONTRAST_REACH` words after one in its clause
/// is negated, and with it the clause's endorsement ("should be made in the IETF rather than by
/// diplomats in the General Assembly", 由多方共同管理，而不是交由联合国主导), unless a verb of loss
/// comes between, whose denial endorses ("strengthen ICANN rather than seek to weaken the UN"), an
/// endorsing word, whose object is what is preferred ("instead of the ITU we support ICANN"), or a
/// conjunction that opens a new predicate (`CONTRAST_ENDS`: "cooperate rather than compete and
/// the UN should facilitate"). Particles too: a verb of loss right after one is a denied loss.
/// Never of the subject before it ("ICANN rather than the ITU should manage the root"). One that
/// opens a clause other than the whole sentence rejects the rest of that clause, past
/// `CONTRAST_REACH` and past endorsing words, which are part of the alternative there, up to a verb
/// of loss or a new predicate: another clause holds what is preferred ("Rather than supporting a
/// new body at the United Nations, we should…", 与其在联合国框架下推动制定新的条约，不如…; see
/// `clause_rejections`).
const CONTRAST_TERMS: &[&str] = &[
    "rather than",
    "instead of",
    "而不是",
    "而非",
    PAIRED_CONTRAST,
];
/// A marker of a rejected alternative only with a word of `PREFERENCE_WORDS` later in its sentence
/// (与其…，不如…); without one it is a preposition and a pronoun (这与其此前的立场形成反差). It
/// rejects the rest of its clause, up to the word of preference.
const PAIRED_CONTRAST: &str = "与其";
const PREFERENCE_WORDS: &[&str] = &["不如", "倒不如", "毋宁"];
/// Words a marker of a rejected alternative reaches after itself ("rather than by diplomats in the
/// General Assembly"); not as far as a complement of what it rejects ("sooner rather than later to
/// strengthen the role of the United Nations").
const CONTRAST_REACH: usize = 6;
/// Conjunctions that end what a marker of a rejected alternative rejects when a new predicate
/// follows (see `opens_predicate`), not when they join its nouns ("rather than in the ITU and the
/// General Assembly").
const CONTRAST_ENDS: &[&str] = &["and", "并"];
/// Words after a conjunction within which a modal or endorsing verb makes it open a predicate
/// ("and the United Nations should facilitate", 并应…).
const PREDICATE_OPENING_REACH: usize = 4;
/// Words that join a second predicate to a clause when a verb follows them within
/// `COORDINATED_VERB_REACH` words ("we reject the treaty and support ICANN", "but strongly
/// oppose", "and do not support", "and ICANN should", 反对多边主义并支持…, 而应): what an
/// opposition verb before them governs ends there (see `predicates_after_opposition`).
const PREDICATE_COORDINATORS: &[&str] = &["and", "but", "并", "并且", "而", "但", "但是", "同时"];
const COORDINATED_VERB_REACH: usize = 3;
/// Words that open a relative clause: a modal right after one is the clause's, which an opposition
/// before it governs ("we oppose any treaty that should give the ITU control").
const RELATIVE_PRONOUNS: &[&str] = &["that", "which", "who"];
/// The roles of a verb that opens a predicate: a coordinated predicate's verb, for one.
const PREDICATE_VERB: Roles = LOSS | OPPOSER | ENDORSER | STANCE | MODAL | BELIEF | ACTOR_VERB;
/// Words between a coordinator and a verb that make the verb a noun's or a relative clause's
/// ("and its support for…", "and the support of…", "and any proposal that would…"):
/// determiners as the stemmer leaves them ("it" for "its", "ani" for "any"), the possessive,
/// relative pronouns, 的.
const NOUN_OPENERS: &[&str] = &[
    "the", "a", "an", "it", "their", "our", "his", "her", "this", "that", "these", "those", "ani",
    "such", "s", "which", "who", "其", "这", "该", "这些", "那些", "的",
];
/// A finite "be" and its particle in one word, particles too: before a passive of control with an
/// agent they deny it as "is not" does ("ICANN isn't controlled by any government", see
/// `denied_agent_marker`).
const NEGATED_BE_TERMS: &[&str] = &["isn't", "aren't", "wasn't", "weren't"];
/// Correlative negators, particles too: "nor" carries on a negation before it and never cancels
/// it ("neither the ITU nor the UN", "not by the ITU nor by the UN", "the ITU should neither
/// control nor oversee"). Of the particles that reach a cue, going back from it, a correlative
/// counts only when no particle has been counted yet, and the count ends at any correlative (see
/// `ContextTagger::tag`). An opposition verb before it is another negator, which it cancels:
/// "we oppose neither the ITU nor the UN" opposes neither. A "nor" after a verb of loss or opposition carries that verb's reading
/// instead ("we must not weaken the UN nor ICANN", see `continue_correlatives`).
const CORRELATIVE_TERMS: &[&str] = &["neither", CONTINUING_CORRELATIVE];
/// The correlative that continues a negation before it.
const CONTINUING_CORRELATIVE: &str = "nor";
/// Indefinite articles, before which a word is a noun (see `ContextTagger::read_written_actors`).
const INDEFINITE_ARTICLES: &[&str] = &["a", "an"];
/// Words an inverted clause's subject may take between the auxiliary after a correlative and the
/// verb ("nor do we support", "nor do most governments support").
const INVERTED_SUBJECT_REACH: usize = 3;
/// Words between a "nor" before a subject and the predicate it denies: the subject and an
/// auxiliary or modal ("nor should the IANA function be weakened", "neither the UN nor the ITU
/// should be marginalised"; see `correlative_of_subject`).
const CORRELATIVE_SUBJECT_REACH: usize = INVERTED_SUBJECT_REACH + 1;
/// Auxiliaries and modals that, right after "nor", open an inverted clause with a negation of its
/// own ("nor should the ITU take over", "nor do we support…"; see `continue_correlatives`).
const INVERSION_TERMS: &[&str] = &[
    "should", "must", "shall", "will", "would", "can", "could", "may", "might", "do", "does",
    "did", "is", "are", "was", "were", "has", "have", "had",
];
/// Distributive negators, particles too: right before a cue they deny it to any one of its kind,
/// not to the kind ("no single stakeholder should control the Internet"), so that cue is neither
/// negated nor endorsed. Farther off they negate as particles do ("no single government supports
/// the ITU"). Not "no one", which is mostly "nobody", and as one word would reach a word further
/// than "no" does ("no one in the multistakeholder community supports the ITU").
const DISTRIBUTIVE_NEGATOR_TERMS: &[&str] = &["no single", "no individual"];
/// Distributive quantifiers: a negation of the cue right after one denies it to any one of its
/// kind (任何单一利益攸关方都不应主导, "must not be captured by any single stakeholder group"), as a
/// distributive negator does; they negate nothing themselves, and an endorsement stands. Not
/// 任何一个 or "any", which deny the kind: 任何一个政府间组织都不应控制互联网.
const DISTRIBUTIVE_TERMS: &[&str] = &["任何单一", "any single"];
const OPPOSER_TERMS: &[&str] = &[
    "反对",
    "抵制",
    "拒绝",
    "否认",
    "否定",
    "摒弃",
    "抛弃",
    "放弃",
    "排斥",
    "批判",
    "打破",
    "摆脱",
    "不容许",
    "决不允许",
    "绝不允许",
    "oppose",
    "opposes",
    "opposed",
    "reject",
    "rejects",
    "rejected",
    "deny",
    // The verb, not the noun: "the question of the UN's role" opposes nothing.
    "question the",
    "refuse",
    "abandon",
    "against",
    "disagree with",
    "disagrees with",
    // "Objection to" too: the stemmer makes the noun one with the verb, and an objection to a cue
    // opposes it as objecting does.
    "object to",
    "resist",
    "remain independent of",
    "stay independent of",
    "stays independent of",
    "be independent of",
    "is independent of",
    "are independent of",
    "独立于",
];
/// Verbs of loss or harm: neutral on their own ("these proposals would undermine the model" is
/// said by its friends), an endorsement of what they govern when denied (see `deny_losses`).
/// The verbs of giving up are too (`GIVING_UP_TERMS`), the opposition verbs among them included:
/// "不能放弃X" endorses X, where a denied opposition verb of thought concedes it and no more
/// (不能否认联合国的作用).
const LOSS_TERMS: &[&str] = &[
    "失去",
    "丧失",
    "削弱",
    "弱化",
    "损害",
    "破坏",
    "侵蚀",
    "侵犯",
    "践踏",
    "动摇",
    "架空",
    "边缘化",
    // Exclusion: 不应把公民社会挡在门外 endorses 公民社会, as 私营部门不应被排除在…之外 does the
    // private sector (the place between 在 and 之外 is any length).
    "排除",
    "排除 在外",
    "排斥 在外",
    "挡 在 门外",
    "拒之门外",
    // Separation: 网络空间不能脱离主权 and 不存在脱离主权的"全球公域" endorse sovereignty.
    "脱离",
    // Hindrance: 分歧并不妨碍在联合国框架下寻求共识 endorses the framework.
    "妨碍",
    "阻碍",
    "阻挠",
    "undermine",
    "undermining",
    "weaken",
    "weakening",
    "erode",
    "eroding",
    "lose",
    "losing",
    "damage",
    "damaging",
    "sideline",
    "violate",
    "exclude",
    "excluding",
    "shut out",
    "leave out",
    "left out",
    "drive out",
    "driven out",
    "force out",
    "push out",
    "marginalise",
    "marginalize",
    "hinder",
    "impede",
    "obstruct",
    // Politicising: "the IANA function should not be politicised" keeps it from harm, as 不应将
    // ICANN政治化 does.
    "politicise",
    "politicize",
    "政治化",
    // Seizing what they govern: opposing "any intergovernmental takeover of ICANN" or "the
    // capture of ICANN by any government" defends ICANN. The verbs of seizing are losses only with
    // an object (see `SEIZING_TERMS`).
    "takeover",
    "capture",
    // Ending what they govern: 我们呼吁结束ICANN的垄断, "we support an end to ICANN's monopoly"
    // will the end (see `is_willed_loss`).
    "an end to",
    "结束",
    "终结",
];
/// Verbs of seizing: a loss of what they govern when an object follows them in their clause ("the
/// ITU should not take over ICANN's functions", 国际电联不应接管ICANN的职能 defend ICANN). Without
/// one, or after an agent marker (毫无必要由联合国接管这些职能), their subject is what a denial
/// refuses ("we do not believe that the ITU should take over"), and read as a loss it would be the
/// subject's own (see `read_seizures`).
const SEIZING_TERMS: &[&str] = &["take over", "took over", "接管"];
/// Verbs of loss that put another in the place of what they govern: denied, they refuse the
/// replacement, named after "with" or 以 / 用 ("we will not replace ICANN with the ITU",
/// 不能以联合国替代ICANN), and endorse what would be replaced.
const REPLACING_TERMS: &[&str] = &["replace", "取代", "替代"];
/// The word before the replacement of an English verb of replacing.
const REPLACEMENT_MARKER: &str = "with";
/// Verbs of transformation: verbs of replacing whose replacement is what they turn their object
/// into, named after "into" ("we oppose turning ICANN into an intergovernmental organisation") or,
/// in Chinese, whose verb says "into", right after the verb (反对把ICANN变成政府间组织): denied, they
/// refuse the replacement and endorse the object. An English one without "into" is no loss: "turn
/// to the UN" (see `read_transformations`).
const TRANSFORMING_TERMS: &[&str] = &[
    "turn",
    "turning",
    "transform",
    "transforming",
    "convert",
    "converting",
    "变成",
    "变为",
    "转变 为",
    "改造 成",
    "改造 为",
    "改组 为",
];
/// The word before the replacement of an English verb of transformation.
const TRANSFORMATION_MARKER: &str = "into";
/// Words between an English verb of transformation and its "into", at most ("turning the IANA
/// functions into").
const TRANSFORMATION_REACH: usize = 6;
/// Nouns that take "with" themselves: after one, "with" names a partner, not a replacement ("we
/// cannot replace cooperation with the UN").
const WITH_NOUN_TERMS: &[&str] = &[
    "cooperation",
    "co-operation",
    "collaboration",
    "partnership",
    "partnerships",
    "talks",
    "dialogue",
    "relations",
    "relationship",
    "engagement",
    "ties",
    "consultation",
    "consultations",
    "coordination",
    "agreement",
    "agreements",
    "contact",
    "contacts",
];
/// The words between a Chinese particle and a verb of replacing that name the replacement (以X替代Y).
const MEANS_MARKERS: &[&str] = &["以", "用"];
/// Verbs of loss whose subject loses what it holds, as stems: it suffers the loss, as a passive's
/// subject does (see `harms_its_subject`).
const LOSING_VERBS: &[&str] = &["lose", "失去", "丧失"];
/// Possessives of the subject, as stems ("its" is "it"): a verb of giving up right before one gives
/// up the subject's own (see `harms_its_subject`).
const OWN_POSSESSIVES: &[&str] = &["it", "their", "其", "自身"];
/// Verbs of loss that give up what their subject holds (see `LOSS_TERMS`): only an agent gives a
/// thing up, so one denied with a thing of the author's as its subject is the author's refusal
/// ("our proposal will not abandon national sovereignty", see `is_willed`).
const GIVING_UP_TERMS: &[&str] = &[
    "放弃",
    "抛弃",
    "让渡",
    "牺牲",
    "abandon",
    "give up",
    "surrender",
    "sacrifice",
    "sacrificed",
    "sacrificing",
    "negotiate away",
];
/// Markers of a passive between a negator and a verb of loss: the cue before them is what would
/// suffer the loss ("the model must not be undermined", 网络主权不能被削弱). Compared with the
/// words as the pipeline gives them: "being" is stemmed to "be".
const PASSIVE_MARKERS: &[&str] = &["被", "受到", "遭到", "be", "been"];
/// Markers of the object a Chinese verb governs before it (不应把公民社会挡在门外, 不能将联合国边缘化):
/// a negator's reach runs to the marker, and the object, not what follows the verb, suffers the
/// denied loss, as the subject of a passive does (see `disposal_marker`).
const DISPOSAL_MARKERS: &[&str] = &["把", "将"];
/// Words between a disposal marker and the verb it puts its object before, at most.
const DISPOSAL_REACH: usize = 5;
/// Words between a passive marker that takes its agent before the verb (`AGENT_PASSIVE_MARKERS`)
/// and the verb of loss it governs: an agent (被外国势力侵犯), with 所 or 的 (被政府间控制所削弱,
/// 受到多利益攸关方模式的损害), or a verb of means (被用来削弱).
const PASSIVE_AGENT_REACH: usize = 4;
/// The passive markers that may take an agent between themselves and their verb; "be" and "been"
/// take theirs after it, with "by" (see `passive_marker`).
const AGENT_PASSIVE_MARKERS: &[&str] = &["被", "受到", "遭到"];
/// Adverbs between "be" and the verb of loss it governs ("be seriously undermined", "be so easily
/// undermined"; stemmed, they cannot be told by "-ly").
const PASSIVE_ADVERB_REACH: usize = 2;
/// Words between "be" and a participle coordinated with its first one, adverbs aside: that
/// participle, "and" and the particle ("be respected and not undermined").
const COORDINATED_PASSIVE_WORDS: usize = 3;
/// Words a passive marker may have between itself and its verb (see `passive_marker`).
const PASSIVE_MARKER_REACH: usize =
    if PASSIVE_AGENT_REACH > PASSIVE_ADVERB_REACH + COORDINATED_PASSIVE_WORDS {
        PASSIVE_AGENT_REACH
    } else {
        PASSIVE_ADVERB_REACH + COORDINATED_PASSIVE_WORDS
    };
/// Words that are no adverb between "be" and a verb: the infinitive's "to" and determiners, which
/// make "be" the copula of another complement ("should not be an excuse to undermine", "be the
/// first to undermine"). As stems ("its" is "it").
const NOT_ADVERBS: &[&str] = &[
    "to", "a", "an", "the", "this", "that", "these", "those", "it", "their", "our",
];
/// Verbs of means: a passive marker before one governs it, and the verb of loss after it is its
/// purpose (被用来削弱, "be used to undermine"; "used" is stemmed to "use"). The passive's subject
/// is then the instrument of the loss, not what suffers it: that is the loss's object.
const PASSIVE_MEANS_VERBS: &[&str] = &["用来", "用于", "用以", "用作", "利用", "拿来", "use"];
/// Verbs of control: denied in the passive with an agent, they refuse the agent's control of their
/// subject, which is its patient (see `denied_agent_marker`).
const CONTROL_TERMS: &[&str] = &[
    "control",
    "govern",
    "dominate",
    "run",
    "manage",
    "oversee",
    "overseen",
    "regulate",
    "capture",
    "dictate",
    "administer",
    "taken over",
    "hijack",
    "monopolise",
    "monopolize",
    "控制",
    "主导",
    "管理",
    "管控",
    "操控",
    "把持",
    "垄断",
    "掌控",
    "支配",
    "监管",
    "主宰",
    "劫持",
];
/// The word after a passive verb that names its agent ("undermined by intergovernmental control").
const BY: &str = "by";
/// The words after a passive verb of control that name its agent or means ("should not be governed
/// by the ITU", "cannot be managed through state-led mechanisms"). Not after a verb of loss, whose
/// reach "through" ends as a conjunction ("must not weaken sovereignty through a treaty").
const AGENT_MARKERS: &[&str] = &[BY, "through"];
/// Words of bringing a thing about: a negation that reaches one reaches the thing, its object, up
/// to `CREATION_REACH` words on and not past a preposition (`CREATION_OBJECT_ENDS`): "do not
/// support the creation of a new binding treaty", 不支持制定新的国际条约; what is not to be created
/// is what is rejected, and not what a preposition after it adds ("do not support launching a
/// review of the IANA functions"). Not verbs of transfer, whose object is moved, not refused
/// ("would not support the allocation of the IANA functions to another body"), nor "adopt" ("we do
/// not adopt a position on the ITU"). `NEED_FOR` is one, and a word of need too.
const CREATION_TERMS: &[&str] = &[
    "create",
    "creating",
    "creation",
    "establish",
    "establishing",
    "establishment",
    "set up",
    "setting up",
    "launch",
    "launching",
    "negotiate",
    "negotiating",
    "negotiation",
    "adoption of",
    "建立",
    "设立",
    "成立",
    "创建",
    "创设",
    "组建",
    "新建",
    "另起炉灶",
    "另设",
    "另建",
    "另立",
    "制定",
    "缔结",
    "谈判",
];
/// Words of need: a negation that reaches one reaches its object right after it, or after one of
/// `OBJECT_GAP_WORDS` ("we do not really need the UN"), or a word of creation after "to", and
/// through it that word's object (没有必要建立新的多边机构, "it is not necessary to set up a new
/// intergovernmental body"), but not what another verb governs ("we do not need to choose between
/// the UN and ICANN", "a new treaty is not needed to protect ICANN", 无需害怕多边机制). Before a new
/// thing, see `NEW_THING_OPENERS`.
const NEED_TERMS: &[&str] = &["need", "necessary", "需要", "必要"];
/// Words of need that deny the need themselves ("unnecessary", 无需, 不必, 没必要): they reject
/// what they govern as a word of need (无需建立新的政府间国际组织, 不必制定新的国际条约,
/// "unnecessary government control"), whatever else negates it ("we oppose unnecessary
/// intergovernmental regulation" opposes it once), and after "be" or 是 they are a particle of the
/// predicate ("a new treaty is unnecessary"), not after a subject they are the modal of ("the ITU
/// has removed unnecessary bureaucracy", 联合国无需改革即可发挥作用). Before a cue they govern
/// nothing else: 不必在联合国和ICANN之间作出选择 refuses no one.
const NEGATED_NEED_TERMS: &[&str] = &[
    "unnecessary",
    // A modal need denied: "states need not negotiate a new treaty" rejects it, "we need not fear
    // the United Nations" and "the United Nations need not be reformed" reject nothing.
    "need not",
    "needn't",
    "无需",
    "无须",
    "毋需",
    "毋须",
    "不必",
    "不必要",
    "并不需要",
    "没必要",
    "无必要",
    "并无必要",
    "毫无必要",
];
/// Negators of a word of creation or need only, right after them or after one of
/// `OBJECT_GAP_WORDS` ("without creating a new intergovernmental body", "without the need for a
/// binding treaty"): "without the United Nations, developing countries would have no voice",
/// "without multistakeholder participation" and "should without further delay negotiate a
/// treaty" refuse no one. Nor in a sentence another particle negates: "countries cannot build
/// trust without establishing a treaty", "without creating a treaty, there can be no
/// accountability" make the thing a condition.
const WITHOUT_TERMS: &[&str] = &["without"];
/// Determiners and adverbs that may stand between a word of need or `WITHOUT_TERMS` and what it
/// governs, as stems ("we do not really need the UN", "without first establishing", 无需另行建立),
/// the attributive 的 (不必要的政府主导), and the Chinese markers of an agent or a causee
/// (毫无必要由联合国接管, 不必让联合国参与).
const OBJECT_GAP_WORDS: &[&str] = &[
    "the",
    "ani",
    "first",
    "realli",
    "necessarili",
    "再",
    "另行",
    "另外",
    "专门",
    "去",
    "的",
    "由",
    "让",
];
/// Copulas besides `FINITE_BE`, after which a word of `NEGATED_NEED_TERMS` is its clause's
/// predicate, as it is at the clause's end (新的国际条约并无必要).
const COPULAS: &[&str] = &["be", "been", "是"];

/// Whether `between` is nothing or one of `OBJECT_GAP_WORDS`: what may stand between a word of
/// need or `WITHOUT_TERMS` and what it governs.
fn only_gap_words(between: &[&str]) -> bool {
    match between {
        [] => true,
        [word] => OBJECT_GAP_WORDS.contains(word),
        _ => false,
    }
}
/// A word of creation and of need: "there is no need for a new intergovernmental organisation",
/// "we do not believe there is a need for a new treaty".
const NEED_FOR: &str = "need for";
/// Words a word of creation passes a negation on to after itself (see `CREATION_TERMS`).
const CREATION_REACH: usize = 5;
/// Words that open a noun phrase of a new or further thing: after one, a word of need reaches as
/// far as a word of creation, the opener not counted ("we do not need a new legally binding
/// international treaty", 无需新的多边机构, 我们并不需要更多的多边机构). As stems ("any" is "ani",
/// "another" "anoth", "additional" "addit"), and as the segmenter cuts (另一个 is 另 一个).
const NEW_THING_OPENERS: &[&str] = &[
    "a", "an", "ani", "anoth", "new", "more", "addit", "further", "other", "新", "一个", "任何",
    "更", "额外", "另", "其他",
];
/// Words of creation or need a negation passes through, at most (没有必要另起炉灶建立…): a bound,
/// so that a clause of thousands of them costs no more than a short one.
const MOST_CREATION_WORDS: usize = 3;
/// Words that end the object of a word of creation or need: prepositions (a passive's agent "was
/// not established by a treaty", "a review of the IANA", "trust in the model", 建立在…基础上,
/// 对…的信任, 与联合国平行的机制, 没必要为联合国设立新的机构, "cannot create a treaty without the UN"),
/// words of purpose (需要新的规则来约束国际电联), words that open a clause ("has not established
/// whether the ITU…") and contraries ("will not set up a new body but ICANN must reform", 而是).
/// The first word after a noun of creation may be `CREATION_OBJECT_OPENER`, and after a word of
/// need `NEED_OBJECT_OPENER`. As stems ("outside" is "outsid").
const CREATION_OBJECT_ENDS: &[&str] = &[
    "of", "on", "in", "into", "about", "for", "to", BY, "through", "with", "between", "among",
    "under", "at", "as", "from", "within", "outsid", "over", "that", "whether", "how", "which",
    "where", "who", "if", "but", "without", "在", "对", "与", "同", "为", "为了", "于", "来",
    "而是", "但", "但是",
];
/// The word that opens the object of a noun of creation ("the creation of a new treaty").
const CREATION_OBJECT_OPENER: &str = "of";
/// Nouns of the part a cue plays, before it: a negation or a negated stance reaches the cue through
/// them as through a noun of creation ("we do not support a greater role for the ITU", "no role
/// for the ITU", "cannot accept an expanded mandate of the ITU"). As stems ("mandate" is "mandat").
const ROLE_NOUN_TERMS: &[&str] = &["role", "mandate"];
/// The words that open the object of a noun of `ROLE_NOUN_TERMS`.
const ROLE_OBJECT_OPENERS: &[&str] = &["of", "for"];
/// The word between a word of need and a word of creation ("not necessary to set up").
const NEED_OBJECT_OPENER: &str = "to";
/// Triggers that end what a word passes on to the words after it: another verb, a negation of its
/// own. They end a word of creation's or need's reach to a cue, and a verb's search for the
/// recipient of a transfer (`transfer_recipient`).
const OPENS_OWN_PREDICATE: Roles = PREDICATE_VERB | PARTICLE;
/// Words after an agent that deny only that it suffices ("not by governments alone"), and at the
/// end of any denied phrase ("the United Nations cannot solve every problem alone").
const EXCLUSIVE_LIMIT_TERMS: &[&str] = &["alone", "only"];
/// Words after a cue within which a limit, and a verb of control, are read as its predicate's (see
/// `EXCLUSIVE_LIMIT_TERMS`): "the United Nations cannot solve every problem alone".
const LIMIT_REACH: usize = 8;
/// The conjunction that turns a denied predicate into its contrary.
const CONTRARY: &str = "but";
/// Words between a denied verb and a passive of control after it that begin another predicate,
/// which the denial does not reach ("should not be privatised but managed through the UN").
const PREDICATE_TURNS: &[&str] = &[CONTRARY, "rather", "instead"];
/// Words that open a concessive clause ("whatever", "whether… or…") whose alternatives are the
/// subjects of the next clause's predicate when a word of `CONCESSIVE_RESUMERS` opens it (see
/// `is_concessive_alternative`).
const CONCESSIVE_OPENERS: &[&str] = &["无论", "无论是", "不论", "不论是", "不管"];
const CONCESSIVE_RESUMERS: &[&str] = &["都", "也"];
/// Head nouns an alternative may have after its cue (无论是多边模式还是多利益攸关方模式): a word
/// of any other kind after the cue makes it a clause's subject or object (无论联合国如何改革).
const ALTERNATIVE_HEADS: &[&str] = &[
    "模式", "机制", "体系", "体制", "框架", "方式", "组织", "机构", "平台", "进程", "原则", "路径",
];
/// The pause comma, which joins the alternatives of such a clause (无论是A、B还是C) but is no word.
const PAUSE_COMMA: char = '、';
/// Words that join the alternatives of such a clause (无论是A还是B, 不论A或B).
const ALTERNATIVE_JOINS: &[&str] = &["是", "还是", "或", "或者", "和", "与", "及", "以及"];
/// Finite forms of "be", which come before the particle of a denied passive ("is not controlled
/// by"), where "be" and "been" come after it.
const FINITE_BE: &[&str] = &["is", "are", "was", "were"];
/// The word that opens an agent before its verb, as 被 does: 互联网不应由联合国管理 (see
/// `denied_agent_marker`).
const AGENT_OPENER: &str = "由";
/// Words between "by" and a cue of the agent: determiners, adjectives, a cue before the head
/// ("undermined by the ITU", "by the new intergovernmental treaty"), a head and "of" ("by the
/// imposition of intergovernmental control") or "to" and a verb ("by attempts to impose
/// intergovernmental control"): the harm is done by what the cue names.
const AGENT_HEAD_REACH: usize = 3;
/// Words from an opposition verb to a cue of its agent, "by" included, at most: the agent may be
/// several coordinated ("opposed by civil society and the technical community"), or a relative
/// clause may say what it endorses ("rejected by governments that support ICANN").
const OPPOSING_AGENT_REACH: usize = 8;
/// Heads of privation (stems, as the pipeline gives them): before "of" in the agent's phrase, the
/// harm is done by the want of what the cue names, not by it ("undermined by the absence / lack /
/// loss / erosion / weakening of intergovernmental cooperation"), so the cue is no agent; and a
/// negation of the want endorses what it wants (see `is_wanted`).
const PRIVATIVE_HEADS: &[&str] = &[
    "absenc",
    "lack",
    "loss",
    "eros",
    "weaken",
    "declin",
    "remov",
    "elimin",
    "disappear",
    "neglect",
    "depriv",
    "exclus",
    "failur",
    "abandon",
];
/// The preposition after a privative head (see `PRIVATIVE_HEADS`).
const PRIVATIVE_OF: &str = "of";
/// Words before a cue within which a privative head and "of" make it what the head wants (see
/// `is_wanted`): the head, "of", and a determiner.
const WANTED_REACH: usize = 3;
/// Nouns of membership right after a cue (联合国会员国, 国际电联成员): a negation reaching the cue
/// denies the membership, which says nothing against what is joined (台湾虽然不是联合国会员国).
const MEMBERSHIP_NOUNS: &[&str] = &["会员国", "成员国", "会员", "成员", "成员方", "会员方"];
/// Nouns for any party to governance, whatever its sector, as stems. After a quantifier of
/// `PARTY_QUANTIFIERS` a denial reaches each party, not the kind, as a distributive negator's does
/// ("no stakeholder may impose its rules on the others", "nor should any stakeholder group act
/// in isolation", 任何利益攸关方都不应单独决定): a rule of balance among all the parties,
/// which says nothing against them, nor for them. Not the names of one sector or of the model
/// ("no multistakeholder process can succeed without…" denies the kind).
const PARTY_NOUNS: &[&str] = &["stakehold", "利益攸关方", "利益相关方"];
/// Quantifiers over parties ("any" is "ani"), and the words that may stand between one and the
/// party noun ("no other stakeholder group", 任何一个利益攸关方).
const PARTY_QUANTIFIERS: &[&str] = &["no", "ani", "任何"];
const PARTY_QUANTIFIER_GAPS: &[&str] = &["other", "one", "一个", "其他"];
/// Causatives: negated, and followed by a passive verb of loss, they make their object that verb's
/// subject (决不能让网络主权受到侵犯, "we must never let sovereignty be violated"), as the cue
/// before 不容 is (see `negated_causative`). Some hold their negator in one word: a particle
/// (不让) or an opposition verb (决不允许).
const CAUSATIVE_TERMS: &[&str] = &[
    "让",
    "使",
    "令",
    "任由",
    "放任",
    "听任",
    "允许",
    "不让",
    "不能允许",
    "不容许",
    "决不允许",
    "绝不允许",
    "let",
    "allow",
    "permit",
];
/// Nouns of criticism or opposition (the Chinese ones are verbs too). What endorses one (an
/// endorsing word, a denied loss) endorses the criticism, and so opposes what it criticises: "we
/// must not abandon our criticism of the model" and 不能放弃对多利益攸关方模式的批评 negate the
/// model, which the denied loss would otherwise endorse. A negator before one is left to the
/// other rules: a particle's reach is too blunt to tell a rejected criticism. What a noun
/// criticises is its complement: in English the cue after it and a complement preposition
/// ("criticism" and "critical of" both stem to "critic"), in Chinese the cue after 对 and before
/// 的 and the noun (a cue before 的 alone may be the critic: 联合国的批评).
const CRITICISM_TERMS: &[&str] = &[
    "批评",
    "批判",
    "反对",
    "质疑",
    "指责",
    "抵制",
    "criticism",
    "critique",
    "opposition",
];
/// The stem of "criticism" and "critical": "to" after it opens no complement ("openness is
/// critical to the model"), where it does after "opposition".
const CRITIC_STEM: &str = "critic";
/// Words between an endorsing verb and the noun of criticism it governs ("support our criticism").
const GOVERNING_GAP: usize = 1;
/// Words before the complement of a Chinese noun of criticism (对X的批评).
const OBJECT_MARKERS: &[&str] = &["对", "对于"];
/// The word between the complement of a Chinese noun of criticism and the noun.
const ATTRIBUTIVE_MARKER: &str = "的";
/// Verbs of belief: the cue right after one is the subject of its complement clause ("we believe
/// that the ITU should not take over" negates the ITU, as "the ITU should not take over" does),
/// and a negation before one is raised from the complement, whose modal verb it turns (see
/// `lower_negations`): "we do not believe that the ITU should take over" and
/// 我们不认为联合国应该管理互联网 negate the ITU and the UN, and endorse nothing.
const BELIEF_TERMS: &[&str] = &[
    "认为",
    "相信",
    "觉得",
    "并不认为",
    "disagree that",
    "disagrees that",
    "believe",
    "think",
    "consider",
];
/// The word that opens a complement clause: one after the word right after a verb of belief
/// opens another, of a verb of its complement ("I don't think anyone disputes that …").
const COMPLEMENTISER: &str = "that";
/// Particles that will or owe what they deny: a verb of loss they deny is the author's stance (see
/// `is_willed`), where 不, 没有, 不会, "not" may only describe an outcome (这些做法没有损害联合国的权威,
/// "the treaty would not damage ICANN"). Not 决不会 or 绝不会, which describe too (这绝不会削弱联合国)
/// unless the author is their subject. Each is a particle as well (see `TRIGGER_LISTS`).
const DEONTIC_TERMS: &[&str] = &[
    "不应",
    "不应当",
    "不应该",
    "不得",
    "不能",
    "不可",
    "不要",
    "不宜",
    "决不",
    "绝不",
    "决不能",
    "绝不能",
    "不容",
    "不让",
    "不能允许",
    "cannot",
    "can't",
    "shouldn't",
    "mustn't",
];
/// Markers that make the word before them a possessive (我们的方案, 我国政府的方案, "our government's
/// plan"): the subject of the clause is what comes after them (see `author_acts`).
const POSSESSIVE_MARKERS: &[&str] = &[ATTRIBUTIVE_MARKER, ENGLISH_POSSESSIVE];
/// The segmenter cuts "government's" into "government", an apostrophe, which is no word, and "s".
const ENGLISH_POSSESSIVE: &str = "s";
/// Words after "and" within which the modal of the predicate before it governs a particle after it
/// ("must be respected and not undermined", "should respect national sovereignty and not
/// undermine the United Nations").
const COORDINATED_MODAL_REACH: usize = 5;
/// The conjunction across which a modal governs a second predicate.
const COORDINATOR: &str = "and";
/// Modal verbs that make a particle after them deontic ("must not", "should never"), compared
/// with the words as the pipeline gives them.
const DEONTIC_MODALS: &[&str] = &["must", "should", "shall", "can", "ought"];
/// A particle that makes a verb of loss after it passive whatever follows (网络主权不容侵犯和干涉).
const PASSIVE_PARTICLES: &[&str] = &["不容"];
/// Words that join a verb of loss to what comes next: its reach ends at them ("weaken sovereignty
/// and promote the model" endorses no model), and a verb of loss right before one ends its
/// predicate as the clause's end does (国家主权不容侵犯和践踏).
const CONJUNCTION_TERMS: &[&str] = &[
    "和",
    "与",
    "及",
    "以及",
    "并",
    "and",
    "or",
    "through",
    "以",
    // What a loss is traded for is not what it loses (以牺牲多利益攸关方模式来换取网络主权).
    "换取",
    "换来",
    "in exchange for",
    "in return for",
];
/// Phrases that contain a negator but do not negate; the longest match wins, so they shadow it.
/// "Including but not limited to" (包括但不限于) lists, and rejects nothing it lists. Denying that
/// a cue is no more than something keeps it: 参与不应只是形式上的咨询 (and see `RELATION_TERMS`).
const NOT_NEGATING_TERMS: &[&str] = &[
    "not only",
    "not just",
    "not merely",
    "no doubt",
    // Having no objection to a cue accepts it: "we have no objection to the UN playing a role".
    "no objection",
    "不仅",
    "不仅仅",
    "不只是",
    "不应只是",
    "不应仅仅是",
    "不断",
    "不同",
    "不少",
    "无论",
    "非常",
    "不但",
    "not limited to",
    "不限于",
    "不局限于",
    // Denying that a cue is unlimited limits it and keeps it: 网络主权不是绝对的, "the
    // multistakeholder model is not a panacea".
    "不是 绝对",
    "并非 绝对",
    "不是 万能",
    "并非 万能",
    "not absolute",
    "not a panacea",
    "not perfect",
    "并非 完美",
    "并 不 完美",
    "不 完美",
    // A denied uselessness concedes a use: 政府间机制并非一无是处.
    "并非 一无是处",
    "不是 一无是处",
    // Denying that a cue is all of its kind, the only one or able to act alone: "not all
    // stakeholders are equal", 国际电联不是唯一的平台, 私营部门无法单独应对.
    "not all",
    "并非 所有",
    "不是 所有",
    "not the only",
    "not the sole",
    "不是 唯一",
    "并非 唯一",
    "无法 单独",
    "不能 单独",
    "难以 单独",
    "无法 独自",
    "不能 独自",
    // Idioms of degree and time, which reject no alternative ("more rather than less
    // multilateral cooperation").
    "rather than less",
    "rather than fewer",
    "rather than later",
    // Denials of reluctance or delay, which affirm ("we will not hesitate to establish…", "must
    // not delay the negotiation of a treaty").
    "not hesitate",
    "not regret",
    "not doubt",
    "not delay",
    // An idiom of haste, which denies no loss ("we should lose no time in supporting the UN").
    "lose no time",
];
const ACTOR_TERMS: &[&str] = &[
    "美国",
    "美方",
    "美国政府",
    "以美国为首",
    "西方",
    "西方国家",
    "个别国家",
    "一些国家",
    "部分国家",
    "某些国家",
    "有些国家",
    "少数国家",
    "许多国家",
    "不少国家",
    "很多国家",
    "多数国家",
    "大多数国家",
    "发达国家",
    "发展中国家",
    "网络强国",
    "西方学者",
    "有人",
    "有学者",
    "一些学者",
    "许多学者",
    "不少学者",
    "一些专家",
    "有专家",
    "学者",
    "批评者",
    "论者",
    "支持者",
    "倡导者",
    "鼓吹者",
    "反对者",
    "拥护者",
    "观点",
    "有观点",
    "the us",
    "the united states",
    "united states",
    "us government",
    "washington",
    "moscow",
    "the kremlin",
    // Other governments and groups that speak in Internet governance. Not Brazil, in English
    // papers most often NETmundial's venue ("the Brazil conference").
    "india",
    "germany",
    "france",
    "iran",
    "saudi arabia",
    "south africa",
    "the g77",
    "brics",
    "the ntia",
    "ntia",
    "the commerce department",
    "the state department",
    "the white house",
    "beijing",
    "the west",
    "western countries",
    "western governments",
    "some",
    "others",
    "critics",
    "critic",
    "proponents",
    "proponent",
    "advocates",
    "supporters",
    "supporter",
    "opponents",
    "opponent",
    "china",
    "russia",
    "authoritarian states",
    "some governments",
    "some states",
    "several governments",
    "several states",
    "several countries",
    "many governments",
    "many states",
    "many countries",
    // An author actor by its adjective (`author::ADJECTIVES`), with the organs that speak for it
    // ("the Chinese government", "Russian officials"): the author's own voice in a paper it wrote,
    // as its name is (see `author::actor_named`). Not other governments' adjectives: a paper by a
    // government that is no author actor ("the German government wants to propose…") would
    // make its own words another actor's.
    "chinese government",
    "chinese delegation",
    "chinese officials",
    "chinese authorities",
    "russian government",
    "russian delegation",
    "russian officials",
    "russian authorities",
    "american government",
    "american delegation",
    "american officials",
    "american authorities",
    // Delegations not the author's, as records of UN meetings and papers on them report them
    // ("several delegations rejected the proposal"); the author's own is "our delegation".
    "several delegations",
    "many delegations",
    "some delegations",
    "other delegations",
    // Other governments and unions, whose positions papers on either side report.
    "the eu",
    "the european union",
    "the european commission",
    "the european parliament",
    "欧盟",
    "俄罗斯",
    "俄方",
    "日本",
    "英国",
    // China as Taiwan and Hong Kong commentary names it: another actor even in a Chinese text,
    // whose own side is 中国 (see `OWN_SIDE`). A PRC text calls China none of these.
    "中国大陆",
    "北京当局",
    "大陆当局",
    "对岸",
    // Groups whose positions Chinese papers report (许多民间团体认为). Not their English names: in
    // English submissions civil society organisations are often the authors ("the undersigned
    // civil society organizations, committed to…").
    "民间团体",
    "非政府组织",
    "人权组织",
    // The capital for its government, as "Washington" is (北京主张的网络主权); after 在 or 于 it is
    // a place (see `ACTOR_OBJECT_MARKERS`). A word beginning with it is an actor too, as every
    // one-word Chinese actor's is: 北京大学的学者认为 reports a view.
    "北京",
    // Voices that papers report without naming a government: the press, commentators, the
    // lobbies of industry, unnamed quarters (西方舆论, 有评论认为, 跨国企业游说称, 有关方面希望).
    "媒体",
    "舆论",
    "有评论",
    "评论人士",
    "观察家",
    "跨国企业",
    "有关方面",
    "巴西",
    "印度",
    "德国",
    "法国",
    "伊朗",
    "南非",
    "金砖国家",
    "美西方",
    "欧美",
    "美欧",
    "华盛顿",
    "莫斯科",
    "克里姆林宫",
    "白宫",
    "科技公司",
    "跨国公司",
];
const ACTOR_VERB_TERMS: &[&str] = &[
    "主张",
    "宣称",
    "鼓吹",
    "认为",
    // One word to jieba: 美国并不认为… is the US's view as 美国认为… is.
    "并不认为",
    "disagree that",
    "disagrees that",
    "坚持",
    "声称",
    "强调",
    "提出",
    // What an actor submits is its own position: 按照俄罗斯提交的公约草案，… is Russia's.
    "提交",
    "倡导",
    "推行",
    "推崇",
    "奉行",
    "标榜",
    "宣扬",
    "指责",
    "批评",
    "质疑",
    "担心",
    "试图",
    "企图",
    "主导",
    "控制",
    "把持",
    "掌握",
    "掌控",
    "操控",
    "主宰",
    "垄断",
    "得益于",
    "利用",
    "支持",
    "反对",
    "拒绝",
    "要求",
    "推动",
    "指出",
    "表示",
    "呼吁",
    "提议",
    "推销",
    // Reporting verbs beyond the ones above, after the usual lists of them (Thompson and Ye 1991,
    // Hyland 2002): only after an actor do they open a scope.
    "称",
    "声明",
    "宣布",
    "重申",
    "确认",
    "承认",
    "否认",
    "坦言",
    "直言",
    "表态",
    "透露",
    "断言",
    "坚称",
    "辩称",
    "谴责",
    "警告",
    "抱怨",
    "希望",
    "建议",
    "相信",
    "倾向于",
    "看重",
    "力推",
    "力主",
    "谈到",
    "提到",
    "写道",
    "游说",
    "渲染",
    "描绘",
    "描绘成",
    "视为",
    "看作",
    // jieba keeps these whole.
    "一再强调",
    "一再表示",
    // Words of view after an actor are its verbs too (see `VIEW_CLOSERS`): "Beijing's vision of
    // cyber sovereignty", "Moscow's narrative". Not "view" alone (below).
    "论调",
    "vision",
    "narrative",
    "rhetoric",
    "conception",
    "notion",
    "argue",
    "argues",
    "claim",
    "claims",
    "say",
    "says",
    "assert",
    "asserts",
    "insist",
    "insists",
    "contend",
    "contends",
    "maintain",
    "maintains",
    "believe",
    "believes",
    "advocate",
    "advocates",
    "promote",
    "promotes",
    "push",
    "pushes",
    "champion",
    "champions",
    "want",
    "wants",
    "support",
    "supports",
    "oppose",
    "opposes",
    "disagree with",
    "disagrees with",
    "object to",
    "prefer",
    "prefers",
    "favour",
    "favor",
    "favors",
    "call for",
    "calls for",
    "urge",
    "urges",
    "feel that",
    "feels that",
    "speak of",
    "speaks of",
    // Reporting verbs, as in Chinese above (one form each: the stemmer makes "warned" "warn"). Not
    // "recommend" or "report", whose nouns stem alike (see "has proposed" below).
    "warn",
    "complain",
    "stress",
    "emphasise",
    "emphasize",
    "point out",
    "declare",
    "announce",
    "allege",
    "acknowledge",
    "admit",
    "concede",
    "conclude",
    "explain",
    "observe",
    "reiterate",
    "reaffirm",
    "recognise",
    "recognize",
    "accuse",
    "dismiss",
    "deny",
    "reject",
    "hope",
    "fear",
    "worry",
    "seek",
    "lobby",
    "press for",
    "push for",
    // Verbs of seeing and telling: "some countries see the ITU as…", "as the EU sees it", "in
    // Beijing's telling", "Moscow portrays the law as…". Not "present", an adjective as often, nor
    // "regard", "view" and "describe", which stem as "as regards", "with a view to" and "as
    // described in" do: "view" only as an actor's ("the EU's view", "are of the view that").
    "see",
    "tell",
    "portray",
    "'s view",
    "view that",
    "position that",
    // A position named as the actor's and what it is ("China's position is that…", 俄罗斯的观点是，
    // …, "Russia's proposal is that…", "the Chinese delegation's line was that…").
    "'s position",
    "position is that",
    "'s proposal",
    "'s line",
    "立场 是",
    "观点 是",
    "看法 是",
    "主张 是",
    // A commitment or a call reported of another actor is the actor's ("the United States remains
    // committed to…"); the author's own is an endorsement (`ENDORSER_TERMS`).
    "committed to",
    "made clear",
    "make clear",
    "makes clear",
    "call on",
    "calls on",
    // Verbs whose nouns stem alike ("some suggestions … follow" are the author's, "the proposals
    // made at the IGF" no actor's): only after an auxiliary or "who".
    "has proposed",
    "have proposed",
    "had proposed",
    "who propose",
    "has suggested",
    "have suggested",
    "had suggested",
    "who suggest",
    // "States that" stems alike ("member states that…"), but needs an actor before it too.
    "stated that",
    "has demanded",
    "have demanded",
    "who demand",
];
/// A coalition headed by the author's own side: the actors it names speak in the author's voice
/// ("以中国为首的发展中国家主张…" is the author's camp, not another actor).
const OWN_COALITION_TERMS: &[&str] = &[
    "以中国为首",
    "以中国为代表",
    "包括中国在内",
    "led by china",
    "including china",
];
/// Attribute on their own, without a verb.
/// Among them the agentless ones: "it has been argued that", 据称 report a view the author does not
/// say is theirs, as "it is claimed" and "it is said" do. Not "it is argued", which is as often the
/// author's own academic voice ("in this paper it is argued that…").
const ATTRIBUTOR_TERMS: &[&str] = &[
    "according to",
    "in the view of",
    "in the eyes of",
    "在美国看来",
    "美国主导",
    "美国控制",
    "it has been argued",
    "it has been suggested",
    "it has been proposed",
    "it is claimed",
    "it is said",
    // An adverb of frequency makes "it is argued" a report of others' view, not the author's
    // academic voice.
    "it is often argued",
    "it is sometimes argued",
    "it is frequently argued",
    "it is commonly argued",
    "it is widely argued",
    "据称",
    "据说",
];
/// Denied implications, particles that do not negate the subject before them: 网络主权原则并不意味着
/// 封闭 keeps sovereignty. After them they deny as particles do: an opposition verb they reach
/// concedes what it governs (坚持多边主义不等于排斥多利益攸关方), and a verb of loss they deny is
/// described, not willed, and endorses nothing ("reform does not mean abandoning the
/// multistakeholder model").
const IMPLICATION_TERMS: &[&str] = &[
    "不意味着",
    "并不意味着",
    "并非 意味着",
    "不等于",
    "并不等于",
    "not mean",
];
/// Judgments that what the clause says before them is wrong: one more negation of every cue there
/// (多利益攸关方模式是错误的; 反对多利益攸关方模式是错误的 takes nothing from the model, as two
/// negations; "relying on the ITU would be a mistake"). Several judgments of one clause are one
/// negation: 是错误的、不可取的 says the same thing twice, and does not cancel out. A short clause
/// of its own after the clause judges it too (see `judged_by_next_clause`), as does one past an
/// apposition (see `judgment_past_apposition`). Only after what they judge: "it would be a mistake
/// to dismiss…" governs a verb the rules may not read ("dismiss", "ignore"), and two negations read
/// as one would turn the sentence around. Words that judge only as a predicate ("flawed",
/// "outdated") are listed with their copula: "ICANN must reform its outdated rules" does not judge
/// ICANN.
const JUDGED_WRONG_TERMS: &[&str] = &[
    "是错误的",
    // jieba cuts 这是 as one word.
    "这是错误的",
    "是 一个 错误",
    "是不可取的",
    "不可取",
    "是行不通的",
    "行不通",
    "不现实",
    "并不现实",
    "不切实际",
    "站不住脚",
    "难以为继",
    "不可持续",
    "弊大于利",
    "适得其反",
    "已经失败",
    "彻底失败",
    "注定失败",
    "已经过时",
    "早已过时",
    "不合时宜",
    "is a mistake",
    "would be a mistake",
    "was a mistake",
    "is wrong",
    "would be wrong",
    "is misguided",
    "would be misguided",
    "unrealistic",
    "unworkable",
    "impractical",
    "untenable",
    "counterproductive",
    "ill-suited",
    "ill suited",
    "more harm than good",
    "has failed",
    "have failed",
    "had failed",
    "is flawed",
    "are flawed",
    "is fundamentally flawed",
    "are fundamentally flawed",
    "is outdated",
    "are outdated",
    "is obsolete",
    "are obsolete",
];
/// Judgments that what the clause says before them is right: they endorse every cue there, as an
/// endorsing word before it does ("the multistakeholder model remains the best model we have",
/// 多利益攸关方模式行之有效, "the RIRs are the right bodies to decide"; see also
/// `INDISPENSABLE_TERMS`), and will a verb of loss there ("replacing ICANN is the right choice"
/// negates ICANN, see `is_willed_loss`). Words that judge only as a predicate are listed with
/// their copula: "the best" and "essential" also qualify nouns ("ICANN must adopt the best
/// practices"). A negated cue stays negated: "neither the ITU nor ICANN is the right body".
const JUDGED_RIGHT_TERMS: &[&str] = &[
    "至关重要",
    "行之有效",
    "值得借鉴",
    "值得坚守",
    "值得肯定",
    "是正确的",
    "is the best",
    "are the best",
    "remains the best",
    "remain the best",
    "is the right",
    "are the right",
    "is the appropriate",
    "are the appropriate",
    "is the most appropriate",
    "is best placed",
    "are best placed",
    "is essential",
    "are essential",
    "remains essential",
    "is vital",
    "are vital",
    "has served the internet well",
    "have served the internet well",
    "has served us well",
    "has worked well",
    "is a cornerstone",
    "is the cornerstone",
];
/// Words between an endorsing word and a verb of loss it wills, the last of them "to" ("support
/// efforts to weaken", "should seek to weaken").
const WILLED_LOSS_GAP: usize = 2;
/// The word before an infinitive, between an endorsing word and the verb of loss it wills.
const INFINITIVE_MARKER: &str = "to";
/// Words a judgment of wrong may follow at the start of a clause that comments on the clause
/// before it: adverbs and pronouns (既, 也, 都, 显然, 这, 本身 就).
const COMMENT_LEAD: usize = 2;
/// Words a commenting clause may hold after its judgment (不现实 的).
const COMMENT_TAIL: usize = 1;
/// Finite verbs that open a clause without a subject, resuming the subject named before an
/// apposition ("the ITU, with its one-country-one-vote structure, is ill-suited to…"; see
/// `judgment_past_apposition`).
const RESUMING_VERBS: &[&str] = &[
    "is", "are", "was", "were", "remains", "remain", "has", "have", "would",
];
/// Clauses of apposition a judgment may reach its subject across.
const APPOSITION_CLAUSES: usize = 2;
/// Judgments of wrong before the verb they judge ("it would be a mistake to abandon the model", "it
/// is wrong to reject…"): they oppose what that verb does to the cues after it, as an opposition
/// verb does, but only when the verb is one the rules read (see `read_preposed_judgments`).
const PREPOSED_WRONG_TERMS: &[&str] = &[
    "a mistake to",
    "is a mistake to",
    "would be a mistake to",
    "wrong to",
    "is wrong to",
    "would be wrong to",
    "misguided to",
    "is misguided to",
    "would be misguided to",
];
/// Words that open a clause's own predicate right after its subject: auxiliaries, modals and
/// copulas, with those of `FINITE_BE`, `WILL_AUXILIARIES` and `MODAL_TERMS`. A cue followed by one
/// after a denied implication is the subject of what is denied, not what the denial names
/// (这并不意味着联合国进程已经失去意义, "this does not mean that ICANN will disappear"), and the
/// implication does not negate it (see `has_own_predicate`).
const PREDICATE_OPENERS: &[&str] = &[
    "会", "将", "已经", "已", "能", "能够", "可以", "是", "被", "就", "has", "have", "had", "can",
    "shall",
];
/// Words that join two actors into one subject (中国和俄罗斯, "China and Russia"). Not 与 or 同,
/// which are as often "with" (see `ACTOR_OBJECT_MARKERS`).
const COORDINATORS: &[&str] = &["和", "及", "以及", "and"];
/// Words right before an actor that make it an object, not the subject of a verb after it:
/// prepositions (我们在与欧盟对话时指出…, 与英国不同, 关于日本加入的…, "together with the EU"),
/// verbs of calling on (我们呼吁欧盟支持…, "we urge the EU to support…"; "urg" as the stemmer
/// leaves it) and "share" ("we share the European Commission's view that…"). Not when the actor
/// heads a relative clause (我国与美国倡导的模式 is the US's). Actors listed after an object are
/// objects too (我们呼吁欧盟和日本支持…).
const ACTOR_OBJECT_MARKERS: &[&str] = &[
    "与", "同", "跟", "向", "对", "对于", "针对", "关于", "呼吁", "with", "to", "urg", "on",
    "share",
];
/// After these an actor is a place or a setting (我们在北京提出…, 在美国主导下…), no subject
/// either, unless a word of view closes the phrase: 在美国看来 is the US's view.
const PLACE_MARKERS: &[&str] = &["在", "于"];
/// What closes a place the cue is outside of, after a place marker (在联合国框架之外另起炉灶的…,
/// 在联合国以外另搞一套…; see `lies_outside`).
const OUTSIDE_CLOSERS: &[&str] = &["之外", "以外"];
/// Before the cue, what makes it the place another thing is outside of ("any process outside
/// the UN", as a stem), and what may stand between them.
const OUTSIDE: &str = "outsid";
const OUTSIDE_LINKS: &[&str] = &["of", "the"];
/// Words from the place marker to the cue, and from the cue to the closer, at most: 在国际电信联盟等
/// 联合国专门机构之外.
const OUTSIDE_REACH: usize = 4;
/// Predicates and nouns of a relation between two things: negating or rejecting the relation
/// says nothing against its members. "We do not think that intergovernmental mechanisms and the
/// multistakeholder model are mutually exclusive", 多边与多方并不矛盾 and "we reject the false choice
/// between state sovereignty and an open Internet" negate no cue (see `is_relation_member`).
const RELATION_TERMS: &[&str] = &[
    "mutually exclusive",
    "incompatible",
    "contradictory",
    "contradiction",
    "at odds",
    "in conflict",
    "tension",
    "false choice",
    "false dichotomy",
    "dichotomy",
    "trade-off",
    "zero-sum",
    "相互排斥",
    "互相排斥",
    "互斥",
    "矛盾",
    "相互矛盾",
    "对立",
    "相互对立",
    "二元对立",
    "冲突",
    "相冲突",
    "非此即彼",
    // A choice between the two: 在政府主导与多方参与之间二选一.
    "二选一",
    "水火不容",
    "此消彼长",
    "零和",
    // Rivalry: "the OEWG should not be seen as a rival to the regional dialogues" denies a
    // relation between them, not either of them.
    "rival",
    "competitor",
    "竞争对手",
];
/// Words that join the members of a relation before it (X与Y相互排斥, "X and Y are at odds"), and
/// that open its second member after it ("a false choice between X and Y", "at odds with Y", "a
/// rival to Y").
const RELATION_JOINERS: &[&str] = &["与", "和", "同", "跟", "及", "以及", "and"];
const RELATION_OPENERS: &[&str] = &["between", "with", "to"];
/// Words from a member to its relation, at most: 政府间机制 与 多利益相关方 模式 是 相互排斥.
const RELATION_REACH: usize = 8;
/// Words of view: after an actor they are its verbs (美国眼中的网络主权, 按照美国商务部的说法,
/// 在美方的叙事中), what follows being seen through its eyes.
const VIEW_CLOSERS: &[&str] = &[
    "看来",
    "眼中",
    "眼里",
    "心目",
    "说法",
    "叙事",
    "语境",
    "辞令",
    "外交辞令",
];
/// Participles that, with "by" and an actor after them, make what comes before them the actor's
/// position ("the multistakeholder model promoted by the United States", "cyber sovereignty, as
/// promoted by Beijing,"): the relative clause English puts after its noun, which Chinese puts
/// before it (美国推行的…). As the stemmer leaves them ("advocated" is "advoc"). After "as", the
/// ones of `AGREEING_VERBS` agree instead ("as proposed by Brazil, …").
const ADVOCACY_PARTICIPLES: &[&str] = &[
    "advoc", "promot", "champion", "push", "favour", "favor", "espous", "tout", "back", "propos",
    "sponsor", "support", "prefer", "pursu", "peddl", "endors", "advanc",
];
/// The beginnings of actors named by what they hold, as `INDEFINITE_ACTORS` are: what follows them
/// after "of" is theirs ("advocates of cyber sovereignty tend to forget…", "proponents of a binding
/// treaty"), and what comes before them and 的 (网络主权的拥护者往往忽视…). Not "supporters", whose
/// stem is the verb's and the noun's ("with the support of civil society"), nor opponents, who
/// hold the opposite.
const ADVOCATE_NOUNS: &[&str] = &["advoc", "propon", "支持者", "拥护者", "倡导者", "鼓吹者"];
/// How many words, in the actor's clause, the position an advocate noun names may take.
const ADVOCATED_REACH: usize = 4;
/// The word after an advocate noun before the position it names.
const ADVOCATED_OPENER: &str = "of";
/// Opens a sentence before an actor whose clause it frames ("For Moscow, a binding treaty remains
/// the only acceptable outcome").
const FRAMING_OPENER: &str = "for";
/// Around an actor, the frame 对…而言, 对于…来说 ("as far as the actor is concerned"), which
/// `ACTOR_OBJECT_MARKERS` would otherwise make an object.
const FRAMING_MARKERS: &[&str] = &["对", "对于"];
const FRAMING_CLOSERS: &[&str] = &["而言", "来说"];
/// How many words may come between an attributor and its actor ("in the view of most Western
/// governments").
const ATTRIBUTOR_ACTOR_REACH: usize = 2;
/// Documents, which speak as their authors do (报告指出, 决议草案强调, "the report recommends", "the
/// Tunis Agenda recognised"): actors when an actor's verb follows them in their clause, and the
/// author's own when the author names them (see `read_documents`). Not treaties or charters,
/// which are cues themselves (国际条约, "UN Charter"); not 倡议, 声明, "draft" or "resolution", verbs
/// or other nouns as often ("drafting", "dispute resolution"); not "proposal" or "submission", which
/// NETmundial's submissions call themselves.
const DOCUMENT_TERMS: &[&str] = &[
    "报告",
    "白皮书",
    "草案",
    "决议",
    "宣言",
    "议程",
    "立场文件",
    "report",
    "white paper",
    "position paper",
    "draft resolution",
    "draft convention",
    "declaration",
    "statement",
    "agenda",
    "compact",
];
/// Bodies and office holders outside governments, which speak as documents do: actors as their
/// clause's subject, before an actor's verb ("civil society groups have warned against…", "the
/// Internet Society has argued that…", 联合国秘书长呼吁…), and the author's own when the author's
/// voice names them ("we in the technical community believe…").
const ORGANISATION_TERMS: &[&str] = &[
    "civil society groups",
    "civil society organisations",
    "civil society organizations",
    "the internet society",
    "isoc",
    "the technical community",
    "the internet architecture board",
    "secretary-general",
    "秘书长",
    "理事长",
    "副理事长",
    "特区政府",
    "香港特区政府",
    "澳门特区政府",
];
/// Bodies that are cues themselves, which papers describe far more often than they quote ("IANA
/// maintains registries…", "ICANN announced that the first new gTLDs were delegated"): they speak
/// as `ORGANISATION_TERMS` do, but only through a verb of saying or of view ("ICANN has repeatedly
/// stated that…", "the ITU claims that…"), not through any actor's verb.
const CUE_BODY_TERMS: &[&str] = &["icann", "the ietf", "iana", "the itu"];
/// Verbs of saying and of view, through which a `CUE_BODY_TERMS` body speaks; all are actors' verbs.
const SAYING_TERMS: &[&str] = &[
    "argue",
    "claim",
    "say",
    "assert",
    "insist",
    "contend",
    "believe",
    "warn",
    "stress",
    "emphasise",
    "emphasize",
    "declare",
    "stated that",
    "made clear",
];
/// Words right before a document that make it the one in hand (本报告, "this report", "the present
/// report").
const DOCUMENT_DETERMINERS: &[&str] = &["本", "this", "present"];
const OWN_VOICE_TERMS: &[&str] = &["中国", "我国", "我们", "我方", "中方", "笔者", "we"];
/// Own-voice words that name no actor: the possessive "our" and the document itself. A denial
/// with one as its subject is the author's own only through an actor it heads (our government),
/// or of its own loss (see `author_acts`, `is_willed`): "this paper would not undermine ICANN"
/// describes what the paper does, as "our proposal would not" does.
const OWN_THING_TERMS: &[&str] = &["our", "this paper", "this submission", "本文"];
/// Nouns of actors: at the head of a possessive of the author, the author acting ("our government
/// will not abandon", 我们的国家决不会放弃; see `author_acts`).
const ACTOR_NOUN_TERMS: &[&str] = &[
    "政府",
    "国家",
    "人民",
    "代表团",
    "government",
    "country",
    "nation",
    "state",
    "people",
    "delegation",
];
const ENDORSER_TERMS: &[&str] = &[
    "应",
    "应当",
    "应该",
    "坚持",
    "支持",
    "倡导",
    "维护",
    "尊重",
    "主张",
    "推动",
    "捍卫",
    "必须",
    "呼吁",
    "坚定",
    "秉持",
    // One word in the jieba dictionary: the particle and the opposition verb inside it, which
    // `deny_losses` reads, never reach the tagger.
    "绝不放弃",
    // What is preferred (与其在联合国另起炉灶，不如深化多方参与的对话; 联合国的效率不如ICANN).
    "不如",
    "倒不如",
    // 应 in one word with the word before it, as jieba cuts these (而应继续发挥技术社群的优势).
    "而应",
    "而应当",
    "而应该",
    "更应",
    "亦应",
    "理应",
    "should",
    "must",
    "support",
    "supports",
    "advocate",
    "uphold",
    "respect",
    "promote",
    "defend",
    "endorse",
    "welcome",
    "champion",
    "strengthen",
    "reaffirm",
    "in favour of",
    "in favor of",
    "stand by",
    "stand for",
    "stand firmly for",
    "urge",
    "call on",
    "essential that",
    // Whole, or "is essential" (see `JUDGED_RIGHT_TERMS`) would take its first two words.
    "is essential that",
    // Indispensability: 离不开联合国, "there is no alternative to the multistakeholder model"; see
    // also `INDISPENSABLE_TERMS`.
    "离不开",
    "cannot do without",
    "no alternative to",
];
/// Words of indispensability: endorsing words (联合国不可或缺的作用, "the indispensable role of the
/// UN") that judge what their clause says before them too (国际电联在弥合数字鸿沟方面的作用不可或缺),
/// as `JUDGED_RIGHT_TERMS` do.
const INDISPENSABLE_TERMS: &[&str] = &[
    "不可或缺",
    "必不可少",
    "不可替代",
    "无可替代",
    "无可取代",
    "indispensable",
    "irreplaceable",
];
/// A commitment held as a stance, not one described ("groups committed to developing…",
/// "commitments to give account to its stakeholders"): the author's endorses, another actor's is
/// its position ("the United States remains committed to…").
const COMMITMENT_TERMS: &[&str] = &[
    "remain committed to",
    "remains committed to",
    "are committed to",
    "is committed to",
    "firmly committed to",
    "fully committed to",
    "strongly committed to",
    "deeply committed to",
    "been committed to",
];
/// Endorsing words that are modal verbs: "should not" negates the predicate after it, and no
/// particle comes right before one but in an inverted clause ("nor should the IANA function be
/// politicised"), which rejects nothing that follows (see `negate_stances`).
const MODAL_TERMS: &[&str] = &["应", "应当", "应该", "必须", "should", "must"];
/// Verbs of stance that do not endorse on their own: a negation particle right before one, as
/// before an endorsing word, turns it against what closely follows (不赞成, "we do not accept a
/// treaty").
/// Not "believe", "agree", 认为 or 同意: what "we do not agree that…" denies is a proposition whose
/// scope the rules cannot see ("we do not believe that a single type of the multistakeholder
/// model fits all" rejects no model), but where its modal verb shows it (see `lower_negations`).
const STANCE_TERMS: &[&str] = &["赞成", "赞同", "接受", "认同", "accept", "accepts"];
/// Mark the recipient of a transfer: what a negated stance rejects when it has one
/// (不支持将互联网交给国际电联). In English, "to" after a word of transfer (below) does.
const RECIPIENT_TERMS: &[&str] = &["交给", "交由", "移交", "移交给", "转交", "转交给", "交予"];
/// Words of transfer, after which "to" names a recipient ("do not support handing the Internet
/// to the ITU"); any other "to" ("efforts to undermine") names none. Placing a thing under
/// another is handing it over too: "under" names the recipient ("we oppose placing ICANN under
/// the ITU").
const TRANSFER_TERMS: &[&str] = &[
    "handing",
    "hand over",
    "transfer",
    "transferring",
    "giving",
    "give",
    "moving",
    "move",
    "cede",
    "ceding",
    "entrust",
    "entrusting",
    "allocation",
    "allocate",
    "allocating",
    "place",
    "put",
    "bring",
    "subordinate",
];
const TO_TERMS: &[&str] = &["to", "under"];
/// Negators of a noun, not a verb: "no respect for treaties" is not "do not respect treaties".
const NOUN_NEGATORS: &[&str] = &["no", "非"];
/// Besides 所谓 and "so-called", the pejorative verbs of advocacy: 鼓吹 (trumpet), 标榜 (flaunt),
/// 炒作 (hype), 兜售 (peddle) keep what they advocate at the author's distance (美国鼓吹的多利益攸关方
/// 模式); 鼓吹 and 标榜 are actor verbs too, and attribute it to whoever advocates it. A cue that
/// only qualifies a theory named after a predicate about it is not what is held at a distance: the
/// theory is (鼓吹主权过时论; see `qualifies_theory`).
const DISTANCER_TERMS: &[&str] = &[
    "所谓",
    "so-called",
    "so called",
    "self-styled",
    "鼓吹",
    "标榜",
    "炒作",
    "兜售",
    // A cue named as a pretext ("under the guise of multistakeholderism"); in Chinese the frame
    // closes after the cue (see `PRETEXT_CLOSERS`).
    "under the guise of",
    "in the guise of",
    "under the pretext of",
    "on the pretext of",
];
/// Words that close a frame naming the cue before them as a façade (打着多边主义的旗号,
/// 以网络主权为幌子), after at most 的 or 为. Not 为名 or 之名, which readers take as often as a warning
/// against abusing the cue (不能以维护网络主权为名侵犯…, tests/sentences.tsv) as a distance from it,
/// nor 名义, which is as often official (以联合国名义).
const PRETEXT_CLOSERS: &[&str] = &["旗号", "幌子"];
/// Words that close a frame naming what it opens on as a pretext (以维护网络主权为借口, 借多利益相关方
/// 之名, 以所谓多利益相关方为名). With `PRETEXT_CLOSERS`, they are an actor's verbs after an actor
/// (某些国家打着…的旗号, 少数国家以…为名): what the frame names is what the actor invokes, which the
/// label definitions count as the actor's, whatever the author thinks of it; the actor's scope ends
/// with the frame's clause.
const PRETEXT_NAMES: &[&str] = &["借口", "之名", "为名"];
/// Words between the cue and a `PRETEXT_CLOSERS` word: 的旗号, 以…为幌子.
const PRETEXT_LINKS: &[&str] = &[ATTRIBUTIVE_MARKER, "为"];
/// Nouns of pretext before the act they would excuse ("an excuse for abandoning the model", "a
/// pretext to undermine sovereignty"): naming an act what a pretext is for refuses it, as a
/// particle denying it does (see `refuse_pretexted`). In Chinese the frame comes before the act and
/// names the pretext instead (`PRETEXT_NAMES`).
const PRETEXT_PURPOSE_TERMS: &[&str] = &["excuse for", "excuse to", "pretext for", "pretext to"];
const OPENING_QUOTES: &[char] = &['“', '"', '「', '『', '‘', '\''];
const CLOSING_QUOTES: &[char] = &['”', '"', '」', '』', '’', '\''];

/// The roles a trigger phrase plays, as bits: one word can play several (支持 is a stance verb
/// after another actor and an endorsement otherwise). A u64: there are more roles than a u32 has
/// bits.
type Roles = u64;
const PARTICLE: Roles = 1;
const OPPOSER: Roles = 1 << 1;
const NOT_NEGATING: Roles = 1 << 2;
const ACTOR: Roles = 1 << 3;
const ACTOR_VERB: Roles = 1 << 4;
const ATTRIBUTOR: Roles = 1 << 5;
const OWN_VOICE: Roles = 1 << 6;
const ENDORSER: Roles = 1 << 7;
const DISTANCER: Roles = 1 << 8;
const OWN_COALITION: Roles = 1 << 9;
const STANCE: Roles = 1 << 10;
/// A particle spent on the verb right after it (see `negate_stances`): it still negates the
/// predicate of a cue before it ("control is not acceptable"), but no cue after it.
const SPENT: Roles = 1 << 11;
const MODAL: Roles = 1 << 12;
const RECIPIENT: Roles = 1 << 13;
const TRANSFER: Roles = 1 << 14;
const TO: Roles = 1 << 15;
/// A negated endorsement or stance ("do not support"): a cue within a particle's reach after it
/// is negated, however many other negators its clause has ("reject and do not support").
const REJECTS_NEAR: Roles = 1 << 16;
/// The recipient marker of a negated stance: every cue after it in its clause is negated.
const REJECTS_AFTER: Roles = 1 << 17;
/// A negated stance, by either reach.
const REJECTS: Roles = REJECTS_NEAR | REJECTS_AFTER;
/// A verb of loss or harm (see `LOSS_TERMS`).
const LOSS: Roles = 1 << 18;
/// A verb of loss under a negator (不能失去, "must not weaken", 反对削弱): a cue within
/// `DENIED_LOSS_REACH` after it, with no verb or conjunction between, is endorsed.
const DENIED_LOSS: Roles = 1 << 19;
/// A denied verb of loss that is its clause's passive predicate: a subject cue before it (or
/// before its passive marker) is endorsed, and its agent negated.
const DENIED_PASSIVE: Roles = 1 << 20;
/// A denied verb of loss whose negator is an opposition verb before it (反对削弱): for a cue it
/// endorses, it cancels that opposition, which still negates the cues beyond its reach.
const DENIED_BY_OPPOSER: Roles = 1 << 21;
const CONJUNCTION: Roles = 1 << 22;
const CAUSATIVE: Roles = 1 << 23;
/// A negated causative whose object suffers a denied verb of loss in the passive: a cue right
/// after it is that verb's subject, as a cue opening its clause is.
const PASSIVE_CAUSATIVE: Roles = 1 << 24;
/// A noun of criticism (see `CRITICISM_TERMS`).
const CRITICISM: Roles = 1 << 25;
const BELIEF: Roles = 1 << 26;
/// A modal verb a negated verb of belief lowered its negation onto (see `lower_negations`): a
/// particle, whose subject is any cue between the verb of belief and it.
const LOWERED: Roles = 1 << 27;
const DEONTIC: Roles = 1 << 28;
/// An own-voice or coalition term that names China (中国, 中方, 以中国为首), the own side of a
/// Chinese text: another actor in a document whose heading names another author (`speak_as`).
const OWN_SIDE: Roles = 1 << 29;
/// The actor of `author::AUTHOR_ACTORS` whose names `OWN_SIDE` terms are.
const OWN_SIDE_ACTOR: &str = "china";
/// What ends a word beginning with an `OWN_SIDE` name that is China's government or one of its
/// organs (中国政府, 中国外交部, 中国代表团, 中国驻德国使馆, 中国军方, 中国人民解放军, 中国政协,
/// 中国证监会, 中国地震局): under another author's heading such a word is China acting. Other words
/// beginning with 中国 describe a thing (中国式, 中国化) or name a company, a school, an association
/// or a place (中国银行, 中国人民大学, 中国互联网协会, 中国台湾), and name no actor. Committees are
/// read by their state endings (中央委员会, 全国委员会, 监督管理委员会, 证监会/保监会), not by 委员会 or
/// 会 alone: the dictionary's other 中国…委员会 and 中国…会 words are associations, parties and
/// religious bodies (中国奥林匹克委员会, 中国国民党革命委员会, 中国红十字会, 中国法学会).
const OWN_SIDE_ORGANS: &[&str] = &[
    "政府",
    "部",
    "代表团",
    "代表",
    "使馆",
    "军方",
    "当局",
    "官方",
    "领导人",
    "外长",
    "发言人",
    "国务院",
    "网信办",
    "共产党",
    "军",
    "中央委员会",
    "全国委员会",
    "监督管理委员会",
    "监会",
    "政协",
    "政治协商会议",
    "局",
];
/// What ends a word that an `OWN_SIDE_ORGANS` word would otherwise end, but which names a school:
/// 中国科学院学部 and 中国科学院生物学部 are the Academy's divisions of scholars, not a ministry.
const OWN_SIDE_SCHOOLS: &[&str] = &["学部"];

/// Whether `rest`, after an `OWN_SIDE` name at the start of a word, makes it an organ of China's.
fn is_own_side_organ(rest: &str) -> bool {
    OWN_SIDE_ORGANS.iter().any(|o| rest.ends_with(o))
        && !OWN_SIDE_SCHOOLS.iter().any(|s| rest.ends_with(s))
}
/// A verb of loss that gives up what its subject holds (see `GIVING_UP_TERMS`).
const GIVING_UP: Roles = 1 << 30;
/// A noun of an actor (see `ACTOR_NOUN_TERMS`).
const ACTOR_NOUN: Roles = 1 << 31;
/// An own-voice word that names no actor (see `OWN_THING_TERMS`).
const OWN_THING: Roles = 1 << 32;
/// A correlative negator (see `CORRELATIVE_TERMS`).
const CORRELATIVE: Roles = 1 << 33;
/// A distributive negator or quantifier (see `DISTRIBUTIVE_NEGATOR_TERMS`, `DISTRIBUTIVE_TERMS`).
const DISTRIBUTIVE: Roles = 1 << 34;
/// A verb of control (see `CONTROL_TERMS`).
const CONTROL: Roles = 1 << 35;
/// An auxiliary or modal that inverts a clause after "nor" (see `INVERSION_TERMS`).
const INVERTS: Roles = 1 << 36;
/// A verb of loss or opposition that `deny_losses` found a negator for, whatever it did with it.
const NEGATED_VERB: Roles = 1 << 37;
/// A verb of replacing (see `REPLACING_TERMS`).
const REPLACES: Roles = 1 << 38;
/// A noun that takes "with" (see `WITH_NOUN_TERMS`).
const TAKES_WITH: Roles = 1 << 39;
/// A finite "be" with its particle (see `NEGATED_BE_TERMS`).
const NEGATED_BE: Roles = 1 << 40;
/// A verb of refuting: it rejects a claim only (see `REFUTING_TERMS`).
const REFUTES: Roles = 1 << 41;
/// A denied implication (see `IMPLICATION_TERMS`).
const IMPLICATION: Roles = 1 << 42;
/// A marker of a rejected alternative (see `CONTRAST_TERMS`).
const CONTRAST: Roles = 1 << 43;
/// A word that limits an agent to itself (see `EXCLUSIVE_LIMIT_TERMS`).
const EXCLUSIVE_LIMIT: Roles = 1 << 44;
/// A word of creation (see `CREATION_TERMS`).
const CREATION: Roles = 1 << 45;
/// A word of need (see `NEED_TERMS`); with `PARTICLE`, one that denies the need itself (see
/// `NEGATED_NEED_TERMS`).
const NEED: Roles = 1 << 46;
/// A negator of a word of creation or need only (see `WITHOUT_TERMS`).
const WITHOUT: Roles = 1 << 47;
/// A word that opens a condition (see `CONDITION_OPENERS`).
const CONDITION: Roles = 1 << 48;
/// A quality an author grants what it favours (see `QUALITY_TERMS`).
const QUALITY: Roles = 1 << 49;
/// A result that cannot come about (see `HARDSHIP_TERMS`).
const HARDSHIP: Roles = 1 << 50;
/// A particle of will (see `WILL_PARTICLE_TERMS`).
const WILL: Roles = 1 << 51;
/// A document or a body outside governments (see `DOCUMENT_TERMS`, `ORGANISATION_TERMS`,
/// `CUE_BODY_TERMS`), which speaks only as its clause's subject (see `read_documents`).
const SPEAKS_AS_SUBJECT: Roles = 1 << 52;
/// A word that closes a pretext frame (see `PRETEXT_NAMES`).
const PRETEXT: Roles = 1 << 53;
/// A body that is itself a cue (see `CUE_BODY_TERMS`): it speaks only through a verb of `SAYING`.
const CUE_BODY: Roles = 1 << 54;
/// A verb of saying or of view (see `SAYING_TERMS`).
const SAYING: Roles = 1 << 55;
/// A judgment that what its clause says before it is wrong (see `JUDGED_WRONG_TERMS`).
const JUDGED_WRONG: Roles = 1 << 56;
/// A noun of the part a cue plays, which passes a negation on to its object as a noun of
/// creation does (see `ROLE_NOUN_TERMS`).
const ROLE_NOUN: Roles = 1 << 57;
/// A judgment of wrong before the verb it judges (see `PREPOSED_WRONG_TERMS`).
const PREPOSED_WRONG: Roles = 1 << 58;
/// A verb of seizing (see `SEIZING_TERMS`).
const SEIZES: Roles = 1 << 59;
/// A judgment that what its clause says before it is right (see `JUDGED_RIGHT_TERMS`).
const JUDGED_RIGHT: Roles = 1 << 60;
const JUDGMENT: Roles = JUDGED_WRONG | JUDGED_RIGHT;
/// A verb of transformation (see `TRANSFORMING_TERMS`).
const TRANSFORMS: Roles = 1 << 61;
/// A predicate or noun of a relation between two things (see `RELATION_TERMS`).
const RELATION: Roles = 1 << 62;
/// A noun of pretext before the act it would excuse (see `PRETEXT_PURPOSE_TERMS`).
const PRETEXT_PURPOSE: Roles = 1 << 63;
/// Triggers that end the complement of a verb of belief before its modal verb (see
/// `lower_negations`): a conjunction, another verb.
const ENDS_COMPLEMENT: Roles = CONJUNCTION | BELIEF | ACTOR_VERB | STANCE | LOSS;
/// Triggers that end a denied verb of loss's reach: another verb, or a conjunction.
const ENDS_LOSS_REACH: Roles =
    CONJUNCTION | LOSS | OPPOSER | ENDORSER | STANCE | ACTOR_VERB | PARTICLE;
/// Triggers between a passive marker and a verb of loss that make the marker another verb's (see
/// `passive_marker`): a causative ("should not be allowed to undermine", 被允许削弱), a verb of
/// stance, belief or opposition. An actor verb is not among them: in 被政府间控制所削弱 it is the
/// agent's noun.
const BLOCKS_PASSIVE: Roles = CAUSATIVE | STANCE | BELIEF | OPPOSER;
/// Verbs of stance whose object an actor may lie in (我们反对少数国家的特权, 反对将互联网变成少数国家
/// 的工具, "we reject the position of the United States"): such an actor is no subject of a later
/// clause. An opposer whose object was a loss keeps only its criticism (反对 is a noun of criticism
/// too), which the English opposers are not.
const OBJECT_TAKING_STANCE: Roles = OPPOSER | ENDORSER | CRITICISM | LOSS;

/// The context of one cue hit. Serialised as part of every hit in the report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tags {
    /// Under an odd number of negators or an opposition verb.
    pub negated: bool,
    /// Inside another actor's speech or position, not the author's own.
    pub attributed: bool,
    /// Held at a distance: 所谓 / so-called, or scare quotes.
    pub criticised: bool,
    /// `criticised` by 所谓 / so-called rather than by quotation marks alone.
    #[serde(skip)]
    pub explicitly_distanced: bool,
    /// Under an endorsing word.
    pub endorsed: bool,
}

/// A phrase index: word sequences matched longest-first at each position.
pub struct PhraseIndex<T> {
    by_first_word: FxHashMap<String, Vec<(Vec<String>, T)>>,
    /// A bit per (first three bytes, length in bytes) of the phrases' first words, hashed into
    /// 2^16 bits: most words of a text start no phrase, and this tells them for the price of a
    /// few loads instead of hashing and looking up the whole word (was 5% of an analysis, for
    /// every dimension and the context triggers).
    first_words: Vec<u64>,
}

/// Where `word` falls in `PhraseIndex::first_words`; None for the empty word.
fn first_word_bit(word: &str) -> Option<usize> {
    let bytes = word.as_bytes();
    let byte = |at: usize| u32::from(bytes.get(at).copied().unwrap_or(0));
    let head = u32::from(*bytes.first()?) | byte(1) << 8 | byte(2) << 16;
    // The top 16 bits of a multiplicative hash (Knuth's constant).
    let key = head ^ (bytes.len() as u32) << 24;
    Some((key.wrapping_mul(0x9E37_79B1) >> 16) as usize)
}

impl<T> Default for PhraseIndex<T> {
    fn default() -> Self {
        PhraseIndex {
            by_first_word: FxHashMap::default(),
            first_words: vec![0; (1 << 16) / 64],
        }
    }
}

impl<T: Copy> PhraseIndex<T> {
    pub fn insert(&mut self, words: Vec<String>, value: T) {
        if let Some(first) = words.first() {
            if let Some(bit) = first_word_bit(first) {
                self.first_words[bit / 64] |= 1 << (bit % 64);
            }
            self.by_first_word
                .entry(first.clone())
                .or_default()
                .push((words, value));
        }
    }

    /// Whether some phrase may start with `word`: false is certain, true needs the lookup.
    fn may_start(&self, word: &str) -> bool {
        first_word_bit(word).is_some_and(|bit| self.first_words[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The longest phrase starting at `words[at]`, as (its length in words, its value).
    pub fn longest_at(&self, words: &[&str], at: usize) -> Option<(usize, T)> {
        if !self.may_start(words[at]) {
            return None;
        }
        self.by_first_word
            .get(words[at])?
            .iter()
            .filter(|(phrase, _)| {
                phrase.len() <= words.len() - at
                    && phrase.iter().zip(&words[at..]).all(|(p, w)| p == w)
            })
            .max_by_key(|(phrase, _)| phrase.len())
            .map(|(phrase, value)| (phrase.len(), *value))
    }

    /// Every non-overlapping longest match, left to right, as (word range, value).
    pub fn find_all(&self, words: &[&str]) -> Vec<(Range<usize>, T)> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < words.len() {
            match self.longest_at(words, at) {
                Some((len, value)) => {
                    found.push((at..at + len, value));
                    at += len;
                }
                None => at += 1,
            }
        }
        found
    }
}

/// The trigger terms of each role.
const TRIGGER_LISTS: [(&[&str], Roles); 62] = [
    (PARTICLE_TERMS, PARTICLE),
    (WILL_PARTICLE_TERMS, PARTICLE | WILL),
    (CONTRAST_TERMS, PARTICLE | CONTRAST),
    (NEGATED_BE_TERMS, PARTICLE | NEGATED_BE),
    (OPPOSER_TERMS, OPPOSER),
    (NOT_NEGATING_TERMS, NOT_NEGATING),
    (IMPLICATION_TERMS, PARTICLE | IMPLICATION),
    (ACTOR_TERMS, ACTOR),
    (ACTOR_VERB_TERMS, ACTOR_VERB),
    (VIEW_CLOSERS, ACTOR_VERB),
    (ATTRIBUTOR_TERMS, ATTRIBUTOR),
    (OWN_VOICE_TERMS, OWN_VOICE),
    (OWN_COALITION_TERMS, OWN_VOICE | OWN_COALITION),
    (OWN_THING_TERMS, OWN_VOICE | OWN_THING),
    (ACTOR_NOUN_TERMS, ACTOR_NOUN),
    (ENDORSER_TERMS, ENDORSER),
    (COMMITMENT_TERMS, ENDORSER | ACTOR_VERB),
    (DISTANCER_TERMS, DISTANCER),
    (REFUTING_TERMS, REFUTES),
    (STANCE_TERMS, STANCE),
    (MODAL_TERMS, MODAL),
    (RECIPIENT_TERMS, RECIPIENT),
    (TRANSFER_TERMS, TRANSFER),
    (TO_TERMS, TO),
    (LOSS_TERMS, LOSS),
    (GIVING_UP_TERMS, LOSS | GIVING_UP),
    (CONJUNCTION_TERMS, CONJUNCTION),
    (CAUSATIVE_TERMS, CAUSATIVE),
    (CRITICISM_TERMS, CRITICISM),
    (BELIEF_TERMS, BELIEF),
    (DEONTIC_TERMS, PARTICLE | DEONTIC),
    (CORRELATIVE_TERMS, PARTICLE | CORRELATIVE),
    (DISTRIBUTIVE_NEGATOR_TERMS, PARTICLE | DISTRIBUTIVE),
    (DISTRIBUTIVE_TERMS, DISTRIBUTIVE),
    (CONTROL_TERMS, CONTROL),
    (INVERSION_TERMS, INVERTS),
    (REPLACING_TERMS, LOSS | REPLACES),
    (WITH_NOUN_TERMS, TAKES_WITH),
    (EXCLUSIVE_LIMIT_TERMS, EXCLUSIVE_LIMIT),
    (CREATION_TERMS, CREATION),
    (&[NEED_FOR], CREATION | NEED),
    (NEED_TERMS, NEED),
    (NEGATED_NEED_TERMS, PARTICLE | NEED),
    (WITHOUT_TERMS, WITHOUT),
    (CONDITION_OPENERS, CONDITION),
    (QUALITY_TERMS, QUALITY),
    (HARDSHIP_TERMS, HARDSHIP),
    (DOCUMENT_TERMS, ACTOR | SPEAKS_AS_SUBJECT),
    (ORGANISATION_TERMS, ACTOR | SPEAKS_AS_SUBJECT),
    (CUE_BODY_TERMS, ACTOR | SPEAKS_AS_SUBJECT | CUE_BODY),
    (SAYING_TERMS, ACTOR_VERB | SAYING),
    (JUDGED_WRONG_TERMS, JUDGED_WRONG),
    (JUDGED_RIGHT_TERMS, JUDGED_RIGHT),
    (INDISPENSABLE_TERMS, ENDORSER | JUDGED_RIGHT),
    (ROLE_NOUN_TERMS, ROLE_NOUN),
    (PREPOSED_WRONG_TERMS, PREPOSED_WRONG),
    (SEIZING_TERMS, SEIZES),
    (TRANSFORMING_TERMS, TRANSFORMS),
    (RELATION_TERMS, RELATION),
    (PRETEXT_PURPOSE_TERMS, PRETEXT_PURPOSE),
    (PRETEXT_CLOSERS, ACTOR_VERB | PRETEXT),
    (PRETEXT_NAMES, ACTOR_VERB | PRETEXT),
];

pub struct ContextTagger {
    triggers: PhraseIndex<Roles>,
    /// One-word Chinese actors that also name an actor when a longer word begins with them:
    /// jieba keeps 美国商务部 and 西方媒体 whole.
    actor_prefixes: FxHashSet<String>,
    /// Bytes in the longest of `actor_prefixes`: no longer beginning of a word need be looked up,
    /// which keeps a word of a million digits from costing a million look-ups.
    longest_actor_prefix: usize,
    /// The actor terms that name an actor a document can be written by, as their words and the
    /// actor's index in `author::AUTHOR_ACTORS`.
    author_terms: Vec<(Vec<String>, usize)>,
    /// The index of `OWN_SIDE_ACTOR` in `author::AUTHOR_ACTORS`.
    own_side: usize,
    /// One-word Chinese `OWN_SIDE` terms (中国, 中方), which begin longer words of the same actor
    /// that an `OWN_SIDE_ORGANS` word ends (中国政府, 中国外交部), as `actor_prefixes` do.
    own_side_prefixes: Vec<String>,
    /// The stems of one-word English actor terms that other words share, with the actor terms'
    /// written forms: "supporters" stems as the verb "support" does, "critics" as "critical",
    /// "others" as "other". Such a stem names an actor only where it is written as one of them.
    written_actors: FxHashMap<String, Vec<&'static str>>,
}

/// One sentence's words, flattened across clauses, with what the tagger needs to know about them.
#[derive(Default)]
pub struct SentenceWords<'a> {
    /// Normalised words of the whole sentence.
    pub words: Vec<&'a str>,
    /// For each word, its context clause: clauses joined by an enumeration comma share one. The
    /// rules read it where it is given, and only `tag` needs it, so a sentence without cue hits
    /// may leave it empty.
    pub clause_of: Vec<usize>,
    /// The sentence's words as the segmenter cut them, for their byte spans in the original text.
    pub cut: &'a [Word],
}

impl SentenceWords<'_> {
    /// Where the clause of word `at` starts; `clause_of` may be empty, in a sentence without cue
    /// hits: one clause then.
    fn clause_start(&self, at: usize) -> usize {
        self.clause_of.get(at).map_or(0, |&clause| {
            self.clause_of.partition_point(|&other| other < clause)
        })
    }

    /// Where the clause of word `at` ends, one past its last word.
    fn clause_end(&self, at: usize) -> usize {
        self.clause_of.get(at).map_or(self.words.len(), |&clause| {
            self.clause_of.partition_point(|&other| other <= clause)
        })
    }
}

/// The attribution state one sentence hands to the next: a PDF line break may cut a sentence.
#[derive(Debug, Clone, Copy, Default)]
pub struct Carry {
    attributed: bool,
    /// How many words before the end of the previous piece another actor was named.
    actor_back: Option<usize>,
}

pub struct SentenceContext {
    /// In word order, never overlapping.
    triggers: Vec<(Range<usize>, Roles)>,
    /// For each trigger and one past the last: how many triggers before it negate whatever
    /// distance they stand at (opposers, and the recipient markers of negated stances, up to a
    /// predicate coordinated to them: see `predicate_starts`), and how many endorse, judge, or
    /// refute a claim. A hit's tags need these counts over its clause's triggers before it, which a
    /// clause of thousands of cues would otherwise count again for each of them.
    unbounded_before: Vec<UnboundedCounts>,
    /// Word ranges inside another actor's speech, in word order, disjoint: a hit's look-up is a
    /// binary search, where a sentence of thousands of scopes and hits would otherwise read every
    /// scope for every hit.
    attributed: Vec<Range<usize>>,
    /// Whether the scope opened last runs to the piece's end (see `carry`).
    open_at_end: bool,
    /// Words between the last actor without a verb yet and the end of the piece.
    actor_back: Option<usize>,
    /// Whether a particle negates something in the sentence (see `WITHOUT_TERMS`): looked up once,
    /// not for each hit.
    has_particle: bool,
    /// Where the predicates after an opposition start, in word order (see
    /// `predicates_after_opposition`).
    predicate_starts: Vec<usize>,
    /// The words that markers of a rejected alternative reject to their clause's end (see
    /// `clause_rejections`), in word order, disjoint: found once, not looked for back through a
    /// clause of thousands of cues for each of them.
    clause_rejections: Vec<Range<usize>>,
}

impl ContextTagger {
    /// The trigger terms, in the order `from_words` takes their words.
    pub fn terms() -> impl Iterator<Item = &'static str> {
        TRIGGER_LISTS
            .iter()
            .flat_map(|(list, _)| list.iter().copied())
    }

    /// A tagger from the words of each of `terms()`, in order, as the segmenter cuts them.
    pub fn from_words(words: impl IntoIterator<Item = Vec<String>>) -> Self {
        let mut words = words.into_iter();
        let mut roles: HashMap<Vec<String>, Roles> = HashMap::new();
        let mut actor_prefixes = FxHashSet::default();
        let mut author_terms = Vec::new();
        let own_side = author::actor_named(OWN_SIDE_ACTOR).expect("China is an author actor");
        let mut own_side_prefixes = Vec::new();
        let mut actor_stems: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
        for &(list, role) in &TRIGGER_LISTS {
            for (term, term_words) in list.iter().zip(words.by_ref().take(list.len())) {
                // Every coalition term is headed by China; of the own-voice terms, those that are
                // China's names (not 我国, we).
                if role & OWN_COALITION != 0
                    || (role == OWN_VOICE && author::actor_named(term) == Some(own_side))
                {
                    *roles.entry(term_words.clone()).or_default() |= OWN_SIDE;
                    if let [word] = &term_words[..] {
                        if word.chars().count() >= 2 && !word.is_ascii() {
                            own_side_prefixes.push(word.clone());
                        }
                    }
                }
                if role == ACTOR {
                    if let Some(actor) = author::actor_named(term) {
                        author_terms.push((term_words.clone(), actor));
                    }
                    if let [word] = &term_words[..] {
                        if word.chars().count() >= 2 && !word.is_ascii() {
                            actor_prefixes.insert(word.clone());
                        }
                        if word.is_ascii() {
                            actor_stems.entry(word.clone()).or_default().push(*term);
                        }
                    }
                }
                *roles.entry(term_words).or_default() |= role;
            }
        }
        let mut triggers = PhraseIndex::default();
        for (words, role) in roles {
            triggers.insert(words, role);
        }
        let longest_actor_prefix = actor_prefixes.iter().map(String::len).max().unwrap_or(0);
        // A stem that differs from a term it stands for is one other words may share.
        actor_stems.retain(|stem, terms| terms.iter().any(|term| term != stem));
        ContextTagger {
            triggers,
            actor_prefixes,
            longest_actor_prefix,
            author_terms,
            own_side,
            own_side_prefixes,
            written_actors: actor_stems,
        }
    }

    /// A stem of `written_actors` names an actor only where the text writes it as one, or as the
    /// singular of one after an article: "we strongly support the model and want…" and "critical
    /// Internet resources" name none.
    fn read_written_actors(
        &self,
        triggers: &mut [(Range<usize>, Roles)],
        sentence: &SentenceWords,
        text: &str,
    ) {
        for (range, roles) in triggers {
            if *roles & ACTOR == 0 || range.len() != 1 {
                continue;
            }
            let Some(forms) = self.written_actors.get(sentence.words[range.start]) else {
                continue;
            };
            let written = &text[sentence.cut[range.start].span.clone()];
            // After an article, the singular of a plural actor term is the noun ("an advocate of a
            // treaty argues…"), where elsewhere it may be the verb ("we advocate a treaty").
            let after_article =
                range.start > 0 && INDEFINITE_ARTICLES.contains(&sentence.words[range.start - 1]);
            let is_written_actor = forms.iter().any(|form| {
                written.eq_ignore_ascii_case(form)
                    || after_article
                        && form
                            .strip_suffix('s')
                            .is_some_and(|singular| written.eq_ignore_ascii_case(singular))
            });
            if !is_written_actor {
                *roles &= !ACTOR;
            }
        }
    }

    /// Whether `word` begins with one of `actor_prefixes`: each of its beginnings of two
    /// characters or more is looked up, rather than each prefix compared with every word. Not the
    /// whole word: a word that is one of them is a trigger, which the caller has found already.
    fn starts_with_actor(&self, word: &str) -> bool {
        word.char_indices()
            .skip(2)
            .map(|(end, _)| end)
            .take_while(|&end| end <= self.longest_actor_prefix)
            .any(|end| self.actor_prefixes.contains(&word[..end]))
    }

    /// Finds the triggers of one sentence of `text` and its attribution scopes, in a document by
    /// `author`.
    pub fn sentence(
        &self,
        sentence: &SentenceWords,
        text: &str,
        carry: Carry,
        author: Author,
    ) -> SentenceContext {
        let mut triggers = self.triggers.find_all(&sentence.words);
        self.read_written_actors(&mut triggers, sentence, text);
        let mut covered = triggers
            .iter()
            .flat_map(|(range, _)| range.clone())
            .peekable();
        let mut prefixed = Vec::new();
        // In a paper by another author, 中国政府 is another actor as 美国政府 is; 中国式 is not.
        let other_side = !author.is_none() && !author.includes(self.own_side);
        let starts_with_own_side = |word: &str| {
            other_side
                && self
                    .own_side_prefixes
                    .iter()
                    .any(|p| word.strip_prefix(p.as_str()).is_some_and(is_own_side_organ))
        };
        for (at, word) in sentence.words.iter().enumerate() {
            while covered.next_if(|&c| c < at).is_some() {}
            let is_covered = covered.peek() == Some(&at);
            if !is_covered && (self.starts_with_actor(word) || starts_with_own_side(word)) {
                prefixed.push((at..at + 1, ACTOR));
            }
        }
        if !prefixed.is_empty() {
            triggers.extend(prefixed);
            triggers.sort_by_key(|(range, _)| range.start);
        }
        if !author.is_none() {
            self.speak_as(author, &mut triggers, sentence);
        }
        read_documents(&mut triggers, sentence);
        read_seizures(&mut triggers, sentence);
        read_transformations(&mut triggers, sentence);
        pair_contrasts(&mut triggers, sentence);
        read_preposed_judgments(&mut triggers, sentence);
        suspend_conditions(&mut triggers, sentence);
        measure_shortfalls(&mut triggers, sentence, text);
        lower_negations(&mut triggers, sentence);
        negate_stances(&mut triggers, sentence);
        oppose_transfers(&mut triggers, sentence);
        deny_transfers(&mut triggers, sentence);
        deny_modals(&mut triggers, sentence);
        deny_losses(&mut triggers, sentence);
        refuse_pretexted(&mut triggers);
        continue_correlatives(&mut triggers, sentence);
        read_necessities(&mut triggers, sentence);
        let mut attributed = read_advocates(&mut triggers, sentence);
        attributed.extend(read_framings(&triggers, sentence));
        let mut open: Option<usize> = carry.attributed.then_some(0);
        // Where an open scope ends before the sentence does: a relative clause's clause end.
        let mut open_until: Option<usize> = None;
        // Positions may lie before this piece (negative) when the actor was carried over.
        let mut last_actor: Option<isize> = carry.actor_back.map(|back| -(back as isize));
        let mut last_own_voice: Option<usize> = None;
        // Where actors or own voices were named inside the object of the last verb of stance
        // (`OBJECT_TAKING_STANCE`), `last_actor` and `last_own_voice` as they were before: the
        // subject of that verb. A later clause without a subject of its own goes on from that
        // subject, not from the object (我们反对少数国家的特权，支持联合国发挥作用 is ours).
        let mut subjects_before_object: Option<(Option<isize>, Option<usize>)> = None;
        let mut last_stance_verb: Option<usize> = None;
        // Actors named within this word position belong to the author's own coalition.
        let mut coalition_until: Option<usize> = None;
        // Where the last actor named as an object ends (see `ACTOR_OBJECT_MARKERS`).
        let mut last_object: Option<usize> = None;
        // Where the clause of the last actor ends when that actor heads a relative clause inside
        // a clause it does not open (中国同美国推行的网络霸权主义作斗争): its scope ends there, not
        // at the sentence's end. One that opens its clause is the topic of what follows
        // (美国推行的所谓互联网自由战略，其核心是…), whose scope runs on.
        let mut relative_clause_end: Option<usize> = None;
        for (range, roles) in &triggers {
            if let (Some(start), Some(until)) = (open, open_until) {
                if range.start >= until {
                    attributed.push(start..until);
                    (open, open_until, last_actor, relative_clause_end) = (None, None, None, None);
                }
            }
            // Only an actor can be an object or join the author's side; the rest of the triggers,
            // most of them, skip the look around.
            let (is_object, in_own_coalition, heads_relative_clause) = if roles & ACTOR != 0 {
                let word_before = range.start.checked_sub(1).map(|at| sentence.words[at]);
                // Listed right after another actor (欧盟、日本: the enumeration comma is no word),
                // or joined to it by a coordinator, after an English possessive too; in one clause,
                // since a comma is no word either ("in talks with the EU, Russia argued" names
                // Russia as the subject).
                let listed_after = |end: Option<usize>| {
                    end.is_some_and(|end| {
                        let same_clause =
                            sentence.clause_of.get(end - 1) == sentence.clause_of.get(range.start);
                        // English possessors are listed as their actors are: "the European
                        // Commission's and many countries' view". Not after 的: 我们的美国伙伴
                        // names a partner of ours.
                        let end =
                            end + usize::from(sentence.words.get(end) == Some(&ENGLISH_POSSESSIVE));
                        same_clause
                            && (range.start == end
                                || range.start == end + 1
                                    && word_before.is_some_and(|word| COORDINATORS.contains(&word)))
                    })
                };
                // 的 right after the actor marks a possessor (同日本的磋商); within a few words of
                // its clause, a relative clause the actor heads (美国倡导的, 美国所倡导的).
                let possessor = sentence.words.get(range.end) == Some(&ATTRIBUTIVE_MARKER);
                // Whether one of `words` lies in the actor's clause, from word `from` up to
                // `RELATIVE_REACH` words after the actor.
                let near_after = |from: usize, words: &[&str]| {
                    (from..(range.end + RELATIVE_REACH).min(sentence.words.len()))
                        .take_while(|&at| {
                            sentence.clause_of.get(at) == sentence.clause_of.get(range.start)
                        })
                        .any(|at| words.contains(&sentence.words[at]))
                };
                let heads_relative_clause =
                    !possessor && near_after(range.end + 1, &[ATTRIBUTIVE_MARKER]);
                // 中国学者, 中国媒体: an actor written right after an own voice, with nothing between
                // them, is a noun the own voice modifies, and speaks for itself.
                let modified_by_own_voice = last_own_voice == Some(range.start)
                    && text
                        .get(
                            sentence.cut[range.start - 1].span.end
                                ..sentence.cut[range.start].span.start,
                        )
                        .is_some_and(|between| between.trim().is_empty());
                // 中国和俄罗斯共同倡导…, 中国、俄罗斯等国: an actor joined to the author's own voice
                // speaks with it; not a possessor nor a relative clause's subject (我们和美国主张的
                // 模式 is the US's).
                let joined_to_own_voice = listed_after(last_own_voice)
                    && !modified_by_own_voice
                    && !possessor
                    && !heads_relative_clause;
                let is_place = word_before.is_some_and(|word| PLACE_MARKERS.contains(&word))
                    && !near_after(range.end, VIEW_CLOSERS);
                let is_object = !heads_relative_clause
                    && (word_before.is_some_and(|word| ACTOR_OBJECT_MARKERS.contains(&word))
                        || is_place
                        || listed_after(last_object));
                let in_own_coalition = joined_to_own_voice
                    || coalition_until.is_some_and(|until| range.start <= until);
                (is_object, in_own_coalition, heads_relative_clause)
            } else {
                (false, false, false)
            };
            if roles & ATTRIBUTOR != 0 {
                open.get_or_insert(range.start);
            }
            if roles & (ACTOR_VERB | ENDORSER) != 0 {
                if let Some((actor, own_voice)) = subjects_before_object {
                    let object_clause =
                        last_stance_verb.and_then(|verb| sentence.clause_of.get(verb));
                    if object_clause != sentence.clause_of.get(range.start) {
                        (last_actor, last_own_voice) = (actor, own_voice);
                        subjects_before_object = None;
                    }
                }
                let own_subject = last_own_voice.filter(|&end| {
                    range.start - end <= OWN_VOICE_VERB_REACH
                        && last_actor.is_none_or(|actor| actor < end as isize)
                });
                if own_subject.is_some() {
                    if let Some(start) = open.take() {
                        attributed.push(start..range.start);
                        open_until = None;
                    }
                    last_actor = None;
                } else if let Some(actor) = last_actor {
                    let distance = range.start as isize - actor;
                    if roles & ACTOR_VERB != 0 && distance <= ACTOR_VERB_REACH as isize {
                        let actor = actor.max(0) as usize;
                        if opens_agreement(sentence, actor, range) {
                            // "As China has proposed, multilateralism must be upheld": what
                            // follows is the author's, who agrees.
                            attributed.push(actor..range.end);
                            last_actor = None;
                        } else if let Some(end) = relative_clause_end.filter(|_| open.is_none()) {
                            // 中国同美国推行的网络霸权主义作斗争，捍卫网络主权: the relative
                            // clause and its head are the actor's, the next clause the author's.
                            open = Some(actor);
                            open_until = Some(end);
                        } else if roles & PRETEXT != 0 && open.is_none() {
                            // 某些国家打着多利益攸关方的旗号，实际上维护的是…: what the actor
                            // invokes is the actor's, what the author makes of it the author's.
                            open = Some(actor);
                            open_until = Some(sentence.clause_end(range.start));
                        } else if open != Some(actor) {
                            // An actor's verb opens a scope, or another actor's joins one: it
                            // runs on to the sentence's end.
                            open.get_or_insert(actor);
                            open_until = None;
                        }
                    }
                }
            }
            if roles & OWN_COALITION != 0 {
                coalition_until = Some(range.end + ACTOR_VERB_REACH);
            }
            if in_own_coalition || !is_object && roles & (ACTOR | OWN_VOICE) != 0 {
                let in_object = last_stance_verb.is_some_and(|verb| {
                    sentence.clause_of.get(verb) == sentence.clause_of.get(range.start)
                });
                if !in_object {
                    subjects_before_object = None;
                } else if subjects_before_object.is_none() {
                    subjects_before_object = Some((last_actor, last_own_voice));
                }
            }
            if in_own_coalition {
                last_own_voice = Some(range.end);
            } else if is_object {
                last_object = Some(range.end);
            } else if roles & ACTOR != 0 {
                last_actor = Some(range.start as isize);
                // Only connectives and other actors (美国和欧盟推行的…) may come before an actor
                // that opens its clause, within a few words (而美国推行的…, 事实上美国推行的…).
                let clause_start = sentence.clause_start(range.start);
                let opens_clause = range.start - clause_start <= RELATIVE_REACH
                    && (clause_start..range.start).all(|at| {
                        let word = sentence.words[at];
                        TOPIC_CONNECTIVES.contains(&word)
                            || SOURCE_OPENERS.contains(&word)
                            || COORDINATORS.contains(&word)
                            || roles_starting_at(&triggers, at) & (ACTOR | OWN_VOICE) == ACTOR
                    });
                relative_clause_end = (heads_relative_clause && !opens_clause)
                    .then(|| sentence.clause_end(range.start));
            }
            if roles & OWN_VOICE != 0 {
                last_own_voice = Some(range.end);
            }
            if roles & OBJECT_TAKING_STANCE != 0 {
                last_stance_verb = Some(range.start);
            }
        }
        if let Some(start) = open {
            attributed.push(start..open_until.unwrap_or(sentence.words.len()));
        }
        let actor_back = last_actor
            .map(|actor| (sentence.words.len() as isize - actor) as usize)
            .filter(|&back| back <= ACTOR_VERB_REACH);
        let unbounded_before = std::iter::once(UnboundedCounts::default())
            .chain(
                triggers
                    .iter()
                    .scan(UnboundedCounts::default(), |counts, &(_, roles)| {
                        counts.opposers += usize::from(is_opposer(roles));
                        counts.rejections += usize::from(roles & REJECTS_AFTER != 0);
                        counts.endorsers += usize::from(roles & ENDORSER != 0);
                        counts.judged_wrong += usize::from(roles & JUDGED_WRONG != 0);
                        counts.judged_right += usize::from(roles & JUDGED_RIGHT != 0);
                        counts.refuters += usize::from(roles & REFUTES != 0);
                        Some(*counts)
                    }),
            )
            .collect();
        let has_particle = triggers
            .iter()
            .any(|(_, roles)| roles & PARTICLE != 0 && roles & NOT_NEGATING == 0);
        let open_at_end = attributed
            .last()
            .is_some_and(|scope| scope.end == sentence.words.len());
        SentenceContext {
            predicate_starts: predicates_after_opposition(&triggers, sentence),
            clause_rejections: clause_rejections(&triggers, sentence),
            triggers,
            unbounded_before,
            attributed: disjoint(attributed),
            open_at_end,
            actor_back,
            has_particle,
        }
    }

    /// The author's name is the author's own voice: an actor that names the document's author
    /// (`author_terms`, or a word beginning with a Chinese one: 美国国务院) is an own-voice subject,
    /// which closes another actor's scope and opens none. China's names in the own voice
    /// (`OWN_SIDE`) are another actor's when China is not among the authors.
    fn speak_as(
        &self,
        author: Author,
        triggers: &mut [(Range<usize>, Roles)],
        sentence: &SentenceWords,
    ) {
        let other_side = !author.includes(self.own_side);
        for (range, roles) in triggers.iter_mut() {
            if *roles & OWN_SIDE != 0 && other_side {
                *roles = (*roles & !(OWN_VOICE | OWN_COALITION)) | ACTOR;
                continue;
            }
            if *roles & ACTOR == 0 {
                continue;
            }
            let words = &sentence.words[range.clone()];
            let names_author = self.author_terms.iter().any(|(term, actor)| {
                let same = term.len() == words.len() && term.iter().zip(words).all(|(t, w)| t == w);
                let prefixed = matches!((&term[..], words), ([term], [word])
                    if !term.is_ascii()
                        && !author::WHOLE_WORD_NAMES.contains(&term.as_str())
                        && word.starts_with(term.as_str()));
                author.includes(*actor) && (same || prefixed)
            });
            if names_author {
                *roles = (*roles & !ACTOR) | OWN_VOICE;
            }
        }
    }

    /// The tags of a cue hit at word range `hit` of `sentence`, in the original `text`.
    pub fn tag(
        &self,
        context: &SentenceContext,
        sentence: &SentenceWords,
        text: &str,
        hit: Range<usize>,
    ) -> Tags {
        debug_assert_eq!(
            sentence.clause_of.len(),
            sentence.words.len(),
            "a sentence with a hit comes with its clauses"
        );
        let clause_start = sentence.clause_start(hit.start);
        let clause_end = sentence.clause_end(hit.start);
        let is_attributed = || {
            let after = context
                .attributed
                .partition_point(|scope| scope.start <= hit.start);
            after > 0 && context.attributed[after - 1].end > hit.start
        };
        let triggers = &context.triggers;
        // The clause's triggers before the hit: triggers never overlap, so their ends are in
        // order too.
        let first = triggers.partition_point(|(range, _)| range.start < clause_start);
        let before_end = triggers
            .partition_point(|(range, _)| range.end <= hit.start)
            .max(first);
        let counts = |at: usize| context.unbounded_before[at];
        // An opposition verb before a predicate of its own in the clause (a coordinated one, or a
        // modal's) governs nothing after it.
        let predicate_start = context
            .predicate_starts
            .partition_point(|&start| start < hit.start)
            .checked_sub(1)
            .map(|at| context.predicate_starts[at])
            .filter(|&start| start >= clause_start);
        let opposed_from = predicate_start.map_or(first, |start| {
            triggers.partition_point(|(range, _)| range.start < start)
        });
        // The counts of the clause's triggers after the hit give its judgments.
        let (to_hit_end, to_clause_end) = (
            counts(triggers.partition_point(|(range, _)| range.start < hit.end)),
            counts(triggers.partition_point(|(range, _)| range.start < clause_end)),
        );
        // A judgment of wrong after the hit in its clause, or in a comment on it (see
        // `JUDGED_WRONG_TERMS`). The later clauses are read only if the sentence judges after
        // this one.
        let in_sentence = counts(triggers.len());
        let judged_later = in_sentence.judged_wrong > to_clause_end.judged_wrong
            || in_sentence.judged_right > to_clause_end.judged_right;
        let apposed_judgment = if judged_later {
            judgment_past_apposition(sentence, triggers, clause_end)
        } else {
            0
        };
        let judged_wrong = to_clause_end.judged_wrong > to_hit_end.judged_wrong
            || apposed_judgment & JUDGED_WRONG != 0
            || judged_later && judged_by_next_clause(sentence, triggers, clause_end);
        if let Some(claim) = claim_of(sentence, clause_start..clause_end, &hit) {
            // What the words around oppose, distance, quote or endorse is the claim, not its
            // topic: 我们反对主权过时论 takes no side against sovereignty. Rejecting the topic's
            // absence affirms it: 我们反对所谓网络空间无主权的论调, 批驳网络空间无主权的谬论 endorse
            // sovereignty.
            let rejected = counts(before_end).opposers > counts(opposed_from).opposers
                || judged_wrong
                || counts(before_end).refuters > counts(first).refuters
                || triggers[first..before_end]
                    .iter()
                    .rev()
                    .take_while(|(range, _)| hit.start - range.end < DISTANCING_REACH)
                    .any(|(_, roles)| roles & DISTANCER != 0);
            let attributed = is_attributed();
            let absence = claim == Claim::Absence;
            return Tags {
                attributed,
                // Endorsing the absence right before it rejects the cue: 支持无多利益攸关方参与的机制.
                negated: absence && roles_ending_at(triggers, hit.start - 1) & ENDORSER != 0,
                endorsed: absence && rejected && !attributed,
                ..Tags::default()
            };
        }
        let resumed = is_concessive_alternative(sentence, text, clause_start..clause_end, &hit);
        // Where the hit's predicate starts and its clause ends.
        let (predicate_from, predicate_end) = if resumed {
            let next = sentence.clause_of[clause_end];
            (
                clause_end,
                sentence.clause_of.partition_point(|&c| c <= next),
            )
        } else {
            (predicate_after_role(sentence, hit.end), clause_end)
        };
        // The object a disposal marker puts before its verb is that verb's patient, as a subject
        // is (不应把公民社会挡在门外).
        let is_disposed =
            hit.start > clause_start && DISPOSAL_MARKERS.contains(&sentence.words[hit.start - 1]);
        let mut is_subject = resumed || hit.start - clause_start <= SUBJECT_REACH || is_disposed;
        // The triggers from the predicate's start on.
        let after_start = triggers.partition_point(|(range, _)| range.start < predicate_from);
        let last = triggers.partition_point(|(range, _)| range.start < predicate_end);
        // Words from the predicate's start to a trigger after the hit.
        let after = |range: &Range<usize>| range.start.saturating_sub(predicate_from);
        // A judgment of a loss the cue suffers denies the loss, as a particle does: "undermining
        // ICANN would be a mistake", "attempts to undermine ICANN have failed" endorse ICANN. It
        // still negates a verb of loss that opposes too, which cancels out (放弃多利益攸关方模式
        // 是错误的).
        let loss = (opposed_from..before_end)
            .rev()
            .take_while(|&at| hit.start - triggers[at].0.end < DENIED_LOSS_REACH)
            .find(|&at| triggers[at].1 & LOSS != 0);
        let judged_loss = loss.filter(|_| judged_wrong).map(|at| triggers[at].1);
        // A judgment of right after the hit in its clause (see `JUDGED_RIGHT_TERMS`).
        let judged_right = to_clause_end.judged_right > to_hit_end.judged_right
            || apposed_judgment & JUDGED_RIGHT != 0;
        let judgment_negates = judged_wrong && judged_loss.is_none_or(is_opposer);
        let willed_loss = !judged_wrong
            && loss.is_some_and(|at| {
                (judged_right && is_undenied_loss(triggers[at].1)
                    || is_willed_loss(triggers, sentence, first, at))
                    // The replacement a replacing verb names is not what it replaces ("we should
                    // replace ICANN with the ITU").
                    && !(triggers[at].1 & REPLACES != 0
                        && names_replacement(
                            triggers,
                            sentence,
                            &triggers[at].0,
                            triggers[at].1,
                            hit.start,
                        ))
            });
        // The object a disposal marker puts before a verb of loss suffers the loss an endorsement
        // right before the marker wills (应当将ICANN边缘化, 支持把ICANN变成政府间组织), as "we
        // should sideline ICANN" does.
        let disposed_loss = is_disposed
            && roles_ending_at(&triggers[first..], hit.start - 1) & ENDORSER != 0
            && triggers[after_start..last]
                .iter()
                .take_while(|(range, _)| range.start.saturating_sub(hit.end) <= DISPOSAL_REACH)
                .any(|(range, roles)| {
                    roles & LOSS != 0
                        && is_undenied_loss(*roles)
                        && disposal_marker(sentence, range) == Some(hit.start - 1)
                });
        // The agent of an opposition ("the treaty was opposed by civil society and the technical
        // community", "any refusal by ICANN staff") opposes: the opposition is not of it.
        let opposing_agent = triggers[opposed_from..before_end]
            .iter()
            .rev()
            .take_while(|(range, _)| hit.start - range.end <= OPPOSING_AGENT_REACH)
            .any(|(range, roles)| is_opposer(*roles) && sentence.words[range.end] == BY);
        let mut negators = counts(before_end).opposers
            - counts(opposed_from).opposers
            - usize::from(opposing_agent)
            + usize::from(judgment_negates)
            + usize::from(willed_loss || disposed_loss);
        let mut rejected = counts(before_end).rejections > counts(opposed_from).rejections;
        let mut tags = Tags {
            endorsed: judged_loss.is_some()
                || judged_right
                || counts(before_end).endorsers > counts(first).endorsers,
            ..Tags::default()
        };
        // Particles and distancers reach only a few words back; the farther triggers are counted.
        let mut loss_reach_ended = false;
        // The cue is the complement of a noun of criticism (see `CRITICISM_TERMS`).
        let mut criticised_object = false;
        // The cue is the agent of a denied passive loss (see `DENIED_PASSIVE`).
        let mut agent = false;
        // What governs the criticism: an endorsement (`Some(true)`) or a rejection.
        let mut criticism_governed = None;
        // Particles counted, and whether a correlative among them ends the count (see
        // `CORRELATIVE_TERMS`).
        let (mut particles, mut correlated) = (0, false);
        // The cue right after a distributive negator or quantifier (see `DISTRIBUTIVE_TERMS`).
        let mut distributive = false;
        // A verb of loss or a predicate's conjunction between the cue and a marker of a rejected
        // alternative before it (see `CONTRAST_TERMS`).
        let mut contrast_ended = false;
        let rejections = &context.clause_rejections;
        rejected |= rejections[..rejections.partition_point(|span| span.start <= hit.start)]
            .last()
            .is_some_and(|span| hit.start < span.end);
        let mut anchor = NegationAnchor::new(hit.start);
        for (range, roles) in triggers[first..before_end].iter().rev() {
            let gap = hit.start - range.end;
            if gap
                >= PARTICLE_REACH
                    .max(DISTANCING_REACH)
                    .max(DENIED_LOSS_REACH)
                    .max(COMPLEMENT_REACH)
                    .max(CONTRAST_REACH)
                && anchor.gap(range) >= PARTICLE_REACH.max(CREATION_REACH + 1)
            {
                break;
            }
            if anchor.pass(range, *roles, sentence) {
                if roles & LOWERED != 0 {
                    // A negation lowered onto it counts as the particle it was: "we do not believe
                    // there is no need for a treaty" cancels out.
                    negators += 1;
                    particles += 1;
                } else {
                    rejected |= roles & PARTICLE != 0;
                }
                continue;
            }
            let reaches = anchor.reaches(range, sentence);
            if roles & WITHOUT != 0
                && anchor.moved()
                && anchor.closely_follows(range, sentence)
                && !context.has_particle
            {
                negators += 1;
                particles += 1;
            }
            let opens_predicate = roles & CONJUNCTION != 0
                && CONTRAST_ENDS.contains(&sentence.words[range.start])
                && opens_predicate(triggers, sentence, range);
            anchor.end_at(*roles, opens_predicate);
            rejected |= roles & CONTRAST != 0 && gap < CONTRAST_REACH && !contrast_ended;
            contrast_ended |= roles & (LOSS | ENDORSER) != 0 || opens_predicate;
            if !loss_reach_ended && roles & DENIED_LOSS != 0 && gap < DENIED_LOSS_REACH {
                if roles & DENIED_PASSIVE != 0 && sentence.words[range.end] == BY {
                    // The agent of a denied passive loss does the harm the author denies: "must
                    // not be undermined by intergovernmental control", "by attempts to impose
                    // intergovernmental control", "by the imposition of intergovernmental control".
                    // Not a cue after a privative head and "of": "by the absence of
                    // intergovernmental cooperation" is no harm done by intergovernmental
                    // cooperation; the author wants it, and the clause's endorsement stands. A cue
                    // that starts with "by" (a dimension's "by consensus") is the agent itself.
                    let before_head = sentence
                        .words
                        .get(range.end + 1..hit.start)
                        .unwrap_or_default();
                    agent |=
                        before_head.len() <= AGENT_HEAD_REACH && !has_privative_head(before_head);
                } else if roles & REPLACES != 0
                    && names_replacement(triggers, sentence, range, *roles, hit.start)
                {
                    // "We will not replace ICANN with the ITU": the replacement is refused.
                    agent = true;
                } else {
                    tags.endorsed = true;
                    negators += usize::from(roles & DENIED_BY_OPPOSER != 0);
                }
            }
            loss_reach_ended |= roles & ENDS_LOSS_REACH != 0;
            if roles & CRITICISM != 0
                && gap < COMPLEMENT_REACH
                && sentence.words.get(range.end).is_some_and(|word| {
                    *word == "of"
                        || *word == "to" && !sentence.words[range.end - 1].starts_with(CRITIC_STEM)
                })
            {
                criticised_object = true;
                criticism_governed = governed_criticism(triggers, range.start, sentence);
            }
            // After a verb of belief, the subject of a complement with a modal verb ("we believe
            // that the ITU should not"), not the object of "believe in".
            is_subject |= gap <= SUBJECT_REACH
                && (roles & PASSIVE_CAUSATIVE != 0
                    || roles & BELIEF != 0
                        && triggers[after_start.min(last)..last]
                            .iter()
                            .take_while(|(range, _)| after(range) < PREDICATE_REACH)
                            .any(|(_, roles)| {
                                roles & MODAL != 0 || roles & (NEED | PARTICLE) == NEED | PARTICLE
                            }));
            if roles & NOT_NEGATING != 0 {
                continue;
            }
            distributive |= roles & DISTRIBUTIVE != 0 && gap == 0;
            if roles & PARTICLE != 0
                && roles & (SPENT | NEED) == 0
                && !is_opposer(*roles)
                && reaches
                && !correlated
                && !(roles & IMPLICATION != 0
                    && has_own_predicate(sentence, predicate_from, predicate_end))
            {
                let correlative = roles & CORRELATIVE != 0;
                if !correlative || particles == 0 {
                    negators += 1;
                    particles += 1;
                }
                correlated = correlative;
            }
            // 不能以联合国替代ICANN, 不能让联合国取代ICANN: a particle spent on a denied
            // replacement refuses the means or the causative's object between them, the
            // replacement.
            let word_after = &sentence.words[range.end];
            agent |= roles & SPENT != 0
                && gap < PARTICLE_REACH
                && (MEANS_MARKERS.contains(word_after) || CAUSATIVE_TERMS.contains(word_after))
                && triggers.get(after_start).is_some_and(|(_, next)| {
                    next & (REPLACES | NEGATED_VERB) == REPLACES | NEGATED_VERB
                });
            rejected |= roles & REJECTS_NEAR != 0 && reaches;
            if roles & DISTANCER != 0 && gap < DISTANCING_REACH {
                tags.criticised = true;
                tags.explicitly_distanced = true;
            }
        }
        // The subject of a denied passive with an agent is its patient ("ICANN should not be
        // controlled by any government", 联合国不应被美国控制): the denial refuses the agent, and
        // neither negates the subject nor, through the modal before it, endorses it.
        let patient = is_subject
            && triggers[after_start.min(last)..last]
                .iter()
                .take_while(|(range, _)| after(range) < PREDICATE_REACH)
                .any(|(range, roles)| {
                    roles & PARTICLE != 0
                        && roles & NOT_NEGATING == 0
                        && denied_agent_marker(triggers, sentence, range).is_some()
                });
        // A verb of belief after the cue: it is not in that verb's complement.
        let mut belief_after = false;
        for (range, roles) in &triggers[after_start.min(last)..last] {
            let distance = after(range);
            if distance
                >= PREDICATE_REACH
                    .max(ENDORSE_AFTER_REACH)
                    .max(DENIED_PREDICATE_REACH + PASSIVE_MARKER_REACH)
                    .max(COMPLEMENT_REACH)
            {
                break;
            }
            if roles & CRITICISM != 0
                && distance < COMPLEMENT_REACH
                && sentence.words[range.start - 1] == ATTRIBUTIVE_MARKER
            {
                let from = hit.start.saturating_sub(COMPLEMENT_REACH).max(clause_start);
                if let Some(marker) = sentence.words[from..hit.start]
                    .iter()
                    .rposition(|word| OBJECT_MARKERS.contains(word))
                {
                    criticised_object = true;
                    criticism_governed = governed_criticism(triggers, from + marker, sentence);
                }
            }
            if roles & DENIED_PASSIVE != 0 {
                // The predicate starts at its passive marker: a cue after the marker is the agent
                // (被多利益攸关方模式所削弱, 受到…的损害), one before it the subject.
                let predicate_start =
                    passive_marker(triggers, sentence, range).map(|(marker, _)| marker);
                if predicate_start.is_some_and(|marker| marker < hit.start) {
                    agent = true;
                } else if is_subject
                    && predicate_start
                        .unwrap_or(range.start)
                        .saturating_sub(predicate_from)
                        < DENIED_PREDICATE_REACH
                {
                    tags.endorsed = true;
                }
            }
            belief_after |= roles & BELIEF != 0;
            let is_subject = if roles & LOWERED != 0 {
                !belief_after
            } else {
                is_subject
            };
            let negates_predicate = is_subject
                && !patient
                && roles & PARTICLE != 0
                && (roles & NEED == 0
                    || FINITE_BE.contains(&sentence.words[range.start - 1])
                    || COPULAS.contains(&sentence.words[range.start - 1])
                    || range.end == predicate_end)
                && roles & (NOT_NEGATING | IMPLICATION | CONTRAST) == 0
                && distance < PREDICATE_REACH
                && (roles & CORRELATIVE == 0 || particles == 0)
                && !tells_the_past(sentence, range)
                && !denies_exclusivity(sentence, range)
                && denies_will_or_quality(triggers, sentence, range, *roles);
            if negates_predicate {
                negators += 1;
                particles += 1;
            }
            // The subject of an active shortfall falls short of it ("ICANN is not fully
            // representative", 多利益攸关方模式并不真正代表发展中国家): the author criticises it
            // without taking the other side. A passive's subject is the patient, whose shortfall
            // the author deplores ("civil society has not been adequately consulted").
            tags.criticised |= is_subject
                && roles & (PARTICLE | NOT_NEGATING) == PARTICLE | NOT_NEGATING
                && distance < PREDICATE_REACH
                && shortfall_adverb(sentence, text, range).is_some_and(|(_, passive)| !passive);
            if roles & ENDORSER != 0 && distance < ENDORSE_AFTER_REACH && !patient {
                tags.endorsed = true;
            }
        }
        agent |= is_denied_agent(triggers, first..before_end, sentence, hit.start);
        if criticised_object {
            // What endorses a criticism of the cue (a denied loss whose reach covers the noun, an
            // endorsing verb right before it: "we must not abandon our criticism of the model",
            // "we support criticism of the ITU") opposes the cue; a rejection of the criticism
            // ("we must not support criticism of the ITU") rejects the criticism, not the cue.
            // Another endorsing word in the clause ("we must respond to criticism of the model")
            // endorses neither.
            rejected &= criticism_governed.is_none();
            tags.endorsed = false;
        }
        if is_subject
            && wills_harm(
                triggers,
                sentence,
                after_start.min(last)..last,
                predicate_from,
            )
        {
            // The subject of a willed passive of loss or opposition suffers what the author wants
            // ("the multistakeholder model must be rejected", 多利益攸关方模式应当被抛弃): the
            // modal endorses the harm, not the subject.
            rejected = true;
            tags.endorsed = false;
        }
        tags.negated = negators % 2 == 1 || rejected || criticism_governed == Some(true) || agent;
        // The subject of a clause "nor" inverts ("nor should the OEWG be seen as a rival to…").
        let inverted_subject = || {
            triggers[first..before_end]
                .iter()
                .rev()
                .take_while(|(range, _)| hit.start - range.end <= INVERTED_SUBJECT_REACH)
                .any(|(range, roles)| {
                    roles & INVERTS != 0
                        && sentence.words[..range.start].last() == Some(&CONTINUING_CORRELATIVE)
                })
        };
        // The cue is a member of a relation its clause speaks of: a negation there is of the
        // relation ("we do not think that X and Y are mutually exclusive", "nor should the OEWG be
        // seen as a rival to the GGE").
        if tags.negated
            && is_relation_member(
                triggers,
                sentence,
                &hit,
                clause_start..clause_end,
                is_subject || inverted_subject(),
            )
        {
            // What the clause wills or denies is the relation, not its member.
            tags.negated = false;
            tags.endorsed = false;
        }
        // A denial of what is done alone denies only that it suffices.
        if tags.negated && is_done_alone(triggers, sentence, &hit, after_start..last) {
            tags.negated = false;
        }
        // The cue names what a membership is of (see `MEMBERSHIP_NOUNS`).
        if tags.negated
            && sentence
                .words
                .get(hit.end)
                .is_some_and(|word| MEMBERSHIP_NOUNS.contains(word))
        {
            tags.negated = false;
        }
        if tags.negated && (distributive || quantifies_parties(sentence, &hit)) {
            // "No single stakeholder should control the Internet", 任何单一利益攸关方都不应主导,
            // "no stakeholder may impose its rules on the others": no one of them, which says nothing
            // against them all, nor for them.
            tags.negated = false;
            tags.endorsed = false;
        }
        // The cue is what a privative head wants ("we reject the exclusion of civil society", "we
        // oppose the loss of national sovereignty", "there is no lack of multistakeholder
        // participation"): negating the want endorses the cue. An endorsement stays as it is: in
        // "ICANN must not be undermined by the lack of multilateral cooperation" the clause's
        // modal endorses what the author wants.
        if tags.negated && is_wanted(sentence, &hit, clause_start) {
            tags.negated = false;
            tags.endorsed = true;
        }
        // The cue is the place what the clause speaks of stands outside (不会接受在联合国框架之外
        // 另起炉灶的规则体系, "we reject any process outside the UN"): rejecting that favours the
        // cue, and favouring it says nothing for the cue.
        if (tags.negated || tags.endorsed) && lies_outside(sentence, &hit, clause_start..clause_end)
        {
            tags.endorsed = tags.negated;
            tags.negated = false;
        }
        // An endorsing word in a clause that rejects the cue ("the ITU should not take over")
        // endorses the rejection, not the cue.
        tags.endorsed &= !tags.negated;
        tags.attributed = is_attributed();
        if !tags.endorsed
            && is_quoted(
                text,
                &sentence.cut[hit.start].span,
                &sentence.cut[hit.end - 1].span,
            )
        {
            tags.criticised = true;
        }
        if names_pretext(sentence, &hit) {
            tags.criticised = true;
            tags.explicitly_distanced = true;
        }
        // Endorsed means endorsed by the author: in another actor's speech ("proponents say that
        // civil society must have an equal voice") the endorsing word is the actor's.
        tags.endorsed &= !tags.attributed;
        tags
    }

    /// What this sentence hands on: an open attribution scope, when the sentence was cut by a
    /// line break rather than ended by punctuation.
    pub fn carry(context: &SentenceContext, ended: bool) -> Carry {
        Carry {
            attributed: context.open_at_end && !ended,
            actor_back: context.actor_back.filter(|_| !ended),
        }
    }
}

/// `scopes` in word order, joined where they overlap or touch, the empty ones left out: the words
/// they cover stay the same.
fn disjoint(mut scopes: Vec<Range<usize>>) -> Vec<Range<usize>> {
    scopes.retain(|scope| !scope.is_empty());
    scopes.sort_unstable_by_key(|scope| scope.start);
    let mut joined: Vec<Range<usize>> = Vec::with_capacity(scopes.len());
    for scope in scopes {
        match joined.last_mut() {
            Some(last) if scope.start <= last.end => last.end = last.end.max(scope.end),
            _ => joined.push(scope),
        }
    }
    joined
}

/// Opens a sentence, before an actor and its verb, to agree with what follows ("As China has
/// proposed, …", "As the United States argues, …").
const AGREEMENT_OPENER: &str = "as";
/// The start of actors of no one in particular, or of a side: "As some have argued, …", "As
/// critics argue, …" concede or report as often as they agree.
const INDEFINITE_ACTORS: &[&str] = &[
    "some", "many", "several", "certain", "other", "critic", "propon", "oppon", "advoc", "support",
];
/// The start of verbs that, after "as", say whose view the author shares ("as China has proposed",
/// "as the United States argues"); not "claims", "insists" or "wants", which keep their distance.
const AGREEING_VERBS: &[&str] = &["propos", "suggest", "argu", "say", "said"];

/// Whether the actor at word `actor` and its verb at `verb` only say whose view the author agrees
/// with: the sentence opens with "as", at most "the" before the actor, the verb is one of agreement
/// and ends its clause. Not an indefinite actor ("As some governments have proposed, …"), nor a
/// verb with an object ("As China has proposed that the ITU…, the United States must respond").
fn opens_agreement(sentence: &SentenceWords, actor: usize, verb: &Range<usize>) -> bool {
    let words = &sentence.words;
    let clause = |at: usize| sentence.clause_of.get(at);
    let opened = matches!(
        &words[..actor],
        [first] | [first, "the"] if *first == AGREEMENT_OPENER
    );
    let starts_any = |word: &str, starts: &[&str]| starts.iter().any(|s| word.starts_with(s));
    opened
        && !starts_any(words[actor], INDEFINITE_ACTORS)
        && starts_any(words[verb.end - 1], AGREEING_VERBS)
        && verb.end < words.len()
        && clause(verb.end) != clause(verb.end - 1)
}

/// "We do not believe that the ITU should take over", 我们不认为联合国应该管理互联网: a negation
/// particle right before a verb of belief (or in one word with it, 并不认为) is raised from the
/// complement clause, and lowered back onto its modal verb, the first within
/// `COMPLEMENT_MODAL_REACH` in the clause: the particle is spent, and the modal, endorsing
/// nothing, negates as a particle does: what follows it, as "not" does in "we believe that the
/// ITU should not take over", a stance or a loss right after it ("we do not think we should
/// support a treaty"), and its subject, any cue between the verb of belief and it (`LOWERED`).
/// A word of need is lowered onto as a modal is, and then denies the need itself, as
/// `NEGATED_NEED_TERMS` do: "we do not believe there is a need for a new treaty", "we do not think
/// it is necessary to create a new intergovernmental body".
/// A judgment is lowered onto as a modal is, and turns: "we do not believe that the ITU is the
/// right body" judges the ITU wrong, "we do not think the model has failed" judges it right.
/// Without a modal verb in reach nothing changes: "we do not believe that a single model fits
/// all" is no stance on the model.
fn lower_negations(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause = |at: usize| sentence.clause_of.get(at);
    for at in 0..triggers.len() {
        let (belief, roles) = triggers[at].clone();
        if roles & BELIEF == 0 {
            continue;
        }
        let negator = if is_verb_particle(&triggers[at], sentence) {
            at
        } else {
            match at.checked_sub(1) {
                Some(before)
                    if triggers[before].0.end == belief.start
                        && clause(triggers[before].0.start) == clause(belief.start)
                        && is_verb_particle(&triggers[before], sentence) =>
                {
                    before
                }
                _ => continue,
            }
        };
        // Not past the complement: a conjunction, another verb ("I don't think anyone disputes
        // that the UN should …" has one, 'that' after a word of it), or "so and the UN should".
        let modal = triggers[at + 1..]
            .iter()
            .take_while(|(range, roles)| {
                range.start - belief.end < COMPLEMENT_MODAL_REACH
                    && clause(range.start) == clause(belief.start)
                    && (roles & MODAL != 0 || roles & ENDS_COMPLEMENT == 0)
                    && !sentence.words[(belief.end + 1).min(range.start)..range.start]
                        .contains(&COMPLEMENTISER)
            })
            .position(|(_, roles)| roles & (MODAL | NEED | JUDGMENT) != 0);
        if let Some(offset) = modal {
            triggers[negator].1 |= SPENT;
            let modal_roles = &mut triggers[at + 1 + offset].1;
            *modal_roles = if *modal_roles & JUDGMENT != 0 && *modal_roles & MODAL == 0 {
                *modal_roles ^ JUDGMENT
            } else if *modal_roles & (NEED | PARTICLE) == NEED | PARTICLE {
                // "We do not think that a new treaty is unnecessary": the two cancel.
                *modal_roles & !PARTICLE
            } else {
                (*modal_roles & !ENDORSER) | PARTICLE | LOWERED
            };
        }
    }
    // "It is not unnecessary", 并非无需: a particle right before a word that denies a need cancels
    // it, and leaves a word of need.
    for at in 1..triggers.len() {
        let (particle, need) = (&triggers[at - 1], &triggers[at]);
        if particle.1 & PARTICLE != 0
            && particle.1 & (NOT_NEGATING | SPENT | NEED) == 0
            && !is_opposer(particle.1)
            && need.1 & (NEED | PARTICLE | LOWERED) == NEED | PARTICLE
            && particle.0.end == need.0.start
        {
            // Spent on the need, it negates no predicate either (国际条约并非毫无必要).
            triggers[at - 1].1 |= SPENT | NOT_NEGATING;
            triggers[at].1 &= !PARTICLE;
        }
    }
}

/// "不支持X", "do not support X", "not in favour of X": a negation particle right before an
/// endorsing word or a verb of stance is spent on it (it would otherwise also negate a cue after
/// it within its reach, and the two would cancel out), and the verb rejects what it governs:
/// - the recipient of a transfer, when its clause names one: the marker (交给; "to" after a word
///   of transfer) negates every cue after it ("do not support handing the Internet to the ITU");
/// - otherwise the few words after it, as a particle's reach ("do not support a binding
///   treaty"). Not farther: what "would not support the allocation of the IANA functions to
///   another body" rejects is the allocation, not the IANA.
///
/// Either negates whatever else the clause holds: "reject and do not support" is one rejection
/// twice, not a double negative. Right before only: "no country should control ICANN" negates the
/// country, not ICANN. Not a modal verb either: a particle never comes right before one but in an
/// inverted clause.
fn negate_stances(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause = |at: usize| sentence.clause_of.get(at);
    for at in 1..triggers.len() {
        let verb = &triggers[at];
        if verb.1 & (ENDORSER | STANCE) == 0 || verb.1 & MODAL != 0 {
            continue;
        }
        let before = &triggers[at - 1];
        let particle_at = if before.0.end == verb.0.start && before.1 & PARTICLE != 0 {
            at - 1
        } else if let Some(particle_at) = inverting_correlative(triggers, at) {
            particle_at
        } else {
            continue;
        };
        let particle = &triggers[particle_at];
        let negates_verb = particle.1 & PARTICLE != 0
            && particle.1 & NOT_NEGATING == 0
            && !is_opposer(particle.1)
            && !NOUN_NEGATORS.contains(&sentence.words[particle.0.start])
            && clause(particle.0.start) == clause(verb.0.start);
        if !negates_verb {
            continue;
        }
        triggers[particle_at].1 |= SPENT;
        triggers[at].1 &= !(ENDORSER | STANCE);
        match transfer_recipient(triggers, at, sentence) {
            Some(recipient) => triggers[recipient].1 |= REJECTS_AFTER,
            None => triggers[at].1 |= REJECTS_NEAR,
        }
    }
}

/// The correlative before the auxiliary of an inverted clause whose verb is at `verb`: "nor do we
/// support a treaty", "neither does the ITU accept…", with at most `INVERTED_SUBJECT_REACH` words
/// of subject between the auxiliary and the verb. It denies the verb as a particle right before it
/// does (see `negate_stances`).
fn inverting_correlative(triggers: &[(Range<usize>, Roles)], verb: usize) -> Option<usize> {
    let verb_start = triggers[verb].0.start;
    let auxiliary = (1..verb)
        .rev()
        .take_while(|&at| triggers[at].0.end + INVERTED_SUBJECT_REACH >= verb_start)
        .find(|&at| triggers[at].1 & INVERTS != 0 && triggers[at].0.end < verb_start)?;
    let correlative = auxiliary - 1;
    let (range, roles) = &triggers[correlative];
    (roles & CORRELATIVE != 0 && range.end == triggers[auxiliary].0.start).then_some(correlative)
}

/// The "nor" that denies the passive predicate starting at `predicate_start`, whose verb is the
/// trigger at `verb`, from before its subject: one that opens an inverted clause ("nor should the
/// IANA function be weakened") or closes a "neither … nor" pair ("neither ICANN nor IANA should
/// be undermined"), with at most `CORRELATIVE_SUBJECT_REACH` words between it and the predicate,
/// which a particle's reach would not span.
fn correlative_of_subject(
    triggers: &[(Range<usize>, Roles)],
    verb: usize,
    predicate_start: usize,
    sentence: &SentenceWords,
) -> Option<usize> {
    let clause = sentence.clause_of.get(predicate_start);
    let nor = (0..verb)
        .rev()
        .take_while(|&at| {
            let (range, _) = &triggers[at];
            range.end + CORRELATIVE_SUBJECT_REACH >= predicate_start
                && sentence.clause_of.get(range.start) == clause
        })
        .find(|&at| {
            sentence.words[triggers[at].0.start] == CONTINUING_CORRELATIVE
                && is_verb_particle(&triggers[at], sentence)
        })?;
    let inverted = triggers
        .get(nor + 1)
        .is_some_and(|(range, roles)| roles & INVERTS != 0 && range.start == triggers[nor].0.end);
    (inverted || correlative_pair_opener(triggers, nor, sentence).is_some()).then_some(nor)
}

/// The correlative that opens the pair the "nor" at `nor` closes, in its clause and at most
/// `INVERTED_SUBJECT_REACH` words before it: its "neither". None when the trigger at `nor` is
/// another particle ("neither the UN nor the ITU said ICANN should not be weakened").
fn correlative_pair_opener(
    triggers: &[(Range<usize>, Roles)],
    nor: usize,
    sentence: &SentenceWords,
) -> Option<usize> {
    let (nor_range, _) = &triggers[nor];
    if sentence.words[nor_range.start] != CONTINUING_CORRELATIVE {
        return None;
    }
    let clause = sentence.clause_of.get(nor_range.start);
    (0..nor)
        .rev()
        .take_while(|&at| {
            let (range, _) = &triggers[at];
            range.end + INVERTED_SUBJECT_REACH >= nor_range.start
                && sentence.clause_of.get(range.start) == clause
        })
        .find(|&at| triggers[at].1 & (CORRELATIVE | PARTICLE) == CORRELATIVE | PARTICLE)
}

/// "We oppose the transfer of the IANA functions to the ITU", 反对将IANA职能移交给国际电联: an
/// opposition verb that governs a transfer with a recipient opposes the recipient, as a negated
/// stance does (see `negate_stances`), and not what is transferred, which the author would keep
/// where it is. Not a denied opposition verb ("we do not oppose…"): the rules read its denial by
/// counting the opposition with the particle.
fn oppose_transfers(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause = |at: usize| sentence.clause_of.get(at);
    for at in 0..triggers.len() {
        let (range, roles) = &triggers[at];
        let denied = at > 0 && {
            let (before, before_roles) = &triggers[at - 1];
            before_roles & PARTICLE != 0
                && before_roles & NOT_NEGATING == 0
                && range.start - before.end < PARTICLE_REACH
                && clause(before.start) == clause(range.start)
        };
        if !is_opposer(*roles) || denied {
            continue;
        }
        if let Some(recipient) = transfer_recipient(triggers, at, sentence) {
            triggers[at].1 &= !OPPOSER;
            triggers[recipient].1 |= REJECTS_AFTER;
        }
    }
}

/// "The IANA functions must not be transferred to the ITU", 不应将IANA职能移交给国际电联: a particle
/// that governs a transfer with a recipient (see `transfer_recipient`), itself or through the
/// modal right after it (不 应), refuses the recipient, as an opposition does (see
/// `oppose_transfers`), and negates nothing else: neither what would be transferred nor whoever
/// would hand it over, which the author would keep where they are. The modal next to the
/// particle ("must not", 不 应) endorses neither.
fn deny_transfers(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    for at in 0..triggers.len() {
        if !is_verb_particle(&triggers[at], sentence) {
            continue;
        }
        let range = &triggers[at].0;
        // Triggers never overlap: one that starts where the particle ends is the next one, and one
        // that ends where it starts the one before.
        let modal_after = roles_starting_at(triggers, range.end) & MODAL != 0;
        let modal_before = roles_ending_at(triggers, range.start) & MODAL != 0;
        let governs_from = if modal_after { at + 1 } else { at };
        if let Some(recipient) = transfer_recipient(triggers, governs_from, sentence) {
            triggers[at].1 |= SPENT | NOT_NEGATING;
            triggers[recipient].1 |= REJECTS_AFTER;
            if modal_after {
                triggers[at + 1].1 &= !ENDORSER;
            }
            if modal_before {
                triggers[at - 1].1 &= !ENDORSER;
            }
        }
    }
}

/// Whether a trigger is a negation particle free to deny a verb after it: not one that negates
/// nothing ("not only") or is spent on a verb already, nor an opposition verb or a noun's negator
/// ("no").
fn is_verb_particle((range, roles): &(Range<usize>, Roles), sentence: &SentenceWords) -> bool {
    roles & PARTICLE != 0
        && roles & (NOT_NEGATING | SPENT) == 0
        && !is_opposer(*roles)
        && !NOUN_NEGATORS.contains(&sentence.words[range.start])
}

/// The trigger that marks the recipient of a transfer the verb at `verb` governs: 交给, or "to"
/// or "under" after a word of transfer, in the verb's clause. Not past another verb, modal or
/// particle, which governs what follows it instead ("we do not support the treaty and support
/// moving to…"); that bound also keeps a clause of thousands of negated verbs linear.
fn transfer_recipient(
    triggers: &[(Range<usize>, Roles)],
    verb: usize,
    sentence: &SentenceWords,
) -> Option<usize> {
    let verb_clause = sentence.clause_of.get(triggers[verb].0.start);
    let mut transfer = false;
    for (at, (range, roles)) in triggers.iter().enumerate().skip(verb + 1) {
        if sentence.clause_of.get(range.start) != verb_clause {
            return None;
        }
        transfer |= roles & TRANSFER != 0;
        // "To" right before another word of transfer is its infinitive marker: "a move to place
        // ICANN under the ITU" names the ITU.
        let infinitive = triggers
            .get(at + 1)
            .is_some_and(|(next, roles)| next.start == range.end && roles & TRANSFER != 0);
        if roles & RECIPIENT != 0 || (transfer && roles & TO != 0 && !infinitive) {
            return Some(at);
        }
        if roles & OPENS_OWN_PREDICATE != 0 {
            return None;
        }
    }
    None
}

/// Where the predicates after an opposition start, which the opposition does not govern: at each
/// coordinator of `PREDICATE_COORDINATORS` with a verb of `PREDICATE_VERB` within
/// `COORDINATED_VERB_REACH` words after it in its clause, no word of `NOUN_OPENERS` between them;
/// and at each modal verb not opening a relative clause, whose subject the opposition is in ("the
/// fight against cybercrime should be led by the UN", 反对网络霸权的国家应当支持联合国; not "any
/// treaty that should give the ITU control"). Either needs an opposition verb or a negated stance
/// as the last verb before it in the clause. After another verb the coordinator joins that one's
/// object: in "we reject attempts to weaken sovereignty and promote multistakeholder governance"
/// the attempts promote it too. Looked at from each verb, a few words forward and back to the
/// verb before: a clause of thousands stays linear.
fn predicates_after_opposition(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
) -> Vec<usize> {
    let words = &sentence.words;
    let clause = |at: usize| sentence.clause_of.get(at);
    let mut starts: Vec<usize> = Vec::new();
    for (verb, roles) in triggers {
        if roles & PREDICATE_VERB == 0 {
            continue;
        }
        let coordinator = (verb.start.saturating_sub(COORDINATED_VERB_REACH)..verb.start)
            .rev()
            .take_while(|&at| {
                clause(at) == clause(verb.start) && !NOUN_OPENERS.contains(&words[at])
            })
            .find(|&at| PREDICATE_COORDINATORS.contains(&words[at]));
        let opens_own_predicate = roles & MODAL != 0
            && words[..verb.start]
                .last()
                .is_none_or(|word| !RELATIVE_PRONOUNS.contains(word));
        let Some(start) = coordinator
            .or(opens_own_predicate.then_some(verb.start))
            .filter(|&at| starts.last() != Some(&at))
        else {
            continue;
        };
        let before = triggers.partition_point(|(range, _)| range.start < start);
        let joins_opposition = triggers[..before]
            .iter()
            .rev()
            .take_while(|(range, _)| clause(range.start) == clause(start))
            .find(|(_, roles)| roles & (PREDICATE_VERB | REJECTS) != 0)
            .is_some_and(|(_, roles)| is_opposer(*roles) || roles & REJECTS != 0);
        if joins_opposition {
            starts.push(start);
        }
    }
    starts
}

/// Whether the conjunction at `conjunction` opens a new predicate: a modal or an endorsing verb
/// follows it in its clause within `PREDICATE_OPENING_REACH` words.
fn opens_predicate(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    conjunction: &Range<usize>,
) -> bool {
    let clause = sentence.clause_of.get(conjunction.start);
    let after = triggers.partition_point(|(range, _)| range.start < conjunction.end);
    triggers[after..]
        .iter()
        .take_while(|(range, _)| {
            range.start - conjunction.end < PREDICATE_OPENING_REACH
                && sentence.clause_of.get(range.start) == clause
        })
        .any(|(_, roles)| roles & (MODAL | ENDORSER) != 0)
}

/// Words of exclusion or neglect: under a denied modal they endorse, as verbs of loss do ("should
/// not be decided without the technical community", "must not overlook civil society").
const EXCLUDING_STEMS: &[&str] = &[
    "without",
    "exclud",
    "ignor",
    "overlook",
    "forget",
    "forgot",
    "neglect",
    "marginali",
    "sidelin",
];

/// "Internet governance should not become the preserve of any intergovernmental organisation": a
/// modal verb with a negation particle right after it endorses nothing in its clause, however far
/// the particle's own reach ends. Not "should not only", which still endorses; nor when a verb of
/// loss, a privative head or a word of exclusion or neglect (`EXCLUDING_STEMS`) comes later in the
/// clause, whatever it governs: the modal then keeps its endorsement of the clause, as a double
/// denial ("the ITU should not be allowed to undermine the multistakeholder model", "decisions
/// should not be dominated by the lack of multilateral cooperation", "should not be decided
/// without the technical community").
fn deny_modals(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let is_denied = |at: usize| {
        let (modal, particle) = (&triggers[at - 1], &triggers[at]);
        modal.1 & MODAL != 0
            && modal.0.end == particle.0.start
            && particle.1 & PARTICLE != 0
            && particle.1 & NOT_NEGATING == 0
    };
    let denied: Vec<usize> = (1..triggers.len()).filter(|&at| is_denied(at)).collect();
    if denied.is_empty() {
        return;
    }
    // Whether a verb of loss or a privative head lies at or after each word in its clause, in
    // one pass back from the sentence's end: a clause of thousands of denials stays linear. A
    // sentence without a cue hit has no clauses, and is read as one.
    let words = &sentence.words;
    let clause = |at: usize| sentence.clause_of.get(at);
    let mut loss_at = vec![false; words.len() + 1];
    for (range, roles) in triggers.iter() {
        if roles & LOSS != 0 {
            loss_at[range.start] = true;
        }
    }
    let mut harm_from = vec![false; words.len() + 1];
    for at in (0..words.len()).rev() {
        let privative = has_privative_head(&words[at..(at + 2).min(words.len())])
            || EXCLUDING_STEMS
                .iter()
                .any(|stem| words[at].starts_with(stem));
        let later = clause(at + 1) == clause(at) && harm_from[at + 1];
        harm_from[at] = loss_at[at] || privative || later;
    }
    for at in denied {
        if !harm_from[triggers[at].0.end] {
            triggers[at - 1].1 &= !ENDORSER;
        }
    }
}

/// "不能失去联合国", "do not support efforts to undermine the model", 反对削弱联合国的作用, 不能放弃: a
/// verb of loss under a negator is denied, and endorses what it governs (`DENIED_LOSS`). The
/// negator it is under is either
/// - a particle or a negated stance within a particle's reach before it, which is spent on it: a
///   cue after the verb is not negated as well ("must not weaken the model"), and a verb of loss
///   that also opposes (放弃) no longer does. So is a particle before an opposition verb, which
///   then concedes what follows and no more, however far (不能否认, "cannot deny the role of the
///   United Nations"); or
/// - an odd number of opposition verbs earlier in its clause, which the denied verb of loss
///   cancels for the cues it endorses, and only those (反对削弱、破坏联合国; "reject attempts to
///   weaken sovereignty and promote the model" still negates the model).
///
/// A particle's reach runs to the verb's passive marker (see `passive_marker`), past an agent
/// between them. A denied verb of loss with a passive marker after its particle (or 不容), or
/// ending its predicate (the clause's end, or a conjunction), is the passive predicate of the cue
/// before it: the particle negates nothing, the cue is endorsed and the passive's agent negated
/// (网络主权不容侵犯和干涉, "the model must not be undermined by intergovernmental control",
/// 网络主权不应受到多利益攸关方模式的损害). So is a passive verb of loss after the object of a
/// negated causative, whose negator is the particle before the causative or the causative itself
/// (决不能让网络主权受到侵犯, 决不允许联合国的作用被削弱): the object is the verb's subject
/// (`PASSIVE_CAUSATIVE`).
///
/// When the passive marker governs a verb of means (被用来削弱, "be used to undermine"), the
/// verb of loss is its purpose, and the negator refuses it: the loss is denied, not passive, and
/// endorses what it governs; the negator still refuses the instrument, the passive's subject or
/// the causative's object (决不能让多利益攸关方模式被用来削弱国家主权 endorses 国家主权 and negates
/// 多利益攸关方).
///
/// A particle that only describes an outcome (see `is_willed`: "the treaty would not damage
/// ICANN", "the model was not weakened") denies a verb of loss as no stance: the particle
/// negates nothing, neither the cue after the verb nor its subject, and nothing is endorsed.
fn deny_losses(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause = |at: usize| sentence.clause_of.get(at);
    let mut opposers = 0;
    // The last opposition verb: in the clause whenever `opposers` is odd.
    let mut last_opposer: Option<usize> = None;
    for at in 0..triggers.len() {
        let (range, roles) = triggers[at].clone();
        if at == 0 || clause(triggers[at - 1].0.start) != clause(range.start) {
            opposers = 0;
        }
        // An opposition verb in the passive is a loss its subject suffers: "the model should not
        // be rejected" endorses the model, as "should not be abandoned" does.
        let passive_opposer = is_opposer(roles)
            .then(|| passive_marker(triggers, sentence, &range))
            .flatten();
        let is_loss = roles & LOSS != 0 || passive_opposer.is_some();
        if is_loss || is_opposer(roles) {
            let marker = if is_loss {
                passive_opposer.or_else(|| passive_marker(triggers, sentence, &range))
            } else {
                None
            };
            let causative =
                marker.and_then(|(marker, _)| negated_causative(triggers, at, marker, sentence));
            // A particle's reach runs to the passive marker, past the agent or the verb of means
            // after it (不应受到多利益攸关方模式的损害, "must not be used to undermine"), and to a
            // frame of cause or pretext before the verb, past what the frame holds.
            let own_frame = frame_start(sentence, range.start);
            let disposal = if is_loss && marker.is_none() && own_frame == range.start {
                disposal_marker(sentence, &range)
            } else {
                None
            };
            let verb_start = marker.map_or(disposal.unwrap_or(range.start), |(marker, _)| marker);
            let predicate_start = if verb_start == range.start {
                own_frame
            } else {
                frame_start(sentence, verb_start)
            };
            let negator = causative.map(|(negator, _)| negator).or_else(|| {
                (0..at)
                    .rev()
                    .take_while(|&before| {
                        let (before_range, _) = &triggers[before];
                        predicate_start.saturating_sub(before_range.end) < PARTICLE_REACH
                            && clause(before_range.start) == clause(predicate_start)
                    })
                    .filter(|&before| {
                        predicate_start == verb_start || triggers[before].0.end <= predicate_start
                    })
                    .find(|&before| {
                        let roles = triggers[before].1;
                        let particle = roles & PARTICLE != 0
                            && roles & (NOT_NEGATING | SPENT) == 0
                            && !is_opposer(roles);
                        particle || roles & REJECTS_NEAR != 0
                    })
                    .or_else(|| {
                        marker.and_then(|_| {
                            correlative_of_subject(triggers, at, predicate_start, sentence)
                        })
                    })
            });
            if let Some(negator) = negator {
                triggers[at].1 |= NEGATED_VERB;
                // A particle a modal governs across "and" denies the predicate that modal opens: "must
                // be respected and not undermined" is passive.
                let predicate_from = coordinated_modal(sentence, triggers[negator].0.start)
                    .map_or(triggers[negator].0.end, |modal| modal + 1);
                let ends_predicate = range.end == sentence.words.len()
                    || clause(range.end) != clause(range.start)
                    || triggers.get(at + 1).is_some_and(|(next, roles)| {
                        next.start == range.end && roles & CONJUNCTION != 0
                    });
                let particle_word = sentence.words[triggers[negator].0.start];
                // The loss is the purpose of a verb of means the negator refuses: not passive.
                let means = marker
                    .is_some_and(|(marker, means)| means && marker >= triggers[negator].0.end);
                // A Chinese verb of transformation, or an English one with "into" right after it,
                // has no object after it: what it turns is its subject or a disposed object, which
                // suffers it as in the passive (ICANN不应变成…, "ICANN should not turn into…", as
                // "should not be turned into").
                let intransitive = roles & TRANSFORMS != 0
                    && (!sentence.words[range.start].is_ascii()
                        || sentence.words.get(range.end) == Some(&TRANSFORMATION_MARKER));
                // A verb of losing, or of giving up the subject's own: its subject suffers the
                // loss, as a passive's does ("the UN must not lose its central role").
                let losing = harms_its_subject(sentence, &range, roles);
                let passive = is_loss
                    && !means
                    && (ends_predicate
                        || intransitive
                        || losing
                        || PASSIVE_PARTICLES.contains(&particle_word)
                        || marker.is_some_and(|(marker, _)| marker >= predicate_from)
                        || disposal.is_some_and(|marker| marker >= predicate_from));
                // The subject's own loss: it gives up what it holds, or suffers the loss.
                let own_loss = roles & GIVING_UP != 0 || passive;
                let endorses = is_loss && is_willed(triggers, negator, own_loss, sentence);
                // A refused means: the negator still refuses the instrument, the subject or the
                // causative's object (决不能让多利益攸关方模式被用来削弱…); an opposition verb,
                // which reaches every cue after it, is cancelled for what the loss governs, as
                // in 反对削弱. So does a negator across a frame of cause or pretext refuse what
                // the frame holds (不能以维护网络主权为名侵犯…).
                let framed = causative.is_none() && predicate_start != verb_start;
                if framed || means && endorses {
                    if is_opposer(triggers[negator].1) {
                        triggers[at].1 |= DENIED_BY_OPPOSER;
                    }
                } else {
                    let negator_roles = &mut triggers[negator].1;
                    if *negator_roles & REJECTS_NEAR != 0 {
                        *negator_roles &= !REJECTS_NEAR;
                    } else if passive || (is_loss && !endorses) {
                        // An opposition verb that is a negated causative (决不允许) included.
                        *negator_roles &= !(PARTICLE | OPPOSER);
                        // The "neither" of a "neither … nor" subject denies the predicate with it.
                        if let Some(opener) = correlative_pair_opener(triggers, negator, sentence) {
                            triggers[opener].1 &= !PARTICLE;
                        }
                    } else {
                        *negator_roles |= SPENT;
                    }
                }
                triggers[at].1 &= !OPPOSER;
                if endorses {
                    triggers[at].1 |= DENIED_LOSS;
                    if passive {
                        triggers[at].1 |= DENIED_PASSIVE;
                    }
                    if let Some((_, causative)) = causative.filter(|_| passive) {
                        triggers[causative].1 |= PASSIVE_CAUSATIVE;
                    }
                }
            } else if is_loss && opposers % 2 == 1 {
                // An opposition verb before a disposal marker opposes the disposal, whose object
                // suffers the denied loss, as under a particle (反对将联合国边缘化, as
                // 不能将联合国边缘化): it negates nothing.
                let disposal_opposer = last_opposer.filter(|&opposer| {
                    disposal.is_some_and(|marker| triggers[opposer].0.end <= marker)
                });
                triggers[at].1 = (roles & !OPPOSER) | DENIED_LOSS | NEGATED_VERB;
                if let Some(opposer) = disposal_opposer {
                    triggers[opposer].1 &= !OPPOSER;
                    triggers[at].1 |= DENIED_PASSIVE;
                } else {
                    // A verb of giving up that also opposes (反对放弃) opposes no more: its
                    // opposition is what is denied.
                    triggers[at].1 |= DENIED_BY_OPPOSER;
                }
            }
        }
        if is_opposer(triggers[at].1) {
            opposers += 1;
            last_opposer = Some(at);
        }
    }
}

/// A verb of loss or opposition right after a noun of pretext (see `PRETEXT_PURPOSE_TERMS`) is
/// refused, as one under a particle is: it opposes no more, and endorses what it governs ("we must
/// not let security become an excuse for abandoning the multistakeholder model", "security is
/// used as a pretext to undermine the model").
fn refuse_pretexted(triggers: &mut [(Range<usize>, Roles)]) {
    for at in 1..triggers.len() {
        let (pretext, roles) = (&triggers[at - 1], triggers[at].1);
        if pretext.1 & PRETEXT_PURPOSE != 0
            && pretext.0.end == triggers[at].0.start
            && (roles & LOSS != 0 || is_opposer(roles))
        {
            triggers[at].1 = (roles & !OPPOSER) | LOSS | DENIED_LOSS | NEGATED_VERB;
        }
    }
}

/// A verb of seizing with an object after it in its clause, and no agent marker before it within
/// `PASSIVE_AGENT_REACH` words, is a verb of loss (see `SEIZING_TERMS`).
fn read_seizures(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause = |at: usize| sentence.clause_of.get(at);
    for (range, roles) in triggers.iter_mut() {
        if *roles & SEIZES == 0 {
            continue;
        }
        let has_object =
            range.end < sentence.words.len() && clause(range.end) == clause(range.start);
        let has_agent = (range.start.saturating_sub(PASSIVE_AGENT_REACH)..range.start)
            .any(|at| clause(at) == clause(range.start) && sentence.words[at] == AGENT_OPENER);
        if has_object && !has_agent {
            *roles |= LOSS;
        }
    }
}

/// Drops a `PAIRED_CONTRAST` with no word of preference after it in its sentence.
fn pair_contrasts(triggers: &mut Vec<(Range<usize>, Roles)>, sentence: &SentenceWords) {
    let is_paired = |(range, roles): &(Range<usize>, Roles)| {
        roles & CONTRAST != 0 && sentence.words[range.start] == PAIRED_CONTRAST
    };
    if !triggers.iter().any(is_paired) {
        return;
    }
    let last_preference = sentence
        .words
        .iter()
        .rposition(|word| PREFERENCE_WORDS.contains(word));
    triggers.retain(|trigger| {
        !is_paired(trigger) || last_preference.is_some_and(|at| at >= trigger.0.end)
    });
}

/// The words each marker of a rejected alternative that rejects the rest of its clause rejects (see
/// `rejects_its_clause`): up to the clause's end, a verb of loss, whose denial endorses, a
/// conjunction that opens a new predicate ("rather than by a vote of the member states and the
/// United Nations should facilitate"), a word of preference (与其依赖联合国不如…), or the next
/// such marker.
fn clause_rejections(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
) -> Vec<Range<usize>> {
    let rejects = |(range, roles): &(Range<usize>, Roles)| {
        roles & CONTRAST != 0 && rejects_its_clause(sentence, range)
    };
    let mut spans = Vec::new();
    for (at, contrast) in triggers.iter().enumerate() {
        if !rejects(contrast) {
            continue;
        }
        let clause_end = sentence.clause_end(contrast.0.start);
        let end = triggers[at + 1..]
            .iter()
            .take_while(|(range, _)| range.start < clause_end)
            .find(|trigger| {
                let (range, roles) = trigger;
                roles & LOSS != 0
                    || rejects(trigger)
                    || PREFERENCE_WORDS.contains(&sentence.words[range.start])
                    || roles & CONJUNCTION != 0
                        && CONTRAST_ENDS.contains(&sentence.words[range.start])
                        && opens_predicate(triggers, sentence, range)
            })
            .map_or(clause_end, |(range, _)| range.start);
        spans.push(contrast.0.end..end);
    }
    spans
}

/// Whether a marker of a rejected alternative rejects the rest of its clause (see
/// `CONTRAST_TERMS`): a `PAIRED_CONTRAST` always does, up to its word of preference; another only
/// when it opens a clause that is not the whole sentence, so that another clause holds what is
/// preferred.
fn rejects_its_clause(sentence: &SentenceWords, contrast: &Range<usize>) -> bool {
    if sentence.words[contrast.start] == PAIRED_CONTRAST {
        return true;
    }
    let start = sentence.clause_start(contrast.start);
    start == contrast.start
        && (start > 0 || sentence.clause_end(contrast.start) < sentence.words.len())
}

/// A verb of transformation is a verb of replacing in Chinese, and in English with "into" after it
/// in its clause, within `TRANSFORMATION_REACH` words (see `TRANSFORMING_TERMS`).
fn read_transformations(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let length = sentence.words.len();
    for (range, roles) in triggers.iter_mut() {
        if *roles & TRANSFORMS == 0 {
            continue;
        }
        let clause = sentence.clause_of.get(range.start);
        let into_follows = (range.end..length.min(range.end + TRANSFORMATION_REACH + 1))
            .take_while(|&at| sentence.clause_of.get(at) == clause)
            .any(|at| sentence.words[at] == TRANSFORMATION_MARKER);
        if into_follows || !sentence.words[range.start].is_ascii() {
            *roles |= LOSS | REPLACES;
        }
    }
}

/// The disposal marker whose object the verb of loss at `loss` governs (see `DISPOSAL_MARKERS`):
/// in its clause, at most `DISPOSAL_REACH` words before it, with no verb of means between them,
/// which makes the object an instrument (不能将多利益攸关方模式用来削弱国家主权).
fn disposal_marker(sentence: &SentenceWords, loss: &Range<usize>) -> Option<usize> {
    let clause = sentence.clause_of.get(loss.start);
    let marker = (loss.start.saturating_sub(DISPOSAL_REACH + 1)..loss.start.saturating_sub(1))
        .rev()
        .take_while(|&at| sentence.clause_of.get(at) == clause)
        .find(|&at| DISPOSAL_MARKERS.contains(&sentence.words[at]))?;
    let means_between = sentence.words[marker + 1..loss.start]
        .iter()
        .any(|word| PASSIVE_MEANS_VERBS.contains(word));
    (!means_between).then_some(marker)
}

/// A judgment of wrong right before a verb of opposition, loss, endorsement or stance opposes what
/// that verb does, as an opposition verb does: "it is wrong to reject the model" takes nothing from
/// it, "it would be a mistake to abandon the model" endorses it. Before a verb of belief or saying
/// it denies the belief, as "we do not believe" does, and `lower_negations` turns the complement's
/// modal or judgment: "it is wrong to say that the model has failed" endorses the model. Before a
/// transfer with a recipient it opposes the transfer, and `oppose_transfers` refuses the recipient
/// ("it would be a mistake to transfer the IANA functions to the ITU"). Before any other verb ("a
/// mistake to dismiss…", "wrong to ignore…", or a transfer with no recipient named) it would be the
/// clause's only negation read and turn the sentence around, so it reads as nothing.
fn read_preposed_judgments(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    for at in 0..triggers.len() {
        if triggers[at].1 & PREPOSED_WRONG == 0 {
            continue;
        }
        let end = triggers[at].0.end;
        let verb = triggers
            .get(at + 1)
            .filter(|(verb, _)| verb.start == end)
            .map_or(0, |(_, roles)| *roles);
        triggers[at].1 = if verb & (BELIEF | SAYING) != 0 {
            triggers[at + 1].1 |= BELIEF;
            PARTICLE
        } else if verb & (OPPOSER | LOSS | ENDORSER | STANCE) != 0
            || verb & TRANSFER != 0 && transfer_recipient(triggers, at, sentence).is_some()
        {
            OPPOSER
        } else {
            0
        };
    }
}

/// Whether the verb of loss at `verb` harms its subject: a verb of `LOSING_VERBS`, or of giving up
/// what is the subject's own ("ICANN must not give up its independence", 联合国不能放弃其核心地位),
/// not a thing another holds ("the ITU must not abandon the multistakeholder model": its subject
/// is the agent, as another verb of loss's is).
fn harms_its_subject(sentence: &SentenceWords, verb: &Range<usize>, roles: Roles) -> bool {
    LOSING_VERBS.contains(&sentence.words[verb.start])
        || roles & GIVING_UP != 0
            && sentence
                .words
                .get(verb.end)
                .is_some_and(|word| OWN_POSSESSIVES.contains(word))
}

/// Whether the triggers of a subject's predicate (`triggers[predicate]`) open with a modal verb
/// that governs a passive of loss or opposition: `MODAL_TERMS` within `PREDICATE_REACH` words of
/// where the predicate starts, then a verb of `LOSS_TERMS` or `OPPOSER_TERMS` with its passive
/// marker after the modal ("must be rejected", 应当被抛弃), or one whose subject suffers it without
/// one (see `harms_its_subject`: "the ITU should lose its privileges"). A particle before the verb
/// denies the harm, which `deny_losses` reads ("must not be undermined"), and spends the particle
/// on the verb.
fn wills_harm(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    predicate: Range<usize>,
    predicate_from: usize,
) -> bool {
    let Some(((modal, roles), rest)) = triggers[predicate].split_first() else {
        return false;
    };
    if roles & MODAL == 0 || modal.start.saturating_sub(predicate_from) >= PREDICATE_REACH {
        return false;
    }
    // A verb farther than a passive marker's reach from the modal cannot have its marker after it.
    rest.iter()
        .take_while(|(range, roles)| {
            range.start <= modal.end + PASSIVE_MARKER_REACH && roles & PARTICLE == 0
        })
        .find(|(_, roles)| roles & (LOSS | OPPOSER) != 0)
        .is_some_and(|(verb, roles)| {
            roles & (DENIED_LOSS | NEGATED_VERB) == 0
                && (passive_marker(triggers, sentence, verb)
                    .is_some_and(|(marker, _)| marker >= modal.end)
                    || harms_its_subject(sentence, verb, *roles))
        })
}

/// Whether a word that opens a predicate (see `PREDICATE_OPENERS`) stands within
/// `PREDICATE_REACH` words of where a cue's predicate starts, in its clause.
fn has_own_predicate(sentence: &SentenceWords, from: usize, clause_end: usize) -> bool {
    sentence.words[from.min(clause_end)..clause_end.min(from + PREDICATE_REACH)]
        .iter()
        .any(|word| {
            [PREDICATE_OPENERS, FINITE_BE, WILL_AUXILIARIES, MODAL_TERMS]
                .iter()
                .any(|openers| openers.contains(word))
        })
}

/// Where the predicate of a cue that ends at `end` starts: after the role it names with it (联合国的
/// 作用应当加强, "the UN's role must be strengthened", see `ROLE_HEADS`), or at `end`.
fn predicate_after_role(sentence: &SentenceWords, end: usize) -> usize {
    match sentence.words.get(end..end + 2) {
        Some([link, head])
            if (*link == ATTRIBUTIVE_MARKER || *link == ENGLISH_POSSESSIVE)
                && ROLE_HEADS.contains(head) =>
        {
            end + 2
        }
        _ => end,
    }
}

/// A document, or a body outside governments as a document does (see `ORGANISATION_TERMS`), speaks
/// in the voice that names it before it in its clause (本报告, 中国发布的白皮书,
/// "this report", "our position paper", "we welcome the report", 支持联合国报告提出的…): the
/// author's own thing when the last voice there is the author's, or the author's endorsement, or a
/// determiner precedes it. Otherwise it is an actor only as its clause's subject, an actor's verb
/// being the next verb or conjunction there (报告指出, 美国智库报告指责, "China's white paper on …
/// calls for", "the Tunis Agenda has called for"), with no passive marker before it, and a body that
/// is itself a cue only through a verb of saying (`CUE_BODY`): a document named as an object
/// (落实《议程》，推动…; 落实议程并推动…) speaks for no one.
fn read_documents(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause_of = |at: usize| sentence.clause_of.get(at).copied();
    if triggers
        .iter()
        .all(|(_, roles)| roles & SPEAKS_AS_SUBJECT == 0)
    {
        return;
    }
    // For each trigger, whether the next verb or conjunction after it in its clause is an actor's
    // verb: one pass back over the sentence, not a search on from each document (a clause of
    // thousands of documents would search it thousands of times). How far the verb may be is for
    // the scope it opens to judge (`ACTOR_VERB_REACH`). This pass changes no role it reads.
    // A passive marker before that verb makes the subject its patient (ICANN不应被任何国家控制):
    // for each word, the last passive marker before it, found in one pass for the same reason.
    let mut last_passive = None;
    let passive_before: Vec<Option<usize>> = (sentence.words.iter().enumerate())
        .map(|(at, word)| {
            let before = last_passive;
            if PASSIVE_MARKERS.contains(word) {
                last_passive = Some(at);
            }
            before
        })
        .collect();
    let mut speaks = vec![false; triggers.len()];
    let mut next_verb: Option<(usize, Option<usize>, Roles)> = None;
    for (at, (range, roles)) in triggers.iter().enumerate().rev() {
        let clause = clause_of(range.start);
        let verb_needed = if roles & CUE_BODY != 0 {
            SAYING
        } else {
            ACTOR_VERB
        };
        speaks[at] = next_verb.is_some_and(|(verb_start, verb_clause, verb_roles)| {
            verb_clause == clause
                && verb_roles & verb_needed != 0
                && passive_before[verb_start].is_none_or(|marker| marker < range.end)
        });
        if roles & (ENDS_COMPLEMENT | ENDORSER) != 0 {
            next_verb = Some((range.start, clause, *roles));
        }
    }
    // The clause and roles of the last actor, own voice or endorsement by the author.
    let mut last_voice: Option<(Option<usize>, Roles)> = None;
    for at in 0..triggers.len() {
        let (range, roles) = &triggers[at];
        let clause = clause_of(range.start);
        let voice = last_voice
            .filter(|&(voice_clause, _)| voice_clause == clause)
            .map(|(_, voice)| voice);
        if roles & SPEAKS_AS_SUBJECT != 0 {
            let determined = range
                .start
                .checked_sub(1)
                .is_some_and(|before| DOCUMENT_DETERMINERS.contains(&sentence.words[before]));
            let owned = determined || voice.is_some_and(|voice| voice & ACTOR == 0);
            let roles = &mut triggers[at].1;
            if owned {
                *roles = (*roles & !ACTOR) | OWN_VOICE | OWN_THING;
            } else if !speaks[at] {
                *roles &= !ACTOR;
            }
        }
        let roles = triggers[at].1;
        if roles & (ACTOR | OWN_VOICE) != 0 {
            last_voice = Some((clause, roles));
        } else if roles & ENDORSER != 0 && voice.is_none_or(|voice| voice & ACTOR == 0) {
            // The author's endorsement: what the document it reaches says, the author agrees
            // with ("we welcome the Montevideo Statement, which calls for…").
            last_voice = Some((clause, OWN_VOICE));
        }
    }
}

/// The scopes of positions named by their advocates before the actor's verb, or without one: a
/// noun before a participle of advocacy, "by" and an actor (see `ADVOCACY_PARTICIPLES`; the noun
/// ends the clause before when the participle opens its own, "cyber sovereignty, as promoted by
/// Beijing, …"), and the words an advocate noun names (see `ADVOCATE_NOUNS`). The participle
/// endorses for the actor, not the author: it is an endorser no more.
fn read_advocates(
    triggers: &mut [(Range<usize>, Roles)],
    sentence: &SentenceWords,
) -> Vec<Range<usize>> {
    let words = &sentence.words;
    let clause_of = |at: usize| sentence.clause_of.get(at).copied();
    let mut scopes = Vec::new();
    for at in 0..triggers.len() {
        let (range, roles) = triggers[at].clone();
        if roles & ACTOR == 0 {
            continue;
        }
        let by = range
            .start
            .checked_sub(1)
            .filter(|&before| words[before] == BY);
        if let Some(participle) = by.and_then(|by| by.checked_sub(1)) {
            let start = sentence.clause_start(participle);
            let opened = &words[start..participle];
            let as_opened = opened == [AGREEMENT_OPENER];
            let agrees = as_opened
                && AGREEING_VERBS
                    .iter()
                    .any(|verb| words[participle].starts_with(verb));
            if ADVOCACY_PARTICIPLES.contains(&words[participle]) && !agrees {
                let noun_start = if opened.is_empty() || as_opened {
                    start
                        .checked_sub(1)
                        .map(|before| sentence.clause_start(before))
                } else {
                    Some(start)
                };
                if let Some(noun_start) = noun_start {
                    scopes.push(noun_start..participle);
                    if let Ok(found) =
                        triggers.binary_search_by_key(&participle, |(range, _)| range.start)
                    {
                        triggers[found].1 &= !ENDORSER;
                    }
                }
            }
        }
        let word = words[range.start];
        if range.len() == 1 && ADVOCATE_NOUNS.iter().any(|noun| word.starts_with(noun)) {
            let clause = clause_of(range.start);
            let in_clause = |at: &usize| clause_of(*at) == clause;
            if words.get(range.end) == Some(&ADVOCATED_OPENER) {
                let end = (range.end + 1..(range.end + 1 + ADVOCATED_REACH).min(words.len()))
                    .take_while(in_clause)
                    .last();
                if let Some(end) = end {
                    scopes.push(range.start..end + 1);
                }
            } else if range.start > 0 && words[range.start - 1] == ATTRIBUTIVE_MARKER {
                let start = (range.start.saturating_sub(1 + ADVOCATED_REACH)..range.start - 1)
                    .rev()
                    .take_while(in_clause)
                    .last();
                if let Some(start) = start {
                    scopes.push(start..range.start);
                }
            }
        }
    }
    scopes
}

/// The scopes of actors that frame a sentence from outside its clauses: an actor in a clause of
/// its own at the sentence's start ("For Moscow, …", 对美国而言…), whose view the rest of the
/// sentence is, and an attributor with its actor opening a clause after the first ("the ITU,
/// according to Russia, should…", "a treaty would, in the view of most Western governments, do
/// more harm", "…, according to Russia"), whose view the clause before it is too; the attributor
/// opens the scope after it itself.
fn read_framings(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
) -> Vec<Range<usize>> {
    let words = &sentence.words;
    let clause_of = |at: usize| sentence.clause_of.get(at);
    let ends_clause = |end: usize| end < words.len() && clause_of(end) != clause_of(end - 1);
    let mut scopes = Vec::new();
    for (range, roles) in triggers {
        if roles & ACTOR != 0 && range.start == 1 {
            let opened = words[0] == FRAMING_OPENER && ends_clause(range.end)
                || FRAMING_MARKERS.contains(&words[0])
                    && words
                        .get(range.end)
                        .is_some_and(|word| FRAMING_CLOSERS.contains(word));
            if opened {
                scopes.push(0..words.len());
            }
        }
        if roles & ATTRIBUTOR != 0 {
            let start = sentence.clause_start(range.start);
            let actor_follows = || {
                let next = triggers.partition_point(|(next, _)| next.start < range.end);
                triggers[next..]
                    .iter()
                    .take_while(|(actor, _)| actor.start <= range.end + ATTRIBUTOR_ACTOR_REACH)
                    .any(|(_, roles)| roles & ACTOR != 0)
            };
            if start == range.start && start > 0 && actor_follows() {
                scopes.push(sentence.clause_start(start - 1)..start);
            }
        }
    }
    scopes
}

/// A clause that a word of `NECESSITY_OPENERS` opens, before a clause whose result is denied or
/// cannot come about, names what that result needs (没有网络主权，就没有国家安全; 如果没有联合国的
/// 参与，任何规则都难以获得认可; "without the participation of civil society, the rules cannot be
/// legitimate"), or whose own clause judges it impossible (没有联合国是万万不能的): the opener negates
/// nothing and endorses what its clause names. The opener opens its clause, or follows a
/// condition's opener or a connective there (联合国不是万能的，但没有联合国是万万不能的).
fn read_necessities(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause_of = |at: usize| sentence.clause_of.get(at).copied();
    for at in 0..triggers.len() {
        let range = &triggers[at].0;
        if !NECESSITY_OPENERS.contains(&sentence.words[range.start])
            || sentence
                .words
                .get(range.end)
                .is_some_and(|word| NECESSITY_EXCEPTIONS.contains(word))
        {
            continue;
        }
        let starts_clause = |word: usize| word == 0 || clause_of(word - 1) != clause_of(word);
        let opens_clause = starts_clause(range.start)
            || at > 0
                && triggers[at - 1].1 & CONDITION != 0
                && triggers[at - 1].0.end == range.start
                && starts_clause(triggers[at - 1].0.start)
            || starts_clause(range.start - 1)
                && TOPIC_CONNECTIVES.contains(&sentence.words[range.start - 1]);
        if !opens_clause {
            continue;
        }
        let clause = clause_of(range.start);
        let next = clause.map(|clause| clause + 1);
        let next_words = (range.end..sentence.words.len())
            .skip_while(|&word| clause_of(word) == clause)
            .take_while(|&word| clause_of(word) == next);
        let denies = |roles: Roles| {
            roles & HARDSHIP != 0 || roles & PARTICLE != 0 && roles & NOT_NEGATING == 0
        };
        let judged_in_clause = triggers[at + 1..]
            .iter()
            .take_while(|(range, _)| clause_of(range.start) == clause)
            .any(|(verdict, roles)| {
                denies(*roles)
                    && sentence.words
                        [verdict.start.saturating_sub(NECESSITY_VERDICT_REACH)..verdict.start]
                        .contains(&NECESSITY_COPULA)
            });
        let result_denied = judged_in_clause
            || triggers[at + 1..]
                .iter()
                .skip_while(|(range, _)| clause_of(range.start) == clause)
                .take_while(|(range, _)| clause_of(range.start) == next)
                .any(|(_, roles)| denies(*roles))
            || next_words.into_iter().any(|word| {
                HARDSHIP_STARTS
                    .iter()
                    .any(|start| sentence.words[word].starts_with(start))
            });
        if result_denied {
            let roles = &mut triggers[at].1;
            *roles = (*roles & !(PARTICLE | WITHOUT | NOT_NEGATING)) | ENDORSER;
        }
    }
}

/// Adverbs of sufficiency: a negation right before one measures a shortfall rather than denying
/// ("civil society has not been adequately consulted", "the system has not fully ensured
/// multistakeholder principles", "the forum is not truly multistakeholder", 未能充分体现): the
/// author wants more of what follows, not its opposite. The English ones as written, compared with
/// the original text: the stemmer makes "adequately" and "adequate" one word, and a denied
/// adjective of sufficiency denies ("self-regulation has never been sufficient").
const SHORTFALL_ADVERBS_WRITTEN: &[&str] =
    &["fully", "adequately", "sufficiently", "truly", "genuinely"];
/// The Chinese ones, as words.
const SHORTFALL_ADVERBS: &[&str] = &["充分", "足够", "真正"];
/// Words that may stand between a negation and its adverb of sufficiency ("has not yet been
/// fully"), besides the passive's of `SHORTFALL_PASSIVES`.
const SHORTFALL_GAPS: &[&str] = &["yet"];
/// Passive auxiliaries between a negation and its adverb of sufficiency: they make the subject the
/// patient of the shortfall ("has not been adequately consulted", 没有得到充分听取).
const SHORTFALL_PASSIVES: &[&str] = &["be", "been", "得到", "受到"];

/// The adverb of sufficiency after the particle at `particle`, and whether a word of
/// `SHORTFALL_PASSIVES` stands between them.
fn shortfall_adverb(
    sentence: &SentenceWords,
    text: &str,
    particle: &Range<usize>,
) -> Option<(usize, bool)> {
    let is_passive = |word: &&str| SHORTFALL_PASSIVES.contains(word);
    let adverb = (particle.end..sentence.words.len())
        .find(|&word| {
            let word = &sentence.words[word];
            !SHORTFALL_GAPS.contains(word) && !is_passive(word)
        })
        .filter(|&word| {
            let written = &text[sentence.cut[word].span.clone()];
            SHORTFALL_ADVERBS.contains(&sentence.words[word])
                || SHORTFALL_ADVERBS_WRITTEN
                    .iter()
                    .any(|adverb| adverb.eq_ignore_ascii_case(written))
        })?;
    let passive = sentence.words[particle.end..adverb].iter().any(is_passive);
    Some((adverb, passive))
}

/// A particle before an adverb of sufficiency (see `SHORTFALL_ADVERBS_WRITTEN`) negates nothing,
/// unless the adverb qualifies a verb of loss or opposition: "sovereignty must not be fully
/// undermined" still denies the loss.
fn measure_shortfalls(
    triggers: &mut [(Range<usize>, Roles)],
    sentence: &SentenceWords,
    text: &str,
) {
    for at in 0..triggers.len() {
        let (range, roles) = &triggers[at];
        if roles & PARTICLE == 0 {
            continue;
        }
        let Some((adverb, _)) = shortfall_adverb(sentence, text, range) else {
            continue;
        };
        let qualifies_loss = triggers[at + 1..]
            .iter()
            .find(|(next, _)| next.start > adverb)
            .is_some_and(|(next, next_roles)| {
                next.start == adverb + 1 && next_roles & (LOSS | OPPOSER) != 0
            });
        if !qualifies_loss {
            triggers[at].1 |= NOT_NEGATING;
        }
    }
}

/// A negation inside a condition is supposed, not asserted (倘若联合国不能发挥主渠道作用，…; "who, if
/// not the United Nations, should set the rules?"): a particle after a word of `CONDITION_OPENERS`
/// in its clause negates nothing, and a judgment there judges nothing ("if the multistakeholder
/// model has failed, we must ask why"). The openers are triggers, so that this reads triggers
/// only.
fn suspend_conditions(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    // The clause of the last condition opened.
    let mut condition = None;
    for (range, roles) in triggers.iter_mut() {
        let clause = sentence.clause_of.get(range.start);
        if *roles & CONDITION != 0 {
            condition = clause;
        } else if condition.is_some() && condition == clause {
            if *roles & PARTICLE != 0 {
                *roles |= NOT_NEGATING;
            }
            *roles &= !JUDGMENT;
        }
    }
}

/// Whether the particle at `particle` denies an event in the past (`PAST_PARTICLES`, or a particle
/// after `PAST_AUXILIARIES`): "the IAB did not object", "the IANA functions were never under the
/// control of the ITU", 联合国并未参与此项谈判. Said of a subject, that tells what happened, not
/// what the author holds of it.
fn tells_the_past(sentence: &SentenceWords, particle: &Range<usize>) -> bool {
    PAST_PARTICLES.contains(&sentence.words[particle.start])
        || particle.start > 0 && PAST_AUXILIARIES.contains(&sentence.words[particle.start - 1])
}

/// Whether the particle at `particle`, after a subject, denies what the subject should or will do
/// (私营部门不应主导, "the ITU should not take over", "a new treaty is not needed"), a quality the
/// author grants what it favours ("intergovernmental control is not acceptable") or a stance
/// towards it ("the model is not accepted by developing countries"). A plain statement that denies
/// neither describes its subject ("the IETF has no formal membership", 互联网工程任务组并不制定具有
/// 强制力的法律规范, "sovereignty does not stop at the network edge"): the author may hold it for
/// or against the subject, and the words do not say which.
fn denies_will_or_quality(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    particle: &Range<usize>,
    roles: Roles,
) -> bool {
    let before = particle.start.checked_sub(1);
    let clause = sentence.clause_of.get(particle.start);
    let after = triggers.partition_point(|(range, _)| range.start < particle.end);
    roles & (DEONTIC | NEED | LOWERED | WILL) != 0
        || before.is_some_and(|at| {
            DEONTIC_MODALS.contains(&sentence.words[at])
                || WILL_AUXILIARIES.contains(&sentence.words[at])
        })
        || triggers[after..]
            .iter()
            .take_while(|(range, _)| {
                range.start < particle.end + QUALITY_REACH
                    && sentence.clause_of.get(range.start) == clause
            })
            .any(|(range, roles)| {
                roles & QUALITY != 0 && !is_exclusive(sentence, range.start)
                    || roles & (STANCE | ENDORSER | REJECTS_NEAR) != 0
                    || roles & NEED != 0 && range.start == particle.end
            })
}

/// Whether the particle at `particle` denies only that its subject is exclusive: a word of
/// `EXCLUSIVE_QUALIFIERS` within `PREDICATE_REACH` words after it, in its clause ("the UN must not
/// be the only forum", 联合国不能是唯一的平台), which keeps the subject as one of several.
fn denies_exclusivity(sentence: &SentenceWords, particle: &Range<usize>) -> bool {
    let clause = sentence.clause_of.get(particle.start);
    (particle.end..(particle.end + PREDICATE_REACH).min(sentence.words.len()))
        .take_while(|&at| sentence.clause_of.get(at) == clause)
        .any(|at| EXCLUSIVE_QUALIFIERS.contains(&sentence.words[at]))
}

/// Whether the cue is a noun of `PARTY_NOUNS` after a quantifier of `PARTY_QUANTIFIERS`, with at
/// most one word of `PARTY_QUANTIFIER_GAPS` between them.
fn quantifies_parties(sentence: &SentenceWords, hit: &Range<usize>) -> bool {
    let before = |at: usize| at.checked_sub(1).map(|at| (at, sentence.words[at]));
    let quantifier = match before(hit.start) {
        Some((at, word)) if PARTY_QUANTIFIER_GAPS.contains(&word) => before(at),
        word => word,
    };
    PARTY_NOUNS.contains(&sentence.words[hit.start])
        && quantifier.is_some_and(|(_, word)| PARTY_QUANTIFIERS.contains(&word))
}

/// Whether a word of `EXCLUSIVE_QUALIFIERS` stands right before `at`, or before a 的 there.
fn is_exclusive(sentence: &SentenceWords, at: usize) -> bool {
    let before = |back: usize| at.checked_sub(back).map(|at| sentence.words[at]);
    let qualifier = if before(1) == Some(ATTRIBUTIVE_MARKER) {
        before(2)
    } else {
        before(1)
    };
    qualifier.is_some_and(|word| EXCLUSIVE_QUALIFIERS.contains(&word))
}

/// Where the frame of cause or pretext that closes right before the verb at `verb` opens, or
/// `verb` when no frame closes there (see `FRAME_OPENERS`).
fn frame_start(sentence: &SentenceWords, verb: usize) -> usize {
    let clause = sentence.clause_of.get(verb);
    let closes = |word: &&str| FRAME_CLOSERS.contains(word) || PRETEXT_NAMES.contains(word);
    if verb == 0 || !closes(&sentence.words[verb - 1]) {
        return verb;
    }
    (verb.saturating_sub(FRAME_REACH)..verb - 1)
        .rev()
        .find(|&at| {
            let word = &sentence.words[at];
            CAUSE_OPENERS.contains(word)
                || sentence.clause_of.get(at) == clause && FRAME_OPENERS.contains(word)
        })
        .unwrap_or(verb)
}

/// "We must not weaken the UN nor ICANN", "we will never abandon sovereignty, nor the UN", "we
/// do not oppose the ITU nor the UN": a "nor" whose nearest negation before it in its sentence went
/// to a verb of loss or opposition (`NEGATED_VERB`) coordinates what that verb governs, and carries
/// that verb's reading rather than a negation of its own: it is no particle, and the verb's reach
/// decides (which ends at the clause, so after a comma the cue is left plain). It does so in the
/// verb's clause, or opening the next one ("…, nor ICANN"), not inside a later clause ("…, and
/// nobody should control ICANN nor the ITU"). After a plain particle, a negated stance or "neither"
/// it stays one ("not by the ITU nor by the UN", "we do not support the ITU nor the UN"), and so
/// does a "nor" that opens an inverted clause of its own ("…, nor should the ITU take over"). A
/// verb of loss or opposition that nothing negates ("the ITU, which seeks to undermine ICANN, nor
/// the UN") changes nothing. One pass: each "nor" takes the reading of the negation before it, a
/// stripped one leaving it for the next.
fn continue_correlatives(triggers: &mut [(Range<usize>, Roles)], sentence: &SentenceWords) {
    let clause = |at: usize| sentence.clause_of.get(at).copied();
    // The clause of the nearest negation so far when it went to a verb of loss or opposition.
    let mut to_verb: Option<Option<usize>> = None;
    for at in 0..triggers.len() {
        let (range, roles) = &triggers[at];
        if roles & CORRELATIVE != 0 && sentence.words[range.start] == CONTINUING_CORRELATIVE {
            let inverted = roles_starting_at(triggers, range.end) & INVERTS != 0;
            let opens_clause = range.start == 0 || clause(range.start - 1) != clause(range.start);
            let carries = to_verb
                .is_some_and(|verb_clause| verb_clause == clause(range.start) || opens_clause);
            if inverted {
                to_verb = None;
            } else if carries {
                triggers[at].1 &= !PARTICLE;
            }
        } else if roles & NEGATED_VERB != 0 {
            to_verb = Some(clause(range.start));
        } else if roles & (PARTICLE | REJECTS) != 0 {
            to_verb = None;
        }
    }
}

/// Whether the negator at `negator` denies a loss as the author's stance, willing or owing it,
/// rather than describing an outcome ("the treaty would not damage ICANN", 这些做法没有损害联合国的
/// 权威): an opposition verb or a negated stance (反对削弱, "do not support efforts to
/// undermine"), a deontic particle (`DEONTIC_TERMS`), a particle after a deontic modal ("must
/// not", "should never"), or after "and" coordinating it with a predicate of one ("must be
/// respected and not undermined", see `coordinated_modal`), or that is one (a modal a negated
/// verb of belief lowered its negation onto), a "nor" with a deontic modal after it, within the
/// reach of a subject it denies a predicate of ("nor should the IANA function be weakened",
/// "neither the UN nor the ITU should be marginalised", see `correlative_of_subject`), or a
/// particle whose subject is the author's own voice acting ("we will not abandon", 我们不会放弃,
/// "our government will not", see `author_acts`).
///
/// A thing of the author's as the subject ("our proposal", 我们的方案, this paper) wills a denial
/// of its own loss only, `own_loss`: of giving up what it holds (only an agent gives a thing up:
/// "our proposal will not abandon national sovereignty" is the author's refusal), or of suffering
/// the loss in the passive (中国的网络主权绝不会被削弱: the author's own sovereignty, which it
/// refuses to see weakened). Its effect on another it describes: "our proposal would not
/// undermine ICANN", 我们的方案不会削弱联合国, as "the treaty would not damage ICANN" does.
fn is_willed(
    triggers: &[(Range<usize>, Roles)],
    negator: usize,
    own_loss: bool,
    sentence: &SentenceWords,
) -> bool {
    let clause = |at: usize| sentence.clause_of.get(at);
    let (range, roles) = &triggers[negator];
    let owed = roles & (REJECTS_NEAR | DEONTIC | MODAL) != 0
        || is_opposer(*roles)
        || range
            .start
            .checked_sub(1)
            .is_some_and(|before| DEONTIC_MODALS.contains(&sentence.words[before]))
        || coordinated_modal(sentence, range.start).is_some()
        || sentence.words[range.start] == CONTINUING_CORRELATIVE
            && sentence.words[range.end..]
                .iter()
                .take(CORRELATIVE_SUBJECT_REACH)
                .any(|word| DEONTIC_MODALS.contains(word));
    owed || (0..negator)
        .rev()
        .take_while(|&before| {
            let before = &triggers[before].0;
            range.start - before.end <= OWN_VOICE_VERB_REACH
                && clause(before.start) == clause(range.start)
        })
        .any(|own| {
            triggers[own].1 & OWN_VOICE != 0
                && (own_loss || author_acts(triggers, own, negator, sentence))
        })
}

/// Whether the own-voice word at `own`, the subject of the negator at `negator`, is the author
/// acting: a pronoun or name (we, 我国, 中国) with no possessive marker after it, or a possessive
/// of the author ("our", an own-voice word before 的) whose head, the words after its last marker,
/// names an actor ("our government", 我们的国家, 我们的代表团). A possessive whose head is a thing
/// ("our proposal", 我们的方案, 我国政府的方案: the government owns the proposal) and the document
/// (this paper, 本文) are not.
fn author_acts(
    triggers: &[(Range<usize>, Roles)],
    own: usize,
    negator: usize,
    sentence: &SentenceWords,
) -> bool {
    let (own_range, own_roles) = &triggers[own];
    let subject_end = triggers[negator].0.start;
    let marker = sentence.words[own_range.end..subject_end]
        .iter()
        .rposition(|word| POSSESSIVE_MARKERS.contains(word));
    let head_start = match marker {
        Some(marker) => own_range.end + marker + 1,
        None if own_roles & OWN_THING != 0 => own_range.end,
        None => return true,
    };
    triggers[own + 1..negator]
        .iter()
        .any(|(range, roles)| range.start >= head_start && roles & ACTOR_NOUN != 0)
}

/// "must be respected and not undermined", "should respect national sovereignty and not undermine
/// the United Nations": the deontic modal of the predicate that the particle at `particle`, right
/// after "and", is coordinated with, within `COORDINATED_MODAL_REACH` words before "and" in its
/// clause. The modal governs both predicates, so the denial is owed as "must not" is.
fn coordinated_modal(sentence: &SentenceWords, particle: usize) -> Option<usize> {
    let and = particle.checked_sub(1)?;
    if sentence.words[and] != COORDINATOR {
        return None;
    }
    let clause = sentence.clause_of.get(particle);
    (and.saturating_sub(COORDINATED_MODAL_REACH + 1)..and)
        .rev()
        .find(|&at| {
            DEONTIC_MODALS.contains(&sentence.words[at]) && sentence.clause_of.get(at) == clause
        })
}

/// The agent marker of a passive of control right after the particle at `particle` (see
/// `CONTROL_TERMS`): 由 or a passive marker that takes its agent before the verb, right after the
/// particle, with an agent and then the verb within `PASSIVE_AGENT_REACH` words
/// (互联网不应由联合国管理, 联合国不应被美国控制), or "by" after "be", the verb and at most
/// `PASSIVE_ADVERB_REACH` adverbs, with an agent after it ("should not be controlled by any
/// government", "must never be so easily captured by", "is (still) not controlled by"; not "by
/// 2030").
/// The clause's subject is then the passive's patient, and what the particle denies is the
/// agent's control. Other verbs leave the subject to the particle: what "should not be accepted /
/// adopted / trusted by" or 不应被…接受 denies is the subject, and a verb of means or a causative
/// (被用作, "be allowed by member states to") is no verb of control.
fn denied_agent_marker(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    particle: &Range<usize>,
) -> Option<usize> {
    let words = &sentence.words;
    let clause = sentence.clause_of.get(particle.start);
    let in_clause = |at: usize| at < words.len() && sentence.clause_of.get(at) == clause;
    let marker = particle.end;
    let next = *words.get(marker)?;
    if next == AGENT_OPENER || AGENT_PASSIVE_MARKERS.contains(&next) {
        // An agent of one word or more, then the verb, with no causative or verb of means before.
        let verb = (marker + 2..=marker + PASSIVE_AGENT_REACH)
            .take_while(|&at| {
                in_clause(at)
                    && !PASSIVE_MEANS_VERBS.contains(&words[at - 1])
                    && roles_starting_at(triggers, at - 1) & BLOCKS_PASSIVE == 0
            })
            .find(|&at| roles_starting_at(triggers, at) & CONTROL != 0);
        return verb.map(|_| marker);
    }
    // "be" and "been", which take their agent after the verb; or a finite "be" before the
    // particle, an adverb between them at most, with the verb right after it ("ICANN is not
    // controlled by any government", "is still not controlled by").
    let finite_be_before = |at: usize| {
        words[at.saturating_sub(2)..at]
            .iter()
            .any(|word| FINITE_BE.contains(word))
    };
    let verb = if PASSIVE_MARKERS.contains(&next) {
        marker + 1
    } else if roles_starting_at(triggers, particle.start) & NEGATED_BE != 0
        || finite_be_before(particle.start)
    {
        marker
    } else {
        return None;
    };
    let agent_marker = (verb + 1..=verb + 1 + PASSIVE_ADVERB_REACH)
        .take_while(|&at| in_clause(at))
        .find(|&at| AGENT_MARKERS.contains(&words[at]))?;
    let has_agent = in_clause(agent_marker + 1)
        && !words[agent_marker + 1].starts_with(|c: char| c.is_ascii_digit());
    let before_marker = &words[verb..agent_marker];
    // The verb of control ends at the marker ("controlled by", "taken over by", "managed through").
    let controls = roles_ending_at(triggers, agent_marker) & CONTROL != 0;
    let denied = before_marker
        .iter()
        .all(|word| !NOT_ADVERBS.contains(word) && !PREDICATE_TURNS.contains(word));
    (has_agent && controls && denied).then_some(agent_marker)
}

/// Whether a denial of the cue at `hit` denies only that what is done suffices alone: a limit (see
/// `EXCLUSIVE_LIMIT_TERMS`) that ends its phrase is among the triggers of its predicate
/// (`predicate`, as indices into `triggers`) within `LIMIT_REACH` words of the cue ("the United
/// Nations cannot solve every problem alone", "we should not rely on the UN alone"); but not with
/// a verb of control there, whose sole exercise is what is refused (都不应单独控制互联网, as "no
/// single stakeholder should control").
fn is_done_alone(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    hit: &Range<usize>,
    predicate: Range<usize>,
) -> bool {
    let near_end =
        triggers[..predicate.end].partition_point(|(range, _)| range.start < hit.end + LIMIT_REACH);
    let near = &triggers[predicate.start.min(near_end)..near_end];
    near.iter().any(|(limit, roles)| {
        roles & EXCLUSIVE_LIMIT != 0 && limit_ends_phrase(sentence, limit.end)
    }) && !near.iter().any(|(_, roles)| roles & CONTROL != 0)
}

/// Whether a limit (see `EXCLUSIVE_LIMIT_TERMS`) ending at word `end` ends its phrase: its clause
/// ends there or "but" follows ("by governments alone, but…", "cannot act alone but must…"); not
/// "organisations only answerable to states".
fn limit_ends_phrase(sentence: &SentenceWords, end: usize) -> bool {
    sentence.clause_of.get(end) != sentence.clause_of.get(end - 1)
        || sentence.words.get(end) == Some(&CONTRARY)
}

/// Whether the cue at `hit` is the agent of a passive that a particle among
/// `triggers[candidates]` denies as the author's stance (see `denied_agent_marker` and
/// `is_willed`): within `AGENT_HEAD_REACH` words after its "by" or "through", with no privative
/// head between ("the Internet should not be governed by the ITU", "must never be dominated by
/// intergovernmental organisations", "should not be governed by governments through multilateral
/// treaties"). A described denial refuses nothing: "the IANA functions are not performed by the
/// ITU". Nor does one of an agent alone ("should not be managed through treaties alone"): that
/// denies only that it suffices.
fn is_denied_agent(
    triggers: &[(Range<usize>, Roles)],
    candidates: Range<usize>,
    sentence: &SentenceWords,
    hit: usize,
) -> bool {
    let words = &sentence.words;
    let clause = sentence.clause_of.get(hit);
    let alone = (hit + 1..(hit + 1 + AGENT_HEAD_REACH).min(words.len()))
        .take_while(|&at| sentence.clause_of.get(at) == clause)
        .any(|at| {
            roles_starting_at(triggers, at) & EXCLUSIVE_LIMIT != 0
                && limit_ends_phrase(sentence, at + 1)
        });
    let refuses = |marker: usize| {
        // The particles that may be the marker's: it comes 2 to 2 + `PASSIVE_ADVERB_REACH` words
        // after one, so only those few are looked at, not every trigger of a long clause.
        let ends_from = marker.saturating_sub(2 + PASSIVE_ADVERB_REACH);
        let window = triggers
            .partition_point(|(range, _)| range.end < ends_from)
            .max(candidates.start)
            ..triggers
                .partition_point(|(range, _)| range.end < marker)
                .min(candidates.end);
        !has_privative_head(&words[marker + 1..hit])
            && window.into_iter().any(|at| {
                let (range, roles) = &triggers[at];
                roles & PARTICLE != 0
                    && roles & (NOT_NEGATING | SPENT) == 0
                    && !is_opposer(*roles)
                    && range.end < marker
                    && denied_agent_marker(triggers, sentence, range) == Some(marker)
                    && is_willed(triggers, at, false, sentence)
            })
    };
    !alone
        && (hit.saturating_sub(AGENT_HEAD_REACH + 1)..hit)
            .rev()
            .filter(|&at| AGENT_MARKERS.contains(&words[at]))
            .any(refuses)
}

/// 无论是国际电信联盟还是联合国，都不应控制互联网: whether the cue at `hit` is one of the alternatives
/// of a clause (`clause`) that 无论, 不论 or 不管 opens (after one word at most, a connective such
/// as 但), when 都 or 也 opens the next: the alternatives are the subjects of that clause's
/// predicate. An alternative stands right after the opener, a word that joins alternatives (还是,
/// 或, 和) or a pause comma (、), and right before one of them or the clause's end, with one head
/// noun at most (`ALTERNATIVE_HEADS`); a cue elsewhere in the clause is no alternative (无论在联合国
/// 还是在其他场合, 无论是否加入联合国, 无论联合国如何改革).
fn is_concessive_alternative(
    sentence: &SentenceWords,
    text: &str,
    clause: Range<usize>,
    hit: &Range<usize>,
) -> bool {
    let words = &sentence.words;
    let opened = words[clause.start..(clause.start + 2).min(clause.end)]
        .iter()
        .any(|word| CONCESSIVE_OPENERS.contains(word));
    let resumed = words
        .get(clause.end)
        .is_some_and(|word| CONCESSIVE_RESUMERS.contains(word));
    // Most hits stand in no such clause: the words around them are not looked at.
    if !(opened && resumed) {
        return false;
    }
    let joins = |at: usize| {
        CONCESSIVE_OPENERS.contains(&words[at]) || ALTERNATIVE_JOINS.contains(&words[at])
    };
    // The pause comma between two alternatives is no word: it is looked for between the words.
    let paused = |at: usize| {
        text[sentence.cut[at - 1].span.end..sentence.cut[at].span.start].contains(PAUSE_COMMA)
    };
    let after_join = hit.start > clause.start && (joins(hit.start - 1) || paused(hit.start));
    // A cue can run past its clause, whose end the pipeline's punctuation marks, not its words.
    let ends_alternative = |at: usize| at >= clause.end || joins(at) || paused(at);
    let before_join = ends_alternative(hit.end)
        || hit.end < clause.end
            && ALTERNATIVE_HEADS.contains(&words[hit.end])
            && ends_alternative(hit.end + 1);
    after_join && before_join
}

/// The character that ends a theory named after a predicate (主权过时论, 网络主权威胁论; jieba may cut
/// it off its predicate and join it to the next word: 过时 / 论是).
const THEORY_MARK: char = '论';
/// Words with 论 that are nouns of their own, whose topic may be the cue itself: 所谓网络主权理论,
/// 鼓吹多利益攸关方的言论, 所谓网络主权不过是谬论 hold the cue at a distance.
const NOT_THEORIES: &[&str] = &[
    "理论",
    "言论",
    "舆论",
    "谬论",
    "议论",
    "评论",
    "讨论",
    "辩论",
    "争论",
    "结论",
    "推论",
    "无论",
    "论坛",
    "论文",
    "论述",
    "论证",
    "论点",
    "论调",
    "论据",
    "论断",
    "方法论",
    "认识论",
    "本体论",
    "一元论",
    "二元论",
    "多元论",
    "决定论",
    "目的论",
];
/// Words between a cue and the theory it qualifies (主权 / 过时论, 主权 / 过时 / 论是).
const THEORY_REACH: usize = 3;

/// The privative "without" (无主权的网络空间, 网络空间无主权论): what it denies is the cue's absence.
const PRIVATIVE: &str = "无";
/// Verbs of refuting: they reject a claim (批驳网络空间无主权的谬论) but not what an accusation is
/// about (驳斥对联合国的指责 defends the UN), so they are no opposition verbs.
const REFUTING_TERMS: &[&str] = &["批驳", "驳斥"];

/// A claim whose topic a cue only names (see `claim_of`).
#[derive(PartialEq)]
enum Claim {
    /// The cue's absence, after the privative 无: 网络空间无主权的论调, 无主权的网络空间是危险的,
    /// 网络空间并非无主权之地.
    Absence,
    /// A theory named after a predicate about the cue: 主权过时论 (see `qualifies_theory`).
    Theory,
}

/// The claim the cue at `hit` only names the topic of, within its clause. A privative 无 is rare
/// in the author's own voice on a cue (Chinese papers say 网络空间无主权 only to reject it) and
/// common in arguments for it (无网络主权，就无国家安全), so it negates nothing; a negation of the
/// absence (并非无主权之地) affirms what the rules take as plain. A theory named after a
/// predicate is almost always one the author argues against. Either way the author's stance is on
/// the claim.
fn claim_of(sentence: &SentenceWords, clause: Range<usize>, hit: &Range<usize>) -> Option<Claim> {
    if hit.start > clause.start && sentence.words[hit.start - 1] == PRIVATIVE {
        Some(Claim::Absence)
    } else if qualifies_theory(sentence, hit.end, clause.end) {
        Some(Claim::Theory)
    } else {
        None
    }
}

/// Whether the cue ending at word `end` only qualifies a theory named after a predicate about it,
/// within `THEORY_REACH` words in its clause, which ends at `clause_end`: 鼓吹主权过时论 distances
/// the theory that sovereignty is obsolete, not sovereignty. A theory named after the cue alone
/// (所谓网络主权论) is the cue's, and held at a distance with it.
fn qualifies_theory(sentence: &SentenceWords, end: usize, clause_end: usize) -> bool {
    // A cue can run past its clause's end (see `is_concessive_alternative`).
    sentence.words[end..clause_end.clamp(end, end + THEORY_REACH)]
        .iter()
        // A theory is named right after its topic: 多边主义的方法论 is no theory of multilateralism.
        .take_while(|word| **word != ATTRIBUTIVE_MARKER)
        .enumerate()
        .any(|(offset, word)| {
            // 过时论, 威胁论: the predicate and 论 in one word; 过时 / 论是: 论 cut off it. Every
            // hit asks, so the nouns are looked for last.
            let joined = word.ends_with(THEORY_MARK) && word.chars().count() >= 3;
            let cut_off = offset > 0 && word.starts_with(THEORY_MARK);
            (joined || cut_off) && !NOT_THEORIES.iter().any(|noun| word.contains(noun))
        })
}

/// Whether the cue at `hit` is the replacement a denied verb of replacing at `verb` refuses: after
/// a "with" between them that follows no noun taking "with" of its own ("we will not replace
/// ICANN with the ITU", not "we cannot replace cooperation with the UN"). A verb of transformation
/// (`verb_roles`) names it after "into", or in Chinese right after the verb (不能把ICANN变成政府间
/// 组织).
fn names_replacement(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    verb: &Range<usize>,
    verb_roles: Roles,
    hit: usize,
) -> bool {
    let between = &sentence.words[verb.end..hit];
    if verb_roles & TRANSFORMS != 0 {
        return !sentence.words[verb.start].is_ascii() || between.contains(&TRANSFORMATION_MARKER);
    }
    let Some(with) = between
        .iter()
        .position(|word| *word == REPLACEMENT_MARKER)
        .map(|offset| verb.end + offset)
    else {
        return false;
    };
    roles_ending_at(triggers, with) & TAKES_WITH == 0
}

/// The roles of the trigger that starts at word `at`, or none. Triggers are in word order and
/// never overlap, so their starts and ends are both sorted.
fn roles_starting_at(triggers: &[(Range<usize>, Roles)], at: usize) -> Roles {
    triggers
        .binary_search_by_key(&at, |(range, _)| range.start)
        .map_or(0, |found| triggers[found].1)
}

/// The roles of the trigger that ends at word `end` (one past its last word), or none.
fn roles_ending_at(triggers: &[(Range<usize>, Roles)], end: usize) -> Roles {
    triggers
        .binary_search_by_key(&end, |(range, _)| range.end)
        .map_or(0, |found| triggers[found].1)
}

/// Whether the verb of loss that is trigger `at` is what the endorsing word or modal right before
/// it wills: "we should weaken ICANN's role", 我们支持削弱ICANN的作用, "we support efforts to
/// sideline the ITU" negate what the loss governs, as "ICANN's role should be weakened" does. Only
/// right after the endorsement, after it and at most `WILLED_LOSS_GAP` words ending in "to", or
/// after a means marker and the replacement (应以联合国取代ICANN): in 我们应当打击削弱网络主权的行为
/// the loss is what another verb governs. Not a loss that has a negator, nor one that opposes
/// too, which negates on its own.
fn is_willed_loss(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    first: usize,
    at: usize,
) -> bool {
    let (loss, roles) = &triggers[at];
    if !is_undenied_loss(*roles) {
        return false;
    }
    let endorses_up_to = |end: usize| roles_ending_at(&triggers[first..at], end) & ENDORSER != 0;
    let start = loss.start;
    let after_to = start > 0 && sentence.words[start - 1] == INFINITIVE_MARKER;
    endorses_up_to(start)
        || after_to && (start.saturating_sub(WILLED_LOSS_GAP)..start).any(endorses_up_to)
        || roles & REPLACES != 0
            && (start.saturating_sub(DISPOSAL_REACH)..start).any(|marker| {
                MEANS_MARKERS.contains(&sentence.words[marker]) && endorses_up_to(marker)
            })
}

/// Whether a verb of loss has no negator and does not oppose, which would negate on its own.
fn is_undenied_loss(roles: Roles) -> bool {
    roles & (DENIED_LOSS | NEGATED_VERB) == 0 && !is_opposer(roles)
}

/// Whether the clause after the one ending at word `clause_end` comments on it: it is a judgment
/// of wrong with no subject of its own, at most `COMMENT_LEAD` words after the clause's start and
/// `COMMENT_TAIL` before its end, so the judgment is of the clause before (将互联网交由国际电信联盟
/// 管理的主张，既不现实，也不可取; 依靠国际电联，这是错误的). Nothing may come before the judgment
/// that the rules read but a copula or auxiliary: "，并不是错误的" is no judgment, and "，任何相反的
/// 做法都是错误的" judges its own subject.
fn judged_by_next_clause(
    sentence: &SentenceWords,
    triggers: &[(Range<usize>, Roles)],
    clause_end: usize,
) -> bool {
    if clause_end >= sentence.words.len() {
        return false;
    }
    let next_end = sentence.clause_end(clause_end);
    leading_trigger(triggers, clause_end).is_some_and(|(range, roles)| {
        roles & JUDGED_WRONG != 0 && next_end.saturating_sub(range.end) <= COMMENT_TAIL
    })
}

/// The first trigger of the clause starting at word `clause_start` but a copula or auxiliary,
/// within `COMMENT_LEAD` words of its start: a judgment there comments on what comes before the
/// clause (see `judged_by_next_clause`, `judgment_past_apposition`). A copula or auxiliary before
/// it is part of its predicate ("…, is unworkable"). Only within the lead: a clause of thousands
/// of them would otherwise be read again for each hit before it.
fn leading_trigger(
    triggers: &[(Range<usize>, Roles)],
    clause_start: usize,
) -> Option<&(Range<usize>, Roles)> {
    let first = triggers.partition_point(|(range, _)| range.start < clause_start);
    triggers[first..]
        .iter()
        .take_while(|(range, _)| range.start - clause_start <= COMMENT_LEAD)
        .find(|(_, roles)| *roles != INVERTS)
}

/// The judgment of the clause ending at word `clause_end` by a later clause, past one or two
/// clauses of apposition: the later clause opens with a finite verb (`RESUMING_VERBS`), so its
/// subject is the clause before the apposition, and its first trigger but a copula or auxiliary is
/// a judgment within `COMMENT_LEAD` words of its start ("the ITU, with its one-country-one-vote
/// structure, is ill-suited to…", "multistakeholderism, for all its flaws, remains the best model
/// we have"). A cue in the apposition is not its subject: "the private sector, working alongside
/// civil society, is best placed" judges the private sector. Returns the judgment's roles, or 0.
fn judgment_past_apposition(
    sentence: &SentenceWords,
    triggers: &[(Range<usize>, Roles)],
    clause_end: usize,
) -> Roles {
    let length = sentence.words.len();
    // The starts of the clauses after the apposition's first clause.
    let Some(judging_start) = std::iter::successors(Some(clause_end), |&start| {
        (start < length).then(|| sentence.clause_end(start))
    })
    .skip(1)
    .take(APPOSITION_CLAUSES)
    .take_while(|&start| start < length)
    .find(|&start| RESUMING_VERBS.contains(&sentence.words[start])) else {
        return 0;
    };
    leading_trigger(triggers, judging_start).map_or(0, |(_, roles)| roles & JUDGMENT)
}

/// Whether the cue at `hit` is the object of a privative head right before it in its clause ("the
/// lack of", "the exclusion of the").
fn is_wanted(sentence: &SentenceWords, hit: &Range<usize>, clause_start: usize) -> bool {
    let from = hit.start.saturating_sub(WANTED_REACH).max(clause_start);
    has_privative_head(&sentence.words[from..hit.start])
}

/// Whether the words before a cue hold a privative head and "of" (see `PRIVATIVE_HEADS`): "by the
/// absence of intergovernmental cooperation" names no agent.
fn has_privative_head(before_head: &[&str]) -> bool {
    before_head
        .windows(2)
        .any(|pair| PRIVATIVE_HEADS.contains(&pair[0]) && pair[1] == PRIVATIVE_OF)
}

/// The passive marker (被, 受到, be) governing the verb of loss at `loss`: the nearest before it in
/// its clause; and whether a verb of means comes between, which the marker then governs, the verb
/// of loss being its purpose (被用来削弱, "be used to undermine").
///
/// A marker that takes its agent before the verb (`AGENT_PASSIVE_MARKERS`) may have up to
/// `PASSIVE_AGENT_REACH` words between: an agent, 所 or 的, a verb of means (被外国势力侵犯,
/// 被政府间控制所削弱, 受到多利益攸关方模式的损害, 被用来削弱). "be" and "been" take none: the verb
/// follows them, after at most `PASSIVE_ADVERB_REACH` adverbs ("be seriously undermined"), a verb
/// of means and "to" ("be used to undermine"), or a participle coordinated with a denied one, after
/// at most `PASSIVE_ADVERB_REACH` adverbs ("be respected and not undermined", "be fully respected
/// and not undermined"). Whatever the marker, a causative or another verb between
/// (`BLOCKS_PASSIVE`; for a coordinated participle, after its "and": "be accepted and not
/// undermined" is passive) makes the marker another verb's: "the ITU should not be allowed to
/// undermine the model" and 联合国不应被允许削弱… are not passives of the loss; nor is "be" before
/// "to" or a determiner ("should not be an excuse to undermine", "be able to undermine").
fn passive_marker(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    loss: &Range<usize>,
) -> Option<(usize, bool)> {
    let clause = sentence.clause_of.get(loss.start);
    let marker = (loss.start.saturating_sub(PASSIVE_MARKER_REACH + 1)..loss.start)
        .rev()
        .find(|&at| {
            PASSIVE_MARKERS.contains(&sentence.words[at]) && sentence.clause_of.get(at) == clause
        })?;
    let between = &sentence.words[marker + 1..loss.start];
    let takes_agent = AGENT_PASSIVE_MARKERS.contains(&sentence.words[marker]);
    if takes_agent && between.len() > PASSIVE_AGENT_REACH {
        return None;
    }
    // "be respected and not undermined", "be fully respected and not undermined": a participle,
    // after at most `PASSIVE_ADVERB_REACH` adverbs, coordinated with the denied one.
    let coordinated = !takes_agent
        && match between {
            [adverbs @ .., _, and, particle] => {
                *and == COORDINATOR
                    && (PARTICLE_TERMS.contains(particle) || DEONTIC_TERMS.contains(particle))
                    && adverbs.len() <= PASSIVE_ADVERB_REACH
                    && adverbs.iter().all(|word| !NOT_ADVERBS.contains(word))
            }
            _ => false,
        };
    // Of a coordinated participle only what follows "and" can make the marker another verb's: the
    // first participle may be one of stance ("be accepted and not undermined").
    let governed_from = if coordinated {
        // The "and", before the particle.
        loss.start - 2
    } else {
        marker
    };
    // The triggers that start after `from` and before the loss, found by their order: a clause of
    // thousands of passives would otherwise read all its triggers for each.
    let triggers_between = |from: usize| {
        let first = triggers.partition_point(|(range, _)| range.start <= from);
        triggers[first..]
            .iter()
            .take_while(|(range, _)| range.start < loss.start)
    };
    let blocked = triggers_between(governed_from).any(|(_, roles)| roles & BLOCKS_PASSIVE != 0);
    if blocked {
        return None;
    }
    let means = between
        .iter()
        .any(|word| PASSIVE_MEANS_VERBS.contains(word));
    if !takes_agent && !coordinated {
        let governs = match between {
            // "be used to undermine"
            [verb, to] if PASSIVE_MEANS_VERBS.contains(verb) && *to == "to" => true,
            [verb] if PASSIVE_MEANS_VERBS.contains(verb) => true,
            adverbs => {
                adverbs.len() <= PASSIVE_ADVERB_REACH
                    && adverbs.iter().all(|word| !NOT_ADVERBS.contains(word))
                    // Other verbs than coordinated losses ("be weakened or undermined").
                    && !triggers_between(marker)
                        .any(|(_, roles)| roles & (PARTICLE | LOSS | CONJUNCTION) == 0)
            }
        };
        if !governs {
            return None;
        }
    }
    Some((marker, means))
}

/// 决不能让网络主权受到侵犯, "we must never let sovereignty be violated", 决不允许网络主权受到侵犯:
/// the negated causative whose object is followed by `marker`, the passive marker of the verb of
/// loss at `at` (see `passive_marker`), as (its negator, the causative). It is the nearest
/// causative before the marker in its clause, within `CAUSATIVE_REACH`, and either a negator
/// itself or right after a particle. A causative with no passive after it is left alone: "we must
/// not let the ITU take over" negates the ITU.
fn negated_causative(
    triggers: &[(Range<usize>, Roles)],
    at: usize,
    marker: usize,
    sentence: &SentenceWords,
) -> Option<(usize, usize)> {
    let clause = |at: usize| sentence.clause_of.get(at);
    let loss = &triggers[at].0;
    // Triggers between the marker and the verb (an agent's 控制) are passed over.
    let causative = (0..at)
        .rev()
        .take_while(|&before| {
            let range = &triggers[before].0;
            marker.saturating_sub(range.end) < CAUSATIVE_REACH
                && clause(range.start) == clause(loss.start)
        })
        .find(|&before| triggers[before].0.end <= marker && triggers[before].1 & CAUSATIVE != 0)?;
    let (range, roles) = &triggers[causative];
    if roles & PARTICLE != 0 || is_opposer(*roles) {
        return Some((causative, causative));
    }
    let particle = causative.checked_sub(1)?;
    let (particle_range, particle_roles) = &triggers[particle];
    let negates = particle_range.end == range.start
        && clause(particle_range.start) == clause(range.start)
        && particle_roles & PARTICLE != 0
        && particle_roles & (NOT_NEGATING | SPENT) == 0
        && !is_opposer(*particle_roles);
    negates.then_some((particle, causative))
}

/// What governs the noun of criticism (or 对 before its complement) at `head`: `Some(true)` for an
/// endorsement (a denied loss whose reach covers it: 不能放弃对X的批评, "must not abandon our
/// criticism of X"; an endorsing verb or a verb of stance right before it, or one word such as
/// "our" or "the" between), `Some(false)` for such a verb a negation rejects ("must not support
/// criticism of X"), `None` for none.
fn governed_criticism(
    triggers: &[(Range<usize>, Roles)],
    head: usize,
    sentence: &SentenceWords,
) -> Option<bool> {
    let clause = sentence.clause_of.get(head);
    // Found by their order, not skipped one by one from the sentence's end: a clause of thousands
    // of criticisms would otherwise read all its triggers for each.
    let before_head = triggers.partition_point(|(range, _)| range.end <= head);
    triggers[..before_head]
        .iter()
        .rev()
        .take_while(|(range, _)| {
            head - range.end < DENIED_LOSS_REACH && sentence.clause_of.get(range.start) == clause
        })
        .find_map(|(range, roles)| {
            if roles & DENIED_LOSS != 0 {
                Some(true)
            } else if roles & (ENDORSER | STANCE) != 0
                && roles & MODAL == 0
                && head - range.end <= GOVERNING_GAP
            {
                Some(roles & REJECTS_NEAR == 0)
            } else {
                None
            }
        })
}

/// Triggers that negate a cue after them in their clause at any distance.
/// Where a particle's or a negated stance's reach before a hit is measured to: the hit, or the word
/// of creation or need, or the noun of its part, that governs it (see `CREATION_TERMS`,
/// `NEED_TERMS`, `ROLE_NOUN_TERMS`). Fed the triggers before the hit, nearest first.
struct NegationAnchor {
    hit: usize,
    at: usize,
    /// Words of creation or need passed.
    passed: usize,
    ended: bool,
}

impl NegationAnchor {
    fn new(hit: usize) -> Self {
        NegationAnchor {
            hit,
            at: hit,
            passed: 0,
            ended: false,
        }
    }

    /// Words between a trigger before the anchor and the anchor.
    fn gap(&self, trigger: &Range<usize>) -> usize {
        self.at - trigger.end
    }

    /// Moves the anchor onto a word of creation or need whose object it is, and says whether it
    /// did.
    fn pass(&mut self, trigger: &Range<usize>, roles: Roles, sentence: &SentenceWords) -> bool {
        let between = &sentence.words[trigger.end..self.at];
        let after = |openers: &[&str]| match between.split_first() {
            Some((first, rest)) if openers.contains(first) => rest,
            _ => between,
        };
        let (near, object) = if roles & CREATION != 0 {
            (
                between.len() < CREATION_REACH,
                after(&[CREATION_OBJECT_OPENER]),
            )
        } else if roles & ROLE_NOUN != 0 {
            (between.len() < CREATION_REACH, after(ROLE_OBJECT_OPENERS))
        } else if roles & NEED != 0 {
            let object = after(&[NEED_OBJECT_OPENER]);
            let near = match between.split_first() {
                Some((first, rest)) if NEW_THING_OPENERS.contains(first) => {
                    rest.len() < CREATION_REACH
                }
                _ => only_gap_words(object),
            };
            (near, object)
        } else {
            return false;
        };
        let governs = near
            && !self.ended
            && self.passed < MOST_CREATION_WORDS
            && !object
                .iter()
                .any(|word| CREATION_OBJECT_ENDS.contains(word));
        if governs {
            self.at = trigger.start;
            self.passed += 1;
        }
        governs
    }

    /// Whether a trigger before the anchor stands right before it, or one of `OBJECT_GAP_WORDS`
    /// away.
    fn closely_follows(&self, trigger: &Range<usize>, sentence: &SentenceWords) -> bool {
        only_gap_words(&sentence.words[trigger.end..self.at])
    }

    /// Whether the anchor has moved onto a word of creation or need.
    fn moved(&self) -> bool {
        self.at != self.hit
    }

    /// Whether a negator at `trigger` reaches the anchor. A noun's negator reaches a word of
    /// creation or need only right before it ("no need for"): "no intergovernmental treaty created
    /// the IETF" negates no IETF.
    fn reaches(&self, trigger: &Range<usize>, sentence: &SentenceWords) -> bool {
        let gap = self.gap(trigger);
        gap < PARTICLE_REACH
            && (!self.moved()
                || gap == 0
                || !NOUN_NEGATORS.contains(&sentence.words[trigger.start]))
    }

    /// After a trigger that ends what a word of creation or need passes on (a verb, a negation of
    /// its own, a conjunction that opens a predicate), no word of creation before it passes a
    /// negation on past it.
    fn end_at(&mut self, roles: Roles, opens_predicate: bool) {
        self.ended |= roles & OPENS_OWN_PREDICATE != 0 || opens_predicate;
    }
}

fn is_opposer(roles: Roles) -> bool {
    roles & OPPOSER != 0 && roles & NOT_NEGATING == 0
}

#[derive(Clone, Copy, Default)]
struct UnboundedCounts {
    opposers: usize,
    rejections: usize,
    endorsers: usize,
    judged_wrong: usize,
    judged_right: usize,
    refuters: usize,
}

/// Whether the cue at `hit`, in the clause `clause`, is a member of a relation there (see
/// `RELATION_TERMS`): before it, within `RELATION_REACH` words, with a joiner before the relation
/// and no farther before the cue (X与Y相互排斥, "X and Y are at odds"), or as the clause's subject
/// with an opener right after the relation ("X is not at odds with Y", "X should not be seen as a
/// rival to Y"); or after it, within `RELATION_REACH` words of an opener right after the relation
/// ("a false choice between X and Y", "at odds with Y"). Only words that near are read: a clause
/// of thousands of negated cues asks for each.
fn is_relation_member(
    triggers: &[(Range<usize>, Roles)],
    sentence: &SentenceWords,
    hit: &Range<usize>,
    clause: Range<usize>,
    is_subject: bool,
) -> bool {
    let words = &sentence.words;
    // A relation of two words may start that much farther back.
    let near = hit
        .start
        .saturating_sub(RELATION_REACH + 2)
        .max(clause.start)..(hit.end + RELATION_REACH + 1).min(clause.end);
    let first = triggers.partition_point(|(range, _)| range.start < near.start);
    triggers[first..]
        .iter()
        .take_while(|(range, _)| range.start < near.end)
        .filter(|(_, roles)| roles & RELATION != 0)
        .any(|(relation, _)| {
            let opens_second = || {
                words
                    .get(relation.end)
                    .is_some_and(|word| RELATION_OPENERS.contains(word))
            };
            if relation.start >= hit.end {
                is_subject && opens_second()
                    || words[near.start..relation.start]
                        .iter()
                        .any(|word| RELATION_JOINERS.contains(word))
            } else {
                relation.end <= hit.start
                    && hit.start - relation.end <= RELATION_REACH
                    && opens_second()
            }
        })
}

/// Whether the cue at `hit`, in the clause `clause`, is the place another thing is outside of:
/// between a place marker and `OUTSIDE_CLOSERS`, or after "outside" (see `OUTSIDE`), in that
/// clause.
fn lies_outside(sentence: &SentenceWords, hit: &Range<usize>, clause: Range<usize>) -> bool {
    let words = &sentence.words;
    let before = &words[hit.start.saturating_sub(OUTSIDE_REACH).max(clause.start)..hit.start];
    let after = &words[hit.end..(hit.end + OUTSIDE_REACH).min(clause.end).max(hit.end)];
    let placed = || before.iter().any(|word| PLACE_MARKERS.contains(word));
    let closed = || after.iter().any(|word| OUTSIDE_CLOSERS.contains(word));
    let after_outside = || {
        words[clause.start..hit.start]
            .iter()
            .rev()
            .take(OUTSIDE_LINKS.len() + 1)
            .find(|word| !OUTSIDE_LINKS.contains(word))
            .is_some_and(|word| *word == OUTSIDE)
    };
    placed() && closed() || after_outside()
}

/// Whether a frame of façade closes right after the cue at `hit`, past at most one of
/// `PRETEXT_LINKS`, in its clause (see `PRETEXT_CLOSERS`).
fn names_pretext(sentence: &SentenceWords, hit: &Range<usize>) -> bool {
    let clause = |at: usize| sentence.clause_of.get(at);
    let mut after = hit.end;
    if sentence
        .words
        .get(after)
        .is_some_and(|word| PRETEXT_LINKS.contains(word))
    {
        after += 1;
    }
    clause(after) == clause(hit.end - 1)
        && sentence
            .words
            .get(after)
            .is_some_and(|word| PRETEXT_CLOSERS.contains(word))
}

/// Quotation marks right around the cue: an opening mark just before its first word and a closing
/// mark shortly after its last.
fn is_quoted(text: &str, first: &Range<usize>, last: &Range<usize>) -> bool {
    let opened = text[..first.start]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| OPENING_QUOTES.contains(&c));
    let closed = text[last.end..]
        .chars()
        .take(QUOTE_REACH)
        .any(|c| CLOSING_QUOTES.contains(&c));
    opened && closed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags of `cue` in `text`, whose words are separated by single spaces and whose clauses
    /// by a lone ",". Trigger terms are taken as their words split on spaces: the test words are
    /// chosen as the stemmer leaves them, so no segmenter is needed.
    fn tags_of(text: &str, cue: &str) -> Tags {
        let tagger = ContextTagger::from_words(
            ContextTagger::terms().map(|term| term.split(' ').map(String::from).collect()),
        );
        let (mut words, mut cut, mut clause_of) = (Vec::new(), Vec::new(), Vec::new());
        let (mut clause, mut start) = (0, 0);
        for word in text.split(' ') {
            let span = start..start + word.len();
            start = span.end + 1;
            if word == "," {
                clause += 1;
                continue;
            }
            words.push(word);
            cut.push(Word { span, norm: 0..0 });
            clause_of.push(clause);
        }
        // A cue of several words (a dimension's "by consensus") is found as they are.
        let cue: Vec<&str> = cue.split(' ').collect();
        let at = words
            .windows(cue.len())
            .position(|window| window == cue.as_slice())
            .expect("the cue is words of the text");
        let sentence = SentenceWords {
            words,
            clause_of,
            cut: &cut,
        };
        let context = tagger.sentence(&sentence, text, Carry::default(), Author::default());
        tagger.tag(&context, &sentence, text, at..at + cue.len())
    }

    #[test]
    fn word_lists_compared_with_a_sentences_words_hold_its_words() {
        // A sentence's words are what the segmenter cuts and the stemmer leaves: "outside" is
        // "outsid", "government's" is "government" and "s", 另一个 is 另 and 一个. A list compared
        // with them word by word, not cut as trigger terms are, must hold such words, or its entry
        // never matches in a document while unit tests, which split on spaces, pass.
        // Not `PRIVATIVE_HEADS` nor `NECESSITY_EXCEPTIONS`, stems too, but not all a stem's own
        // ("erosion" is "eros", whose stem is "ero"; "prejudice" is "prejudic", whose stem is
        // "prejud").
        let word_lists: [(&str, &[&str]); 53] = [
            ("ACTOR_OBJECT_MARKERS", ACTOR_OBJECT_MARKERS),
            ("ADVOCATE_NOUNS", ADVOCATE_NOUNS),
            ("AGENT_MARKERS", AGENT_MARKERS),
            ("AGENT_PASSIVE_MARKERS", AGENT_PASSIVE_MARKERS),
            ("ALTERNATIVE_HEADS", ALTERNATIVE_HEADS),
            ("ALTERNATIVE_JOINS", ALTERNATIVE_JOINS),
            ("CONCESSIVE_OPENERS", CONCESSIVE_OPENERS),
            ("CONCESSIVE_RESUMERS", CONCESSIVE_RESUMERS),
            ("CONTRAST_ENDS", CONTRAST_ENDS),
            ("PREFERENCE_WORDS", PREFERENCE_WORDS),
            ("COORDINATORS", COORDINATORS),
            ("COPULAS", COPULAS),
            ("CREATION_OBJECT_ENDS", CREATION_OBJECT_ENDS),
            ("DEONTIC_MODALS", DEONTIC_MODALS),
            ("DISPOSAL_MARKERS", DISPOSAL_MARKERS),
            ("DOCUMENT_DETERMINERS", DOCUMENT_DETERMINERS),
            ("FINITE_BE", FINITE_BE),
            ("FRAME_CLOSERS", FRAME_CLOSERS),
            ("FRAME_OPENERS", FRAME_OPENERS),
            ("CAUSE_OPENERS", CAUSE_OPENERS),
            ("LOSING_VERBS", LOSING_VERBS),
            ("MEANS_MARKERS", MEANS_MARKERS),
            ("NECESSITY_OPENERS", NECESSITY_OPENERS),
            ("NEW_THING_OPENERS", NEW_THING_OPENERS),
            ("NOT_ADVERBS", NOT_ADVERBS),
            ("NOUN_NEGATORS", NOUN_NEGATORS),
            ("OWN_POSSESSIVES", OWN_POSSESSIVES),
            ("OBJECT_GAP_WORDS", OBJECT_GAP_WORDS),
            ("OBJECT_MARKERS", OBJECT_MARKERS),
            ("OUTSIDE_CLOSERS", OUTSIDE_CLOSERS),
            ("OUTSIDE_LINKS", OUTSIDE_LINKS),
            ("PASSIVE_MARKERS", PASSIVE_MARKERS),
            ("PAST_AUXILIARIES", PAST_AUXILIARIES),
            ("PAST_PARTICLES", PAST_PARTICLES),
            ("PASSIVE_MEANS_VERBS", PASSIVE_MEANS_VERBS),
            ("PASSIVE_PARTICLES", PASSIVE_PARTICLES),
            ("PARTY_NOUNS", PARTY_NOUNS),
            ("PARTY_QUANTIFIERS", PARTY_QUANTIFIERS),
            ("PARTY_QUANTIFIER_GAPS", PARTY_QUANTIFIER_GAPS),
            ("PLACE_MARKERS", PLACE_MARKERS),
            ("POSSESSIVE_MARKERS", POSSESSIVE_MARKERS),
            ("PREDICATE_TURNS", PREDICATE_TURNS),
            ("PRETEXT_CLOSERS", PRETEXT_CLOSERS),
            ("PRETEXT_LINKS", PRETEXT_LINKS),
            ("ROLE_HEADS", ROLE_HEADS),
            ("SHORTFALL_ADVERBS", SHORTFALL_ADVERBS),
            ("SHORTFALL_GAPS", SHORTFALL_GAPS),
            ("SHORTFALL_PASSIVES", SHORTFALL_PASSIVES),
            ("SOURCE_OPENERS", SOURCE_OPENERS),
            ("TOPIC_CONNECTIVES", TOPIC_CONNECTIVES),
            ("VIEW_CLOSERS", VIEW_CLOSERS),
            ("WILL_AUXILIARIES", WILL_AUXILIARIES),
            (
                "single words",
                &[
                    AGENT_OPENER,
                    AGREEMENT_OPENER,
                    ADVOCATED_OPENER,
                    ATTRIBUTIVE_MARKER,
                    ENGLISH_POSSESSIVE,
                    BY,
                    COMPLEMENTISER,
                    CONTINUING_CORRELATIVE,
                    CONTRARY,
                    COORDINATOR,
                    PAIRED_CONTRAST,
                    CREATION_OBJECT_OPENER,
                    NEED_OBJECT_OPENER,
                    OUTSIDE,
                    PRIVATIVE_OF,
                    REPLACEMENT_MARKER,
                ],
            ),
        ];
        // Trigger terms are cut as phrases, and only their one-word entries are also compared
        // with a single word.
        let trigger_lists: [(&str, &[&str]); 3] = [
            ("PARTICLE_TERMS", PARTICLE_TERMS),
            ("CAUSATIVE_TERMS", CAUSATIVE_TERMS),
            ("DEONTIC_TERMS", DEONTIC_TERMS),
        ];
        let (segmenter, normaliser, _) =
            crate::engine::built_in_parts().expect("the built-in data loads");
        let cut = |entry: &str| segmenter.terms_words(&normaliser, &[entry]).remove(0);
        let mut not_words = Vec::new();
        for (list, entries) in word_lists {
            for entry in entries.iter().filter(|entry| !entry.contains(' ')) {
                let words = cut(entry);
                if words != [*entry] {
                    not_words.push(format!("{list}: {entry} is cut as {words:?}"));
                }
            }
        }
        for (list, entries) in trigger_lists {
            for entry in entries.iter().filter(|entry| !entry.contains(' ')) {
                let words = cut(entry);
                if words.len() == 1 && words != [*entry] {
                    not_words.push(format!("{list}: {entry} is cut as {words:?}"));
                }
            }
        }
        // Participles are compared as the stemmer leaves them, which is not always a stem's own
        // ("proposed" is "propos", whose stem is "propo"): each must be what one is cut as.
        let written_participles = [
            "advocated",
            "promoted",
            "championed",
            "pushed",
            "favoured",
            "favored",
            "espoused",
            "touted",
            "backed",
            "proposed",
            "sponsored",
            "supported",
            "preferred",
            "pursued",
            "peddled",
            "endorsed",
            "advanced",
        ];
        assert_eq!(written_participles.len(), ADVOCACY_PARTICIPLES.len());
        for (written, stem) in written_participles.into_iter().zip(ADVOCACY_PARTICIPLES) {
            let words = cut(written);
            if words != [*stem] {
                not_words.push(format!(
                    "ADVOCACY_PARTICIPLES: {written} is cut as {words:?}"
                ));
            }
        }
        assert!(
            not_words.is_empty(),
            "not a sentence's words: {not_words:?}"
        );
    }

    #[test]
    fn the_place_another_thing_stands_outside_is_favoured_by_its_rejection() {
        // (why, text, cue, negated, endorsed)
        check(&[
            (
                "rules made outside the UN, rejected (h-zh066)",
                "我们 也 不 赞成 在 联合国 之外 另搞一套 排他性 的 规则",
                "联合国",
                false,
                true,
            ),
            (
                "a frame of several words between the place marker and the closer (g-zh044)",
                "我们 不会 接受 在 联合国 框架 之外 另起炉灶 的 任何 规则 体系",
                "联合国",
                false,
                true,
            ),
            (
                "after \"outside\", as the stemmer leaves it",
                "we reject ani process outsid the un",
                "un",
                false,
                true,
            ),
            (
                "favouring what stands outside the cue says nothing for it",
                "我们 支持 在 联合国 之外 建立 新 的 机制",
                "联合国",
                false,
                false,
            ),
            (
                "control: a place marker without a closer is a place inside",
                "我们 不 赞成 在 联合国 另搞一套 规则",
                "联合国",
                true,
                false,
            ),
            (
                "control: 之外 without a place marker is \"besides\" (除了…之外)",
                "除了 反对 联合国 之外 , 我们 还 支持 多边主义",
                "联合国",
                true,
                false,
            ),
            (
                "control: a closer in the next clause closes nothing the cue is in",
                "我们 不 赞成 在 联合国 讨论 , 之外 的 事 另 议",
                "联合国",
                true,
                false,
            ),
            (
                "control: \"outside\" that ends the clause before places nothing in this one",
                "we meet outsid , the un should not lead",
                "un",
                true,
                false,
            ),
            (
                "control: a plain object",
                "we reject the un",
                "un",
                true,
                false,
            ),
        ]);
    }

    #[test]
    fn a_denied_loss_endorses_what_it_governs() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a negated verb of loss",
                "we must not weaken the model",
                "model",
                false,
                true,
            ),
            (
                "a verb of loss alone is said by the model's friends as often as by its foes",
                "these proposals would weaken the model",
                "model",
                false,
                false,
            ),
            (
                "a negated stance spent on the verb of loss, not on the cue beyond it",
                "we do not support efforts to weaken the model",
                "model",
                false,
                true,
            ),
            (
                "an opposition verb cancelled by the verb of loss it governs",
                "we oppose attempts to weaken the role of the model",
                "model",
                false,
                true,
            ),
            (
                "two opposed verbs of loss in one enumeration",
                "反对 削弱 、 破坏 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "the particle still negates the agent the clause is about",
                "a treaty must not weaken the model",
                "treaty",
                true,
                false,
            ),
            (
                "and the verb of loss still endorses what it governs",
                "a treaty must not weaken the model",
                "model",
                false,
                true,
            ),
            (
                "a passive marker",
                "网络主权 不能 被 削弱",
                "网络主权",
                false,
                true,
            ),
            (
                "exclusion, whatever place stands between 在 and 之外 (g-zh014)",
                "私营部门 不应 被 排除 在 网络 规则 制定 进程 之外",
                "私营部门",
                false,
                true,
            ),
            (
                "a verb of loss that ends its clause is its subject's passive predicate",
                "网络主权 不容 侵犯",
                "网络主权",
                false,
                true,
            ),
            (
                "a negated verb of giving up",
                "不能 放弃 网络主权",
                "网络主权",
                false,
                true,
            ),
            (
                "a denied politicising is a denied loss",
                "the iana function should not be politicise",
                "iana",
                false,
                true,
            ),
            (
                "in Chinese too",
                "不应 将 icann 政治化",
                "icann",
                false,
                true,
            ),
            (
                "so is a denied exclusion by a verb and 'out'",
                "civil societi must not be left out of the process",
                "civil",
                false,
                true,
            ),
            (
                "control: a described one endorses nothing",
                "the privat sector was left out of the negoti",
                "privat",
                false,
                false,
            ),
            (
                "a denied separation is a denied loss",
                "网络空间 不能 脱离 主权",
                "主权",
                false,
                true,
            ),
            (
                "and a willed one negates what is left",
                "我们 应当 脱离 联合国",
                "联合国",
                true,
                false,
            ),
            (
                "a verb of giving up alone opposes",
                "放弃 网络主权",
                "网络主权",
                true,
                false,
            ),
            (
                "a negated opposition verb of thought concedes, however far the cue",
                "we cannot deny the role of the model",
                "model",
                false,
                false,
            ),
            (
                "the same in Chinese",
                "不能 否认 联合国",
                "联合国",
                false,
                false,
            ),
            (
                "so does a denied questioning ('question' as a verb: with its object)",
                "we do not question the role of the itu",
                "itu",
                false,
                false,
            ),
            (
                "control: questioning alone opposes",
                "we question the role of the itu",
                "itu",
                true,
                false,
            ),
            (
                "control: the noun questions nothing",
                "the question of the itu",
                "itu",
                false,
                false,
            ),
            (
                "an opposition verb alone negates",
                "we reject the model",
                "model",
                true,
                false,
            ),
            (
                "a conjunction ends a verb of loss's reach, and the opposition holds beyond it",
                "we reject attempts to weaken it and promote the model",
                "model",
                true,
                false,
            ),
            (
                "another verb ends it too",
                "反对 削弱 它 推行 模式",
                "模式",
                true,
                false,
            ),
            (
                "an opposed verb of giving up opposes no more",
                "反对 放弃 多边主义",
                "多边主义",
                false,
                true,
            ),
            (
                "不容 makes a verb of loss passive, however its predicate goes on",
                "网络主权 不容 侵犯 和 干涉",
                "网络主权",
                false,
                true,
            ),
            (
                "a clause boundary ends a verb of loss's reach",
                "we must not weaken it , the model grows",
                "model",
                false,
                false,
            ),
            (
                "a negated causative makes its object the subject of the passive verb of loss after it",
                "决不能 让 网络主权 受到 侵犯",
                "网络主权",
                false,
                true,
            ),
            (
                "the same in English, the object a few words after the causative",
                "we must never let the model be weaken",
                "model",
                false,
                true,
            ),
            (
                "an opposition verb that is a negated causative in one word denies the loss too",
                "我们 决不允许 联合国 的 作用 被 削弱",
                "联合国",
                false,
                true,
            ),
            (
                "a negated causative with no passive verb of loss after it still negates its object",
                "we must not let the itu take over",
                "itu",
                true,
                false,
            ),
            (
                "a causative that is not negated denies nothing",
                "措施 使 联合国 的 作用 受到 削弱",
                "联合国",
                false,
                false,
            ),
            (
                "a denied loss of a criticism opposes what it criticises, 对 … 的 around it",
                "不能 放弃 对 多利益攸关方 的 批评",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "the same in English, the cue after the noun and its preposition",
                "we must not abandon our criticism of the model",
                "model",
                true,
                false,
            ),
            (
                "so does an endorsing word before a criticism",
                "we support criticism of the itu",
                "itu",
                true,
                false,
            ),
            (
                "a noun that is no criticism leaves the denied loss's reach as it was",
                "不能 放弃 对 联合国 的 支持",
                "联合国",
                false,
                true,
            ),
            (
                "without 对 a cue before 的 may be the critic, and is left to the other rules",
                "我们 应当 重视 联合国 的 批评",
                "联合国",
                false,
                true,
            ),
            (
                "an endorsing word that does not govern the noun of criticism does not endorse it: \
                 the cue is merely not endorsed",
                "we should not tolerate criticism of the model",
                "model",
                false,
                false,
            ),
            (
                "nor does a modal before a verb that is no endorsement",
                "we must respond to criticism of the model",
                "model",
                false,
                false,
            ),
            (
                "the same in Chinese: 应当 is two words before 对",
                "我们 应当 回应 对 多利益攸关方 的 质疑",
                "多利益攸关方",
                false,
                false,
            ),
            (
                "a rejected stance on a criticism rejects the criticism, not what it criticises",
                "we must not support criticism of the itu",
                "itu",
                false,
                false,
            ),
            (
                "'critical' stems as 'criticism' does, and 'critical to' is no criticism of what \
                 follows: only 'opposition' takes 'to'",
                "we support openness as criticism to the model",
                "model",
                false,
                true,
            ),
            (
                "a negated causative whose passive marker does not govern the verb of loss is left \
                 alone: 'be' is the passive of 'use', not of 'undermine'",
                "we must not let the itu be use to undermine the model",
                "itu",
                true,
                false,
            ),
            (
                "the same in Chinese: 被 governs 用来, not the verb of loss",
                "决不能 让 多利益攸关方 被 用来 削弱 国家主权",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "被 with a short agent before the verb of loss still governs it",
                "决不能 让 网络主权 被 外国 势力 侵犯",
                "网络主权",
                false,
                true,
            ),
            (
                "a plain negation that describes an outcome denies a loss as no stance",
                "the treaty would not damage icann",
                "icann",
                false,
                false,
            ),
            (
                "and negates nothing: the treaty is not rejected",
                "the treaty would not damage icann",
                "treaty",
                false,
                false,
            ),
            (
                "the same in Chinese",
                "这些 做法 没有 损害 联合国",
                "联合国",
                false,
                false,
            ),
            (
                "and in the passive",
                "the model was not weaken by the reform",
                "model",
                false,
                false,
            ),
            (
                "with the author as its subject a plain negation wills the denial",
                "we will not abandon the model",
                "model",
                false,
                true,
            ),
            (
                "the same in Chinese, with a particle that would otherwise only describe",
                "中国 绝不会 放弃 网络主权",
                "网络主权",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_passive_marker_governs_only_its_own_verb_and_the_agent_is_the_by_phrase_noun() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'be' before a causative is the causative's passive, not the loss's: the subject \
                 is what the author refuses to allow",
                "the itu should not be allow to undermine the multistakeholder model",
                "itu",
                true,
                false,
            ),
            (
                "'be' before a determiner is a copula: the subject is the excuse refused",
                "sovereignty should not be an excuse to undermine the multistakeholder model",
                "sovereignty",
                true,
                false,
            ),
            (
                "'be able to': no passive, so no passive causative, and the object stays negated",
                "we must not let the itu be able to undermine the model",
                "itu",
                true,
                false,
            ),
            (
                "a causative between 被 and the verb: 被 is the causative's",
                "联合国 不应 被 允许 削弱 多利益攸关方 模式",
                "联合国",
                true,
                false,
            ),
            (
                "an adverb between 'be' and the verb keeps the passive",
                "national sovereignty must not be seriously undermine by the itu",
                "sovereignty",
                false,
                true,
            ),
            (
                "and its agent",
                "national sovereignty must not be seriously undermine by the itu",
                "itu",
                true,
                false,
            ),
            (
                "a cue after a privative head and 'of' is no agent (and 'must' endorses it, as any \
                 cue of its clause)",
                "national sovereignty must not be undermine by the absenc of intergovernmental \
                 cooperation",
                "intergovernmental",
                false,
                true,
            ),
            (
                "a cue of the agent's noun phrase is",
                "the model must not be undermine by the new intergovernmental treaty",
                "intergovernmental",
                true,
                false,
            ),
            (
                "被 takes its agent before the verb",
                "网络主权 不能 被 外国 势力 侵犯",
                "网络主权",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn the_agent_reaches_through_what_is_no_privation() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a cue that starts with 'by' is the agent itself (the slice before it was empty, \
                 and panicked)",
                "sovereignty must not be undermine by consensus decision",
                "by consensus",
                true,
                false,
            ),
            (
                "'to' and a verb: the attempt to impose the control is the harm",
                "the multistakeholder model must not be undermine by attempt to impose \
                 intergovernmental control",
                "intergovernmental",
                true,
                false,
            ),
            (
                "'of' after a head that is no privation: the imposition of the control is the harm",
                "the multistakeholder model must not be undermine by the imposit of \
                 intergovernmental control",
                "intergovernmental",
                true,
                false,
            ),
            (
                "and the expansion of it",
                "the multistakeholder model must not be undermine by the expans of \
                 intergovernmental control",
                "intergovernmental",
                true,
                false,
            ),
            (
                "'of' after a privative head: the harm is the want of the cooperation, which the \
                 author wants",
                "national sovereignty must not be undermine by the lack of intergovernmental \
                 cooperation",
                "intergovernmental",
                false,
                true,
            ),
            (
                "an adverb before a participle coordinated with the denied one keeps the passive",
                "sovereignty must be fulli respect and not undermine by the multistakeholder model",
                "multistakeholder",
                true,
                false,
            ),
            (
                "and its subject is endorsed",
                "sovereignty must be fulli respect and not undermine by the multistakeholder model",
                "sovereignty",
                false,
                true,
            ),
            (
                "a verb of stance as the first participle does not make 'be' another verb's",
                "the multistakeholder model must be accept and not undermine by intergovernmental \
                 control",
                "intergovernmental",
                true,
                false,
            ),
            (
                "a causative after 'and': no passive of the loss, whose object is endorsed",
                "sovereignty must be respect and not allow to undermine the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_passive_phrase_tells_the_instrument_the_patient_and_the_agent() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a refused means ('let X be used to weaken Y') denies the loss it is used for, \
                 which endorses what the loss governs",
                "决不能 让 多利益攸关方 模式 被 用来 削弱 国家主权",
                "国家主权",
                false,
                true,
            ),
            (
                "the same in English, willed by its subject",
                "we will never let the model be use to undermine sovereignty",
                "sovereignty",
                false,
                true,
            ),
            (
                "and the causative's object, the instrument, stays negated",
                "we will never let the model be use to undermine sovereignty",
                "model",
                true,
                false,
            ),
            (
                "without a causative, the passive subject of 'used to' is the instrument, not \
                 the patient",
                "多利益攸关方 模式 不能 被 用来 削弱 国家主权",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "and what the loss governs is endorsed",
                "多利益攸关方 模式 不能 被 用来 削弱 国家主权",
                "国家主权",
                false,
                true,
            ),
            (
                "an opposition verb that is a negated causative in one word: the loss cancels it \
                 for what it governs",
                "我们 决不允许 多利益攸关方 模式 被 用来 削弱 国家主权",
                "国家主权",
                false,
                true,
            ),
            (
                "and it still opposes the instrument",
                "我们 决不允许 多利益攸关方 模式 被 用来 削弱 国家主权",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "a means with no negation says nothing of the author's side",
                "多利益攸关方 模式 被 用来 削弱 国家主权",
                "国家主权",
                false,
                false,
            ),
            (
                "nor does one denied as an outcome",
                "这些 做法 不会 被 用来 削弱 联合国",
                "联合国",
                false,
                false,
            ),
            (
                "the agent after 'by' of a denied passive loss does the harm the author opposes",
                "the model must not be undermine by the itu",
                "itu",
                true,
                false,
            ),
            (
                "while its subject is endorsed as before",
                "the model must not be undermine by the itu",
                "model",
                false,
                true,
            ),
            (
                "the agent between 被 and the verb, and the subject before them",
                "网络主权 不能 被 多利益攸关方 模式 所 削弱",
                "网络主权",
                false,
                true,
            ),
            (
                "the agent itself",
                "网络主权 不能 被 多利益攸关方 模式 所 削弱",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "受到 … 的 and its agent",
                "网络主权 不应 受到 多利益攸关方 模式 的 损害",
                "网络主权",
                false,
                true,
            ),
            (
                "the agent of 受到 … 的",
                "网络主权 不应 受到 多利益攸关方 模式 的 损害",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "a passive loss denied as an outcome leaves its agent alone",
                "the model was not weaken by the itu",
                "itu",
                false,
                false,
            ),
            (
                "a possessive 'our' describes its noun's effect, and wills no denial",
                "our proposal would not undermine icann",
                "icann",
                false,
                false,
            ),
            (
                "nor does 我们 before 的",
                "我们 的 方案 不会 削弱 联合国",
                "联合国",
                false,
                false,
            ),
            (
                "a pronoun subject still wills it",
                "we would not undermine icann",
                "icann",
                false,
                true,
            ),
            (
                "and 我国 with no 的 after it",
                "我国 不会 削弱 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "and a deontic denial does whatever its subject",
                "our proposal must not undermine icann",
                "icann",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_possessive_of_the_author_acts_through_an_actor_or_refuses_its_own_loss() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a possessive headed by an actor noun is the author acting",
                "our government will not abandon sovereignty",
                "sovereignty",
                false,
                true,
            ),
            (
                "the same with 的",
                "我们 的 国家 决不会 放弃 网络主权",
                "网络主权",
                false,
                true,
            ),
            (
                "an actor noun that owns the head is no head: the government's proposal is a thing",
                "我国 政府 的 方案 不会 削弱 联合国",
                "联合国",
                false,
                false,
            ),
            (
                "a thing of the author's gives nothing up but by the author's will",
                "our proposal will not abandon sovereignty",
                "sovereignty",
                false,
                true,
            ),
            (
                "a newly listed verb of giving up, with a pronoun subject",
                "we will not give up sovereignty",
                "sovereignty",
                false,
                true,
            ),
            (
                "and 让渡",
                "我们 不会 让渡 网络主权",
                "网络主权",
                false,
                true,
            ),
            (
                "the author's own thing suffering a denied passive loss is the author's refusal",
                "中国 的 网络主权 绝不会 被 削弱",
                "网络主权",
                false,
                true,
            ),
            (
                "a thing of the author's undermining another's still describes",
                "our proposal would not undermine icann",
                "icann",
                false,
                false,
            ),
            (
                "the document is a thing of the author's, not the author acting",
                "this paper would not undermine icann",
                "icann",
                false,
                false,
            ),
            (
                "and in Chinese",
                "本文 不会 削弱 联合国",
                "联合国",
                false,
                false,
            ),
            (
                "a document that does not give up a thing refuses it",
                "this paper does not abandon the model",
                "model",
                false,
                true,
            ),
            (
                "with no own voice a passive denied with 绝不会 still describes",
                "网络主权 绝不会 被 削弱",
                "网络主权",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_modal_governs_the_predicates_it_coordinates() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'must A and not B': the denial is owed, its passive subject endorsed",
                "sovereignty must be respect and not undermine by the model",
                "sovereignty",
                false,
                true,
            ),
            (
                "and its agent negated",
                "sovereignty must be respect and not undermine by the model",
                "model",
                true,
                false,
            ),
            (
                "active, the denied loss endorses what it governs",
                "governments must respect sovereignty and not undermine icann",
                "icann",
                false,
                true,
            ),
            (
                "with no modal the coordinated denial describes an outcome",
                "the model grew and was not undermine by the itu",
                "itu",
                false,
                false,
            ),
            (
                "nor does a modal beyond the reach, in another clause",
                "the itu must act , and not undermine the model",
                "model",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_cue_named_as_a_pretext_is_held_at_a_distance() {
        // (why, text, cue, criticised)
        let cases = [
            ("a banner flown", "打着 多边主义 的 旗号", "多边主义", true),
            (
                "a façade",
                "以 网络主权 为 幌子 推行 审查",
                "网络主权",
                true,
            ),
            (
                "control: what the façade serves is no façade",
                "打着 多边主义 的 旗号 削弱 国家主权",
                "国家主权",
                false,
            ),
            (
                "control: a name used for another end is as often a warning against abuse",
                "不能 以 维护 网络主权 为名 侵犯 权利",
                "网络主权",
                false,
            ),
            (
                "an English pretext before the cue",
                "they act under the guise of multistakeholderism",
                "multistakeholderism",
                true,
            ),
            (
                "control: 名义 is as often official",
                "以 联合国 名义 开展 维和",
                "联合国",
                false,
            ),
            (
                "control: a closer in the next clause",
                "支持 多边主义 , 旗号 鲜明",
                "多边主义",
                false,
            ),
        ];
        for (why, text, cue, criticised) in cases {
            assert_eq!(tags_of(text, cue).criticised, criticised, "{why}: {text}");
        }
    }

    #[test]
    fn a_distancer_before_a_theory_distances_the_theory() {
        // (why, text, cue, distanced)
        let cases = [
            (
                "a pejorative verb of advocacy",
                "美国 鼓吹 多利益攸关方 模式",
                "多利益攸关方",
                true,
            ),
            (
                "before a theory named after the cue",
                "鼓吹 主权 过时论 是 错误 的",
                "主权",
                false,
            ),
            (
                "cut off its predicate",
                "鼓吹 主权 过时 论是 错误 的",
                "主权",
                false,
            ),
            (
                "a theory named after the cue alone is the cue's",
                "所谓 网络主权 论是 错误 的",
                "网络主权",
                true,
            ),
            (
                "so is a theory of it",
                "所谓 网络主权 理论",
                "网络主权",
                true,
            ),
            (
                "and a fallacy",
                "所谓 网络主权 不过 是 谬论",
                "网络主权",
                true,
            ),
            (
                "a forum is no theory",
                "所谓 多利益攸关方 论坛",
                "多利益攸关方",
                true,
            ),
        ];
        for (why, text, cue, distanced) in cases {
            let tags = tags_of(text, cue);
            assert_eq!(tags.explicitly_distanced, distanced, "{why}: {text}");
        }
    }

    #[test]
    fn a_cue_that_names_a_claims_topic_takes_no_reading_from_around_the_claim() {
        // (why, text, cue, (negated, criticised, endorsed))
        let cases = [
            (
                "a privative 无 argues for what it says is missing as often as not: no negation",
                "无 主权 的 网络空间 是 危险 的",
                "主权",
                (false, false, false),
            ),
            (
                "nor does the author's own",
                "网络空间 无 主权",
                "主权",
                (false, false, false),
            ),
            (
                "a negated absence is no negation either",
                "网络空间 并非 无 主权 之地",
                "主权",
                (false, false, false),
            ),
            (
                "所谓 and 反对 reject the cue's absence, which affirms it",
                "我们 坚决 反对 所谓 网络空间 无 主权 的 论调",
                "主权",
                (false, false, true),
            ),
            (
                "所谓 alone",
                "所谓 网络空间 无 主权 之 说 是 站不住脚 的",
                "主权",
                (false, false, true),
            ),
            (
                "a verb of refuting",
                "我们 应当 批驳 网络空间 无 主权 的 谬论",
                "主权",
                (false, false, true),
            ),
            (
                "an endorsing word before the claim is the claim's",
                "我们 应当 讨论 网络空间 无 主权 的 观点",
                "主权",
                (false, false, false),
            ),
            (
                "a verb of refuting is no opposition verb: refuting an accusation defends its object",
                "我们 驳斥 美国 对 联合国 的 无端 指责",
                "联合国",
                (false, false, false),
            ),
            (
                "an opposition verb before a theory named after a predicate: 网络主权至上论 is one",
                "我们 反对 主权 过时论",
                "主权",
                (false, false, false),
            ),
            (
                "a theory named after the cue with 的 between is no theory of it",
                "中国 始终 坚持 多边主义 的 方法论",
                "多边主义",
                (false, false, true),
            ),
            (
                "nor one of an unlisted kind, with 的 between",
                "中国 坚持 多边主义 的 系统论",
                "多边主义",
                (false, false, true),
            ),
            (
                "an endorsing word right before the absence rejects the cue",
                "我们 支持 无 多利益攸关方 参与 的 政府间 机制",
                "多利益攸关方",
                (true, false, false),
            ),
            (
                "nor is a method right after it",
                "我们 支持 多边主义 方法论",
                "多边主义",
                (false, false, true),
            ),
            (
                "a claim without the cue's absence is the cue's own",
                "我们 支持 维护 网络主权 的 主张",
                "网络主权",
                (false, false, true),
            ),
        ];
        for (why, text, cue, expected) in cases {
            let tags = tags_of(text, cue);
            assert_eq!(
                (tags.negated, tags.criticised, tags.endorsed),
                expected,
                "{why}: {text}"
            );
        }
    }

    #[test]
    fn only_the_author_endorses() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a modal in another actor's speech is the actor's",
                "proponents say that civil society must have an equal voice",
                "civil",
                false,
                false,
            ),
            (
                "the author's own modal endorses",
                "civil society must have an equal voice",
                "civil",
                false,
                true,
            ),
            (
                "'as' before the actor agrees with what follows, which is the author's",
                "as china has proposed , multilateralism must be upheld",
                "multilateralism",
                false,
                true,
            ),
            (
                "and a determiner may stand between",
                "as the united states argues , the model must be preserved",
                "model",
                false,
                true,
            ),
            (
                "nor when the verb has an object",
                "as china has proposed that the itu should control the internet , the united states must respond",
                "itu",
                false,
                false,
            ),
            (
                "nor after an indefinite actor",
                "as some governments have proposed , the itu should take over",
                "itu",
                false,
                false,
            ),
            (
                "nor after a side's name",
                "as critics argue , the itu should take over",
                "itu",
                false,
                false,
            ),
            (
                "nor with a verb that keeps its distance",
                "as china claims , cyber sovereignty must be respected",
                "cyber",
                false,
                false,
            ),
            (
                "'as' elsewhere opens no agreement",
                "china has proposed , as expected , that multilateralism must be upheld",
                "multilateralism",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_correlative_carries_a_negation_on_and_never_cancels_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'neither' negates the first cue of the pair",
                "neither the itu nor the un should control the internet",
                "itu",
                true,
                false,
            ),
            (
                "and 'nor' the second, though 'neither' is in reach too",
                "neither itu nor un should control the internet",
                "un",
                true,
                false,
            ),
            (
                "'nor' after 'no' carries it on",
                "there should be no itu nor un control",
                "un",
                true,
                false,
            ),
            (
                "a subject's predicate negated by 'neither', with 'nor' in reach",
                "itu should neither control nor run the internet",
                "itu",
                true,
                false,
            ),
            (
                "an inverted clause after 'nor'",
                "nor should the itu take over",
                "itu",
                true,
                false,
            ),
            (
                "'nor' after a denied loss carries its reading",
                "we must not weaken the un nor icann",
                "icann",
                false,
                true,
            ),
            (
                "and after a conceded opposition",
                "we do not oppose the itu nor the un",
                "un",
                false,
                false,
            ),
            (
                "after a negated stance it negates",
                "we do not support the itu nor the un",
                "un",
                true,
                false,
            ),
            (
                "after a comma it still carries the loss's reading, whose reach ends at the clause",
                "we must not weaken the un , nor icann",
                "icann",
                false,
                false,
            ),
            (
                "a verb of loss that nothing negates changes nothing",
                "neither the itu , which seek to undermine icann , nor the un should control it",
                "un",
                true,
                false,
            ),
            (
                "nor does a denied loss in an earlier clause, for a 'nor' inside a later one",
                "we must not weaken the un , and nobody should control icann nor the itu",
                "itu",
                true,
                false,
            ),
            (
                "after an opposition verb 'neither' cancels it",
                "we oppose neither the itu nor the un",
                "itu",
                false,
                false,
            ),
            (
                "and so does 'nor'",
                "we oppose neither the itu nor the un",
                "un",
                false,
                false,
            ),
            (
                "but opening an inverted clause it negates",
                "we must not weaken the un , nor should the itu take over",
                "itu",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_distributive_negation_denies_any_one_not_the_kind() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'no single' right before the cue: neither negated nor endorsed",
                "no single stakeholder should control the internet",
                "stakeholder",
                false,
                false,
            ),
            (
                "farther off it negates as a particle",
                "no single body back itu",
                "itu",
                true,
                false,
            ),
            (
                "a Chinese quantifier turns the predicate's denial",
                "任何单一 利益攸关方 都 不应 主导 互联网",
                "利益攸关方",
                false,
                false,
            ),
            (
                "'any single' in a denied passive's agent",
                "icann must not be capture by any single stakeholder group",
                "stakeholder",
                false,
                false,
            ),
            (
                "'no' before a noun for any party reaches each party, not the kind",
                "no stakehold may impos it rule on the other",
                "stakehold",
                false,
                false,
            ),
            (
                "with 'other' between them",
                "the treati give no other stakehold group such right",
                "stakehold",
                false,
                false,
            ),
            (
                "'any' after 'nor'",
                "nor should ani stakehold group act in isol",
                "stakehold",
                false,
                false,
            ),
            (
                "a Chinese one, with 一个 between them",
                "任何 一个 利益攸关方 都 不应 单独 决定",
                "利益攸关方",
                false,
                false,
            ),
            (
                "control: the name of the model after 'no' is the kind",
                "no multistakehold process can succeed",
                "multistakehold",
                true,
                false,
            ),
            (
                "control: a party noun the negation reaches without a quantifier",
                "stakehold should not be consult",
                "stakehold",
                true,
                false,
            ),
            (
                "任何一个 denies the kind",
                "任何一个 政府间 组织 都 不应 控制 互联网",
                "政府间",
                true,
                false,
            ),
            (
                "and leaves an endorsement standing",
                "任何单一 利益攸关方 都 应 参与",
                "利益攸关方",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_replacement_endorses_what_it_would_replace() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a denied passive of replacing endorses its subject",
                "the un must not be replace",
                "un",
                false,
                true,
            ),
            (
                "and refuses its agent",
                "the un should not be replace by icann",
                "icann",
                true,
                false,
            ),
            (
                "a causative's object between the particle and the verb is the refused replacement",
                "我们 不能 让 联合国 取代 icann",
                "联合国",
                true,
                false,
            ),
            (
                "and what it would replace is endorsed",
                "我们 不能 让 联合国 取代 icann",
                "icann",
                false,
                true,
            ),
            (
                "the object is what would be replaced",
                "we will not replace icann with the itu",
                "icann",
                false,
                true,
            ),
            (
                "the object of 'with' is the refused replacement",
                "we will not replace icann with the itu",
                "itu",
                true,
                false,
            ),
            (
                "以 names the replacement before the verb",
                "我们 不应 以 多边主义 替代 多利益攸关方",
                "多边主义",
                true,
                false,
            ),
            (
                "'with' after a noun that takes it names a partner, kept with what it qualifies",
                "we cannot replace cooperation with the un",
                "un",
                false,
                true,
            ),
            (
                "a replacement the modal wills negates what it replaces (see `is_willed_loss`)",
                "the new treaty should replace the itu regulation",
                "itu",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_passive_refuses_its_agent_not_its_patient() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the subject is the patient: neither negated nor endorsed by the modal",
                "icann should not be control by any single government",
                "icann",
                false,
                false,
            ),
            (
                "the agent after 'by' is what the denial refuses",
                "the internet should not be govern by the itu",
                "itu",
                true,
                false,
            ),
            (
                "the means after 'through' is refused as the agent is, past a particle's reach",
                "the internet 's core resources cannot be manage through state-led mechanisms",
                "state-led",
                true,
                false,
            ),
            (
                "the agent after 'by' stays refused when a means after 'through' follows",
                "the internet should not be govern by governments through multilateral treaties",
                "multilateral",
                true,
                false,
            ),
            (
                "an agent alone: the denial is that it suffices, not of the agent",
                "the internet should not be govern by the itu alone",
                "itu",
                false,
                false,
            ),
            (
                "'only' that does not end the agent's phrase limits nothing",
                "resources should not be dominate by intergovernmental organisations only answerable to states",
                "intergovernmental",
                true,
                false,
            ),
            (
                "a denied verb does not reach a passive of control after 'but'",
                "resources should not be privatise but manage through the united nations",
                "united",
                false,
                false,
            ),
            (
                "control: a willed passive endorses it",
                "the internet 's core resources should be manage through state-led mechanisms",
                "state-led",
                false,
                true,
            ),
            (
                "with adverbs between 'be' and 'by'",
                "the model must never be so easily capture by intergovernmental bodies",
                "intergovernmental",
                true,
                false,
            ),
            (
                "a described denial: the subject is not negated",
                "the model has not been capture by the itu",
                "model",
                false,
                false,
            ),
            (
                "nor is its agent refused",
                "the model has not been capture by the itu",
                "itu",
                false,
                false,
            ),
            (
                "a privative head names no agent: the clause's endorsement stands",
                "decisions should not be dominate by the lack of multilateral cooperation",
                "multilateral",
                false,
                true,
            ),
            (
                "'be' before a determiner is no passive: the particle negates the subject",
                "icann should not be a tool control by the itu",
                "icann",
                true,
                false,
            ),
            (
                "a verb of control of two words",
                "iana should not be taken over by the itu",
                "itu",
                true,
                false,
            ),
            (
                "a verb of acceptance denies its subject",
                "the model should not be accept by develop countries",
                "model",
                true,
                false,
            ),
            (
                "a date after 'by' is no agent",
                "icann should not be control by 2030",
                "icann",
                true,
                false,
            ),
            (
                "被 with no agent",
                "多利益攸关方 不应 被 采纳",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "被 before a verb of acceptance",
                "多利益攸关方 不应 被 发展中国家 接受",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "由 opens the agent: the subject is the patient",
                "icann 不应 由 联合国 管理",
                "icann",
                false,
                false,
            ),
            (
                "and the agent is in the particle's reach",
                "互联网 不应 由 联合国 管理",
                "联合国",
                true,
                false,
            ),
            (
                "被 before a causative is the causative's: the subject is refused",
                "联合国 不应 被 允许 主导 互联网",
                "联合国",
                true,
                false,
            ),
            (
                "a finite 'be' before the particle: the subject is the patient",
                "icann is not control by ani govern",
                "icann",
                false,
                false,
            ),
            (
                "a described denial refuses no agent",
                "the internet is not govern by the itu",
                "itu",
                false,
                false,
            ),
            (
                "a finite 'be' before a noun is no passive: the particle negates the subject",
                "icann is not a neutral bodi control by the itu",
                "icann",
                true,
                false,
            ),
            (
                "an adverb between the finite 'be' and the particle",
                "icann is still not control by ani govern",
                "icann",
                false,
                false,
            ),
            (
                "'be' and its particle in one word",
                "icann isn't control by ani govern",
                "icann",
                false,
                false,
            ),
            (
                "nor before a verb of acceptance",
                "the model is not accept by develop countri",
                "model",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_sacrifice_endorses_what_it_would_give_up() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "以牺牲…为代价, denied: the author keeps what would be sacrificed",
                "我们 不能 以 牺牲 网络主权 为 代价",
                "网络主权",
                false,
                true,
            ),
            (
                "in English",
                "we must not sacrifice national sovereignty",
                "national sovereignty",
                false,
                true,
            ),
            (
                "undenied, a sacrifice says nothing of the author's stance",
                "some states would sacrifice the multistakeholder model",
                "multistakeholder",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_concessive_clauses_alternatives_are_the_subjects_of_the_next() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "无论…还是…, 都 and a particle: each cue is the predicate's subject",
                "无论是 国际电信联盟 还是 联合国 , 都 不应 控制 互联网",
                "国际电信联盟",
                true,
                false,
            ),
            (
                "the cue nearest the comma too",
                "无论是 国际电信联盟 还是 联合国 , 都 不应 控制 互联网",
                "联合国",
                true,
                false,
            ),
            (
                "and a denied loss endorses them",
                "不论 网络主权 还是 国家 安全 , 都 不容 侵犯",
                "网络主权",
                false,
                true,
            ),
            (
                "without 都 or 也 the next clause has its own subject",
                "无论是 联合国 还是 其他 组织 , 我们 不应 放弃 合作",
                "联合国",
                false,
                false,
            ),
            (
                "a clause that 无论 does not open is no concessive",
                "联合国 的 作用 无论 如何 重要 , 都 不应 控制 互联网",
                "联合国",
                false,
                false,
            ),
            (
                "after a connective it still opens one",
                "但 无论是 国际电信联盟 还是 联合国 , 都 不应 控制 互联网",
                "联合国",
                true,
                false,
            ),
            (
                "a place in the clause is no alternative",
                "无论 在 联合国 还是 在 其他 场合 , 都 不应 搞 双重 标准",
                "联合国",
                false,
                false,
            ),
            (
                "nor is an object",
                "无论 是否 加入 联合国 , 都 不应 放弃 合作",
                "联合国",
                false,
                false,
            ),
            (
                "nor the subject of the clause's own predicate",
                "无论 联合国 如何 改革 , 都 不能 改变 这 一 事实",
                "联合国",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negated_belief_turns_the_modal_of_its_complement() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a negation raised to a verb of belief turns the modal of its complement",
                "we do not believe that the itu should take over",
                "itu",
                true,
                false,
            ),
            (
                "the same in Chinese, the subject a few words after the verb of belief",
                "我们 不 认为 在 当前 形势 下 联合国 应该 管理 互联网",
                "联合国",
                true,
                false,
            ),
            (
                "a particle and a verb of belief in one word",
                "我们 并不认为 联合国 应该 管理",
                "联合国",
                true,
                false,
            ),
            (
                "the turned modal negates what follows it too",
                "we do not think the treaty should control the itu",
                "itu",
                true,
                false,
            ),
            (
                "and turns a stance right after it against what the stance governs",
                "we do not think we should support a treaty",
                "treaty",
                true,
                false,
            ),
            (
                "and denies a loss right after it, which endorses what it governs",
                "we do not think a treaty should weaken the model",
                "model",
                false,
                true,
            ),
            (
                "the cue right after a verb of belief is its complement's subject",
                "we believe that the itu should not take over",
                "itu",
                true,
                false,
            ),
            (
                "a verb of belief alone changes nothing",
                "we believe that the itu should take over",
                "itu",
                false,
                true,
            ),
            (
                "without a modal verb in reach, the particle reads as before",
                "we do not think the itu can manage it",
                "itu",
                true,
                false,
            ),
            (
                "the cue after a verb of belief is its complement's subject only with a modal after \
                 it: 'rather than' negates 'one', not the cue",
                "we believe in a multistakeholder approach rather than a multilateral one",
                "multistakeholder",
                false,
                false,
            ),
            (
                "the search for the modal of the complement stops at another verb",
                "i do not think anyone disputes that the un should play a central role",
                "un",
                false,
                true,
            ),
            (
                "and at a conjunction",
                "we do not think so and the un should lead",
                "un",
                false,
                true,
            ),
            (
                "a cue before the verb of belief is its subject, not its complement's (whose modal \
                 would negate it): a plain denial of its belief",
                "联合国 不 认为 应该 管理",
                "联合国",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn seizing_what_a_cue_names_is_a_loss_and_exclusivity_is_all_a_denial_may_deny() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "opposing a takeover of the cue defends it",
                "we are firmly opposed to any intergovernmental takeover of icann",
                "icann",
                false,
                true,
            ),
            (
                "and still opposes who would take it over",
                "we are firmly opposed to any intergovernmental takeover of icann",
                "intergovernmental",
                true,
                false,
            ),
            (
                "control: a takeover described takes no side",
                "the takeover of icann was complete",
                "icann",
                false,
                false,
            ),
            (
                "denying that the cue is the only one keeps it as one of several",
                "the un must not be the onli forum",
                "un",
                false,
                false,
            ),
            (
                "and in Chinese",
                "联合国 不能 是 唯一 的 平台",
                "联合国",
                false,
                false,
            ),
            (
                "control: denying that it is the forum judges it",
                "联合国 不能 是 合适 的 平台",
                "联合国",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn adverbs_of_negation_in_one_word_are_particles() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "never opposing the cue concedes it",
                "我们 从来不 反对 多利益攸关方 参与",
                "多利益攸关方",
                false,
                false,
            ),
            (
                "never giving the cue up endorses it",
                "我们 永不 放弃 网络主权",
                "网络主权",
                false,
                true,
            ),
            (
                "control: giving it up without the adverb negates it",
                "我们 放弃 网络主权",
                "网络主权",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negation_reaches_a_cue_through_the_noun_of_its_part() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a negated stance reaches the object of the noun of its part",
                "we do not support a greater role for the itu",
                "itu",
                true,
                false,
            ),
            (
                "and a noun's negator, with 'of'",
                "it is not the role of the private sector to decide",
                "private",
                true,
                false,
            ),
            (
                "control: without the negation the stance endorses the cue",
                "we support a greater role for the itu",
                "itu",
                false,
                true,
            ),
            (
                "control: a cue after another preposition is no object of the noun",
                "we do not support a greater role in the itu",
                "itu",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn disagreeing_with_a_cue_opposes_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'disagree with' opposes its object",
                "we strongly disagree with the multistakeholder model",
                "multistakeholder",
                true,
                false,
            ),
            (
                "a denied disagreement opposes nothing",
                "we do not disagree with the itu",
                "itu",
                false,
                false,
            ),
            (
                "'disagree that' denies its complement as 'do not believe that' does",
                "we disagree that the un should lead",
                "un",
                true,
                false,
            ),
            (
                "and turns a denied need around, as a negated belief does",
                "we disagree that a new treaty is not necessary",
                "treaty",
                false,
                false,
            ),
        ];
        check(&cases);
        check_attributed(&[(
            "another actor's disagreement is its own",
            "russia disagrees with the multistakeholder model",
            "multistakeholder",
            true,
        )]);
    }

    #[test]
    fn negating_the_want_of_a_cue_endorses_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "an opposition to the want of a cue endorses it",
                "we oppose the lack of multistakeholder participation",
                "multistakeholder",
                false,
                true,
            ),
            (
                "the exclusion of it, likewise",
                "we reject the exclus of civil society",
                "civil",
                false,
                true,
            ),
            (
                "and a particle's negation of the want",
                "there is no lack of multistakeholder participation",
                "multistakeholder",
                false,
                true,
            ),
            (
                "control: an opposition to another head negates the cue",
                "we oppose the dominance of multistakeholder participation",
                "multistakeholder",
                true,
                false,
            ),
            (
                "an endorsement stays: the modal endorses what the author wants",
                "icann must not be undermine by the lack of multilateral cooperation",
                "multilateral",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn objecting_to_a_cue_opposes_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'object to' opposes its object",
                "we object to any un treaty",
                "treaty",
                true,
                false,
            ),
            (
                "having no objection accepts it: 'no' negates nothing after it",
                "we have no objection to the un play a role",
                "the un",
                false,
                false,
            ),
            (
                "a denied objection opposes nothing",
                "we do not object to a un treaty",
                "treaty",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_verb_of_seizing_with_an_object_is_a_loss_of_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a denied seizing defends its object",
                "the itu should not take over icann s function",
                "icann",
                false,
                true,
            ),
            (
                "and still refuses its subject",
                "the itu should not take over icann s function",
                "itu",
                true,
                false,
            ),
            (
                "in Chinese too",
                "国际电联 不 应 接管 icann 的 职能",
                "icann",
                false,
                true,
            ),
            (
                "without an object the subject is what a denial refuses, not a loser",
                "the itu should not take over",
                "itu",
                true,
                false,
            ),
            (
                "nor after an agent marker, whose agent is refused",
                "毫无必要 由 联合国 接管 这些 职能",
                "联合国",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_correlative_before_its_subject_denies_a_loss() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'nor' opening an inverted clause denies its passive loss, past a subject of words",
                "nor should the iana function be weaken",
                "iana",
                false,
                true,
            ),
            (
                "the second of a 'neither … nor' subject suffers the denied loss",
                "neither the un nor the itu should be weaken",
                "itu",
                false,
                true,
            ),
            (
                "and so does the first, the modal after the pair willing the denial",
                "neither the un nor the itu should be weaken",
                "un",
                false,
                true,
            ),
            (
                "control: a modal after another particle is no subject's",
                "the un has not been weaken but can be",
                "un",
                false,
                false,
            ),
            (
                "control: with no modal the pair describes, and endorses neither",
                "neither the un nor the itu will be weaken",
                "un",
                false,
                false,
            ),
            (
                "control: a pair before a verb that is no loss is negated",
                "neither the un nor the itu should control the internet",
                "itu",
                true,
                false,
            ),
            (
                "control: an active loss's inverted subject is its agent, whom 'nor' negates",
                "nor should the itu undermine icann",
                "itu",
                true,
                false,
            ),
            (
                "control: a 'nor' with no inversion and no 'neither' is no subject's",
                "the un nor the itu should be weaken",
                "itu",
                true,
                false,
            ),
            (
                "control: a particle of its own denies the loss, and leaves the pair before it",
                "neither the un nor the itu said icann should not be weaken",
                "itu",
                true,
                false,
            ),
            (
                "control: a first member longer than the reach is no pair's",
                "neither the un and it agenc nor the itu should be weaken",
                "itu",
                true,
                false,
            ),
            (
                "control: a subject longer than the reach",
                "nor should the iana function of the root zone be weaken",
                "iana",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_correlative_before_an_inverted_clause_denies_its_verb() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'nor' and an auxiliary deny the verb after the subject",
                "nor do we support the treaty",
                "treaty",
                true,
                false,
            ),
            (
                "and so does 'neither'",
                "neither do we support a treaty",
                "treaty",
                true,
                false,
            ),
            (
                "after a clause of its own",
                "we oppose the itu , nor do we accept a treaty",
                "treaty",
                true,
                false,
            ),
            (
                "a subject of a few words",
                "nor do most government support a treaty",
                "treaty",
                true,
                false,
            ),
            (
                "control: a subject too long is no inverted clause's",
                "nor do the government of the region support a treaty",
                "treaty",
                false,
                true,
            ),
            (
                "control: without the correlative the verb endorses",
                "do we support a treaty",
                "treaty",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn an_opposition_ends_where_a_predicate_of_its_own_starts() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "what a coordinated verb governs is not the opposition's",
                "we reject the treaty and support icann",
                "icann",
                false,
                true,
            ),
            (
                "nor after 'but' and an adverb",
                "we reject the treaty but strongly support icann",
                "icann",
                false,
                true,
            ),
            (
                "nor in Chinese",
                "我们 反对 多边主义 并 支持 多利益攸关方 模式",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "nor the subject of a coordinated clause",
                "we reject the treaty and icann should remain independent",
                "icann",
                false,
                true,
            ),
            (
                "a second opposition negates on its own, not cancelling the first",
                "we reject the treaty and oppose icann",
                "icann",
                true,
                false,
            ),
            (
                "nor after a negated stance's recipient",
                "we do not support hand the internet to the itu and support icann",
                "icann",
                false,
                true,
            ),
            (
                "control: the opposition still reaches what it governs",
                "we reject the treaty and support icann",
                "treaty",
                true,
                false,
            ),
            (
                "control: a coordinated noun is the opposition's",
                "we reject the treaty and icann",
                "icann",
                true,
                false,
            ),
            (
                "control: a verb after a determiner is a noun's",
                "we oppose the itu and it support for the un",
                "un",
                true,
                false,
            ),
            (
                "after another verb the coordinator joins that verb's object",
                "we reject attempt to weaken sovereignty and promote multistakeholder governance",
                "multistakeholder",
                true,
                false,
            ),
            (
                "a modal opens the predicate of a subject the opposition is in",
                "the fight against cybercrime should be led by the united nations",
                "united nations",
                false,
                true,
            ),
            (
                "in Chinese too",
                "反对 网络 霸权 的 国家 应当 支持 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "control: a modal opening a relative clause is the opposition's",
                "we oppose any treaty that should give the itu control",
                "itu",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_transfer_refuses_its_recipient() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the recipient of a transfer a particle denies is what the author refuses",
                "icann must not transfer the iana function to the itu",
                "itu",
                true,
                false,
            ),
            (
                "what would be transferred is not refused, nor endorsed by the denied modal",
                "icann must not transfer the iana function to the itu",
                "iana",
                false,
                false,
            ),
            (
                "nor is whoever would hand it over",
                "icann must not transfer the iana function to the itu",
                "icann",
                false,
                false,
            ),
            (
                "a particle in one word with its modal",
                "iana 职能 不应 移交给 国际电联",
                "国际电联",
                true,
                false,
            ),
            (
                "the subject of a denied passive transfer is not refused",
                "iana 职能 不应 移交给 国际电联",
                "iana",
                false,
                false,
            ),
            (
                "a particle before its modal governs the transfer through it",
                "不 应 将 iana 职能 移交给 国际电联",
                "国际电联",
                true,
                false,
            ),
            (
                "and the modal after the particle endorses nothing",
                "不 应 将 iana 职能 移交给 国际电联",
                "iana",
                false,
                false,
            ),
            (
                "control: without a recipient the particle negates what it reaches",
                "icann must not transfer iana",
                "iana",
                true,
                false,
            ),
            (
                "control: a noun's negator denies no transfer",
                "there is no transfer of the iana function to the itu",
                "itu",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn an_opposed_transfer_opposes_its_recipient() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the recipient of an opposed transfer is what the opposition rejects",
                "we oppose the transfer of the iana function to the itu",
                "itu",
                true,
                false,
            ),
            (
                "what is transferred is not: the author would keep it where it is",
                "we oppose the transfer of the iana function to the itu",
                "iana",
                false,
                false,
            ),
            (
                "in Chinese the recipient marker alone names it",
                "我们 反对 将 iana 职能 移交给 国际电联",
                "iana",
                false,
                false,
            ),
            (
                "and the recipient after it is rejected",
                "我们 反对 将 iana 职能 移交给 国际电联",
                "国际电联",
                true,
                false,
            ),
            (
                "control: an opposition with no recipient still negates what it governs",
                "we oppose the transfer of the iana function",
                "iana",
                true,
                false,
            ),
            (
                "control: a 'to' after no word of transfer names no recipient",
                "we oppose any link of the iana function to the itu",
                "iana",
                true,
                false,
            ),
            (
                "a denied opposition is left to the count of its negations, which cancel out",
                "we do not oppose the transfer of the iana function to the itu",
                "itu",
                false,
                false,
            ),
            (
                "a transfer another verb governs is not the opposition's",
                "we oppose the treaty and support move to the itu",
                "treaty",
                true,
                false,
            ),
            (
                "nor is it a negated stance's",
                "we do not support the treaty and support move to the itu",
                "treaty",
                true,
                false,
            ),
            (
                "placing a thing under another hands it over: 'under' names the recipient",
                "we oppose any move to place icann under the itu",
                "itu",
                true,
                false,
            ),
            (
                "and 'to' before another word of transfer is its infinitive, no recipient",
                "we oppose any move to place icann under the itu",
                "icann",
                false,
                false,
            ),
            (
                "a particle denies a placing as it does a transfer",
                "governments should not place icann under the itu",
                "icann",
                false,
                false,
            ),
            (
                "control: a word of transfer not right after 'to' leaves it a recipient's marker",
                "we oppose the transfer of the iana function to multilateral bodies in one move",
                "iana",
                false,
                false,
            ),
            (
                "control: 'under' after no word of transfer names no recipient",
                "we oppose icann under the itu",
                "icann",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_judgment_of_wrong_reverses_what_it_judges() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "judging the cue wrong negates it",
                "多利益攸关方 模式 是错误的",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "judging its rejection wrong is two negations, which take nothing from it",
                "反对 多利益攸关方 模式 是错误的",
                "多利益攸关方",
                false,
                false,
            ),
            (
                "and in English, of what the clause does with the cue",
                "relying on the itu would be a mistake",
                "itu",
                true,
                false,
            ),
            (
                "a claim of the cue's absence judged wrong affirms the cue",
                "网络空间 无 主权 的 论调 是错误的",
                "主权",
                false,
                true,
            ),
            (
                "before the verb it judges, judging a rejection wrong takes nothing from the cue",
                "it is wrong to reject the multistakeholder model",
                "multistakeholder",
                false,
                false,
            ),
            (
                "and judging its loss wrong endorses it",
                "it would be a mistake to abandon the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "before a verb of belief it denies the belief, which turns the complement's judgment",
                "it is wrong to think that the multistakeholder model has failed",
                "multistakeholder",
                false,
                true,
            ),
            (
                "and its modal",
                "it would be a mistake to believe that the itu should manage the internet",
                "itu",
                true,
                false,
            ),
            (
                "a verb of saying is read as one of belief there",
                "it is wrong to say that the multistakeholder model has failed",
                "multistakeholder",
                false,
                true,
            ),
            (
                "control: before a verb the rules do not read, a judgment reads as nothing",
                "it would be a mistake to dismiss intergovernmental processes",
                "intergovernmental",
                false,
                false,
            ),
            (
                "before a transfer with a recipient it refuses the recipient",
                "it would be a mistake to transfer the iana function to the itu",
                "itu",
                true,
                false,
            ),
            (
                "and leaves what would be transferred where it is",
                "it would be a mistake to transfer the iana function to the itu",
                "iana",
                false,
                false,
            ),
            (
                "control: before a transfer with no recipient it reads as nothing",
                "it would be a mistake to transfer the iana function",
                "iana",
                false,
                false,
            ),
            (
                "control: a judgment in the next clause judges what that clause says",
                "我们 支持 多利益攸关方 模式 , 任何 相反 的 做法 都 是错误的",
                "多利益攸关方",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn judgments_of_wrong_count_once_reach_a_comment_and_deny_a_loss() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "two judgments of one clause say one thing: they do not cancel out",
                "多利益攸关方 模式 是错误的 不可取",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "and in English",
                "relying on the itu is a mistake and is wrong",
                "itu",
                true,
                false,
            ),
            (
                "a clause that is only a judgment judges the clause before it",
                "将 互联网 交由 国际电信联盟 管理 的 主张 , 既 不现实 , 也 不可取",
                "国际电信联盟",
                true,
                false,
            ),
            (
                "and after a pronoun",
                "依靠 国际电联 , 这 是错误的",
                "国际电联",
                true,
                false,
            ),
            (
                "and as jieba cuts 这是 whole",
                "依靠 国际电联 , 这是错误的",
                "国际电联",
                true,
                false,
            ),
            (
                "and after a copula, which is a trigger of its own (see `INVERSION_TERMS`)",
                "handing the root zone to the itu , is unworkable",
                "itu",
                true,
                false,
            ),
            (
                "a claim of the cue's absence judged in a comment affirms the cue",
                "网络空间 无 主权 的 论调 , 是错误的",
                "主权",
                false,
                true,
            ),
            (
                "control: a denied judgment in the next clause judges nothing",
                "我们 支持 多利益攸关方 模式 , 这 并不 是错误的",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "control: a clause with its own subject before the judgment is no comment",
                "我们 支持 联合国 , 相反 的 做法 都 是错误的",
                "联合国",
                false,
                true,
            ),
            (
                "control: nor one where the judgment is an attribute of what follows",
                "我们 支持 联合国 , 不现实 的 幻想 没有 意义",
                "联合国",
                false,
                true,
            ),
            (
                "judging a loss the cue suffers denies the loss",
                "undermining icann would be a mistake",
                "icann",
                false,
                true,
            ),
            (
                "and so does a judgment of its failure",
                "attempts to undermine icann have failed",
                "icann",
                false,
                true,
            ),
            (
                "a loss that also opposes: the judgment cancels the opposition",
                "放弃 多利益攸关方 模式 是错误的",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "a judgment in a condition is supposed, not made",
                "if the multistakeholder model has failed , we must ask why",
                "multistakeholder",
                false,
                false,
            ),
            (
                "a denied belief turns the judgment of its complement",
                "we do not think the multistakeholder model has failed",
                "multistakeholder",
                false,
                true,
            ),
            (
                "judgments of unworkable and failed things negate them",
                "the itu model is unrealistic",
                "itu",
                true,
                false,
            ),
            ("and in Chinese", "多边 模式 难以为继", "多边", true, false),
        ];
        check(&cases);
    }

    #[test]
    fn a_loss_an_endorsement_wills_negates_what_it_governs() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a verb of loss right after a modal is the author's aim",
                "we should weaken icann 's role",
                "icann",
                true,
                false,
            ),
            (
                "and after an endorsing word, in Chinese",
                "我们 支持 削弱 icann 的 作用",
                "icann",
                true,
                false,
            ),
            (
                "and after an endorsing word and 'to'",
                "we support efforts to sideline the itu",
                "itu",
                true,
                false,
            ),
            (
                "and an end willed",
                "我们 呼吁 结束 icann 的 垄断",
                "icann",
                true,
                false,
            ),
            (
                "a willed seizure negates what is seized",
                "国际电联 应当 接管 icann 的 职能",
                "icann",
                true,
                false,
            ),
            (
                "and a willed replacement what is replaced, after the replacement",
                "应 以 联合国 取代 icann",
                "icann",
                true,
                false,
            ),
            (
                "control: the replacement a replacing verb names is endorsed",
                "we should replace icann with the itu",
                "itu",
                false,
                true,
            ),
            (
                "control: a denied modal denies the loss",
                "国际电联 不 应 接管 icann 的 职能",
                "icann",
                false,
                true,
            ),
            (
                "control: a loss another verb governs is not the endorsement's",
                "我们 应当 打击 削弱 网络主权 的 行为",
                "网络主权",
                false,
                true,
            ),
            (
                "control: an opposition verb negates, and the endorsement does not count twice",
                "we should abandon the multistakeholder model",
                "multistakeholder",
                true,
                false,
            ),
            (
                "the object a disposal marker puts before a willed loss suffers it",
                "我们 应当 将 icann 边缘化",
                "icann",
                true,
                false,
            ),
            (
                "so does the object of a willed transformation",
                "我们 支持 将 icann 变成 政府间 组织",
                "icann",
                true,
                false,
            ),
            (
                "whose replacement is what the endorsement wills",
                "我们 支持 将 icann 变成 政府间 组织",
                "政府间",
                false,
                true,
            ),
            (
                "control: a denied loss after a disposed object still endorses it",
                "不 应 将 icann 边缘化",
                "icann",
                false,
                true,
            ),
            (
                "control: a disposed object before no verb of loss is endorsed",
                "应当 将 联合国 作为 主 渠道",
                "联合国",
                false,
                true,
            ),
            (
                "control: a loss another disposal marker governs is not the first object's",
                "应当 将 联合国 作为 手段 将 icann 边缘化",
                "联合国",
                false,
                true,
            ),
            (
                "control: an endorsement must come right before the marker",
                "应当 看到 美国 将 icann 边缘化",
                "icann",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_judgment_of_right_endorses_what_its_clause_says_before_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "judging the cue right endorses it",
                "the multistakeholder model remains the best model we have",
                "multistakeholder",
                false,
                true,
            ),
            (
                "an indispensability far after the cue judges it, and endorses what follows",
                "国际电联 在 弥合 数字 鸿沟 方面 的 作用 不可或缺",
                "国际电联",
                false,
                true,
            ),
            (
                "judging a verb of loss right wills it",
                "削弱 icann 的 作用 是正确的",
                "icann",
                true,
                false,
            ),
            (
                "a denied belief turns the judgment of its complement",
                "we do not believe that the itu is the right body",
                "itu",
                true,
                false,
            ),
            (
                "control: a negated cue stays negated",
                "neither the itu nor icann is the right body",
                "icann",
                true,
                false,
            ),
            (
                "control: in another actor's speech the judgment is the actor's",
                "some argue that the itu is the best forum",
                "itu",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_transformation_replaces_its_object_with_what_it_turns_it_into() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "opposing a transformation endorses its object",
                "we oppose turning icann into an intergovernmental organisation",
                "icann",
                false,
                true,
            ),
            (
                "and refuses what it would turn the object into",
                "we oppose turning icann into an intergovernmental organisation",
                "intergovernmental",
                true,
                false,
            ),
            (
                "a transformation the author wills negates its object",
                "we should turn icann into an intergovernmental body",
                "icann",
                true,
                false,
            ),
            (
                "in Chinese the replacement follows the verb, the object its disposal marker",
                "不能 把 icann 变成 政府间 组织",
                "政府间",
                true,
                false,
            ),
            (
                "control: without 'into' the verb is no loss",
                "we should turn to the un for guidance",
                "un",
                false,
                true,
            ),
            (
                "what a Chinese one turns its subject into is not the loss a modal wills",
                "icann 应当 变成 真正 的 多利益攸关方 机构",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "a denied transformation with no object is one its subject suffers",
                "icann 不应 变成 政府间 组织",
                "icann",
                false,
                true,
            ),
            (
                "and refuses the replacement",
                "icann 不应 变成 政府间 组织",
                "政府间",
                true,
                false,
            ),
            (
                "in English, 'into' right after the verb",
                "icann should not turn into an intergovernmental organisation",
                "icann",
                false,
                true,
            ),
            (
                "control: an English one with an object is the subject's own act",
                "icann should not turn the iana function into an intergovernmental body",
                "icann",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn an_opposition_to_a_disposal_denies_its_loss() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the disposed object suffers the loss the opposition verb denies",
                "我们 反对 将 联合国 边缘化",
                "联合国",
                false,
                true,
            ),
            (
                "as under a particle",
                "不能 将 联合国 边缘化",
                "联合国",
                false,
                true,
            ),
            (
                "the replacement of a denied transformation is refused",
                "我们 反对 把 icann 变成 政府间 组织",
                "政府间",
                true,
                false,
            ),
            (
                "and its object endorsed",
                "我们 反对 把 icann 变成 政府间 组织",
                "icann",
                false,
                true,
            ),
            (
                "however far before the marker",
                "我们 反对 一些 国家 在 网络 空间 中 将 联合国 边缘化",
                "联合国",
                false,
                true,
            ),
            (
                "control: an opposition verb after the marker is not the disposal's",
                "将 联合国 作为 反对 削弱 icann 的 平台",
                "联合国",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn the_agent_of_an_opposition_is_not_opposed() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the agent of a passive opposition",
                "the proposal was rejected by the itu",
                "itu",
                false,
                false,
            ),
            (
                "a coordinated agent",
                "the treaty was opposed by civil society and the technical community",
                "technical community",
                false,
                false,
            ),
            (
                "control: 'by' after another noun names that noun's agent, which is opposed",
                "we oppose control by the itu",
                "itu",
                true,
                false,
            ),
            (
                "what the agent endorses it endorses",
                "the proposal was rejected by governments that support icann",
                "icann",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_judgment_reaches_its_subject_across_an_apposition() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a clause opening with its verb judges the subject before the apposition",
                "the itu , with its one-country-one-vote structure , is ill-suited to managing the network",
                "itu",
                true,
                false,
            ),
            (
                "a judgment of right there endorses the subject",
                "multistakeholderism , for all its flaws , remains the best model we have",
                "multistakeholderism",
                false,
                true,
            ),
            (
                "two clauses of apposition",
                "the itu , in our view , with its structure , is ill-suited to the task",
                "itu",
                true,
                false,
            ),
            (
                "control: a cue in the apposition is not the subject",
                "the private sector , working alongside the itu , is best placed to decide",
                "itu",
                false,
                false,
            ),
            (
                "control: a denied judgment judges nothing",
                "the itu , with its experience , is not ill-suited to the task",
                "itu",
                false,
                false,
            ),
            (
                "control: a clause with a subject of its own judges that subject",
                "unlike the itu , with its experience , it is ill-suited to the task",
                "itu",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_passive_of_loss_or_opposition_is_suffered_by_its_subject() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the modal wills the harm, not the subject: negated, and nothing endorsed",
                "多利益攸关方 模式 应当 被 抛弃",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "and in English, with a verb of opposition",
                "the multistakeholder model must be reject",
                "multistakeholder",
                true,
                false,
            ),
            (
                "control: a modal before a passive of no harm endorses its subject",
                "the multistakeholder model must be strengthen",
                "multistakeholder",
                false,
                true,
            ),
            (
                "control: a denied harm endorses its subject",
                "the multistakeholder model must not be undermine",
                "multistakeholder",
                false,
                true,
            ),
            (
                "a denied passive of opposition endorses its subject, as a denied loss does",
                "多利益攸关方 模式 不应 被 否定",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "and in English",
                "the multistakeholder model should not be reject",
                "multistakeholder",
                false,
                true,
            ),
            (
                "control: a harm described, not willed, takes no side",
                "多利益攸关方 模式 被 削弱",
                "多利益攸关方",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn an_act_named_as_what_a_pretext_is_for_is_refused() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "abandoning, the opposition verb, is what the excuse is for: the model is defended",
                "security must not become an excuse for abandon the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "and without a particle: calling it a pretext's purpose is the refusal",
                "security is a pretext to undermine the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "an opposition verb that is no loss too",
                "security is used as an excuse to reject the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "control: only the act right after the noun is what the pretext is for",
                "security was an excuse for delay , then abandon the multistakeholder model",
                "multistakeholder",
                true,
                false,
            ),
            (
                "control: the same verb with no pretext before it opposes",
                "security requires us to abandon the multistakeholder model",
                "multistakeholder",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_act_done_alone_denies_only_that_it_suffices() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "what the subject cannot do alone, it may still do",
                "the united nations cannot solve every problem alone",
                "united",
                false,
                false,
            ),
            (
                "nor what the predicate relies on alone",
                "we should not rely on the united nations alone",
                "united",
                false,
                false,
            ),
            (
                "control: without the limit, the denial stands",
                "the united nations cannot solve every problem",
                "united",
                true,
                false,
            ),
            (
                "a limit before 'but' ends its phrase too",
                "the united nations cannot act alone but must work with others",
                "united",
                false,
                false,
            ),
            (
                "control: a limit that does not end its phrase limits nothing",
                "the united nations cannot solve problems only answerable to states",
                "united",
                true,
                false,
            ),
            (
                "control: sole control is what is refused",
                "the itu should not control the internet alone",
                "itu",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_membership_negates_nothing() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "not being a member says nothing against what one would join",
                "台湾 虽然 不是 联合国 会员国",
                "联合国",
                false,
                false,
            ),
            (
                "control: the same negation of the cue itself",
                "我们 不 支持 联合国",
                "联合国",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negated_relation_between_cues_negates_neither() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a denied belief in a relation denies the relation, not its first member",
                "我们 不 认为 政府间 机制 与 多利益相关方 模式 是 相互排斥 的",
                "政府间",
                false,
                false,
            ),
            (
                "nor its second",
                "我们 不 认为 政府间 机制 与 多利益相关方 模式 是 相互排斥 的",
                "多利益相关方",
                false,
                false,
            ),
            (
                "a rejected relation noun, its members after it",
                "we reject the false choice between state sovereignty and an open internet",
                "sovereignty",
                false,
                false,
            ),
            (
                "a denied relation noun, its members after it",
                "we see no contradiction between sovereignty and openness",
                "sovereignty",
                false,
                false,
            ),
            (
                "a relation predicate, its second member after 'with'",
                "icann is not at odds with national sovereignty",
                "sovereignty",
                false,
                false,
            ),
            (
                "and its subject",
                "icann is not at odds with national sovereignty",
                "icann",
                false,
                false,
            ),
            (
                "a denied rivalry: its subject, the second member after 'to'",
                "the oewg should not be seen as a rival to the gge",
                "oewg",
                false,
                false,
            ),
            (
                "the subject of a clause 'nor' inverts, which the modal does not endorse",
                "nor should the oewg be seen as a rival to the gge",
                "oewg",
                false,
                false,
            ),
            (
                "a Chinese rivalry, its members joined",
                "联合国 与 icann 不应 成为 竞争对手",
                "联合国",
                false,
                false,
            ),
            (
                "control: a cue that is neither the subject nor joined is no member",
                "we do not support the itu as a rival to icann",
                "itu",
                true,
                false,
            ),
            (
                "control: no joiner before the relation, so the cue is no member of it",
                "我们 不 支持 联合国 制造 冲突",
                "联合国",
                true,
                false,
            ),
            (
                "control: after the relation, a cue no opener joins to it is no member",
                "we reject this dichotomy and the itu",
                "itu",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn denying_what_a_cue_implies_or_is_limited_to_keeps_the_cue() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a denied implication of the cue's principle says nothing against it",
                "cyber sovereignty does not mean isolation",
                "cyber",
                false,
                false,
            ),
            (
                "and in Chinese",
                "网络主权 原则 并不意味着 封闭",
                "网络主权",
                false,
                false,
            ),
            (
                "two cues that are not mutually exclusive are both kept",
                "multilateralism and multistakeholderism are not mutually exclusive",
                "multilateralism",
                false,
                false,
            ),
            (
                "participation that should not merely be a formality is still wanted",
                "利益攸关方 的 参与 不应只是 形式",
                "利益攸关方",
                false,
                false,
            ),
            (
                "'not just' lists the cue with more",
                "decisions must include not just stakeholders but also regions",
                "stakeholders",
                false,
                true,
            ),
            (
                "denying that the cue is the only answer grants it is one",
                "icann 并非 互联网 治理 的 唯一 答案",
                "icann",
                false,
                false,
            ),
            (
                "control: denying that it is an answer judges it",
                "icann 并非 互联网 治理 的 答案",
                "icann",
                true,
                false,
            ),
            (
                "control: a plain denial of the same cue negates it",
                "cyber sovereignty does not apply",
                "cyber",
                true,
                false,
            ),
            (
                "after a denied implication an opposition verb is denied, and concedes the cue",
                "坚持 多边主义 不等于 排斥 多利益攸关方",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "a cue with a predicate of its own after a denied implication is the subject of \
                 what is denied, not what the denial names",
                "这 并不意味着 联合国 进程 已经 失去 意义",
                "联合国",
                false,
                false,
            ),
            (
                "and in English",
                "this does not mean that icann will disappear",
                "icann",
                false,
                false,
            ),
            (
                "control: a cue the denied implication names is negated",
                "sovereignty does not mean intergovernmental control of the internet",
                "intergovernmental",
                true,
                false,
            ),
            (
                "and a verb of loss is denied, described rather than willed: the cue is not negated",
                "reform does not mean abandon the multistakeholder model",
                "multistakeholder",
                false,
                false,
            ),
            (
                "denying that the cue is unlimited limits it and keeps it",
                "网络主权 不是 绝对 的 , 它 同样 受到 国际 人权法 的 限制",
                "网络主权",
                false,
                false,
            ),
            (
                "and in English",
                "the multistakeholder model is not a panacea",
                "multistakeholder",
                false,
                false,
            ),
            (
                "a denied uselessness concedes a use",
                "政府间 机制 并非 一无是处 , 在 打击 网络 犯罪 上 仍 有 价值",
                "政府间",
                false,
                false,
            ),
            (
                "denying that every one of a kind is alike denies nothing of the kind",
                "not all stakeholders are equal in resources",
                "stakeholders",
                false,
                false,
            ),
            (
                "nor does denying that the cue can act alone",
                "私营部门 无法 单独 应对 网络 安全 威胁",
                "私营部门",
                false,
                false,
            ),
            (
                "a denied implication with 并非",
                "网络主权 并非 意味着 封闭",
                "网络主权",
                false,
                false,
            ),
            (
                "a willed denial of hindrance endorses what it would hinder",
                "我们 不应 阻碍 私营部门 参与",
                "私营部门",
                false,
                true,
            ),
            (
                "control: a denied quality of the cue after 绝对 negates it",
                "网络主权 绝对 不 适用",
                "网络主权",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negation_supposed_or_told_of_the_past_does_not_negate_its_subject() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a negation inside a condition is supposed, not asserted",
                "倘若 联合国 不能 在 网络空间 发挥 主渠道 作用 , 治理 赤字 只会 扩大",
                "联合国",
                false,
                false,
            ),
            (
                "and in English, a question's 'if not'",
                "who , if not the united nations , should set the rules",
                "united nations",
                false,
                false,
            ),
            (
                "control: without the condition the subject is negated",
                "联合国 不能 在 网络空间 发挥 主渠道 作用",
                "联合国",
                true,
                false,
            ),
            (
                "control: a condition in the clause before leaves the next clause's negation",
                "如果 需要 , 我们 不 支持 联合国",
                "联合国",
                true,
                false,
            ),
            (
                "and so does a particle that opens the next clause",
                "如果 需要 , 不 支持 联合国",
                "联合国",
                true,
                false,
            ),
            (
                "a denied past event tells what happened to the subject",
                "the iab did not object to the proposal",
                "iab",
                false,
                false,
            ),
            (
                "so does a past 'be' before the particle",
                "the iana functions were never under the control of the itu",
                "iana",
                false,
                false,
            ),
            (
                "and a Chinese particle of the past",
                "联合国 并未 参与 此 项 谈判",
                "联合国",
                false,
                false,
            ),
            (
                "control: in the present a denied quality of the subject negates it",
                "the iab does not represent the community",
                "iab",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn what_a_denied_result_cannot_be_without_is_needed() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a clause that 没有 opens names what the next clause's denial needs",
                "没有 网络主权 , 就 没有 国家 安全",
                "网络主权",
                false,
                true,
            ),
            (
                "after a connective, and judged impossible in its own clause after 是",
                "但 没有 联合国 是 万万不能 的",
                "联合国",
                false,
                true,
            ),
            (
                "control: a denial in its own clause with no copula before it judges nothing",
                "没有 联合国 参与 不 可以",
                "联合国",
                true,
                false,
            ),
            (
                "after a condition's opener, and before a word the segmenter keeps with 难以",
                "如果 没有 联合国 的 参与 , 任何 规则 都 难以获得 认可",
                "联合国",
                false,
                true,
            ),
            (
                "and in English, before a word of hardship",
                "without civil society , it would be hard to reach consensus",
                "civil society",
                false,
                true,
            ),
            (
                "control: a next clause that denies nothing leaves the negation",
                "没有 联合国 的 参与 , 会议 照常 进行",
                "联合国",
                true,
                false,
            ),
            (
                "control: 没有 inside its clause is a particle",
                "我们 没有 邀请 联合国 , 会议 不能 开始",
                "联合国",
                true,
                false,
            ),
            (
                "control: 'without prejudice to' keeps what it names as it is",
                "without prejudic to the role of the itu , the un cannot act",
                "itu",
                false,
                false,
            ),
            (
                "control: 'without' before a clause that denies nothing",
                "without the itu , the meet went ahead",
                "itu",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_plain_denial_judges_its_subject_only_by_a_quality() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a plain denial of what the subject does describes it",
                "the itu does not publish standard",
                "itu",
                false,
                false,
            ),
            (
                "and in Chinese",
                "互联网工程任务组 并不 制定 法律",
                "互联网工程任务组",
                false,
                false,
            ),
            (
                "a denied limit says nothing against the subject",
                "sovereignty does not end at the border",
                "sovereignty",
                false,
                false,
            ),
            (
                "a quality in the next clause is another predicate's",
                "the itu does not publish standard , which is fair",
                "itu",
                false,
                false,
            ),
            (
                "control: a modal makes the denial willed",
                "the itu should not publish standard",
                "itu",
                true,
                false,
            ),
            (
                "control: so does an auxiliary of will",
                "the itu will not publish standard",
                "itu",
                true,
                false,
            ),
            (
                "control: and 'shall', which only a particle after it makes deontic",
                "the itu shall not publish standard",
                "itu",
                true,
                false,
            ),
            (
                "control: and a particle of will",
                "联合国 不会 发布 标准",
                "联合国",
                true,
                false,
            ),
            (
                "a denied quality judges the subject",
                "the itu is not the best forum",
                "itu",
                true,
                false,
            ),
            (
                "and in Chinese, several words after the particle",
                "联合国 不是 处理 技术 问题 的 合适 平台",
                "联合国",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negator_reaches_its_verb_across_a_frame_of_cause_or_pretext() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a denied opposition verb after a frame of cause concedes what follows it",
                "不能 因为 担心 碎片 化 就 否认 各国 的 管辖权",
                "管辖权",
                false,
                false,
            ),
            (
                "and after a frame of pretext",
                "任何 国家 都 不能 以 所谓 互联网 自由 为 借口 否定 他国 的 网络主权",
                "网络主权",
                false,
                false,
            ),
            (
                "a denied verb of loss after the frame endorses what it governs",
                "不能 因为 担心 碎片 化 就 放弃 多边主义",
                "多边主义",
                false,
                true,
            ),
            (
                "the negator still refuses what the frame holds",
                "不能 以 维护 网络主权 为名 侵犯 公民 的 基本 权利",
                "网络主权",
                true,
                false,
            ),
            (
                "a particle inside the frame is not what denies the verb after it",
                "不能 因为 联合国 效率 不 高 就 放弃 多边主义",
                "多边主义",
                false,
                true,
            ),
            (
                "a frame of cause may hold a comma",
                "我们 不能 因为 个别 国家 滥用 这 一 概念 , 就 否定 网络主权 本身",
                "网络主权",
                false,
                false,
            ),
            (
                "a disposal marker opens a frame of pretext",
                "不应 将 多利益攸关方 作为 借口 削弱 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "and the pretext it names is refused",
                "不应 将 多利益攸关方 作为 借口 削弱 联合国",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "control: without a frame the opposition verb is out of the negator's reach",
                "不能 指望 各国 一直 否认 各国 的 管辖权",
                "管辖权",
                true,
                false,
            ),
            (
                "control: 以 naming a means is no frame, and the replacement is refused",
                "不能 以 联合国 替代 ICANN",
                "联合国",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_disposed_object_suffers_the_denied_loss_of_the_verb_after_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "the object of 把 is what a denied exclusion would shut out",
                "开放式工作组 的 闭门 磋商 不应 把 公民社会 挡 在 门外",
                "公民社会",
                false,
                true,
            ),
            (
                "and of 将, with a cue of two words",
                "我们 不能 将 民间 社会 排除 在外",
                "民间 社会",
                false,
                true,
            ),
            (
                "so does a denied loss that does not end the predicate",
                "不能 把 国家主权 削弱 到 名存实亡 的 地步",
                "国家主权",
                false,
                true,
            ),
            (
                "control: a verb of means makes the object an instrument, which is refused",
                "不能 将 多利益攸关方 模式 用来 削弱 国家主权",
                "多利益攸关方",
                true,
                false,
            ),
            (
                "an English verb of exclusion denied endorses its object",
                "governments should not exclude civil society",
                "civil society",
                false,
                true,
            ),
            (
                "control: 将 meaning 'will' before a particle marks no object",
                "我们 将 不会 削弱 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "control: an exclusion nothing denies takes no side",
                "西方 国家 把 发展中国家 排除 在外",
                "发展中国家",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn the_author_endorses_what_it_calls_indispensable() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a predicate of the cue's role is about the cue",
                "联合国 的 作用 不可或缺",
                "联合国",
                false,
                true,
            ),
            (
                "so is an endorsing modal after the role",
                "联合国 的 作用 应当 得到 加强",
                "联合国",
                false,
                true,
            ),
            (
                "and the English possessive's role",
                "the un s role should be strengthened",
                "un",
                false,
                true,
            ),
            (
                "what one cannot do without is endorsed",
                "互联网 治理 离不开 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "a denied alternative endorses, and its negator negates nothing",
                "there is no alternative to the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "what cannot be replaced is endorsed, as a denied replacement",
                "联合国 的 作用 不可 替代",
                "联合国",
                false,
                true,
            ),
            (
                "control: a head that is no role keeps the endorsing word out of reach",
                "联合国 的 秘书处 应当 精简",
                "联合国",
                false,
                false,
            ),
            (
                "control: another actor's view is not the author's endorsement",
                "美国 认为 ICANN 的 作用 不可 替代",
                "ICANN",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_denied_modal_endorses_nothing_beyond_its_reach() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "'should not' endorses nothing in its clause, however far",
                "internet governance should not become the exclusive preserve of any intergovernmental organisation",
                "intergovernmental",
                false,
                false,
            ),
            (
                "'should not only' still endorses",
                "we should not only rely on the itu",
                "itu",
                false,
                true,
            ),
            (
                "a word of exclusion after it denies twice, and the modal's endorsement stands",
                "the future of the dns should not be decided without the technical community",
                "technical",
                false,
                true,
            ),
            (
                "a denied verb of loss after it still endorses what it would harm",
                "the itu should not be allowed to undermine the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "control: the modal alone endorses the same cue",
                "internet governance should become the preserve of an intergovernmental organisation",
                "intergovernmental",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn the_author_endorses_by_commitment_urging_and_necessity() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "应 in one word with the conjunction before it, as jieba cuts it",
                "我们 不 赞成 这样 做 , 而应 继续 发挥 技术社群 的 优势",
                "技术社群",
                false,
                true,
            ),
            (
                "standing for a principle",
                "we stand firmly for the principle of sovereignty in cyberspace",
                "sovereignty",
                false,
                true,
            ),
            (
                "a commitment the author keeps",
                "we remain committed to the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "urging others to take part",
                "we urge all member states to engage in the oewg",
                "oewg",
                false,
                true,
            ),
            (
                "calling on others",
                "we call on all states to negotiate under the united nations",
                "united",
                false,
                true,
            ),
            (
                "what the author calls essential",
                "it is essential that civil society takes part",
                "civil",
                false,
                true,
            ),
            (
                "control: a plain statement endorses nothing",
                "civil society takes part",
                "civil",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_rejected_alternative_is_negated_within_its_reach() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "what follows 'rather than' is rejected, past a particle's reach, and the \
                 clause's modal does not endorse it",
                "decisions should be made by engineers in the ietf rather than by diplomats in the general assembly",
                "general",
                true,
                false,
            ),
            (
                "control: what comes before it keeps the modal's endorsement",
                "decisions should be made by engineers in the ietf rather than by diplomats in the general assembly",
                "ietf",
                false,
                true,
            ),
            (
                "'instead of' too",
                "protocols should be developed in the ietf instead of being negotiated in the itu",
                "itu",
                true,
                false,
            ),
            (
                "而不是, past a particle's reach",
                "应 由 各方 共同 管理 , 而不是 交给 少数 几个 国家 和 联合国 来 主导",
                "联合国",
                true,
                false,
            ),
            (
                "only to its clause's end",
                "而不是 交给 少数 国家 , 应 支持 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "a verb of loss after it is a denied loss, which endorses",
                "we should strengthen icann rather than weaken the united nations",
                "united",
                false,
                true,
            ),
            (
                "farther away too: the rejection stops at the verb of loss",
                "we should strengthen icann rather than seek in any way to weaken the united nations",
                "united",
                false,
                true,
            ),
            (
                "an endorsing word after it ends the rejection: its object is what is preferred",
                "instead of the itu we support icann",
                "icann",
                false,
                true,
            ),
            (
                "control: the rejected alternative before it stays rejected",
                "instead of the itu we support icann",
                "itu",
                true,
                false,
            ),
            (
                "and 不如 endorses what it prefers",
                "与其 依赖 联合国 , 不如 依靠 多利益攸关方",
                "多利益攸关方",
                false,
                true,
            ),
            (
                "a conjunction opens a new predicate, out of the rejection",
                "states should cooperate rather than compete and the united nations should facilitate",
                "united",
                false,
                true,
            ),
            (
                "not as far as a complement of what is rejected",
                "states should act sooner rather than later to strengthen the role of the united nations",
                "united",
                false,
                true,
            ),
            (
                "nor past its reach, into a purpose clause",
                "states should act together rather than alone to strengthen the role of the united nations",
                "united",
                false,
                true,
            ),
            (
                "'and' that joins the rejected alternative's nouns does not end it",
                "standards should be set in the ietf rather than in the itu and the general assembly",
                "general",
                true,
                false,
            ),
            (
                "an idiom of degree rejects nothing",
                "we need more rather than less multilateral cooperation",
                "multilateral",
                false,
                false,
            ),
            (
                "the subject before it is not negated",
                "icann rather than the itu should coordinate the allocation of names",
                "icann",
                false,
                false,
            ),
            (
                "control: what follows it is",
                "icann rather than the itu should coordinate the allocation of names",
                "itu",
                true,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_rejected_alternative_that_opens_a_clause_rejects_all_of_it() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a clause that 'rather than' opens is the alternative, past the marker's reach",
                "rather than relying in any way on a new body at the united nations , we should strengthen the igf",
                "united",
                true,
                false,
            ),
            (
                "and after a comma, in the sentence's last clause",
                "we should strengthen the igf , rather than relying in any way on a new body at the united nations",
                "united",
                true,
                false,
            ),
            (
                "control: opening the whole sentence, only its reach, for the clause holds what is \
                 preferred too",
                "rather than create new oversight mechanisms at the itu we recommend that icann should be strengthened",
                "icann",
                false,
                true,
            ),
            (
                "a conjunction that opens a new predicate ends it",
                "decisions should be taken by consensus , rather than by a vote of the member states and the united nations should facilitate them",
                "united",
                false,
                true,
            ),
            (
                "control: not opening its clause, only its reach",
                "we should strengthen the igf rather than relying in any way on a new body at the united nations , and we should",
                "united",
                false,
                true,
            ),
            (
                "an endorsing word there is part of the alternative",
                "rather than in any way supporting a new treaty at the united nations , we should strengthen the igf",
                "united",
                true,
                false,
            ),
            (
                "a verb of loss ends it",
                "rather than letting the new treaty in any way undermine the united nations , we should reform it",
                "united",
                false,
                false,
            ),
            (
                "与其 rejects its clause, past the marker's reach",
                "与其 把 全部 希望 都 寄托 在 联合国 , 不如 加强 现有 的 论坛",
                "联合国",
                true,
                false,
            ),
            (
                "not only when it opens the clause",
                "我们 与其 把 全部 希望 都 寄托 在 联合国 , 不如 加强 现有 的 论坛",
                "联合国",
                true,
                false,
            ),
            (
                "without a comma, up to its word of preference",
                "与其 把 全部 希望 都 寄托 在 联合国 不如 加强 现有 的 论坛",
                "联合国",
                true,
                false,
            ),
            (
                "control: not past it",
                "与其 把 全部 希望 都 寄托 在 别处 不如 支持 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "and with 倒不如",
                "与其 把 全部 希望 都 寄托 在 联合国 , 倒不如 加强 现有 的 论坛",
                "联合国",
                true,
                false,
            ),
            (
                "and with 毋宁",
                "与其 把 全部 希望 都 寄托 在 联合国 , 毋宁 加强 现有 的 论坛",
                "联合国",
                true,
                false,
            ),
            (
                "near it too",
                "与其 寄望 联合国 , 不如 加强 现有 的 论坛",
                "联合国",
                true,
                false,
            ),
            (
                "control: with no word of preference after it, 与其 is a preposition and a pronoun",
                "这 与其 此前 在 联合国 的 立场 形成 反差",
                "联合国",
                false,
                false,
            ),
            (
                "control: nor with one only before it",
                "这 种 做法 不如 以往 , 这 与其 此前 在 联合国 的 立场 形成 反差",
                "联合国",
                false,
                false,
            ),
            (
                "control: what is preferred is not rejected",
                "与其 把 全部 希望 都 寄托 在 别处 , 不如 支持 联合国",
                "联合国",
                false,
                true,
            ),
            (
                "a choice between two is a relation: rejecting it says nothing against either",
                "与其 在 政府主导 与 多方参与 之间 二选一 , 不如 确定 各方 的 角色",
                "多方参与",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negation_reaches_what_it_denies_is_to_be_created_or_needed() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a negated stance reaches the object of a word of creation, past its own reach",
                "we do not support the creation of a new binding treaty",
                "treaty",
                true,
                false,
            ),
            (
                "control: without the word of creation it reaches only a few words",
                "we do not support the terms of a new binding treaty",
                "treaty",
                false,
                false,
            ),
            (
                "a particle too, through 制定",
                "我们 不 支持 制定 新 的 国际 条约",
                "国际",
                true,
                false,
            ),
            (
                "a word of need with its noun",
                "there is no need for a new intergovernmental organisation",
                "intergovernmental",
                true,
                false,
            ),
            (
                "a word of need passes the negation to a word of creation after it",
                "没有 必要 建立 新 的 多边 机构",
                "多边",
                true,
                false,
            ),
            (
                "a word of need reaches its object",
                "we do not really need the un",
                "un",
                true,
                false,
            ),
            (
                "and a word of creation after 'to'",
                "it is not really necessary to set up a new intergovernmental body",
                "intergovernmental",
                true,
                false,
            ),
            (
                "but not to another verb",
                "we do not need to consult the un or icann",
                "un",
                false,
                false,
            ),
            (
                "only as far as its reach",
                "we do not support the creation of a body answering in some way to the un",
                "un",
                false,
                false,
            ),
            (
                "a passive's agent is no object of it",
                "icann was not establish by a treaty",
                "treaty",
                false,
                false,
            ),
            (
                "nor is a complement clause",
                "the study does not establish whether the un can act",
                "un",
                false,
                false,
            ),
            (
                "control: a noun is",
                "the study does not establish a new un agency",
                "un",
                true,
                false,
            ),
            (
                "another verb ends it",
                "we will not create what must protect icann",
                "icann",
                false,
                true,
            ),
            (
                "and so does a conjunction that opens a predicate",
                "we will not negotiate a treaty and the itu should respect that",
                "itu",
                false,
                true,
            ),
            (
                "and a contrary",
                "we will not launch it but icann must reform",
                "icann",
                false,
                true,
            ),
            (
                "nor does a word of transfer pass the negation on",
                "we do not support the transfer of the iana functions",
                "iana",
                false,
                false,
            ),
            (
                "a preposition ends the object: what is refused is the review",
                "we do not support launching a review of the iana functions",
                "iana",
                false,
                false,
            ),
            (
                "and what is not needed is reform",
                "there is no need for reform of icann",
                "icann",
                false,
                false,
            ),
            (
                "a negation of its own ends it: a modal after a negated subject",
                "no country should set up a rival to icann",
                "icann",
                false,
                true,
            ),
            (
                "a noun's negator reaches a word of creation only right before it",
                "no intergovernmental treaty create the ietf",
                "ietf",
                false,
                false,
            ),
            (
                "a denial of reluctance negates nothing",
                "we will not hesitate to establish an intergovernmental body",
                "intergovernmental",
                false,
                false,
            ),
            (
                "nor one of delay, and the modal endorses",
                "we must not delay the negotiation of a binding treaty",
                "treaty",
                false,
                true,
            ),
            (
                "nor an idiom of haste, and the modal endorses",
                "we should lose no time in support the un",
                "the un",
                false,
                true,
            ),
            (
                "to negotiate a thing away is to give it up, whose denial endorses it",
                "we will not negotiate away the multistakeholder model",
                "multistakeholder",
                false,
                true,
            ),
            (
                "an affirmed creation still endorses its object",
                "we support the creation of a new treaty",
                "treaty",
                false,
                true,
            ),
            (
                "a word of need that denies itself negates what it governs",
                "国际 社会 无需 联合国 来 管理 互联网",
                "联合国",
                true,
                false,
            ),
            (
                "and passes its negation through a word of creation",
                "不必 制定 新 的 国际 条约",
                "国际",
                true,
                false,
            ),
            (
                "as a phrase too",
                "没必要 成立 新 的 多边 机构",
                "多边",
                true,
                false,
            ),
            (
                "before a noun it governs",
                "unnecessary intergovernmental oversight would harm the internet",
                "intergovernmental",
                true,
                false,
            ),
            (
                "and after its subject it is the predicate's particle",
                "a new treaty is unnecessary",
                "treaty",
                true,
                false,
            ),
            (
                "before a cue it governs nothing but its object: a preposition ends it",
                "我们 不必 在 联合国 和 ICANN 之间 作出 选择",
                "联合国",
                false,
                false,
            ),
            (
                "a new thing after a word of need: it reaches as far as a word of creation",
                "各国 无需 新 的 多边 机构",
                "多边",
                true,
                false,
            ),
            (
                "a further thing too",
                "我们 并不需要 更 多 的 多边 机构",
                "多边",
                true,
                false,
            ),
            (
                "the opener not counted",
                "we do not need a new legally binding international treaty",
                "treaty",
                true,
                false,
            ),
            (
                "control: without one, a word of need reaches only its next word, if a determiner \
                 or an adverb, not another verb's object",
                "发展中国家 无需 害怕 多边 机制",
                "多边",
                false,
                false,
            ),
            (
                "'need not' denies a need: it rejects what it governs",
                "states need not negotiate a new treaty",
                "treaty",
                true,
                false,
            ),
            (
                "and no other verb's object",
                "we need not fear the un",
                "un",
                false,
                false,
            ),
            (
                "nor the subject it is the modal of",
                "the united nations need not be reformed",
                "united nations",
                false,
                false,
            ),
            (
                "a word that denies a need rejects what it governs whatever else negates it",
                "we oppose unnecessary intergovernmental regulation",
                "intergovernmental",
                true,
                false,
            ),
            (
                "after 'be' not only at its clause's end",
                "the itu is unnecessary for the management of names and numbers",
                "itu",
                true,
                false,
            ),
            (
                "or at its clause's end",
                "新 的 国际 条约 并无必要",
                "国际",
                true,
                false,
            ),
            (
                "a particle right before it cancels it",
                "并非 无需 制定 国际 条约",
                "国际",
                false,
                false,
            ),
            (
                "after the cue too: the particle is spent on the need",
                "国际 条约 并非 毫无必要",
                "国际",
                false,
                false,
            ),
            (
                "after a verb of belief its subject is the cue before it, as a modal's is",
                "we believe a new treaty is unnecessary",
                "treaty",
                true,
                false,
            ),
            (
                "a one-word creation verb",
                "无须 另设 政府间 国际 组织",
                "政府间",
                true,
                false,
            ),
            (
                "as does a negated verb of belief lowered onto it",
                "we do not think that a new treaty is unnecessary",
                "treaty",
                false,
                false,
            ),
            (
                "the attributive 的 may stand between",
                "不必要 的 多边 监管",
                "多边",
                true,
                false,
            ),
            (
                "and the marker of an agent",
                "毫无必要 由 联合国 接管 这些 职能",
                "联合国",
                true,
                false,
            ),
            (
                "it is a predicate's particle only after 'be': here the object's modifier",
                "the itu has removed unnecessary bureaucracy",
                "itu",
                false,
                false,
            ),
            (
                "nor a subject's modal",
                "联合国 无需 改革 即可 发挥 作用",
                "联合国",
                false,
                false,
            ),
            (
                "a purpose ends its object",
                "我们 无需 新 的 规则 来 约束 国际电联",
                "国际电联",
                false,
                false,
            ),
            (
                "a negated verb of belief is lowered onto a word of need in its complement",
                "we do not believe there is a need for a new intergovernmental treaty",
                "intergovernmental",
                true,
                false,
            ),
            (
                "and through it onto a word of creation",
                "we do not think it is necessary to create a new intergovernmental body",
                "intergovernmental",
                true,
                false,
            ),
            (
                "control: no negation, no rejection",
                "we believe there is a need for a new intergovernmental treaty",
                "intergovernmental",
                false,
                false,
            ),
            (
                "a negation of the lowered need's own cancels it",
                "we do not believe there is no need for a new intergovernmental treaty",
                "intergovernmental",
                false,
                false,
            ),
            (
                "nor does 'no' before a lowered need: two negations",
                "we do not think there is no need for a new treaty",
                "treaty",
                false,
                false,
            ),
            (
                "the lowered need governs no other verb's object",
                "we do not think we need to choose between the un and icann",
                "un",
                false,
                false,
            ),
            (
                "'without' negates a word of creation right after it",
                "the dns can be managed without creating a new intergovernmental body",
                "intergovernmental",
                true,
                false,
            ),
            (
                "and a word of need",
                "this can be achieved without the need for a binding treaty",
                "treaty",
                true,
                false,
            ),
            (
                "but no cue by itself, which is needed before a clause that denies its result",
                "without the united nations , developing countries would have no voice",
                "united nations",
                false,
                true,
            ),
            (
                "nor one a word of creation does not govern",
                "nothing works without establishing trust in the united nations",
                "united nations",
                false,
                false,
            ),
            (
                "nor a word of creation more than a determiner or an adverb away",
                "states should without further delay negotiate a binding treaty",
                "treaty",
                false,
                true,
            ),
            (
                "nor in a sentence another particle negates: the thing is a condition",
                "countries cannot build trust without establishing a binding treaty",
                "treaty",
                false,
                false,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn what_an_actor_invokes_as_a_pretext_is_the_actors() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "a banner another actor flies",
                "某些国家 打着 多利益攸关方 的 旗号 , 实际上 维护 的 是 垄断",
                "多利益攸关方",
                true,
            ),
            (
                "a name another actor acts in",
                "少数国家 以 所谓 多利益相关方 为名 , 行 霸权 之实",
                "多利益相关方",
                true,
            ),
            (
                "an excuse another actor gives",
                "一些国家 以 维护 网络主权 为 借口 , 实施 管控",
                "网络主权",
                true,
            ),
            (
                "control: what the author makes of the pretext, in the next clause, is the author's",
                "某些国家 打着 互联网自由 的 旗号 干涉 内政 , 这种 做法 违背 了 联合国宪章",
                "联合国宪章",
                false,
            ),
            (
                "a pretext inside another actor's view leaves that view open",
                "美国 认为 一些国家 打着 互联网自由 的 旗号 , 实际上 反对 联合国",
                "联合国",
                true,
            ),
            (
                "control: a pretext no actor invokes",
                "不能 以 维护 网络主权 为 借口 侵犯 他国 权益",
                "网络主权",
                false,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn a_position_named_by_its_advocates_is_theirs() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "a noun before a participle of advocacy, by and an actor",
                "the multistakeholder model promot by the united states has fail",
                "multistakeholder",
                true,
            ),
            (
                "the participle opens its clause after the noun",
                "cyber sovereignty , as promot by beijing , is not a neutral legal doctrin",
                "cyber sovereignty",
                true,
            ),
            (
                "a draft an actor sponsors, the noun in the participle's clause",
                "the draft of a un treati sponsor by russia will be vote on",
                "un",
                true,
            ),
            (
                "control: after as, a participle of agreement agrees",
                "a treati , as propos by india , would help",
                "treati",
                false,
            ),
            (
                "control: the agent is no actor",
                "the multistakeholder model promot by the itu has fail",
                "multistakeholder",
                false,
            ),
            (
                "what advocates are named by is theirs",
                "advocates of cyber sovereignty tend to forget that",
                "cyber sovereignty",
                true,
            ),
            (
                "control: beyond the words an advocate noun names",
                "proponents of a more inclusive and open process , not the un , lost",
                "un",
                false,
            ),
            (
                "what comes before 的 and an advocate noun is the advocates'",
                "网络主权 的 拥护者 往往 忽视 这 一点",
                "网络主权",
                true,
            ),
            (
                "control: a cue in the clause before the advocates",
                "多利益攸关方 参与 , 网络主权 的 拥护者 往往 忽视 这 一点",
                "多利益攸关方",
                false,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn an_actor_framing_a_sentence_from_outside_its_clauses_holds_it() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "an actor in a clause of its own at the sentence's start",
                "for moscow , a legal bind treati remain the onli accept outcom",
                "treati",
                true,
            ),
            (
                "the Chinese frame around an actor",
                "对 美国 而言 , 网络主权 是 一种 威胁",
                "网络主权",
                true,
            ),
            (
                "control: the frame around the author's own voice",
                "对 中国 而言 , 网络主权 是 核心",
                "网络主权",
                false,
            ),
            (
                "control: the actor does not end its clause",
                "for moscow to accept a treati , the un must yield",
                "un",
                false,
            ),
            (
                "an attributor and its actor set off inside the sentence",
                "the itu , according to russia , should manag the internet",
                "itu",
                true,
            ),
            (
                "an attributor's actor a word after it",
                "a bind treati would , in the view of most western governments , do harm",
                "treati",
                true,
            ),
            (
                "an attributor and its actor after the clause they frame",
                "the itu should manag the internet , according to russia",
                "itu",
                true,
            ),
            (
                "the Chinese frame without a comma",
                "对于 美国 来说 网络主权 是 一种 威胁",
                "网络主权",
                true,
            ),
            (
                "control: an attributor set off with no actor",
                "sovereignty must be respect , according to the un charter , by all",
                "sovereignty",
                false,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn an_actors_words_of_view_are_its_verbs_in_english_too() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "an actor's vision of a cue",
                "beijing s vision of cyber sovereignty is a licenc for censorship",
                "cyber sovereignty",
                true,
            ),
            (
                "an actor's narrative",
                "the us narrative is that icann should remain independ",
                "icann",
                true,
            ),
            (
                "control: a purpose is no one's view (\"view\" is an actor's verb only after 's)",
                "some offer recommend with a view to improv icann s accountability",
                "icann",
                false,
            ),
            (
                "control: a vision the author shares",
                "we share beijing s vision of cyber sovereignty",
                "cyber sovereignty",
                false,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn an_actor_the_own_voice_modifies_speaks_for_itself() {
        // (why, text, cue, attributed)
        check_attributed(&[
            (
                "scholars of the author's country report a view of their own (t-zh039)",
                "我国 学者 较早 提出 , 应当 把 网络空间主权 作为 逻辑 起点",
                "网络空间主权",
                true,
            ),
            (
                "the same with the country's name",
                "中国 学者 认为 应当 尊重 网络主权",
                "网络主权",
                true,
            ),
            (
                "control: an actor joined to the own voice by a coordinator speaks with it",
                "中国 和 俄罗斯 共同 倡导 尊重 网络主权",
                "网络主权",
                false,
            ),
            (
                "control: the own voice alone",
                "中国 认为 应当 尊重 网络主权",
                "网络主权",
                false,
            ),
        ]);
    }

    #[test]
    fn an_actor_inside_a_stance_verbs_object_is_no_subject_of_the_next_clause() {
        // (why, text, cue, attributed)
        check_attributed(&[
            (
                "a clause without a subject goes on from the subject of the clause before, not \
                 from an actor inside what that subject opposes",
                "我们 反对 少数国家 的 特权 , 支持 联合国 发挥 作用",
                "联合国",
                false,
            ),
            (
                "the same inside what the subject supports",
                "我们 支持 发展中国家 的 正当 诉求 , 推动 联合国 改革",
                "联合国",
                false,
            ),
            (
                "the same inside what an opposed loss makes of something",
                "我们 反对 将 互联网 治理 变成 少数国家 的 特权 , 支持 联合国 发挥 作用",
                "联合国",
                false,
            ),
            (
                "an actor that opens the sentence stays the subject of the next clause",
                "美国 反对 少数国家 的 特权 , 支持 icann 发挥 作用",
                "icann",
                true,
            ),
            (
                "an own voice inside what another actor criticises is no subject either",
                "美国 批评 中国 的 立场 , 支持 icann 发挥 作用",
                "icann",
                true,
            ),
            (
                "two actors inside the object leave the subject before them",
                "我们 反对 美国 和 欧盟 的 做法 , 支持 联合国 发挥 作用",
                "联合国",
                false,
            ),
            (
                "the same in English",
                "we reject the position of the united states , and support a central role for the un",
                "un",
                false,
            ),
            (
                "the same inside what a verb of loss takes from someone",
                "美国 削弱 了 中国 的 影响 , 支持 icann 发挥 作用",
                "icann",
                true,
            ),
            (
                "control: a later clause with a subject of its own is that subject's",
                "我们 反对 美国 的 做法 , 但 欧盟 表示 支持 icann 发挥 作用",
                "icann",
                true,
            ),
            (
                "control: an actor that opens its clause is the subject of the clause after it",
                "我们 认为 , 美国 反对 这种 做法 , 支持 icann 发挥 作用",
                "icann",
                true,
            ),
            (
                "control: inside its own clause the actor is the subject of its verb",
                "我们 反对 美国 推行 的 多利益攸关方 模式",
                "多利益攸关方",
                true,
            ),
        ]);
    }

    #[test]
    fn bodies_outside_governments_speak_as_the_subjects_of_an_actors_verb() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "a group of civil society and its warning",
                "civil society groups have warn against a cybercrim treati",
                "treati",
                true,
            ),
            (
                "the body's own name is inside its speech",
                "the internet society has argue that bottom-up process must stay",
                "internet society",
                true,
            ),
            (
                "a body that is itself a cue speaks through a verb of saying (h-en048)",
                "icann has repeat stated that it bottom-up process is open",
                "bottom-up",
                true,
            ),
            (
                "control: through another actor's verb it is described, not quoted",
                "iana maintains registri of uniqu code",
                "iana",
                false,
            ),
            (
                "control: a passive marker before the verb makes the body its patient",
                "the internet society has been warn that the itu would take over",
                "itu",
                false,
            ),
            (
                "a government outside the state's",
                "香港特区政府 表示 , 将 继续 与 icann 保持 合作",
                "icann",
                true,
            ),
            (
                "control: a body named as an object, no verb of its own after it",
                "a tool for govern , busi and civil society groups to use in the un",
                "un",
                false,
            ),
            (
                "control: the author's own voice names the body",
                "we in the technical community believe that icann should remain",
                "icann",
                false,
            ),
            (
                "control: a body set off in a clause of its own is no verb's subject",
                "we , the technical community , believe that icann should remain",
                "icann",
                false,
            ),
            (
                "a government making clear what it will not accept",
                "the commerce department made clear that it would not accept a government-led solut",
                "government-led",
                true,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn a_view_often_argued_and_a_position_taken_are_reported() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "an agentless report of a common view",
                "it is often argued that sovereignty has no applic to a borderless network",
                "sovereignty",
                true,
            ),
            (
                "control: without the adverb, the author's academic voice",
                "it is argued that sovereignty must be respect",
                "sovereignty",
                false,
            ),
            (
                "a position another actor has taken",
                "the us has taken the position that icann should remain independ",
                "icann",
                true,
            ),
            (
                "control: the author's own position",
                "our position that icann should remain independ is clear",
                "icann",
                false,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn a_document_speaks_for_its_author_and_the_one_in_hand_for_the_author() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "a report's finding is the report's",
                "报告 指出 , 多数 企业 支持 政府主导 的 框架",
                "政府主导",
                true,
            ),
            (
                "a draft stresses what its sponsors want",
                "这份 决议 草案 强调 , 应 在 联合国 主持 下 谈判",
                "联合国",
                true,
            ),
            (
                "a verb of recognising after a document",
                "the tunis agenda recognise that policy authority is the sovereign right of states",
                "sovereign",
                true,
            ),
            (
                "a government's white paper, its verb beyond an actor's reach from the government",
                "china s white paper on international cooper in cyberspac call for govern with the un at its core",
                "un",
                true,
            ),
            (
                "a report's confirmation",
                "报告 确认 , 联合国宪章 适用 于 网络空间",
                "联合国宪章",
                true,
            ),
            (
                "a compact's reaffirmation",
                "the compact reaffirm the role of multistakeholder cooper",
                "multistakeholder",
                true,
            ),
            (
                "an auxiliary before the document's verb",
                "the declaration does call for a un treaty",
                "un",
                true,
            ),
            (
                "control: what the author says a document should do is the author's",
                "the report should call for a un role",
                "un",
                false,
            ),
            (
                "another actor's document keeps the actor's scope",
                "美国 智库 报告 指责 网络主权",
                "网络主权",
                true,
            ),
            (
                "control: the document in hand is the author's",
                "本 报告 认为 , 应当 坚持 网络主权",
                "网络主权",
                false,
            ),
            (
                "control: this report, in English",
                "this report argues that the un should lead",
                "un",
                false,
            ),
            (
                "control: a document the author's side issued",
                "中国 发布 的 白皮书 强调 , 网络主权 是 国家主权 的 延伸",
                "网络主权",
                false,
            ),
            (
                "control: a document the author endorses says what the author agrees with",
                "welcome the montevideo statement which calls for the globalis of icann",
                "icann",
                false,
            ),
            (
                "another actor's endorsement of a document is the actor's",
                "the eu welcome the montevideo statement which calls for the globalis of icann",
                "icann",
                true,
            ),
            (
                "control: a document named as an object, with no verb after it in its clause",
                "各国 落实 议程 , 推动 联合国 发挥 作用",
                "联合国",
                false,
            ),
            (
                "control: a document named as an object, the next trigger no actor's verb",
                "各国 落实 议程 并 推动 联合国 发挥 作用",
                "联合国",
                false,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn other_governments_and_reporting_verbs_attribute_and_the_authors_partner_does_not() {
        // (why, text, cue, attributed)
        let cases = [
            (
                "a word of view after an actor: the cue is seen through the actor's eyes",
                "在 美方 的 叙事 中 , 网络主权 是 威胁",
                "网络主权",
                true,
            ),
            (
                "a source after 按照, whose words of view reach past the clause",
                "按照 美国商务部 当年 的 说法 , icann 将 独立",
                "icann",
                true,
            ),
            (
                "what an actor submits is its position, past 按照 and the clause's end",
                "按照 俄罗斯 提交 的 公约 草案 , 各国 享有 完全 的 国家主权",
                "国家主权",
                true,
            ),
            (
                "control: the actor's document without its verb",
                "按照 俄罗斯 的 公约 草案 , 各国 享有 完全 的 国家主权",
                "国家主权",
                false,
            ),
            (
                "an actor after 在 is no place when a word of view closes the phrase",
                "在 美国 眼中 , icann 的 成功 证明 了 模式",
                "icann",
                true,
            ),
            (
                "the press is a voice papers report",
                "媒体 渲染 网络主权 威胁",
                "网络主权",
                true,
            ),
            (
                "a reporting verb of warning",
                "some registries warn that the itu would fragment the network",
                "itu",
                true,
            ),
            (
                "a capital for its government, with a verb of seeing",
                "moscow and its allies see the un as the only forum",
                "un",
                true,
            ),
            (
                "a government's view",
                "in the eu 's view , the gge norms suffice",
                "gge",
                true,
            ),
            (
                "a government's position, named as its own",
                "russia 's position is that the itu should manage the internet",
                "itu",
                true,
            ),
            (
                "and in Chinese, across the comma",
                "俄罗斯 的 观点 是 , 应 由 联合国 管理 互联网",
                "联合国",
                true,
            ),
            (
                "control: the author's own position is its own",
                "我们 的 立场 是 , 应 由 联合国 管理 互联网",
                "联合国",
                false,
            ),
            (
                "control: an actor whose view the author shares is an object",
                "we share the european union 's view that the gge norms suffice",
                "gge",
                false,
            ),
            (
                "control: after 的 an actor is a possessed one, not listed with the author",
                "我们 的 美国 伙伴 认为 联合国 应 发挥 作用",
                "联合国",
                true,
            ),
            (
                "control: 'with a view to' is no one's view",
                "some governments offer ideas with a view to improving icann",
                "icann",
                false,
            ),
            (
                "other countries' hope",
                "一些国家 希望 联合国 发挥 作用",
                "联合国",
                true,
            ),
            (
                "control: the author's own hope",
                "我们 希望 联合国 发挥 作用",
                "联合国",
                false,
            ),
            (
                "a union's position",
                "the european union supports the multistakeholder model",
                "multistakeholder",
                true,
            ),
            (
                "another government's proposal",
                "俄罗斯 主张 在 联合国 框架 下 谈判",
                "联合国",
                true,
            ),
            (
                "China as Taiwan commentary names it is another actor",
                "中国大陆 主张 网络主权",
                "网络主权",
                true,
            ),
            (
                "control: 中国 is the author's own side",
                "中国 主张 网络主权",
                "网络主权",
                false,
            ),
            (
                "what groups of civil society hold",
                "许多 民间团体 认为 , 多利益攸关方 模式 有效",
                "多利益攸关方",
                true,
            ),
            (
                "what many countries propose",
                "许多国家 主张 由 联合国 主导",
                "联合国",
                true,
            ),
            (
                "what scholars point out",
                "部分 学者 指出 , 自下而上 的 模式 有效",
                "自下而上",
                true,
            ),
            (
                "what delegates call for",
                "一些 发展中国家 代表 呼吁 , 由 联合国 统筹",
                "联合国",
                true,
            ),
            (
                "what some countries feel",
                "some developing countries feel that multistakeholder arrangements give them little influence",
                "multistakeholder",
                true,
            ),
            (
                "what other delegations reject (g-en011)",
                "several delegations reject the propos to transfer the iana function",
                "iana",
                true,
            ),
            (
                "control: the author's own delegation",
                "our delegation reject the propos to transfer the iana function",
                "iana",
                false,
            ),
            (
                "what an actor has stated",
                "many governments have repeatedly stated that the itu should play a role",
                "itu",
                true,
            ),
            (
                "an actor joined to the author's own side speaks with it",
                "中国 和 俄罗斯 共同 倡导 在 联合国 框架 内 制定 准则",
                "联合国",
                false,
            ),
            (
                "control: the same actor alone is another's voice",
                "俄罗斯 共同 倡导 在 联合国 框架 内 制定 准则",
                "联合国",
                true,
            ),
            (
                "but not when it heads a relative clause",
                "我们 和 美国 主张 的 多利益攸关方 模式 存在 分歧",
                "多利益攸关方",
                true,
            ),
            (
                "an actor after a preposition is no subject",
                "我们 在 与 欧盟 对话 时 多次 指出 , 网络主权 应 得到 尊重",
                "网络主权",
                false,
            ),
            (
                "nor is an actor called on, nor one listed after it",
                "我们 呼吁 欧盟 和 日本 支持 联合国",
                "联合国",
                false,
            ),
            (
                "in English too",
                "we urg the eu to support the united nations",
                "united",
                false,
            ),
            (
                "a relative clause after a preposition is still the actor's",
                "我国 与 美国 倡导 的 多利益攸关方 模式 有着 本质 区别",
                "多利益攸关方",
                true,
            ),
            (
                "an actor after a comma that follows an object is a subject again",
                "in talks with the eu , russia argues that the itu should manage the dns",
                "itu",
                true,
            ),
            (
                "a relative clause with 所 is still the actor's",
                "我们 同 美国 所 倡导 的 多利益攸关方 模式 存在 分歧",
                "多利益攸关方",
                true,
            ),
            (
                "a capital for its government",
                "北京 主张 的 网络主权 与 多边 治理 存在 差异",
                "网络主权",
                true,
            ),
            (
                "in English too",
                "beijing argues that the itu should manage the internet",
                "itu",
                true,
            ),
            (
                "a relative clause's scope ends with its clause",
                "中国 同 美国 推行 的 网络 霸权 主义 作 斗争 , 捍卫 网络主权",
                "网络主权",
                false,
            ),
            (
                "control: within the clause it is the actor's",
                "中国 同 美国 推行 的 网络主权 理念 作 斗争 , 捍卫 和平",
                "网络主权",
                true,
            ),
            (
                "a relative clause that opens its sentence is the topic of what follows, which \
                 stays the actor's",
                "美国 推行 的 所谓 战略 , 其 核心 是 反对 网络主权",
                "网络主权",
                true,
            ),
            (
                "another actor's verb after a bounded relative clause opens its own scope",
                "在 美国 推行 的 模式 下 欧盟 也 认为 , icann 应 继续 管理 根区",
                "icann",
                true,
            ),
            (
                "a relative clause after a connective still opens its clause",
                "而 美国 推行 的 所谓 战略 , 其 核心 是 反对 网络主权",
                "网络主权",
                true,
            ),
            (
                "在 with a word of view is the actor's view, not a place",
                "在 美国 看来 , 联合国 不应 介入",
                "联合国",
                true,
            ),
            (
                "an actor after 在 is a place",
                "我们 在 北京 主张 , 应 尊重 网络主权",
                "网络主权",
                false,
            ),
            (
                "control: a subject's scope still runs on",
                "美国 认为 网络 安全 重要 , 网络主权 不 适用",
                "网络主权",
                true,
            ),
            (
                "another actor's commitment is its own",
                "the united states remains committed to the multistakeholder model",
                "multistakeholder",
                true,
            ),
        ];
        check_attributed(&cases);
    }

    #[test]
    fn a_verb_of_losing_harms_its_subject() {
        // (why, text, cue, negated, endorsed)
        let cases = [
            (
                "a denied loss the subject would suffer endorses the subject",
                "un must not lose it central role",
                "un",
                false,
                true,
            ),
            (
                "and in Chinese",
                "联合国 不能 失去 其 核心 地位",
                "联合国",
                false,
                true,
            ),
            (
                "what the subject would lose is still endorsed",
                "we must not lose the multistakehold model",
                "multistakehold",
                false,
                true,
            ),
            (
                "control: the subject of another verb of loss is its agent, refused",
                "itu must not undermine icann",
                "itu",
                true,
                false,
            ),
            (
                "a willed loss the subject would suffer negates the subject",
                "itu should lose it privileg",
                "itu",
                true,
                false,
            ),
            (
                "and in Chinese",
                "国际电联 应当 丧失 其 特权",
                "国际电联",
                true,
                false,
            ),
            (
                "giving up the subject's own harms the subject",
                "icann must not give up it independ",
                "icann",
                false,
                true,
            ),
            (
                "and in Chinese",
                "联合国 不能 放弃 其 核心 地位",
                "联合国",
                false,
                true,
            ),
            (
                "with 'their'",
                "civil societi must not give up their voic",
                "civil societi",
                false,
                true,
            ),
            (
                "with 自身",
                "联合国 不能 放弃 自身 的 作用",
                "联合国",
                false,
                true,
            ),
            (
                "willed, it negates the subject",
                "icann should give up it monopoli",
                "icann",
                true,
                false,
            ),
            (
                "control: giving up another's thing leaves the subject the agent",
                "itu must not abandon the multistakehold model",
                "itu",
                true,
                false,
            ),
            (
                "control: the subject of another willed verb of loss is not harmed",
                "itu should weaken it privileg",
                "itu",
                false,
                true,
            ),
        ];
        check(&cases);
    }

    #[test]
    fn a_negation_of_sufficiency_measures_a_shortfall() {
        // (why, text, cue, negated, endorsed, criticised)
        let cases = [
            (
                "the object of a shortfall is wanted, not denied",
                "the system has not fully ensur multistakehold principl",
                "multistakehold",
                false,
                false,
                false,
            ),
            (
                "control: without the adverb the negation denies",
                "the system has not ensur multistakehold principl",
                "multistakehold",
                true,
                false,
                false,
            ),
            (
                "past 'yet' and a passive's 'been', the subject is the patient",
                "civil societi has not yet been adequately consult",
                "civil societi",
                false,
                false,
                false,
            ),
            (
                "a Chinese passive's subject likewise",
                "私营部门 没有 得到 充分 听取",
                "私营部门",
                false,
                false,
                false,
            ),
            (
                "the subject of an active shortfall is criticised, not negated",
                "icann is not yet fully representative",
                "icann",
                false,
                false,
                true,
            ),
            (
                "control: without the adverb the subject is negated",
                "icann is not representative",
                "icann",
                true,
                false,
                false,
            ),
            (
                "an adverb before a verb of loss leaves the loss denied",
                "sovereignti must not be fully undermine",
                "sovereignti",
                false,
                true,
                false,
            ),
            (
                "control: a denied adjective of sufficiency denies",
                "icann has never been adequate",
                "icann",
                true,
                false,
                false,
            ),
            (
                "a subject farther from the particle than a predicate reaches is not criticised",
                "icann as a privat bodi with global reach is not fully representative",
                "icann",
                false,
                false,
                false,
            ),
            (
                "nor is a cue that is not the subject",
                "the board of icann is not fully representative",
                "icann",
                false,
                false,
                false,
            ),
            (
                "nor the subject of a denied opposition the adverb qualifies",
                "icann doe not fully oppose itu",
                "icann",
                false,
                false,
                false,
            ),
            (
                "nor the subject of a denied loss the adverb qualifies",
                "icann doe not fully undermine itu",
                "icann",
                false,
                false,
                false,
            ),
            (
                "a loss after the shortfall's verb is not what the adverb qualifies",
                "the plan has not fully protect multistakehold principl from undermine",
                "multistakehold",
                false,
                false,
                false,
            ),
            (
                "a rejected alternative is not a shortfall",
                "multilater rather than fully multistakehold",
                "multistakehold",
                true,
                false,
                false,
            ),
        ];
        for (why, text, cue, negated, endorsed, criticised) in cases {
            let tags = tags_of(text, cue);
            assert_eq!(
                (tags.negated, tags.endorsed, tags.criticised),
                (negated, endorsed, criticised),
                "{why}: {text}"
            );
        }
    }

    /// Asserts the tags of each case: (why, text, cue, negated, endorsed).
    fn check(cases: &[(&str, &str, &str, bool, bool)]) {
        for &(why, text, cue, negated, endorsed) in cases {
            let tags = tags_of(text, cue);
            assert_eq!(
                (tags.negated, tags.endorsed),
                (negated, endorsed),
                "{why}: {text}"
            );
        }
    }

    /// Cases of (why, text, cue, attributed).
    fn check_attributed(cases: &[(&str, &str, &str, bool)]) {
        for &(why, text, cue, attributed) in cases {
            assert_eq!(tags_of(text, cue).attributed, attributed, "{why}: {text}");
        }
    }
}
