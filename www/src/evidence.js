// Per-document evidence: the sentences behind a score with their cue words highlighted, the
// contribution of each cue word, and (on request) what the text pipeline removed. The report
// fields it reads are documented in data/dimensions/README.md; all spans are UTF-16 offsets into
// the analysed text, so they index JavaScript strings directly:
//   report.dimensions[id].evidence      {negative: [Sentence], positive: [Sentence]}
//       Sentence = {sentence, span: [start, end], text, left_out: [[start, end]], weight}
//   report.dimensions[id].other_voices  [Sentence] holding attributed, negated or criticised hits
//   report.dimensions[id].{own,attributed,negated,criticised}_hits
//       [{term, tags: {negated, attributed, criticised, endorsed}, sentences: [i], spans: [[start, end]]}]
//       the hits of one term with the same tags, each hit's sentence and span in parallel arrays
//   report.dimensions[id].contributions [{term, written, pole, hits, contribution}] (signed;
//       written: the cue's forms as the document writes them)
//   report.dimensions[id].salience      cue hits per 1,000 characters
//   report.text.removals                [{kind, excerpt, spans: [[start, end]]}] per removed text
//   report.authors                      the actors the heading names as authors ("united states")
import * as Plot from '@observablehq/plot';
import { AXIS_TITLE, chartFigure, COLOURS, dataTable, fitText, FONT, labelMargin, notAvailable, poleMarks } from './charts.js';
import { dimensionNames, t } from './i18n.js';

const TAGS = ['negated', 'attributed', 'criticised', 'endorsed'];
const HIT_LISTS = ['own_hits', 'attributed_hits', 'negated_hits', 'criticised_hits'];

export function evidenceView(doc, dimensions, width) {
  const section = document.createElement('div');
  section.className = 'evidence';
  const authors = doc.report?.authors;
  if (Array.isArray(authors) && authors.length) {
    const line = document.createElement('p');
    line.className = 'evidence-author';
    const names = authors.map((author) => named('author', author)).join(t('listJoin'));
    const read = t(authors.length === 1 ? 'readAsAuthor' : 'readAsAuthors', { authors: names });
    // Without a named author 中国 is the author's own voice; the engine reads it as another actor
    // in a document China did not write, and a reader of its Chinese sentences should know why.
    const chinaElsewhere = !authors.includes('china') && doc.report.text?.languages?.zh > 0;
    line.textContent = chinaElsewhere ? `${read}${t('sentenceGap')}${t('chinaNotAuthor')}` : read;
    section.append(line);
  }
  for (const dimension of dimensions) {
    const score = doc.report?.dimensions?.[dimension.id];
    const names = dimensionNames(dimension);
    const heading = document.createElement('h4');
    heading.textContent = names.title;
    section.append(heading, summary(score), sentences(score), otherVoices(score, dimension), contributions(score, names, dimension, width));
  }
  section.append(removals(doc));
  const figure = chartFigure({
    id: 'evidence',
    title: t('evidenceTitle', { document: doc.title }),
    reading: t('evidenceReading'),
    chart: section,
  });
  figure.querySelector('figcaption').after(legend());
  return figure;
}

function summary(score) {
  const line = document.createElement('p');
  line.className = 'evidence-summary';
  if (!score) line.textContent = t('notAvailable');
  else {
    const position = score.score === null ? t('insufficient') : `${t('score')} ${score.score.toFixed(2)}, ${t('interval')} [${score.ci.map((v) => v.toFixed(2)).join(', ')}]`;
    const salience = typeof score.salience === 'number' ? ` · ${score.salience.toFixed(1)} / 1000` : '';
    line.textContent = `${position} · ${t('labelled', { label: t('hits'), text: score.hits })}${salience}${widthReason(score)}`;
  }
  return line;
}

/** Interval width from which the summary says why an interval is wide, when few sentences are why. */
const WIDE_INTERVAL = 0.5;
/** Sentences a score may rest on and still be called few. */
const FEW_SENTENCES = 5;

/**
 * Why an interval is wide, when few sentences are why: the bootstrap draws sentences, and a score
 * that rests on a few has an interval reaching far (001's UN score on two sentences reached 0.00,
 * unexplained). An interval wide over many sentences is wide because they disagree, which the
 * sentences listed show.
 */
function widthReason(score) {
  if (score.score === null || !score.ci || score.ci[1] - score.ci[0] < WIDE_INTERVAL) return '';
  // The sentences of the hits that count in the score (the evidence quotes only the top few).
  const counting = HIT_LISTS.flatMap((list) => score[list] ?? []).filter((group) => group.contribution !== 0);
  const count = new Set(counting.flatMap((group) => group.sentences)).size;
  if (count > FEW_SENTENCES) return '';
  return ` · ${t(count === 1 ? 'wideIntervalOne' : 'wideInterval', { count })}`;
}

function legend() {
  const list = document.createElement('p');
  list.className = 'legend';
  for (const [tag, key] of [['cue', 'legendCue'], ['negated', 'legendNegated'], ['attributed', 'legendAttributed'], ['criticised', 'legendCriticised']]) {
    const mark = document.createElement('mark');
    mark.className = `hit ${tag}`;
    mark.textContent = t(key);
    list.append(mark, ' ');
  }
  // The bar beside each sentence says which pole it weighs for.
  for (const pole of ['negative', 'positive']) {
    const key = document.createElement('span');
    key.className = `pole-key pole-${pole}`;
    key.textContent = t(pole === 'negative' ? 'legendLeftPole' : 'legendRightPole');
    list.append(key, ' ');
  }
  return list;
}

function sentences(score) {
  const evidence = score?.evidence;
  if (!evidence) return notAvailable(t('labelled', { label: t('evidenceSentences'), text: t('notAvailable') }));
  // A sentence that weighs on both poles ("ICANN should remain independent of the ITU") is one
  // item with both bars, not two.
  const items = new Map();
  for (const pole of ['negative', 'positive']) {
    for (const sentence of evidence[pole] ?? []) {
      const known = items.get(sentence.sentence);
      if (known) known.className += ` pole-${pole}`;
      else items.set(sentence.sentence, { sentence, className: `pole-${pole}` });
    }
  }
  const list = sentenceList(score, [...items.values()]);
  return list.childElementCount ? list : notAvailable(t('noEvidence'));
}

/** The account the document gives of positions that are not its own, listed apart. */
function otherVoices(score, dimension) {
  const voices = score?.other_voices ?? [];
  const details = document.createElement('details');
  details.className = 'other-voices';
  details.dataset.key = `other-voices-${dimension.id}`;
  const summary = document.createElement('summary');
  summary.textContent = voices.length ? t('otherVoices', { count: voices.length }) : t('otherVoicesNone');
  details.append(summary, voices.length ? sentenceList(score, voices.map((sentence) => ({ sentence, className: 'other-voice' }))) : notAvailable(t('noOtherVoices')));
  return details;
}

function sentenceList(score, items) {
  const hits = hitsIn(score, new Set(items.map(({ sentence }) => sentence.sentence)));
  const list = document.createElement('ol');
  list.className = 'sentences';
  for (const { sentence, className } of items) {
    const item = document.createElement('li');
    item.className = className;
    item.append(...highlighted(sentence, hits.get(sentence.sentence) ?? []));
    list.append(item);
  }
  return list;
}

/** The hits of the listed sentences, as {span, tags} by sentence index, from the hit groups. */
function hitsIn(score, sentences) {
  const bySentence = new Map();
  for (const group of HIT_LISTS.flatMap((list) => score[list] ?? [])) {
    (group.sentences ?? []).forEach((sentence, at) => {
      if (!sentences.has(sentence)) return;
      if (!bySentence.has(sentence)) bySentence.set(sentence, []);
      bySentence.get(sentence).push({ span: group.spans[at], tags: group.tags });
    });
  }
  return bySentence;
}

/**
 * Text nodes and <mark> elements for one sentence; user text only ever becomes text nodes. What
 * the analysis cut out of it (footnote markers such as `<sup>①</sup>` and `[3]`, a Markdown link's
 * address) is left out here too, and so are the line breaks of hard-wrapped Chinese (below).
 */
function highlighted({ span: [start], text, left_out: leftOut = [] }, hits) {
  const visible = (from, to) => {
    let shown = '';
    let at = from;
    for (const [cutStart, cutEnd] of leftOut.map(([a, b]) => [a - start, b - start])) {
      if (cutEnd <= at || cutStart >= to) continue;
      shown += text.slice(at, cutStart);
      at = cutEnd;
    }
    return shown + text.slice(at, Math.max(at, to));
  };
  // The sentence in pieces: plain text, and each hit with its tags.
  const pieces = [];
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.span[0] - b.span[0])) {
    const [from, to] = [hit.span[0] - start, hit.span[1] - start];
    if (from < at || to > text.length) continue;
    pieces.push({ text: visible(at, from) }, { text: text.slice(from, to), tags: TAGS.filter((tag) => hit.tags?.[tag]) });
    at = to;
  }
  pieces.push({ text: visible(at, text.length) });
  return pieces.map(({ text: shown, tags }, index) => {
    // Two UTF-16 units: a whole code point either side.
    const before = pieces[index - 1]?.text.slice(-2) ?? '';
    const after = pieces[index + 1]?.text.slice(0, 2) ?? '';
    const unwrapped = withoutWrapsInChinese(shown, before, after);
    if (!tags) return document.createTextNode(unwrapped);
    const mark = document.createElement('mark');
    mark.className = ['hit', ...tags].join(' ');
    mark.textContent = unwrapped;
    if (tags.length) mark.title = tags.map((tag) => t(`legend${tag[0].toUpperCase()}${tag.slice(1)}`)).join(', ');
    return mark;
  });
}

const HAN = /\p{sc=Han}/u;
const CHINESE_TEXT = /[\p{sc=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·]/u;

/**
 * `text` without the line breaks that fall inside Chinese (`before` and `after` are the text
 * around it): the page shows a line break as a space, which split words of hard-wrapped text
 * ("尊 重"). One side must be a hanzi, so that English around quotes keeps its spaces. Browsers do
 * not drop these breaks, though CSS Text 3 says they may.
 */
function withoutWrapsInChinese(text, before, after) {
  return text.replace(/[ \t\r]*\n[ \t\r\n]*/g, (gap, offset) => {
    // By code point: a hanzi beyond the BMP is two UTF-16 units.
    const previous = [...(text.slice(Math.max(0, offset - 2), offset) || before)].at(-1) ?? '';
    const next = [...(text.slice(offset + gap.length, offset + gap.length + 2) || after)][0] ?? '';
    const chinese = CHINESE_TEXT.test(previous) && CHINESE_TEXT.test(next) && (HAN.test(previous) || HAN.test(next));
    return chinese ? '' : gap;
  });
}

function contributions(score, names, dimension, width) {
  const valid = (score?.contributions ?? []).filter((row) => row.contribution !== 0);
  if (!valid.length) return notAvailable(t('labelled', { label: t('contributionsTitle'), text: t('noEvidence') }));
  valid.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const top = valid.slice(0, 15);
  const size = Math.min(width, 640);
  // A bar is labelled as the document writes its cue (國家主權, "multilateral"); reports saved
  // before `written` existed give the cue itself.
  const written = (row) => (row.written?.length ? row.written.join(' / ') : row.term);
  const terms = new Map(top.map((row) => [row.term, fitText(written(row), size * 0.45)]));
  const marginLeft = labelMargin([...terms.values()]);
  const chart = Plot.plot({
    width: size,
    height: 64 + top.length * 26,
    marginLeft,
    marginRight: 20,
    marginBottom: AXIS_TITLE.marginBottom,
    style: { fontFamily: FONT, fontSize: '12px' },
    x: { label: null, grid: true },
    y: { domain: top.map((row) => row.term), label: null, tickFormat: (term) => terms.get(term) },
    marks: [
      ...poleMarks(names, 'x', size - marginLeft - 20, [marginLeft - 4, 16]),
      Plot.barX(top, { y: 'term', x: 'contribution', fill: (d) => (d.contribution < 0 ? COLOURS.negative : COLOURS.positive) }),
      Plot.ruleX([0]),
    ],
  });
  // Under the evidence's h3 and the dimension's h4; the dimension is named again for exports.
  return chartFigure({
    id: `contributions-${dimension.id}`,
    headingLevel: 5,
    title: t('labelled', { label: t('contributionsTitle'), text: names.title }),
    reading: t('contributionsReading', names),
    chart,
    table: dataTable([t('term'), t('writtenAs'), t('hits'), t('contribution')], top.map((row) => [row.term, written(row), String(row.hits), row.contribution.toFixed(3)])),
  });
}

function removals(doc) {
  const details = document.createElement('details');
  details.className = 'removals';
  details.dataset.key = 'removals';
  const summary = document.createElement('summary');
  summary.textContent = t('removedText');
  details.append(summary);
  const removed = doc.report?.text?.removals;
  if (!Array.isArray(removed)) details.append(notAvailable());
  else if (!removed.length) details.append(notAvailable(t('noRemovals')));
  else {
    // Built the first time it is opened: a long PDF extraction has hundreds of removed texts (263
    // for the 5 MB bench text, removed 10,684 times), which a closed list would build on every draw.
    details.addEventListener('toggle', () => {
      if (details.open && !details.querySelector('table')) {
        details.append(dataTable([t('removedKind'), t('removedTimes'), t('removedExcerpt')], removed.map(({ kind, excerpt, spans }) => [named('removed', kind), String(spans?.length ?? ''), String(excerpt ?? '')])));
      }
    });
  }
  return details;
}

/**
 * An engine code (a removal kind, an author) in the reader's language, under `group:code` in the
 * strings; a code the page has no name for shows as itself.
 */
function named(group, code) {
  const key = `${group}:${code}`;
  const name = t(key);
  return name === key ? String(code) : name;
}
