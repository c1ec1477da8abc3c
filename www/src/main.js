// The page: loads the default corpus, has the worker analyse it, and charts the positions.
import * as Plot from '@observablehq/plot';

const DIMENSIONS = [
  { id: 'sovereignty_multistakeholder', title: 'State sovereignty ↔ multistakeholder', left: '← sovereignty', right: 'multistakeholder →' },
  { id: 'un_icann', title: 'UN-centric ↔ ICANN-centric', left: '← UN-centric', right: 'ICANN-centric →' },
];

const status = document.getElementById('status');

async function loadCorpus() {
  const index = await (await fetch('dist/corpus/index.json')).json();
  return Promise.all(
    index.documents.map(async ({ file, title }) => ({
      id: file.replace(/\.txt$/, ''),
      title,
      path: file,
      bytes: await (await fetch(`dist/corpus/${encodeURIComponent(file)}`)).arrayBuffer(),
    })),
  );
}

function analyse(documents) {
  const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => resolve(data);
    worker.onerror = (event) => reject(new Error(event.message || 'the analysis worker failed'));
    worker.postMessage({ documents: documents.map(({ id, path, bytes }) => ({ id, path, bytes })) });
  });
}

function positionChart(dimension, rows) {
  const scored = rows.filter((row) => row.score !== null);
  const unscored = rows.filter((row) => row.score === null);
  const svg = Plot.plot({
    width: 760,
    marginLeft: 220,
    x: { domain: [-1, 1], label: `${dimension.left}   position   ${dimension.right}`, labelAnchor: 'center', grid: true },
    y: { domain: rows.map((row) => row.title), label: null },
    marks: [
      Plot.ruleX([0], { stroke: 'currentColor', strokeOpacity: 0.4 }),
      Plot.ruleY(scored, { y: 'title', x1: (d) => d.ci[0], x2: (d) => d.ci[1], stroke: '#0072B2', strokeWidth: 2 }),
      Plot.dot(scored, { y: 'title', x: 'score', r: 5, fill: '#0072B2', title: (d) => `${d.title}: ${d.score.toFixed(2)} [${d.ci[0].toFixed(2)}, ${d.ci[1].toFixed(2)}]` }),
      Plot.text(unscored, { y: 'title', x: 0, text: () => 'insufficient evidence', fill: 'currentColor', fillOpacity: 0.6 }),
    ],
  });
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.dataset.dimension = dimension.id;
  const caption = document.createElement('figcaption');
  caption.textContent = dimension.title;
  figure.append(caption, svg);
  return figure;
}

async function main() {
  try {
    const documents = await loadCorpus();
    status.textContent = `Analysing ${documents.length} documents…`;
    const { reports, errors } = await analyse(documents);
    const titles = new Map(documents.map((d) => [d.id, d.title]));
    const charts = document.getElementById('charts');
    charts.replaceChildren(
      ...DIMENSIONS.map((dimension) =>
        positionChart(
          dimension,
          reports.map((report) => ({ title: titles.get(report.id), ...report.dimensions[dimension.id] })),
        ),
      ),
    );
    status.textContent = errors.length
      ? `${reports.length} documents analysed; problems: ${errors.join('; ')}`
      : `${reports.length} documents analysed.`;
    status.classList.toggle('error', errors.length > 0);
  } catch (error) {
    status.textContent = `Something went wrong: ${error.message}`;
    status.classList.add('error');
  }
}

main();
