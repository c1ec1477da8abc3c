// Bundles the page's scripts with esbuild and copies the default corpus next to them.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'www/dist');

await build({
  entryPoints: [join(root, 'www/src/main.js'), join(root, 'www/src/worker.js')],
  outdir: dist,
  bundle: true,
  format: 'esm',
  minify: true,
  sourcemap: true,
  target: 'es2022',
  logLevel: 'warning',
});

mkdirSync(join(dist, 'corpus'), { recursive: true });
const index = JSON.parse(readFileSync(join(root, 'corpus/index.json'), 'utf8'));
for (const { file } of index.documents) copyFileSync(join(root, 'corpus', file), join(dist, 'corpus', file));
copyFileSync(join(root, 'corpus/index.json'), join(dist, 'corpus/index.json'));
