// Per-document evidence: the sentences behind a score with their cue words highlighted, the
// contribution of each cue word, and (on request) what the text pipeline removed. This is the one
// module that reads the model's and the pipeline's report fields; the shapes assumed (all
// optional, each missing part is shown as "not available"):
//   report.dimensions[id].evidence      {negative: [Sentence], positive: [Sentence]}
//       Sentence = {span: [start, end], hits: [{term, span: [start, end], tags: [..]}]}
//   report.dimensions[id].contributions [{term, contribution}] (signed) or {term: contribution}
//   report.dimensions[id].salience      cue weight per 1,000 characters
//   report.text.removals                [{kind, span: [start, end], excerpt}]
//   report.sourceText                   the analysed text (set by worker.js); spans are UTF-16
//                                       offsets into it.
import * as Plot from '@observablehq/plot';
import { chartFigure, COLOURS, dataTable, FONT, hitCount, notAvailable } from './charts.js';
import { dimensionNames, t } from './i18n.js';

const TAGS = ['negated', 'attributed', 'criticised', 'endorsed'];

export function evidenceView(doc, dimensions, width) {
  const section = document.createElement('div');
  section.className = 'evidence';
  for (const dimension of dimensions) {
    const score = doc.report?.dimensions?.[dimension.id];
    const names = dimensionNames(dimension);
    const heading = document.createElement('h4');
    heading.textContent = names.title;
    section.append(heading, summary(score), sentences(doc, score), contributions(score, names, dimension, width));
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
    line.textContent = `${position} · ${t('labelled', { label: t('hits'), text: hitCount(score.hits) })}${salience}`;
  }
  return line;
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
  return list;
}

function sentences(doc, score) {
  const text = doc.report?.sourceText;
  const evidence = score?.evidence;
  if (!evidence || typeof text !== 'string') return notAvailable(t('labelled', { label: t('evidenceSentences'), text: t('notAvailable') }));
  const list = document.createElement('ol');
  list.className = 'sentences';
  for (const pole of ['negative', 'positive']) {
    for (const sentence of evidence[pole] ?? []) {
      const item = document.createElement('li');
      item.className = `pole-${pole}`;
      item.append(...highlighted(text, sentence));
      list.append(item);
    }
  }
  return list.childElementCount ? list : notAvailable();
}

/** Text nodes and <mark> elements for one sentence; user text only ever becomes text nodes. */
function highlighted(text, { span: [start, end], hits = [] }) {
  const parts = [];
  let at = start;
  for (const hit of [...hits].sort((a, b) => a.span[0] - b.span[0])) {
    const [from, to] = hit.span;
    if (from < at || to > end) continue;
    parts.push(document.createTextNode(text.slice(at, from)));
    const mark = document.createElement('mark');
    const tags = (hit.tags ?? []).filter((tag) => TAGS.includes(tag));
    mark.className = ['hit', ...tags].join(' ');
    mark.textContent = text.slice(from, to);
    if (tags.length) mark.title = tags.join(', ');
    parts.push(mark);
    at = to;
  }
  parts.push(document.createTextNode(text.slice(at, end)));
  return parts;
}

function contributions(score, names, dimension, width) {
  const given = score?.contributions;
  const rows = Array.isArray(given)
    ? given.map(({ term, contribution }) => ({ term, contribution }))
    : Object.entries(given ?? {}).map(([term, contribution]) => ({ term, contribution }));
  const valid = rows.filter((row) => typeof row.contribution === 'number');
  if (!valid.length) return notAvailable(t('labelled', { label: t('contributionsTitle'), text: t('notAvailable') }));
  valid.sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution));
  const top = valid.slice(0, 15);
  const chart = Plot.plot({
    width: Math.min(width, 640),
    height: 50 + top.length * 26,
    marginLeft: 130,
    style: { fontFamily: FONT, fontSize: '12px' },
    x: { label: `← ${names.left}    ${names.right} →`, labelAnchor: 'center', grid: true },
    y: { domain: top.map((row) => row.term), label: null },
    marks: [
      Plot.barX(top, { y: 'term', x: 'contribution', fill: (d) => (d.contribution < 0 ? COLOURS.negative : COLOURS.positive) }),
      Plot.ruleX([0]),
    ],
  });
  return chartFigure({
    id: `contributions-${dimension.id}`,
    title: t('contributionsTitle'),
    reading: t('contributionsReading', names),
    chart,
    table: dataTable([t('term'), t('score')], top.map((row) => [row.term, row.contribution.toFixed(3)])),
  });
}

function removals(doc) {
  const details = document.createElement('details');
  details.className = 'removals';
  const summary = document.createElement('summary');
  summary.textContent = t('removedText');
  details.append(summary);
  const removed = doc.report?.text?.removals;
  if (!Array.isArray(removed)) details.append(notAvailable());
  else if (!removed.length) details.append(notAvailable(t('noRemovals')));
  else details.append(dataTable(['kind', 'text'], removed.map(({ kind, excerpt }) => [String(kind), String(excerpt ?? '')])));
  return details;
}
