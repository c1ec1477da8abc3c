// Builds www/dist/stance-offline.html: one file with the engine (wasm), the scripts, the styles,
// the default corpus and pdf.js (with its worker and CMaps) inlined, which works when opened
// from file:// without any network.
//
// Its Content-Security-Policy allows exactly the one inline script (by its SHA-256 hash), wasm
// compilation, the workers (engine, pdf.js) started from blob: URLs, inline styles (the charts use style
// attributes) and data:/blob: images (PNG export), and no connection at all (connect-src 'none').
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// esbuild plugin: resolves `name` imports to in-memory modules.
const virtual = (modules) => ({
  name: 'offline-modules',
  setup(builder) {
    const names = Object.keys(modules).map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    builder.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, ({ path }) => ({ path, namespace: 'offline' }));
    builder.onLoad({ filter: /.*/, namespace: 'offline' }, ({ path }) => modules[path]);
  },
});

const bundle = async (entry, plugins) =>
  (await build({ entryPoints: [entry], bundle: true, format: 'iife', minify: true, target: 'es2022', write: false, logLevel: 'error', loader: { '.tsv': 'text' }, plugins })).outputFiles[0].text;

export async function buildOffline(root) {
  const src = join(root, 'www/src');
  const dist = join(root, 'www/dist');

  const worker = await bundle(join(src, 'worker.js'), [
    virtual({
      './wasm-source.js': {
        contents: `import bytes from ${JSON.stringify(join(dist, 'pkg/stance_bg.wasm'))}; export const wasmSource = () => bytes;`,
        loader: 'js',
        resolveDir: src,
      },
    }),
    { name: 'wasm-binary', setup: (b) => b.onLoad({ filter: /\.wasm$/ }, ({ path }) => ({ contents: readFileSync(path), loader: 'binary' })) },
  ]);

  const pdfjs = join(root, 'node_modules/pdfjs-dist');
  // Module workers from blob: URLs do not start on file:// pages, so pdf.js's worker becomes a
  // classic script too.
  const pdfWorker = await bundle(join(pdfjs, 'build/pdf.worker.min.mjs'), []);
  const cmaps = Object.fromEntries(
    readdirSync(join(pdfjs, 'cmaps'))
      .filter((file) => file.endsWith('.bcmap'))
      .map((file) => [file, readFileSync(join(pdfjs, 'cmaps', file)).toString('base64')]),
  );
  const index = JSON.parse(readFileSync(join(root, 'corpus/index.json'), 'utf8'));
  const corpus = index.documents.map(({ file, title }) => ({ file, title, text: readFileSync(join(root, 'corpus', file), 'utf8') }));
  const main = await bundle(join(src, 'main.js'), [
    virtual({
      './platform.js': { contents: readFileSync(join(src, 'platform-offline.js'), 'utf8'), loader: 'js', resolveDir: src },
      'offline:worker': { contents: `export default ${JSON.stringify(worker)};`, loader: 'js' },
      'offline:corpus': { contents: `export default ${JSON.stringify(corpus)};`, loader: 'js' },
      'offline:pdf-worker': { contents: `export default ${JSON.stringify(pdfWorker)};`, loader: 'js' },
      'offline:cmaps': { contents: `export default ${JSON.stringify(cmaps)};`, loader: 'js' },
    }),
  ]);
  if (/<\/script/i.test(main)) throw new Error('the offline bundle contains "</script" and cannot be inlined');

  const hash = createHash('sha256').update(main).digest('base64');
  const policy = [
    "default-src 'none'",
    `script-src 'sha256-${hash}' 'wasm-unsafe-eval'`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'worker-src blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const html = readFileSync(join(root, 'www/index.html'), 'utf8')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/s, `<meta http-equiv="Content-Security-Policy" content="${policy}">`)
    .replace('<link rel="stylesheet" href="style.css">', () => `<style>${readFileSync(join(root, 'www/style.css'), 'utf8')}</style>`)
    .replace('<script type="module" src="dist/main.js"></script>', '')
    .replace('</body>', () => `<script>${main}</script>\n</body>`);
  writeFileSync(join(dist, 'stance-offline.html'), html);
}
