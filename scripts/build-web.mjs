// Bundles the page's scripts with esbuild into www/dist, copies pdf.js (with its CMaps, for
// Chinese PDFs) and the default corpus next to them, then builds the offline single file.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOffline } from './build-offline.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'www/dist');

// data/problems.tsv, the engine's wording of what is wrong with a file, is read as text.
const options = { outdir: dist, bundle: true, minify: true, sourcemap: true, target: 'es2022', logLevel: 'warning', loader: { '.tsv': 'text' } };
await build({ ...options, entryPoints: ['main.js', 'worker.js'].map((file) => join(root, 'www/src', file)), format: 'esm' });
// The embed script is a classic script: blogs load it from another origin without CORS.
await build({ ...options, entryPoints: [join(root, 'www/src/stance-chart.js')], format: 'iife' });

const pdfjs = join(root, 'node_modules/pdfjs-dist');
mkdirSync(join(dist, 'pdfjs'), { recursive: true });
for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs', 'LICENSE']) cpSync(join(pdfjs, file), join(dist, 'pdfjs', file.split('/').pop()));
cpSync(join(pdfjs, 'cmaps'), join(dist, 'pdfjs/cmaps'), { recursive: true });

mkdirSync(join(dist, 'corpus'), { recursive: true });
const index = JSON.parse(readFileSync(join(root, 'corpus/index.json'), 'utf8'));
for (const { file } of index.documents) cpSync(join(root, 'corpus', file), join(dist, 'corpus', file));
cpSync(join(root, 'corpus/index.json'), join(dist, 'corpus/index.json'));

await buildOffline(root);
