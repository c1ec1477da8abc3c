// The charts, drawn with Observable Plot as SVG. Each comes in a <figure> with a title, a one-line
// reading, the chart, and the same numbers as a table. Colours are Okabe–Ito (colour-blind safe).
import * as Plot from '@observablehq/plot';
import { dimensionNames, t } from './i18n.js';

export const FONT = 'system-ui, "Noto Sans CJK SC", "Noto Sans CJK TC", "PingFang SC", "Microsoft YaHei", sans-serif';
// The poles have colours of their own: in the corpus's blue and the reader's vermilion, a bar of
// the evidence read as a document of one kind or the other.
export const COLOURS = { corpus: '#0072B2', user: '#D55E00', negative: '#009E73', positive: '#CC79A7' };
const fmt = (value) => (value === null || value === undefined ? '—' : value.toFixed(2));
const interval = (ci) => (ci ? `[${fmt(ci[0])}, ${fmt(ci[1])}]` : '—');

/**
 * About how wide `text` is in pixels at the charts' 12px font: Plot lays text out without measuring
 * it, so tick labels and map labels are fitted by this estimate (CJK characters are a full em, and
 * so are the ellipsis and arrows in the fonts the page falls back to).
 */
const WIDE_SYMBOLS = new Set(['…', '←', '→']);
const characterWidth = (ch) => (ch.codePointAt(0) >= 0x2e80 || WIDE_SYMBOLS.has(ch) ? 12 : 7);
const textWidth = (text) => [...text].reduce((sum, ch) => sum + characterWidth(ch), 0) + 6;

/** `text`, cut and ended with … so that it is at most `pixels` wide (but never less than one character and …). */
export function fitText(text, pixels) {
  if (textWidth(text) <= pixels) return text;
  const characters = [...text];
  let width = textWidth('…');
  let kept = 0;
  while (kept < characters.length && width + characterWidth(characters[kept]) <= pixels) width += characterWidth(characters[kept++]);
  return `${characters.slice(0, Math.max(1, kept)).join('')}…`;
}

/** A left margin wide enough for the longest of these tick labels (and the tick itself). */
export const labelMargin = (labels) => Math.max(40, ...labels.map(textWidth)) + 10;

/** Room below the x ticks for the axis title: Plot's default let Chinese titles cover the numbers. */
export const AXIS_TITLE = { marginBottom: 44, labelOffset: 36 };

/**
 * The poles of an axis `pixels` long, each at its own end (`← left` where the axis starts,
 * `right →` where it ends), as text marks: Plot's axis has one title, which centred both names
 * and cut them on a phone ("← stat…"). `axis` is 'x' (below the frame) or 'y' (left of it,
 * reading upwards, where → points up). A name longer than half the axis reaches into the margin
 * beyond its end, by up to `spare` pixels ([before the start, after the end]); a short name leaves
 * the rest of the room to the long one, and a dimension file's pole names, which can be
 * sentences, are cut to fit.
 */
export function poleMarks({ left, right }, axis, pixels, [spareBefore, spareAfter] = [0, 0]) {
  const half = (pixels - 12) / 2;
  const arrow = textWidth('← ') - textWidth('');
  const [leftNeed, rightNeed] = [textWidth(left), textWidth(right)].map((width) => width + arrow);
  // What each name may take inside the frame: its half, and what the other leaves of its own.
  const leftInside = half + Math.max(0, half - rightNeed);
  const rightInside = half + Math.max(0, half - leftNeed);
  const leftLabel = `← ${fitText(left, leftInside + spareBefore - arrow)}`;
  const rightLabel = `${fitText(right, rightInside + spareAfter - arrow)} →`;
  const outward = (label, inside, spare) => Math.min(spare, Math.max(0, textWidth(label) - inside));
  const along = axis === 'x' ? { dy: AXIS_TITLE.marginBottom - 3, lineAnchor: 'bottom' } : { dx: -52, rotate: -90 };
  // Named (the property Plot's own axis marks set) so that a screen reader, and the tests, tell
  // them from the other texts; not "x-axis …", which would stand in for Plot's axis and hide it.
  const pole = (text, frameAnchor, textAnchor, dx) =>
    Object.assign(Plot.text([text], { text: (d) => d, frameAnchor, textAnchor, fill: 'currentColor', ...along, ...dx }), { ariaLabel: `${axis} pole` });
  return axis === 'x'
    ? [
        pole(leftLabel, 'bottom-left', 'start', { dx: -outward(leftLabel, leftInside, spareBefore) }),
        pole(rightLabel, 'bottom-right', 'end', { dx: outward(rightLabel, rightInside, spareAfter) }),
      ]
    : [pole(leftLabel, 'bottom-left', 'start'), pole(rightLabel, 'top-left', 'end')];
}

/** A chart figure's own drawings: its top-level SVGs, not a nested chart's nor a legend's symbols. */
export const ownDrawings = (figure) => [...figure.querySelectorAll('.chart-body svg')].filter((svg) => svg.closest('figure.chart') === figure && !svg.parentElement.closest('svg'));

/** A figure with caption, reading, chart and table; `id` names it for export, embed and links. */
export function chartFigure({ id, title, reading, chart, table, dimension, headingLevel = 3 }) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.id = `chart-${id}`;
  figure.dataset.chart = id;
  if (dimension) figure.dataset.dimension = dimension;
  const caption = document.createElement('figcaption');
  const heading = document.createElement(`h${headingLevel}`);
  heading.className = 'chart-title';
  heading.textContent = title;
  caption.append(heading);
  if (reading) {
    const line = document.createElement('p');
    line.className = 'reading';
    line.textContent = reading;
    caption.append(line);
  }
  const body = document.createElement('div');
  body.className = 'chart-body';
  body.append(chart);

  figure.append(caption, body);
  // Each drawing is one image to assistive technology, named by its title (a panel or a legend by
  // its own), rather than a walk through every tick; the numbers are in the table below it.
  for (const svg of ownDrawings(figure)) {
    svg.setAttribute('role', 'img');
    if (!svg.hasAttribute('aria-label')) svg.setAttribute('aria-label', title);
  }
  if (table) {
    const details = document.createElement('details');
    details.className = 'table';
    details.dataset.key = 'table';
    const summary = document.createElement('summary');
    summary.textContent = t('showTable');
    details.append(summary, table);
    figure.append(details);
  }
  return figure;
}

/** A plain table from column headers and rows of cell values (always inserted as text). */
export function dataTable(headers, rows) {
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  for (const header of headers) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = header;
    head.append(th);
  }
  const body = table.createTBody();
  for (const cells of rows) {
    const row = body.insertRow();
    cells.forEach((cell, index) => {
      const element = index === 0 ? document.createElement('th') : document.createElement('td');
      if (index === 0) element.scope = 'row';
      element.textContent = cell;
      row.append(element);
    });
  }
  return table;
}

export function notAvailable(message = t('notAvailable')) {
  const note = document.createElement('p');
  note.className = 'not-available';
  note.textContent = message;
  return note;
}

const scoreOf = (doc, dimension) => doc.report?.dimensions?.[dimension.id] ?? null;

/** The whole scale of a dimension: its two poles. */
const FULL_SCALE = [-1, 1];
// A fitted axis spans at least this much, so that a single document does not fill it; one that
// would span nearly the whole scale shows the whole scale.
const MIN_FITTED_SPAN = 0.4;
const MAX_FITTED_SPAN = 1.6;

/**
 * The part of a dimension's scale the charts show: by default fitted to the documents' scores and
 * the ends of their intervals, in tenths, so that documents which all lean one way (the default
 * corpus sits near −0.9 on both axes) are told apart; the whole scale when `full` is asked for,
 * when nothing is scored, or when the documents nearly span it. `zoomed` says the poles are out of view.
 */
export function scaleOf(docs, dimension, full = false) {
  const ends = docs.flatMap((doc) => {
    const scored = scoreOf(doc, dimension);
    return scored?.score != null ? [scored.score, ...(scored.ci ?? [])] : [];
  });
  if (full || !ends.length) return { domain: FULL_SCALE, zoomed: false };
  let [low, high] = [Math.min(...ends), Math.max(...ends)];
  const pad = Math.max(0.05, (high - low) * 0.08);
  [low, high] = [low - pad, high + pad];
  const short = MIN_FITTED_SPAN - (high - low);
  if (short > 0) [low, high] = [low - short / 2, high + short / 2];
  // Kept inside the scale by moving, not cutting, so that the span stays.
  if (low < -1) [low, high] = [-1, high - 1 - low];
  if (high > 1) [low, high] = [low - (high - 1), 1];
  // Tenths, outwards; the small tolerance keeps −0.9 from flooring to −1.0 by rounding error.
  const domain = [Math.max(-1, Math.floor(low * 10 + 1e-9) / 10), Math.min(1, Math.ceil(high * 10 - 1e-9) / 10)];
  if (domain[1] - domain[0] >= MAX_FITTED_SPAN) return { domain: FULL_SCALE, zoomed: false };
  return { domain, zoomed: domain[0] > -1 || domain[1] < 1 };
}

const tenths = (value) => value.toFixed(1).replace('-', '−');
const span = ([low, high]) => t('range', { low: tenths(low), high: tenths(high) });
/** A rule at 0 where 0 is in view: outside a fitted domain Plot would draw it beyond the frame. */
const zeroRule = (rule, [low, high]) => (low < 0 && high > 0 ? [rule([0], { stroke: 'currentColor', strokeOpacity: 0.35 })] : []);

/**
 * Both dimensions at once: x and y are positions, whiskers are the 90% intervals. `fullScale`
 * shows each axis from pole to pole rather than fitted to the documents (`scaleOf`).
 */
export function positionMap(docs, [dx, dy], width, fullScale = false) {
  const nx = dimensionNames(dx);
  const ny = dimensionNames(dy);
  const placed = [];
  const unplaced = [];
  for (const doc of docs) {
    const sx = scoreOf(doc, dx);
    const sy = scoreOf(doc, dy);
    if (sx?.score != null && sy?.score != null) placed.push({ doc, x: sx.score, y: sy.score, xci: sx.ci, yci: sy.ci });
    else unplaced.push(doc);
  }
  const size = Math.min(width, 640);
  const height = Math.round(size * 0.8);
  const margins = { marginTop: 20, marginRight: 24, marginBottom: AXIS_TITLE.marginBottom, marginLeft: 64 };
  // A long file name would run off the map; the full title is in the dot's tooltip and the table.
  for (const point of placed) point.label = fitText(point.doc.title, Math.min(240, size * 0.45));
  // Fitted to the placed documents only: one scored on a single dimension is not on the map.
  const placedDocs = placed.map((point) => point.doc);
  const [xScale, yScale] = [scaleOf(placedDocs, dx, fullScale), scaleOf(placedDocs, dy, fullScale)];
  placeLabels(placed, size, height, margins, [xScale.domain, yScale.domain]);
  const labelled = placed.filter((point) => point.labelled);
  const halo = { stroke: 'var(--bg, white)', paintOrder: 'stroke' };
  const chart = Plot.plot({
    width: size,
    height,
    ...margins,
    style: { fontFamily: FONT, fontSize: '12px' },
    x: { domain: xScale.domain, grid: true, label: null },
    y: { domain: yScale.domain, grid: true, label: null },
    marks: [
      ...poleMarks(nx, 'x', size - margins.marginLeft - margins.marginRight, [margins.marginLeft - 4, margins.marginRight - 4]),
      ...poleMarks(ny, 'y', height - margins.marginTop - margins.marginBottom),
      ...zeroRule(Plot.ruleX, xScale.domain),
      ...zeroRule(Plot.ruleY, yScale.domain),
      // Labels sit clear of their own dot's whiskers; the halo hides the grid behind them, and every
      // whisker is drawn over the labels, so no interval is ever hidden by another document's name.
      Plot.text(labelled, { x: 'labelX', y: 'labelY', text: 'label', textAnchor: 'start', fill: 'currentColor', strokeWidth: 4, ...halo }),
      Plot.ruleY(placed, { y: 'y', x1: (d) => d.xci[0], x2: (d) => d.xci[1], stroke: (d) => COLOURS[d.doc.source], strokeOpacity: 0.6, strokeWidth: 1.5 }),
      Plot.ruleX(placed, { x: 'x', y1: (d) => d.yci[0], y2: (d) => d.yci[1], stroke: (d) => COLOURS[d.doc.source], strokeOpacity: 0.6, strokeWidth: 1.5 }),
      Plot.link(labelled.filter((d) => d.moved), { x1: 'x', y1: 'y', x2: 'linkX', y2: 'labelY', stroke: 'currentColor', strokeOpacity: 0.5 }),
      Plot.dot(placed, {
        x: 'x',
        y: 'y',
        r: 5,
        fill: (d) => COLOURS[d.doc.source],
        stroke: 'var(--bg, white)',
        title: (d) => `${d.doc.title}\n${nx.title}: ${fmt(d.x)} ${interval(d.xci)}\n${ny.title}: ${fmt(d.y)} ${interval(d.yci)}`,
      }),
    ],
  });
  const reading = [
    t('mapReading', { leftX: nx.left, rightX: nx.right, leftY: ny.left, rightY: ny.right }),
    ...(xScale.zoomed || yScale.zoomed ? [t('mapZoomed', { x: span(xScale.domain), y: span(yScale.domain) })] : []),
    ...(unplaced.length ? [t('mapUnplaced', { names: unplaced.map((doc) => doc.title).join(', ') })] : []),
  ].join(t('sentenceGap'));
  const table = dataTable(
    [t('document'), `${nx.title}`, t('interval'), `${ny.title}`, t('interval')],
    docs.map((doc) => [doc.title, fmt(scoreOf(doc, dx)?.score), interval(scoreOf(doc, dx)?.ci), fmt(scoreOf(doc, dy)?.score), interval(scoreOf(doc, dy)?.ci)]),
  );
  return chartFigure({ id: 'map', title: t('mapTitle'), reading, chart, table });
}

// Plot does not move overlapping labels apart (its dodge transforms place dots, not text), so this
// does, in pixels, greedily from the lowest point up: each label takes the first place, nearest its
// dot first, that stays inside the plot (off the axes' numbers) and covers no other label or dot.
// The places are just above or below the dot's level (never on its horizontal whisker), right of
// the dot or left of it, then one label height further out, up to MAX_LABEL_STEPS. A place that
// also keeps OTHER_DOT_CLEARANCE from every other document's dot is taken first where there is one:
// a label right beside another dot reads as that dot's, whatever line joins it to its own. A label
// with no place is left out (the dot's tooltip and the table still name it); one away from its dot
// is joined to it by a line. Sets labelX, labelY, linkX (data units; labelX is the label's start),
// labelled and moved on each point. Pixels are counted from the middle of the frame, upwards.
const LABEL_HEIGHT = 15;
const LABEL_GAP = 10;
const MAX_LABEL_STEPS = 6;
const OTHER_DOT_CLEARANCE = 16;

function placeLabels(points, width, height, { marginTop, marginRight, marginBottom, marginLeft }, [xDomain, yDomain]) {
  const xPixels = (width - marginLeft - marginRight) / 2;
  const yPixels = (height - marginTop - marginBottom) / 2;
  // From a domain's value to pixels from the middle and back.
  const axis = ([low, high], pixels) => ({ to: (value) => ((value - (low + high) / 2) / (high - low)) * 2 * pixels, from: (at) => (low + high) / 2 + (at / pixels) * ((high - low) / 2) });
  const [xAxis, yAxis] = [axis(xDomain, xPixels), axis(yDomain, yPixels)];
  const inside = (x, y, w) => x >= -xPixels - 2 && x + w <= xPixels + marginRight - 2 && y >= -yPixels + LABEL_HEIGHT / 2 && y <= yPixels + marginTop / 2 - LABEL_HEIGHT / 2;
  const dots = points.map((point) => ({ point, x: xAxis.to(point.x), y: yAxis.to(point.y) }));
  const labels = [];
  const clear = (x, y, w) =>
    !labels.some((other) => x < other.x + other.w && other.x < x + w && Math.abs(other.y - y) < LABEL_HEIGHT) &&
    !dots.some((dot) => Math.abs(dot.y - y) < LABEL_HEIGHT / 2 + 5 && dot.x + 6 > x && dot.x - 6 < x + w);
  // From a dot's centre to the nearest edge of a label's box.
  const gap = (dot, x, y, w) => Math.hypot(Math.max(x - dot.x, 0, dot.x - x - w), Math.max(Math.abs(dot.y - y) - LABEL_HEIGHT / 2, 0));
  for (const dot of [...dots].sort((a, b) => a.point.y - b.point.y || a.point.x - b.point.x)) {
    const { point } = dot;
    const apart = (x, y, w) => dots.every((other) => other === dot || gap(other, x, y, w) >= OTHER_DOT_CLEARANCE);
    const w = textWidth(point.label);
    const places = [];
    for (let step = 0; step <= Math.min(points.length, MAX_LABEL_STEPS); step++) {
      for (const x of [dot.x + 8, dot.x - 8 - w]) {
        for (const y of [dot.y + LABEL_GAP + step * LABEL_HEIGHT, dot.y - LABEL_GAP - step * LABEL_HEIGHT]) places.push({ x, y });
      }
    }
    const open = places.filter(({ x, y }) => inside(x, y, w) && clear(x, y, w));
    const place = open.find(({ x, y }) => apart(x, y, w)) ?? open[0];
    point.labelled = place !== undefined;
    if (!place) continue;
    const { x, y } = place;
    labels.push({ x, y, w });
    point.labelX = xAxis.from(x);
    point.labelY = yAxis.from(y);
    point.linkX = xAxis.from(x < dot.x ? x + w : x);
    point.moved = Math.abs(y - dot.y) > LABEL_GAP + 1;
  }
}

/** One dimension: documents ranked by position, dot and whisker, on the scale `scaleOf` gives. */
export function ranking(docs, dimension, width, fullScale = false) {
  const names = dimensionNames(dimension);
  const scale = scaleOf(docs, dimension, fullScale);
  const rows = docs.map((doc) => ({ doc, ...(scoreOf(doc, dimension) ?? { score: null, ci: null, hits: 0 }) }));
  rows.sort((a, b) => (a.score ?? Infinity) - (b.score ?? Infinity));
  const scored = rows.filter((row) => row.score !== null);
  const unscored = rows.filter((row) => row.score === null);
  const titles = new Map(rows.map((row) => [row.doc.id, fitText(row.doc.title, Math.min(220, width * 0.4))]));
  const marginLeft = labelMargin([...titles.values()]);
  const chart = Plot.plot({
    width,
    height: 54 + rows.length * 30,
    marginLeft,
    marginRight: 24,
    marginBottom: AXIS_TITLE.marginBottom,
    style: { fontFamily: FONT, fontSize: '12px' },
    x: { domain: scale.domain, grid: true, label: null },
    y: { domain: rows.map((row) => row.doc.id), label: null, tickFormat: (id) => titles.get(id) },
    marks: [
      ...poleMarks(names, 'x', width - marginLeft - 24, [marginLeft - 4, 20]),
      ...zeroRule(Plot.ruleX, scale.domain),
      Plot.ruleY(scored, { y: (d) => d.doc.id, x1: (d) => d.ci[0], x2: (d) => d.ci[1], stroke: (d) => COLOURS[d.doc.source], strokeWidth: 2 }),
      Plot.dot(scored, { y: (d) => d.doc.id, x: 'score', r: 5, fill: (d) => COLOURS[d.doc.source], title: (d) => `${d.doc.title}: ${fmt(d.score)} ${interval(d.ci)}` }),
      Plot.text(unscored, { y: (d) => d.doc.id, x: (scale.domain[0] + scale.domain[1]) / 2, text: () => t('insufficient'), fill: 'currentColor', fillOpacity: 0.65 }),
    ],
  });
  const table = dataTable(
    [t('document'), t('score'), t('interval'), t('hits'), t('status')],
    rows.map((row) => [row.doc.title, fmt(row.score), interval(row.ci), String(row.hits), row.score === null ? t('insufficient') : 'ok']),
  );
  return chartFigure({
    id: `ranking-${dimension.id}`,
    dimension: dimension.id,
    title: t('rankingTitle', { dimension: names.title }),
    reading: [t('rankingReading', names), ...(scale.zoomed ? [t('rankingZoomed', { x: span(scale.domain) })] : [])].join(t('sentenceGap')),
    chart,
    table,
  });
}

/**
 * Document × document distances from the engine's comparison (`comparison.ids` orders the rows
 * and columns of `comparison.distances`), over the dimensions two documents are both scored on.
 * A pair that shares fewer than `dimensions` is marked (0.00 between two documents scored on one
 * dimension of two read as "the same position"), and a pair that shares none has no distance.
 */
export function heatmap(docs, comparison, dimensions, width) {
  // Its cells grow with the square of the documents: at 300 they were most of the page's
  // elements, and drawing them froze it for seconds.
  if (docs.length > MAX_HEATMAP_DOCUMENTS) {
    const note = notAvailable(t('tooManyForHeatmap', { limit: MAX_HEATMAP_DOCUMENTS, count: docs.length }));
    return chartFigure({ id: 'heatmap', title: t('heatmapTitle'), reading: t('heatmapReading'), chart: note });
  }
  const pairOf = distanceLookup(comparison);
  const pairs = [];
  for (const a of docs) {
    for (const b of docs) {
      const { distance, shared } = pairOf(a, b);
      pairs.push({ a, b, distance, partial: shared > 0 && shared < dimensions.length });
    }
  }
  // "0.00*": a distance over some of the dimensions only; "—": none in common.
  const label = (pair) => (pair.distance === null ? '—' : `${fmt(pair.distance)}${pair.partial ? '*' : ''}`);
  const partly = pairs.some((pair) => pair.partial);
  const narrow = width < 560;
  // Turned 40°, column labels this wide stay inside the bottom margin.
  const labels = new Map(docs.map((doc) => [doc.id, fitText(doc.title, narrow ? 80 : 160)]));
  const size = Math.min(width, 120 + docs.length * (narrow ? 40 : 70));
  const marginLeft = labelMargin([...labels.values()]);
  // With many documents a cell is narrower than its number, and the numbers ran into each other
  // (30 documents on a desktop: 22 px cells for "0.00*"); then the cells keep only their colour,
  // and their tooltips and the table give the numbers.
  const cellWidth = (size - marginLeft - HEATMAP_MARGIN_RIGHT) / docs.length;
  const numbersFit = cellWidth >= textWidth('0.00*') - 6;
  // Column labels turned 40° stand a cell's width × sin 40° apart, less than a line of text once
  // cells are narrow, and they overlapped; upright, they stand a whole cell apart.
  const upright = cellWidth * Math.sin((40 * Math.PI) / 180) < LABEL_HEIGHT;
  // Upright, the column labels need below what the same labels need on the left.
  const columnLabels = { tickRotate: upright ? -90 : -40, marginBottom: upright ? marginLeft : narrow ? 90 : 130 };
  const chart = Plot.plot({
    width: size,
    height: Math.min(size, 100 + docs.length * 44),
    marginLeft,
    marginRight: HEATMAP_MARGIN_RIGHT,
    marginBottom: columnLabels.marginBottom,
    style: { fontFamily: FONT, fontSize: '12px' },
    x: { domain: docs.map((doc) => doc.id), tickFormat: (id) => labels.get(id), tickRotate: columnLabels.tickRotate, label: null },
    y: { domain: docs.map((doc) => doc.id), tickFormat: (id) => labels.get(id), label: null },
    // The full range, 0 (one place) to 2 (opposite poles), so that the colours mean the same
    // for every set of documents; a square-root scale, so that the small distances within one
    // camp still show.
    color: { type: 'sqrt', scheme: 'blues', domain: [0, 2], label: t('distance'), legend: true },
    marks: [
      Plot.cell(pairs, { x: (d) => d.a.id, y: (d) => d.b.id, fill: (d) => d.distance ?? undefined, inset: 0.5, title: (d) => `${d.a.title} ↔ ${d.b.title}: ${label(d)}` }),
      ...(numbersFit ? [Plot.text(pairs, { x: (d) => d.a.id, y: (d) => d.b.id, text: label, fill: (d) => (d.distance > 0.5 ? 'white' : 'black'), fontSize: 11 })] : []),
    ],
  });
  // Plot puts the colour legend first, as an SVG of its own.
  chart.querySelector('svg')?.setAttribute('aria-label', t('distance'));
  const table = dataTable(
    [t('document'), ...docs.map((doc) => doc.title)],
    docs.map((a, row) => [a.title, ...docs.map((b, column) => label(pairs[row * docs.length + column]))]),
  );
  const reading = [t('heatmapReading'), ...(numbersFit ? [] : [t('heatmapNumbersInTable')]), ...(partly ? [t('heatmapPartial')] : [])].join(t('sentenceGap'));
  return chartFigure({ id: 'heatmap', title: t('heatmapTitle'), reading, chart, table });
}

const MAX_HEATMAP_DOCUMENTS = 60;
const HEATMAP_MARGIN_RIGHT = 20;

/**
 * The distance of two documents and how many dimensions it is over, by their indices in
 * `comparison.ids`; null and 0 where either is missing.
 */
function distanceLookup(comparison) {
  const index = new Map((comparison?.ids ?? []).map((id, at) => [id, at]));
  return (a, b) => {
    const row = index.get(a.id);
    const column = index.get(b.id);
    if (row === undefined || column === undefined) return { distance: null, shared: 0 };
    return { distance: comparison.distances[row][column], shared: comparison.shared_dimensions[row][column] };
  };
}

/**
 * Key terms per document (`comparison.keyness`: {docId: [{term, written, count, elsewhere,
 * log_likelihood}]}). A term is counted by its matching form (Simplified, English stemmed) and
 * shown as the document writes it most; the table lists every form it counts.
 */
export function keyness(docs, comparison, width) {
  // A document with no over-used term gets no panel rather than an empty one.
  const keyed = docs.filter((doc) => comparison?.keyness?.[doc.id]?.length > 0);
  if (!keyed.length) {
    const why = docs.length < 2 ? notAvailable(t('keynessNeedsTwo')) : comparison ? notAvailable(t('keynessNone')) : notAvailable();
    return chartFigure({ id: 'keyness', title: t('keynessTitle'), reading: t('keynessReading'), chart: why });
  }
  const rows = keyed.flatMap((doc) =>
    comparison.keyness[doc.id].slice(0, 8).map(({ term, written, count, elsewhere, log_likelihood }) => {
      // Reports saved before `written` existed show the matching form.
      const forms = written?.length ? written : [term];
      return { doc: doc.title, term, label: forms[0], forms, count, elsewhere, score: log_likelihood };
    }),
  );
  // Small multiples, one per document with its own terms: facets would share one term axis.
  const panelWidth = width < 560 ? width : Math.floor(width / 2) - 12;
  const chart = document.createElement('div');
  chart.className = 'small-multiples';
  for (const doc of keyed) {
    const own = rows.filter((row) => row.doc === doc.title);
    const terms = new Map(own.map((row) => [row.term, fitText(row.label, panelWidth * 0.4)]));
    const marginLeft = labelMargin([...terms.values()]);
    // The document's name is drawn inside the SVG, not as Plot's HTML title, so that the panel
    // exports whole and adds no heading to the page's outline.
    const panel = Plot.plot({
      width: panelWidth,
      height: 76 + own.length * 22,
      marginLeft,
      marginTop: 30,
      marginBottom: AXIS_TITLE.marginBottom,
      ariaLabel: t('labelled', { label: t('keynessTitle'), text: doc.title }),
      style: { fontFamily: FONT, fontSize: '12px' },
      y: { domain: own.map((row) => row.term), label: null, tickFormat: (term) => terms.get(term) },
      x: { label: 'G²', labelAnchor: 'center', labelOffset: AXIS_TITLE.labelOffset, grid: true },
      marks: [
        Plot.barX(own, { y: 'term', x: 'score', fill: COLOURS.corpus }),
        Plot.ruleX([0]),
        // Bold text runs about a tenth wider than the estimate.
        Plot.text([fitText(doc.title, (panelWidth - 4) * 0.9)], { frameAnchor: 'top-left', dx: 2 - marginLeft, dy: -22, text: (title) => title, textAnchor: 'start', fontWeight: 'bold', fill: 'currentColor' }),
      ],
    });
    chart.append(panel);
  }
  const table = dataTable(
    [t('document'), t('term'), t('writtenAs'), t('timesHere'), t('timesElsewhere'), 'G²'],
    rows.map((row) => [row.doc, row.label, row.forms.join(', '), String(row.count), String(row.elsewhere), fmt(row.score)]),
  );
  return chartFigure({ id: 'keyness', title: t('keynessTitle'), reading: t('keynessReading'), chart, table });
}
