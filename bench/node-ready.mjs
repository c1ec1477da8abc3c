// Time from loading an engine's code to its first result, in this fresh Node process:
// `stance` (this engine's wasm: read, compile, build the Engine, analyse a sentence) or
// `jieba-wasm` (import the package, which builds its dictionary on the first cut). Prints ms.
// Usage: node bench/node-ready.mjs stance|jieba-wasm
import { FIRST_TEXT, loadStance } from './common.mjs';

const which = process.argv[2];
const start = performance.now();
if (which === 'stance') {
  const stance = await loadStance();
  new stance.Engine().analyze('first', 'first.txt', new TextEncoder().encode(FIRST_TEXT));
} else if (which === 'jieba-wasm') {
  const jieba = await import('jieba-wasm');
  jieba.cut(FIRST_TEXT, true);
} else {
  throw new Error(`unknown engine ${which}: use stance or jieba-wasm`);
}
console.log(performance.now() - start);
