// Downloads: a chart as SVG or PNG, the scores as CSV or JSON, the whole reports and the whole
// session as JSON.
import { COLOURS, FONT, ownDrawings } from './charts.js';
import { t } from './i18n.js';

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Line height and size of the caption's text in an exported chart. */
const CAPTION_LINE = 16;
const CAPTION_SIZE = 12;

/** A canvas context that measures text as the caption draws it. */
function captionMeasure() {
  const context = document.createElement('canvas').getContext('2d');
  context.font = `${CAPTION_SIZE}px ${FONT}`;
  return context;
}

/** Punctuation that never starts a line (，。、；：！？…, closing brackets and quotes), alone. */
const NO_LINE_START = /^[\u3001\u3002\u3009\u300b\u300d\u300f\u3011\u3015\uff01\uff09\uff0c\uff1a\uff1b\uff1f\u201d\u2019\u2026]$/;

/**
 * `text` cut into lines no wider than `width` as `context` measures it: between words, and between
 * Chinese characters, which have no spaces between them; CJK punctuation stays with the character
 * before it, and a word wider than a line is cut where it reaches the edge. SVG text does not
 * wrap by itself.
 */
function wrapped(text, width, context) {
  const fits = (line) => context.measureText(line.trimEnd()).width <= width;
  const lines = [];
  let line = '';
  for (const piece of text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) ?? []) {
    if (fits(line + piece) || NO_LINE_START.test(piece.trimEnd())) {
      line += piece;
      continue;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = '';
    for (const character of piece.trimStart()) {
      if (line && !fits(line + character)) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The colours of the documents' marks, which the page's style sheet lightens in dark mode. */
const MARK_COLOURS = new Set([COLOURS.corpus, COLOURS.user]);

/**
 * Gives `copy` (a clone of the drawing `part`) the mark colours `part` shows, in its fill and
 * stroke attributes: the page's style sheet, which gives dark mode its lighter blue and orange,
 * stays behind, and the attributes' darker ones were exported on a dark background.
 */
function keepShownColours(part, copy) {
  const originals = part.querySelectorAll('[fill], [stroke]');
  const copies = copy.querySelectorAll('[fill], [stroke]');
  originals.forEach((original, at) => {
    for (const attribute of ['fill', 'stroke']) {
      // Styles are computed for the marks only: a heatmap has thousands of cells.
      if (MARK_COLOURS.has(original.getAttribute(attribute))) copies[at].setAttribute(attribute, getComputedStyle(original).getPropertyValue(attribute));
    }
  });
}

/**
 * The colour key of the page (default corpus, your documents), for a chart of documents (the map,
 * a ranking) that draws both kinds: outside the page, the colours say nothing by themselves. Each
 * kind takes the colour its marks show on the page.
 */
function colourKey(figure, parts) {
  if (!/^(map|ranking-)/.test(figure.dataset.chart)) return [];
  const markOf = (colour) => parts.map((part) => part.querySelector(`[fill="${colour}"]`)).find(Boolean);
  const kinds = [
    { mark: markOf(COLOURS.corpus), label: t('corpus') },
    { mark: markOf(COLOURS.user), label: t('yourDocuments') },
  ];
  return kinds.every(({ mark }) => mark) ? kinds.map(({ mark, label }) => ({ colour: getComputedStyle(mark).getPropertyValue('fill'), label })) : [];
}

/**
 * Where each entry of the colour key goes, in lines no wider than `width`: a dot, its label, and
 * room before the next. Returns the entries with x and line.
 */
function keyLayout(key, width, measure) {
  let x = 8;
  let line = 0;
  return key.map((entry) => {
    const entryWidth = 14 + Math.ceil(measure.measureText(entry.label).width);
    if (x > 8 && x + entryWidth > width - 8) {
      x = 8;
      line += 1;
    }
    const placed = { ...entry, x, line };
    x += entryWidth + 16;
    return placed;
  });
}

/**
 * A standalone SVG of a chart figure: its title, its reading (what a point is, which documents are
 * not placed) and the colour key when it draws both kinds of document, then every SVG of its body
 * where it sits on the page (the heatmap's colour legend beside its cells, the key-term panels
 * side by side), with explicit colours instead of the page's CSS variables, and a font list that
 * has CJK fonts, so Chinese labels survive outside the page.
 */
export function standaloneSvg(figure) {
  const body = figure.querySelector('.chart-body');
  const parts = ownDrawings(figure);
  if (!parts.length) return null;
  const styles = getComputedStyle(document.body);
  const foreground = styles.getPropertyValue('color');
  const background = styles.getPropertyValue('background-color');
  const origin = body.getBoundingClientRect();
  const boxes = parts.map((part) => part.getBoundingClientRect());
  const width = Math.ceil(Math.max(...boxes.map((box) => box.right - origin.left)));
  const measure = captionMeasure();
  const reading = wrapped(figure.querySelector(':scope > figcaption > .reading')?.textContent ?? '', width - 16, measure);
  const key = keyLayout(colourKey(figure, parts), width, measure);
  const keyLines = key.length ? key.at(-1).line + 1 : 0;
  const titleHeight = 28 + reading.length * CAPTION_LINE + (keyLines ? keyLines * CAPTION_LINE + 4 : 0) + (reading.length || keyLines ? 6 : 0);
  const height = Math.ceil(Math.max(...boxes.map((box) => box.bottom - origin.top)) + titleHeight);
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('width', width);
  svg.setAttribute('height', height);
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('style', `color: ${foreground}; font-family: ${FONT}; font-size: 12px`);
  const backdrop = document.createElementNS(svg.namespaceURI, 'rect');
  backdrop.setAttribute('width', '100%');
  backdrop.setAttribute('height', '100%');
  backdrop.setAttribute('fill', background);
  const title = document.createElementNS(svg.namespaceURI, 'text');
  title.setAttribute('x', 8);
  title.setAttribute('y', 19);
  title.setAttribute('font-weight', 'bold');
  title.setAttribute('font-size', '15');
  title.setAttribute('fill', 'currentColor');
  title.textContent = figure.querySelector(':scope > figcaption > .chart-title')?.textContent ?? '';
  svg.append(backdrop, title);
  const captionText = (x, y, content) => {
    const text = document.createElementNS(svg.namespaceURI, 'text');
    text.setAttribute('x', x);
    text.setAttribute('y', y);
    text.setAttribute('font-size', CAPTION_SIZE);
    text.setAttribute('fill', 'currentColor');
    text.textContent = content;
    svg.append(text);
  };
  reading.forEach((line, at) => captionText(8, 28 + CAPTION_LINE * (at + 1) - 4, line));
  for (const { colour, label, x, line } of key) {
    const y = 28 + CAPTION_LINE * (reading.length + 1 + line);
    const dot = document.createElementNS(svg.namespaceURI, 'circle');
    dot.setAttribute('cx', x + 5);
    dot.setAttribute('cy', y - 4);
    dot.setAttribute('r', 5);
    dot.setAttribute('fill', colour);
    svg.append(dot);
    captionText(x + 14, y, label);
  }
  parts.forEach((part, at) => {
    const copy = part.cloneNode(true);
    keepShownColours(part, copy);
    copy.setAttribute('x', boxes[at].left - origin.left);
    copy.setAttribute('y', boxes[at].top - origin.top + titleHeight);
    copy.setAttribute('width', Math.ceil(boxes[at].width));
    copy.setAttribute('height', Math.ceil(boxes[at].height));
    copy.style.setProperty('--bg', background);
    svg.append(copy);
  });
  return new XMLSerializer().serializeToString(svg);
}

export const svgBlob = (figure) => new Blob([standaloneSvg(figure)], { type: 'image/svg+xml' });

/** The SVG drawn at twice its size onto a canvas; the fonts are the machine's, CJK included. */
export async function pngBlob(figure) {
  const source = standaloneSvg(figure);
  const url = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** One row per document and dimension. */
export function scoreRows(docs, dimensions) {
  return docs.flatMap((doc) =>
    dimensions.map((dimension) => {
      const score = doc.report?.dimensions?.[dimension.id] ?? {};
      // The command line's columns (`stance analyze --format csv`) in its order, with the
      // page's title and source for its id.
      return {
        document: doc.title,
        path: doc.path,
        source: doc.source,
        dimension: dimension.id,
        status: score.status ?? 'not_analysed',
        score: score.score ?? null,
        ci_low: score.ci?.[0] ?? null,
        ci_high: score.ci?.[1] ?? null,
        hits: score.hits ?? null,
        salience: score.salience ?? null,
        attributed_hits: score.attributed?.hits ?? null,
      };
    }),
  );
}

const csvCell = (value) => {
  const text = value === null ? '' : String(value);
  // Quote always; a leading =, +, - or @ is prefixed so spreadsheets don't run it as a formula.
  return `"${(/^[=+\-@]/.test(text) && Number.isNaN(Number(text)) ? `'${text}` : text).replaceAll('"', '""')}"`;
};

export function scoresCsv(rows) {
  const headers = Object.keys(rows[0] ?? { document: '' });
  const lines = [headers.join(','), ...rows.map((row) => headers.map((key) => csvCell(row[key])).join(','))];
  // The BOM makes spreadsheet programs read the Chinese titles as UTF-8.
  return new Blob([`\uFEFF${lines.join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' });
}

export const scoresJson = (docs, dimensions) =>
  new Blob([JSON.stringify({ dimensions: dimensions.map((d) => d.id), scores: scoreRows(docs, dimensions) }, null, 2)], { type: 'application/json' });

/**
 * The engine's whole report on each document (evidence sentences, every hit with its tags and
 * span, key terms) and the comparison, in the shape `stance analyze --format json` writes, so a
 * researcher's scripts read either; each document also carries the page's title (the reader's,
 * in place of the one an HTML file gives itself) and source.
 */
export const reportsJson = (docs, comparison) =>
  new Blob([JSON.stringify({ documents: docs.filter((doc) => doc.report).map((doc) => ({ ...doc.report, title: doc.title, source: doc.source })), comparison }, null, 2)], { type: 'application/json' });

export const SESSION_FORMAT = 'stance-session';

function toBase64(buffer) {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** What is wrong with a session file, as an i18n key and its values, for the reader's language. */
export class SessionProblem extends Error {
  constructor(key, values = {}) {
    super(key);
    this.key = key;
    this.values = values;
  }
}

function fromBase64(text, title) {
  let binary;
  try {
    binary = atob(text);
  } catch {
    throw new SessionProblem('sessionDamagedDocument', { title });
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The reader's documents (as their original bytes) and dimension files, plus view settings. */
export function sessionBlob({ documents, dimensionFiles, settings }) {
  const session = {
    format: SESSION_FORMAT,
    version: 1,
    documents: documents.map(({ title, path, hidden, bytes }) => ({ title, path, hidden, bytes: toBase64(bytes) })),
    dimensionFiles,
    settings,
  };
  return new Blob([JSON.stringify(session)], { type: 'application/json' });
}

/**
 * Parses a session file; throws a SessionProblem when it is not one or is damaged. The parser's
 * own message is not passed on: for a binary file it quotes the binary.
 */
export function parseSession(text) {
  let session;
  try {
    session = JSON.parse(text);
  } catch {
    throw new SessionProblem('sessionNotJson');
  }
  if (session?.format !== SESSION_FORMAT || !Array.isArray(session.documents)) throw new SessionProblem('sessionNotStance');
  return {
    documents: session.documents.map(({ title, path, hidden, bytes } = {}, index) => {
      const name = String(title ?? path ?? index + 1);
      if (typeof bytes !== 'string') throw new SessionProblem('sessionDamagedDocument', { title: name });
      return { title: name, path: String(path ?? `${name}.txt`), hidden: Boolean(hidden), bytes: fromBase64(bytes, name) };
    }),
    dimensionFiles: Array.isArray(session.dimensionFiles)
      ? session.dimensionFiles.map(({ name, json } = {}, index) => {
          const file = String(name ?? index + 1);
          if (typeof json !== 'string') throw new SessionProblem('sessionDamagedDimension', { name: file });
          return { name: file, json };
        })
      : [],
    settings: session.settings ?? {},
  };
}
