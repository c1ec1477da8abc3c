// Where the worker finds the engine's wasm: next to the served scripts. The offline build swaps
// this module for one that carries the wasm bytes inline.
export const wasmSource = () => new URL('./pkg/stance_bg.wasm', import.meta.url);
