// The page: keeps the list of documents and dimensions, has the worker analyse them, and draws
// the charts. Everything a user loads is inserted as text (textContent), never as HTML.
import { analyseAll, Cancelled, compareReports, dimensionText, EngineBroken, setDimensionFiles, startEngine } from './engine-client.js';
import { chartFigure, heatmap, keyness, notAvailable, ownDrawings, positionMap, ranking } from './charts.js';
import { evidenceView } from './evidence.js';
import { download, parseSession, pngBlob, reportsJson, scoresCsv, scoreRows, scoresJson, sessionBlob, SessionProblem, svgBlob } from './exports.js';
import { embeddedChart, embedSnippets, embedTheme, holdTheme, madeWithLink, pageLink, readView, reportHeight, writeView } from './embed.js';
import { droppedFiles, FileProblem, isReadable, MAX_MEGABYTES, pickedFiles, readFile, textDocument } from './files.js';
import { applyStaticText, currentLanguage, dimensionNames, engineMessage, setLanguage, t } from './i18n.js';
import { OFFLINE, loadCorpusFiles } from './platform.js';
import * as store from './store.js';

const $ = (id) => document.getElementById(id);
const embed = embeddedChart();
const view = readView();

const state = {
  corpus: [],
  user: [],
  dimensions: [],
  dimensionFiles: [],
  plotted: null,
  hideCorpus: false,
  // The map's and rankings' axes from pole to pole rather than fitted to the documents.
  fullScale: view.fullScale,
  selected: view.doc,
  comparison: null,
  batch: null,
};

const allDocs = () => [...state.corpus, ...state.user];
const visibleDocs = () => [...(state.hideCorpus ? [] : state.corpus), ...state.user.filter((doc) => !doc.hidden)].filter((doc) => doc.report);
/**
 * The dimensions a link or session asks to plot, of those this page has; null (all of them) when
 * it names none of them, so that a stale link never leaves the page without a chart.
 */
function plottedFrom(ids) {
  if (!ids) return null;
  const known = ids.filter((id) => state.dimensions.some((dimension) => dimension.id === id));
  const unknown = ids.filter((id) => id && !known.includes(id));
  if (unknown.length) reportProblem(() => t(known.length ? 'unknownDimensions' : 'unknownDimensionsAll', { ids: unknown.join(', ') }));
  return known.length ? new Set(known) : null;
}

const plottedDimensions = () => state.dimensions.filter((dimension) => state.plotted?.has(dimension.id) ?? true);

// ---- status, progress and problems

// The status line is kept as a string key and values, so it can be redrawn in another language.
let lastStatus = ['loadingEngine', {}, false];
function setStatus(key, vars = {}, isError = false) {
  lastStatus = [key, vars, isError];
  $('status').textContent = t(key, vars);
  $('status').classList.toggle('error', isError);
  // Undo answers the removal the status reports, and goes with it.
  $('undo-remove').hidden = key !== 'removed';
}

// Each listed problem keeps its wording, a function, so a change of language re-words it.
const problemWordings = new WeakMap();

/**
 * Lists a problem; `wording` gives its text in the interface language. The same problem listed
 * before moves to the end instead of being listed twice (re-analysing every document, as a new
 * dimension file does, finds the same documents without cue words).
 */
function reportProblem(wording) {
  if (embed) return setStatus('plain', { text: wording }, true);
  const worded = wording();
  for (const listed of document.querySelectorAll('#problems li span')) if (listed.textContent === worded) listed.parentElement.remove();
  const item = document.createElement('li');
  const text = document.createElement('span');
  text.textContent = worded;
  problemWordings.set(text, wording);
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', t('close'));
  dismiss.addEventListener('click', () => item.remove());
  item.append(text, dismiss);
  $('problems').append(item);
}

/** Dismiss all, shown with two problems or more: a folder's bad files listed a screenful. */
function wireProblemList() {
  const list = $('problems');
  const button = $('dismiss-problems');
  new MutationObserver(() => {
    button.hidden = list.children.length < 2;
  }).observe(list, { childList: true });
  button.addEventListener('click', () => list.replaceChildren());
}

function rewordProblems() {
  for (const text of document.querySelectorAll('#problems li span')) text.textContent = problemWordings.get(text)();
}

/** An error about the file `name` in the interface language; the engine's own name the file. */
const fileError = (error, name) => (error.details ? engineMessage(error) : t('fileProblem', { name, problem: engineMessage(error) }));

// ---- analysis

// aria-busy on the charts tells assistive technology (and the tests) that results are coming.
let busy = 0;
async function whileBusy(work) {
  $('charts').setAttribute('aria-busy', String(++busy > 0));
  try {
    return await work;
  } finally {
    $('charts').setAttribute('aria-busy', String(--busy > 0));
  }
}

let queue = Promise.resolve();

/** Analyses documents in the worker, one batch at a time, with progress and cancel. */
/** `problems`: how many of the files behind `docs` the page itself could not read. */
function analyse(docs, problems = 0) {
  const batch = queue.then(() => {
    // Documents left unscored by a cancelled batch join the next one.
    const left = allDocs().filter((doc) => !doc.report && !docs.includes(doc));
    return runBatch([...docs, ...left], problems);
  });
  // The caller hears of a failed batch; the batches after it still run.
  queue = batch.catch(() => {});
  return whileBusy(batch);
}

/** An error of the engine itself (it could not load, or its worker stopped), not of a document. */
const isEngineDown = (error) => ['engineNotLoaded', 'workerStopped'].includes(error?.key);

async function runBatch(docs, pageProblems) {
  if (!docs.length) return;
  const controller = new AbortController();
  state.batch = controller;
  const progress = $('progress');
  progress.hidden = false;
  progress.max = docs.length;
  progress.value = 0;
  $('cancel').hidden = embed !== null;
  setStatus('analysing', { done: 0, total: docs.length });
  const problems = [];
  let engineDown = null;
  // Long batches redraw the charts as they go, at most once a second.
  let drawn = Date.now();
  try {
    await analyseAll(docs, {
      signal: controller.signal,
      onProgress: (done, total) => {
        progress.value = done;
        setStatus('analysing', { done, total });
        if (Date.now() - drawn > 1000 && done < total) {
          drawn = Date.now();
          render();
        }
      },
      onResult: (doc, report, error) => {
        doc.report = report;
        // No document is at fault when the engine cannot run: each stays stored, unscored.
        if (isEngineDown(error)) engineDown = error;
        else if (error) {
          // The engine's own messages name the file; a trap has no words of its own.
          problems.push(error instanceof EngineBroken ? () => t('fileProblem', { name: doc.path, problem: t('engineBroken') }) : () => fileError(error, doc.path));
          // A file the engine cannot read is not kept: the message says why.
          if (doc.source === 'user') forgetDocument(doc);
        }
        else {
          if (doc.titledByName && report.title) takeOwnTitle(doc, report.title);
          if (Object.values(report.dimensions).every((score) => score.score === null && score.hits === 0)) {
            problems.push(() => t('fileProblem', { name: doc.path, problem: t('noRelevant') }));
          }
        }
      },
    });
    const count = allDocs().filter((doc) => doc.report).length;
    const problemCount = problems.length + pageProblems;
    if (engineDown) setStatus('failed', { message: () => engineMessage(engineDown) }, true);
    else setStatus(problemCount ? 'analysedWithProblems' : 'analysed', { count, problems: problemCount });
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
    // Documents a cancelled batch left unscored are not charted; say so, and when they will be.
    const count = visibleDocs().filter((doc) => doc.report).length;
    const left = allDocs().filter((doc) => !doc.report).length;
    if (engineDown) setStatus('failed', { message: () => engineMessage(engineDown) }, true);
    else setStatus(left ? 'cancelledWithLeft' : 'cancelled', { count, left });
  } finally {
    progress.hidden = true;
    $('cancel').hidden = true;
    state.batch = null;
  }
  problems.forEach(reportProblem);
  await refreshComparison();
  render();
}

async function refreshComparison() {
  try {
    const reports = visibleDocs().map((doc) => doc.report).filter(Boolean);
    state.comparison = await compareReports(reports, plottedDimensions().map((dimension) => dimension.id));
  } catch {
    state.comparison = null;
  }
}

// ---- charts

const chartWidth = () => Math.max(300, Math.floor($('chart-area').clientWidth || 760));

// Export buttons for figures that hold a chart; Embed for the charts an embed can show.
function decorate(figure) {
  if (embed) return figure;
  for (const nested of figure.querySelectorAll('figure.chart')) decorate(nested);
  const hasDrawing = ownDrawings(figure).length > 0;
  // Embeds point at the served page; the offline file has no address to point at. They load no
  // dimension file of the reader's, so a chart of one is not offered.
  const shown = figure.dataset.dimension ? [figure.dataset.dimension] : plottedDimensions().map((dimension) => dimension.id);
  const embeddable = !OFFLINE && /^(map|ranking-|heatmap)/.test(figure.dataset.chart) &&
    !state.dimensions.some((dimension) => dimension.fromFile && shown.includes(dimension.id));
  if (!hasDrawing) return figure;
  const tools = document.createElement('div');
  tools.className = 'chart-tools';
  // Every chart has the same buttons: their names say which chart they act on.
  const title = figure.querySelector(':scope > figcaption > .chart-title').textContent;
  const button = (label, action, name) => {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = label;
    element.setAttribute('aria-label', t('labelled', { label, text: title }));
    element.dataset.action = name;
    element.addEventListener('click', () => {
      rememberView(figure.dataset.chart);
      action();
    });
    tools.append(element);
  };
  const name = `stance-${figure.dataset.chart}`;
  button('SVG', () => download(`${name}.svg`, svgBlob(figure)), 'svg');
  button('PNG', async () => download(`${name}.png`, await pngBlob(figure)), 'png');
  if (embeddable) button(t('embed'), () => openEmbedDialog(figure.dataset.chart), 'embed');
  figure.querySelector('figcaption').append(tools);
  return figure;
}

function charts(docs, dimensions, width) {
  const figures = [];
  if (dimensions.length >= 2) figures.push(positionMap(docs, dimensions.slice(0, 2), width, state.fullScale));
  else figures.push(chartFigure({ id: 'map', title: t('mapTitle'), chart: notAvailable(t('mapNeedsTwo')) }));
  for (const dimension of dimensions) figures.push(ranking(docs, dimension, width, state.fullScale));
  if (docs.length >= 2 && dimensions.length) figures.push(heatmap(docs, state.comparison, dimensions, width));
  figures.push(keyness(docs, state.comparison, width));
  return figures;
}

function render() {
  if (embed) return renderEmbed();
  const restore = keepFocusAndOpenSections();
  renderDocumentList();
  renderDimensionList();
  const docs = visibleDocs();
  const dimensions = plottedDimensions();
  // Every document hidden (the corpus, and none of one's own shown): empty axes said nothing.
  const nothingShown = !docs.length && allDocs().some((doc) => doc.report);
  if (nothingShown) $('chart-area').replaceChildren(notAvailable(t('nothingShown')));
  else $('chart-area').replaceChildren(...charts(docs, dimensions, chartWidth()).map(decorate));
  renderEvidence(docs, dimensions, nothingShown);
  restore();
}

/**
 * A redraw replaces the lists and charts. This notes where the keyboard focus was and which
 * sections (tables, cue lists) were open, and returns what puts them back: the same control by
 * its name, else the one now at its place (after a Remove, the next document's), so a keyboard
 * user is not sent back to the top of the page.
 */
function keepFocusAndOpenSections() {
  const focusable = (root) => [...root.querySelectorAll('button, input, select, summary, a[href], textarea')];
  const name = (element) => `${element.getAttribute('aria-label') ?? element.textContent}|${element.dataset.action ?? ''}`;
  const focused = document.activeElement;
  const region = focused?.closest('[id]');
  const focus = region && focused !== document.body ? { id: region.id, name: name(focused), at: focusable(region).indexOf(focused) } : null;
  // A section is known by its data-key (which names it in any language: its summary is worded in
  // the interface's) within the element it belongs to; a redraw may drop or add others around it.
  const sectionIn = (region, key) => region?.querySelector(`details[data-key="${CSS.escape(key)}"]`);
  const open = [...document.querySelectorAll('details[open][data-key]')].flatMap((details) => {
    const owner = details.parentElement.closest('[id]');
    return owner ? [{ id: owner.id, key: details.dataset.key }] : [];
  });
  return () => {
    for (const { id, key } of open) {
      const details = sectionIn(document.getElementById(id), key);
      if (details) details.open = true;
    }
    // A region that is gone (a chart no longer drawn) leaves the focus where the browser put it.
    if (!focus || document.activeElement !== document.body || !document.getElementById(focus.id)) return;
    const region = document.getElementById(focus.id);
    const controls = focusable(region);
    const same = controls.filter((control) => name(control) === focus.name);
    // A region left without controls (the last document removed) hands the focus to its section's first.
    const target = same.length === 1 ? same[0] : controls[Math.min(focus.at, controls.length - 1)] ?? focusable(region.closest('section') ?? region)[0];
    target?.focus();
  };
}

function renderEvidence(docs, dimensions, nothingShown) {
  const select = $('evidence-select');
  // The chosen document may not be analysed yet (a shared link): keep the choice, show the first.
  const selected = docs.some((doc) => doc.id === state.selected) ? state.selected : docs[0]?.id;
  select.replaceChildren(
    ...docs.map((doc) => {
      const option = document.createElement('option');
      option.value = doc.id;
      option.textContent = doc.title;
      option.selected = doc.id === selected;
      return option;
    }),
  );
  const doc = docs.find((d) => d.id === selected);
  const none = notAvailable(nothingShown ? t('nothingShown') : t('noDocuments'));
  $('evidence').replaceChildren(doc ? decorate(evidenceView(doc, dimensions, chartWidth())) : none);
}

function renderEmbed() {
  const docs = visibleDocs();
  const known = ['map', ...state.dimensions.map((dimension) => `ranking-${dimension.id}`), 'heatmap', 'keyness'];
  // A mistyped chart name in a blog's snippet is named, with the names there are.
  const missing = known.includes(embed) ? notAvailable() : notAvailable(t('unknownChart', { chart: embed, known: known.join(', ') }));
  const figure = charts(docs, plottedDimensions(), chartWidth()).find((f) => f.dataset.chart === embed) ?? missing;
  // The chart's title is the embed's only heading, and so its first level (the page's h1 is hidden).
  const title = figure.querySelector('.chart-title');
  if (title) {
    const heading = document.createElement('h1');
    heading.className = title.className;
    heading.textContent = title.textContent;
    title.replaceWith(heading);
  }
  $('chart-area').replaceChildren(figure);
}

// ---- document list

function renderDocumentList() {
  $('hide-corpus').checked = state.hideCorpus;
  // A folder brings dozens of documents: removing them one by one took as many clicks.
  $('remove-all').hidden = state.user.length < 2;
  const items = allDocs().map((doc) => {
    const item = document.createElement('li');
    item.className = doc.source;
    if (doc.source === 'corpus' && state.hideCorpus) item.classList.add('hidden-corpus');
    // The default corpus is shown or hidden as a whole (the checkbox above the list).
    const visible = document.createElement('input');
    visible.type = 'checkbox';
    visible.checked = !doc.hidden;
    visible.setAttribute('aria-label', t('labelled', { label: t('show'), text: doc.title }));
    visible.addEventListener('change', () => {
      doc.hidden = !visible.checked;
      store.saveDocument(doc);
      refreshAndRender();
    });
    const title = document.createElement('span');
    title.className = 'doc-title';
    title.textContent = doc.title;
    title.title = doc.path;
    const detail = document.createElement('span');
    detail.className = 'doc-detail';
    detail.textContent = doc.source === 'corpus' ? t(state.hideCorpus ? 'corpusHidden' : 'corpus') : doc.report ? t('characters', { count: doc.report.characters.toLocaleString() }) : t('notScored');
    if (doc.source === 'corpus') item.append(title, detail);
    else {
      item.append(
        visible,
        title,
        detail,
        smallButton(t('rename'), t('labelled', { label: t('rename'), text: doc.title }), () => renameDocument(doc)),
        smallButton(t('remove'), t('labelled', { label: t('remove'), text: doc.title }), () => removeDocument(doc)),
      );
    }
    return item;
  });
  $('document-list').replaceChildren(...items);
}

function smallButton(label, accessibleName, action) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'small';
  button.textContent = label;
  button.setAttribute('aria-label', accessibleName);
  button.addEventListener('click', action);
  return button;
}

/** The titles of the documents other than `doc`, mapped to their paths (see `distinctTitle`). */
const otherTitles = (doc) => new Map(allDocs().filter((other) => other !== doc).map((other) => [other.title, other.path]));

function renameDocument(doc) {
  const title = prompt(t('rename'), doc.title)?.trim();
  if (!title || title === doc.title) return;
  // Told apart from the other documents' titles, as a new document's is.
  doc.title = distinctTitle(title, doc.path, otherTitles(doc));
  doc.titledByName = false;
  store.saveDocument(doc);
  render();
}

/** A page's own title (an HTML file's `<title>`) names it better than its file's name does. */
function takeOwnTitle(doc, title) {
  doc.title = distinctTitle(title, doc.path, otherTitles(doc));
  doc.titledByName = false;
  store.saveDocument(doc);
}

function forgetDocument(doc) {
  state.user = state.user.filter((d) => d !== doc);
  store.deleteDocument(doc.id);
}

/** The document last removed alone and where it stood in the list, which Undo puts back. */
let lastRemoved = null;

function removeDocument(doc) {
  lastRemoved = { doc, at: state.user.indexOf(doc) };
  forgetDocument(doc);
  // The status line counted the document; it now says what is left.
  setStatus('removed', { title: doc.title, count: allDocs().filter((d) => d.report).length });
  refreshAndRender();
}

/** Puts back the document last removed alone, report and all: nothing is analysed again. */
function undoRemove() {
  if (!lastRemoved) return;
  const { doc, at } = lastRemoved;
  lastRemoved = null;
  // Another document may have taken its title meanwhile.
  doc.title = distinctTitle(doc.title, doc.path, otherTitles(doc));
  state.user.splice(Math.min(at, state.user.length), 0, doc);
  store.saveDocument(doc);
  setStatus('restored', { title: doc.title, count: allDocs().filter((d) => d.report).length });
  refreshAndRender();
}

/** Removes every document of the reader's, once they confirm: nothing brings them back. */
function removeAllDocuments() {
  const count = state.user.length;
  if (!confirm(t('removeAllConfirm', { count }))) return;
  for (const doc of [...state.user]) forgetDocument(doc);
  setStatus('removedAll', { removed: count, count: allDocs().filter((d) => d.report).length });
  refreshAndRender();
}

async function refreshAndRender() {
  await refreshComparison();
  render();
}

/**
 * `title`, or, if a document already has it (`taken` maps titles to paths), the title with the
 * file's extension (report.txt and report.pdf) or a number: two documents of one title could not
 * be told apart on the charts.
 */
function distinctTitle(title, path, taken) {
  if (!taken.has(title)) return title;
  const extension = (name) => /\.([^./\\]+)$/.exec(name)?.[1];
  const labelled = `${title} (${extension(path)})`;
  if (extension(path) && extension(path) !== extension(taken.get(title)) && !taken.has(labelled)) return labelled;
  let number = 2;
  while (taken.has(`${title} (${number})`)) number++;
  return `${title} (${number})`;
}

let added = 0;
async function addDocuments(documents, problems = 0) {
  const taken = new Map(allDocs().map((doc) => [doc.title, doc.path]));
  const titled = documents.map((incoming) => {
    const title = distinctTitle(incoming.title, incoming.path, taken);
    taken.set(title, incoming.path);
    return { ...incoming, title };
  });
  const docs = titled.map(({ title, titledByName = false, path, bytes, hidden = false }) => ({
    id: `u-${Date.now().toString(36)}-${(added++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    title,
    titledByName,
    path,
    bytes,
    hidden,
    added: Date.now() + added,
    source: 'user',
    report: null,
  }));
  state.user.push(...docs);
  await Promise.all(docs.map((doc) => store.saveDocument(doc)));
  renderDocumentList();
  await analyse(docs, problems);
  return docs;
}

function addFiles(files) {
  return whileBusy(readFiles(files));
}

/**
 * A file inside a hidden folder, or hidden itself, in a chosen or dropped folder (.git, .DS_Store);
 * the chosen folder itself may have any name.
 */
const hiddenInFolder = ({ path }) => path.split('/').slice(1).some((part) => part.startsWith('.'));

async function readFiles(files) {
  // In path order, as a folder lists them, not in the order the browser hands them over.
  const wanted = files.filter((file) => !hiddenInFolder(file)).sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
  const readable = wanted.filter(isReadable);
  // A folder's other files are named in one line, not one problem each.
  const skipped = wanted.filter((file) => !isReadable(file)).map(({ path }) => path);
  if (skipped.length === 1) reportProblem(() => t('fileProblem', { name: skipped[0], problem: t('skipNote') }));
  if (skipped.length > 1) {
    const names = skipped.length > 10 ? `${skipped.slice(0, 10).join(', ')}, …` : skipped.join(', ');
    reportProblem(() => t('skippedFiles', { count: skipped.length, names }));
  }
  let problems = skipped.length ? 1 : 0;
  const documents = [];
  for (const file of readable) {
    try {
      documents.push(await readFile(file));
    } catch (error) {
      problems++;
      reportProblem(error instanceof FileProblem ? error.wording : () => fileError(error, file.path));
    }
  }
  // The status counts the files the page could not read with those the engine could not.
  if (documents.length) await addDocuments(documents, problems);
  else if (problems) setStatus('analysedWithProblems', { count: allDocs().filter((doc) => doc.report).length, problems });
}

// ---- dimensions

function renderDimensionList() {
  const items = state.dimensions.map((dimension) => {
    const names = dimensionNames(dimension);
    const item = document.createElement('li');
    const label = document.createElement('label');
    label.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = state.plotted?.has(dimension.id) ?? true;
    box.addEventListener('change', () => {
      state.plotted = new Set(state.dimensions.filter((d) => d.id !== dimension.id ? (state.plotted?.has(d.id) ?? true) : box.checked).map((d) => d.id));
      store.saveSetting('plotted', [...state.plotted]);
      rememberView();
      refreshComparison().then(render);
    });
    const name = document.createElement('span');
    name.textContent = names.title;
    label.append(box, ' ', name);
    const cues = document.createElement('details');
    cues.dataset.key = `cues-${dimension.id}`;
    const summary = document.createElement('summary');
    summary.textContent = `${t('cues')} (${dimension.cues.length})`;
    const table = document.createElement('table');
    table.className = 'cues';
    const head = table.createTHead().insertRow();
    for (const header of [t('term'), t('pole'), t('weight')]) head.append(Object.assign(document.createElement('th'), { textContent: header }));
    const body = table.createTBody();
    for (const cue of dimension.cues) {
      const row = body.insertRow();
      row.insertCell().textContent = cue.term;
      row.insertCell().textContent = cue.pole === 'negative' ? names.left : names.right;
      row.insertCell().textContent = String(cue.weight);
    }
    // The table scrolls inside a narrow page instead of widening it; the keyboard can scroll it too,
    // as a named region in the tab order.
    const scroller = document.createElement('div');
    scroller.className = 'scroll-x';
    scroller.tabIndex = 0;
    scroller.setAttribute('role', 'region');
    scroller.setAttribute('aria-label', `${t('cues')}: ${names.title}`);
    scroller.append(table);
    cues.append(summary, scroller);
    const exportButton = smallButton(t('exportDimension'), t('labelled', { label: t('exportDimension'), text: names.title }), () =>
      download(`${dimension.id}.json`, new Blob([`${JSON.stringify(dimensionFile(dimension), null, 2)}\n`], { type: 'application/json' })),
    );
    item.append(label, exportButton, cues);
    return item;
  });
  $('dimension-list').replaceChildren(...items);
}

/** The fields of a dimension file (data/dimensions/README.md), without what the page adds. */
const dimensionFile = ({ id, negative, positive, cues }) => ({ id, negative, positive, cues });

/**
 * The engine with these dimension files, in the state; on an error nothing changes. A file whose
 * dimension a later file replaces is set aside, and named.
 */
async function applyDimensionFiles(files) {
  const { dimensions, files: kept, replaced } = await setDimensionFiles(files);
  state.dimensions = dimensions;
  state.dimensionFiles = kept;
  for (const { name, earlier, id } of replaced) reportProblem(() => t('dimensionReplaced', { name, earlier, id }));
}

/**
 * Rebuilds the engine with these dimension files and analyses every document again. A file that
 * comes to replace a built-in dimension (loaded, or in an imported session) is named, once.
 */
async function useDimensionFiles(files) {
  const replacing = new Set(state.dimensions.filter((dimension) => dimension.builtInReplacedBy).map((dimension) => dimension.id));
  await applyDimensionFiles(files);
  for (const { id, builtInReplacedBy: name } of state.dimensions) {
    if (name && !replacing.has(id)) reportProblem(() => t('dimensionReplacesBuiltIn', { name, id }));
  }
  store.saveSetting('dimensionFiles', state.dimensionFiles);
  for (const doc of allDocs()) doc.report = null;
  render();
  await analyse(allDocs());
}

async function loadDimensionFile(file) {
  try {
    const json = await dimensionText(file.name, await file.arrayBuffer());
    await useDimensionFiles([...state.dimensionFiles.filter((f) => f.name !== file.name), { name: file.name, json }]);
  } catch (error) {
    reportProblem(() => fileError(error, file.name));
    // The status says what the latest action did, which was nothing.
    setStatus('dimensionRefused', { name: file.name });
  }
}

// ---- view state, share and embed

let lastChart = view.chart;
/** The plotted dimensions' ids, or null for the default ones. */
const plottedIds = () => (state.plotted ? [...state.plotted] : null);
const shownView = (chart = lastChart) => ({ chart, dims: plottedIds(), doc: state.selected, fullScale: state.fullScale });
function rememberView(chart = lastChart) {
  lastChart = chart;
  if (embed) return;
  writeView(shownView(chart));
}

// The chart the Embed dialog gives snippets for.
let dialogChart = null;
/**
 * What an embed adds around its figure (style.css, body.embed), in rem: 0.25 of padding above and
 * below, and the made-with line, 0.25 of margin and a line of 0.75rem type (1.875 measured in
 * Chromium), with room for a taller fallback font. Short of it, the iframe cut the line in half.
 */
const EMBED_CHROME_REM = 2.25;

function openEmbedDialog(chart) {
  dialogChart = chart;
  for (const status of document.querySelectorAll('#embed-dialog [role=status]')) status.textContent = '';
  $('embed-dialog').showModal();
  showSnippets();
  $('embed-iframe').select();
}

function showSnippets() {
  const figure = document.getElementById(`chart-${dialogChart}`);
  const title = t('embedFrameTitle', { chart: figure.querySelector('.chart-title').textContent });
  const embedView = { dims: plottedIds(), fullScale: state.fullScale, lang: currentLanguage(), theme: $('embed-theme').value, title };
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const snippets = embedSnippets(dialogChart, embedView, figure.getBoundingClientRect().height + EMBED_CHROME_REM * rem);
  for (const [id, snippet] of [['embed-iframe', snippets.iframe], ['embed-element', snippets.element]]) {
    const textarea = $(id);
    textarea.value = snippet;
    // Each box is as tall as its snippet, which wraps to more lines on a phone or in Chinese, so
    // that it shows from its start (a fixed height scrolled `<iframe src=` out of view).
    textarea.style.height = 'auto';
    textarea.style.height = `${textarea.scrollHeight + textarea.offsetHeight - textarea.clientHeight}px`;
  }
}

async function copySnippet(textarea, status) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    status.textContent = t('snippetCopied');
  } catch {
    // Without the clipboard (refused, or a browser without it), the snippet is selected for the
    // reader's own Copy.
    textarea.focus();
    textarea.select();
    status.textContent = t('snippetSelected');
  }
}

async function copyLink() {
  rememberView();
  const link = pageLink(shownView(), currentLanguage());
  // A link carries the view, never a document or dimension file of the reader's: whoever opens it
  // sees the default corpus, so the reader is told when the view shows their own.
  const ownShown = state.user.some((doc) => !doc.hidden) || plottedDimensions().some((dimension) => dimension.fromFile);
  try {
    await navigator.clipboard.writeText(link);
    setStatus(ownShown ? 'copiedWithoutOwn' : 'copied');
  } catch {
    setStatus('plain', { text: link });
  }
}

/** An embed's colours and its link back to the page. */
function decorateEmbed() {
  holdTheme(embedTheme());
  $('charts').append(madeWithLink({ chart: embed, dims: view.dims, fullScale: view.fullScale }, currentLanguage(), t('madeWith')));
}

function wireSharing() {
  // A link's ?lang (Copy link adds one) chose the language the page opened in; from then on it is
  // the reader's choice, as if picked with the language button, and it leaves the address: kept
  // there, it would undo a later switch of language on every reload.
  const address = new URL(location.href);
  if (address.searchParams.has('lang')) {
    setLanguage(currentLanguage());
    address.searchParams.delete('lang');
    history.replaceState(null, '', address.href);
  }
  // In-page links (skip to the charts; on a phone, the header's link to the documents) move the
  // focus and scroll by script: followed, their #charts or #documents replaced the hash that
  // holds the view.
  for (const link of document.querySelectorAll('a[href^="#"]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const target = document.getElementById(link.hash.slice(1));
      // A section takes the focus only with a tabindex, as <main> has in the markup.
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView();
    });
  }
  for (const button of document.querySelectorAll('#embed-dialog button[data-copies]')) {
    button.addEventListener('click', () => copySnippet($(button.dataset.copies), button.nextElementSibling));
  }
  $('embed-theme').addEventListener('change', showSnippets);
}

// ---- session

async function exportSession() {
  const settings = { hideCorpus: state.hideCorpus, plotted: plottedIds() };
  download('stance-session.json', sessionBlob({ documents: state.user, dimensionFiles: state.dimensionFiles, settings }));
}

async function importSession(file) {
  let session;
  try {
    session = parseSession(await file.text());
  } catch (error) {
    const problem = () => (error instanceof SessionProblem ? t(error.key, error.values) : t('sessionUnreadable'));
    reportProblem(() => t('fileProblem', { name: file.name, problem: problem() }));
    return setStatus('sessionRefused', { name: file.name });
  }
  state.hideCorpus = Boolean(session.settings.hideCorpus);
  store.saveSetting('hideCorpus', state.hideCorpus);
  let problems = 0;
  if (session.dimensionFiles.length) {
    try {
      await useDimensionFiles(session.dimensionFiles);
    } catch (error) {
      problems++;
      // The dimension file is not one the reader has: it came inside the session.
      reportProblem(() => t('fileProblem', { name: file.name, problem: engineMessage(error) }));
    }
  }
  if (Array.isArray(session.settings.plotted)) state.plotted = plottedFrom(session.settings.plotted);
  // A session is read whole, so its documents are held to the limit of files one by one.
  const documents = session.documents.filter(({ path, bytes }) => {
    if (bytes.byteLength <= MAX_MEGABYTES * 1024 * 1024) return true;
    const size = (bytes.byteLength / 1048576).toFixed(1);
    reportProblem(() => t('fileProblem', { name: path, problem: t('tooLarge', { size, limit: MAX_MEGABYTES }) }));
    return false;
  });
  // A session imported twice, or into the browser it was saved from, would list each document twice.
  const fresh = documents.filter((doc) => !state.user.some((mine) => mine.path === doc.path && mine.title === doc.title && sameBytes(mine.bytes, doc.bytes)));
  const already = documents.length - fresh.length;
  const docs = await addDocuments(fresh, session.documents.length - documents.length);
  // The status counts what the session brought that is now charted, what was here already, and
  // what it could not bring.
  const count = docs.filter((doc) => doc.report).length;
  problems += fresh.length - count + session.documents.length - documents.length;
  const key = already ? 'sessionImportedAlready' : 'sessionImported';
  setStatus(problems ? `${key}WithProblems` : key, { count, already, problems });
  // With nothing new to analyse, no batch redraws the session's settings.
  if (!fresh.length) await refreshAndRender();
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  const [x, y] = [new Uint8Array(a), new Uint8Array(b)];
  return x.every((byte, at) => byte === y[at]);
}

// ---- wiring

function wire() {
  $('language').addEventListener('click', () => {
    setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
    setStatus(...lastStatus);
    rewordProblems();
    render();
  });
  $('share').addEventListener('click', copyLink);
  $('cancel').addEventListener('click', () => state.batch?.abort());
  $('undo-remove').addEventListener('click', undoRemove);
  $('hide-corpus').addEventListener('change', (event) => {
    state.hideCorpus = event.target.checked;
    store.saveSetting('hideCorpus', state.hideCorpus);
    refreshAndRender();
  });
  $('full-scale').checked = state.fullScale;
  $('full-scale').addEventListener('change', (event) => {
    state.fullScale = event.target.checked;
    rememberView();
    render();
  });
  $('file-input').addEventListener('change', async (event) => {
    const files = pickedFiles(event.target.files);
    event.target.value = '';
    await addFiles(files);
  });
  $('folder-input').addEventListener('change', async (event) => {
    const files = pickedFiles(event.target.files);
    event.target.value = '';
    await addFiles(files);
  });
  const dropzone = $('dropzone');
  for (const target of [dropzone, document.body]) {
    target.addEventListener('dragover', (event) => {
      event.preventDefault();
      dropzone.classList.add('over');
    });
  }
  document.body.addEventListener('dragleave', (event) => event.relatedTarget === null && dropzone.classList.remove('over'));
  document.body.addEventListener('drop', async (event) => {
    event.preventDefault();
    dropzone.classList.remove('over');
    await addFiles(await droppedFiles(event.dataTransfer));
  });
  $('paste-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = $('paste-text').value;
    const given = $('paste-title').value.trim();
    // Without a title there is no document to name: the message names the text box.
    if (!text.trim()) return reportProblem(() => t('fileProblem', { name: given || t('pasteBox'), problem: t('pasteEmpty') }));
    const title = given || `${t('pastedDefault')} ${state.user.length + 1}`;
    $('paste-text').value = '';
    $('paste-title').value = '';
    await whileBusy(addDocuments([textDocument(title, text)]));
  });
  $('dimension-input').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    event.target.value = '';
    if (file) await whileBusy(loadDimensionFile(file));
  });
  $('remove-all').addEventListener('click', removeAllDocuments);
  wireProblemList();
  $('reset-dimensions').addEventListener('click', () => useDimensionFiles([]).catch((error) => reportProblem(() => engineMessage(error))));
  $('export-csv').addEventListener('click', () => download('stance-scores.csv', scoresCsv(scoreRows(visibleDocs(), state.dimensions))));
  $('export-json').addEventListener('click', () => download('stance-scores.json', scoresJson(visibleDocs(), state.dimensions)));
  $('export-reports').addEventListener('click', () => download('stance-reports.json', reportsJson(visibleDocs(), state.comparison)));
  $('export-session').addEventListener('click', exportSession);
  $('session-input').addEventListener('change', async (event) => {
    const [file] = event.target.files;
    event.target.value = '';
    if (file) await whileBusy(importSession(file));
  });
  $('evidence-select').addEventListener('change', (event) => {
    state.selected = event.target.value;
    rememberView('evidence');
    renderEvidence(visibleDocs(), plottedDimensions());
  });
  if (OFFLINE) {
    $('offline').hidden = true;
    $('offline-note').hidden = true;
    // A link to a file on this computer opens nowhere else.
    $('share').hidden = true;
  }
}

function redrawOnResize() {
  let width = chartWidth();
  let timer;
  new ResizeObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (Math.abs(chartWidth() - width) < 8) return;
      width = chartWidth();
      render();
    }, 150);
  }).observe($('chart-area'));
}

async function main() {
  if (embed) document.body.classList.add('embed');
  applyStaticText();
  if (embed) decorateEmbed();
  else {
    wire();
    wireSharing();
  }
  redrawOnResize();
  startEngine();
  try {
    const [corpusFiles, savedDocs, hideCorpus, plotted, dimensionFiles] = await Promise.all([
      loadCorpusFiles(),
      embed ? [] : store.loadDocuments(),
      embed ? false : store.loadSetting('hideCorpus', false),
      store.loadSetting('plotted', null),
      embed ? [] : store.loadSetting('dimensionFiles', []),
    ]);
    state.corpus = corpusFiles.map(({ file, title, bytes }) => ({ id: file.replace(/\.[^.]+$/, ''), title, path: file, bytes, source: 'corpus', report: null }));
    state.user = savedDocs.map((doc) => ({ ...doc, source: 'user', report: null }));
    state.hideCorpus = hideCorpus;
    let dropped = 0;
    try {
      await applyDimensionFiles(dimensionFiles);
      // Files stored before a later one replaced them are set aside for good.
      if (state.dimensionFiles.length < dimensionFiles.length) store.saveSetting('dimensionFiles', state.dimensionFiles);
    } catch (error) {
      // An engine that cannot run refuses every file alike; that is not the files' fault.
      if (isEngineDown(error)) throw error;
      // A stored file this engine refuses (its rules may be stricter than the one that took it)
      // is named and dropped; the reader's other files stay.
      const kept = [];
      for (const file of dimensionFiles) {
        try {
          await setDimensionFiles([...kept, file]);
          kept.push(file);
        } catch (error) {
          dropped++;
          reportProblem(() => fileError(error, file.name));
        }
      }
      await applyDimensionFiles(kept);
      store.saveSetting('dimensionFiles', state.dimensionFiles);
    }
    state.plotted = plottedFrom(view.dims ?? (embed ? null : plotted));
    render();
    await analyse(allDocs(), dropped);
    if (view.chart) document.getElementById(`chart-${view.chart}`)?.scrollIntoView();
    if (embed) reportHeight();
  } catch (error) {
    setStatus('failed', { message: () => engineMessage(error) }, true);
    // The reader's stored documents are still here, unscored, and are listed as such.
    renderDocumentList();
    $('charts').setAttribute('aria-busy', 'false');
  }
}

main();
