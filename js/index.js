// khabar's JavaScript API, for browsers and Node: `await init()` once, then `analyze(text, options)`.
import initGlue, * as glue from '../www/pkg/khabar.js';
import { guardedApi, khabarError } from './guard.js';

const WASM_URL = new URL('../www/pkg/khabar_bg.wasm', import.meta.url);
const isNode = typeof process !== 'undefined' && Boolean(process.versions?.node);
const api = guardedApi(glue);

let loading = null;
let ready = false;

/**
 * Loads the wasm module. Every call returns the same promise; after a failed load, the next call retries.
 * `wasm` optionally overrides where the module comes from (URL, Response, bytes or WebAssembly.Module).
 */
export default function init(wasm) {
  loading ??= instantiate(wasm).then(
    () => { ready = true; },
    (error) => { loading = null; throw error; },
  );
  return loading;
}

async function instantiate(wasm) {
  if (wasm === undefined && isNode) {
    // Node's fetch cannot read file: URLs, so read the bytes and instantiate them directly.
    const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
    glue.initSync({ module: await readFile(WASM_URL) });
  } else {
    await initGlue({ module_or_path: wasm ?? WASM_URL });
  }
}

function requireReady() {
  if (!ready) throw khabarError('E_NOT_READY', 'khabar is not loaded yet: `await init()` first');
}

/** Finds the figures, entities and nationality adjectives in `text`. Offsets are UTF-16 code units, end exclusive. */
export function analyze(text, options) {
  requireReady();
  return api.analyze(text, options);
}

/** The version of the Rust crate the wasm module was built from. */
export function version() {
  requireReady();
  return api.version();
}
