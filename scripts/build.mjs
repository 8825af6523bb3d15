#!/usr/bin/env node
// Builds the wasm package into www/pkg (wasm-bindgen glue + optimised wasm + page fonts)
// and the native CLI into $CARGO_TARGET_DIR/release/khabar (target/ by default).
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cargoTargetDir, repoRoot, run } from './lib/run.mjs';

const PKG_DIR = join(repoRoot, 'www/pkg');
const CARGO_WASM = join(cargoTargetDir, 'wasm32-unknown-unknown/release/khabar.wasm');
// wasm-bindgen writes here first, so that www/pkg only ever receives an optimised wasm.
const STAGING_DIR = join(cargoTargetDir, 'wasm-bindgen');
const PKG_WASM = join(PKG_DIR, 'khabar_bg.wasm');
const WASM_OPT = join(repoRoot, 'node_modules/.bin/wasm-opt');
// The features rustc enables by default for wasm32-unknown-unknown, and SIMD, which .cargo/config.toml
// turns on; wasm-opt rejects them unless told.
const WASM_FEATURES = [
  '--enable-bulk-memory', '--enable-mutable-globals', '--enable-sign-ext',
  '--enable-nontrapping-float-to-int', '--enable-multivalue', '--enable-reference-types',
  '--enable-simd',
];
// -O1: in Node, -O2 to -O4 and -Os made analyze() about a quarter slower than -O1; see README "Build profile".
const WASM_OPT_LEVEL = '-O1';
// Self-hosted so that the page makes no third-party request: source in the npm package → name in www/pkg/fonts.
const FONT_PACKAGE = join(repoRoot, 'node_modules/@fontsource/noto-naskh-arabic');
const FONT_FILES = {
  'files/noto-naskh-arabic-arabic-400-normal.woff2': 'noto-naskh-arabic-400.woff2',
  'files/noto-naskh-arabic-arabic-700-normal.woff2': 'noto-naskh-arabic-700.woff2',
  'LICENSE': 'LICENSE-noto-naskh-arabic.txt',
};

// Readers for .docx and .pdf, self-hosted like the fonts; the page loads them only when such a file arrives.
const VENDOR_FILES = {
  'node_modules/mammoth/mammoth.browser.min.js': 'mammoth.browser.min.js',
  'node_modules/mammoth/LICENSE': 'LICENSE-mammoth.txt',
  'node_modules/pdfjs-dist/build/pdf.min.mjs': 'pdf.min.mjs',
  'node_modules/pdfjs-dist/build/pdf.worker.min.mjs': 'pdf.worker.min.mjs',
  'node_modules/pdfjs-dist/LICENSE': 'LICENSE-pdfjs.txt',
};

const mtime = (path) => (existsSync(path) ? statSync(path).mtimeMs : 0);

function buildWasmPackage() {
  run('cargo', ['build', '--release', '--lib', '--target', 'wasm32-unknown-unknown']);
  // wasm-bindgen and wasm-opt take a while; skip them when cargo produced nothing new.
  if (mtime(PKG_WASM) > Math.max(mtime(CARGO_WASM), mtime(new URL(import.meta.url)))) {
    console.log('www/pkg is up to date');
    return;
  }
  run('wasm-bindgen', [
    '--target', 'web', '--out-dir', STAGING_DIR, '--out-name', 'khabar',
    // Exports __wbg_reset_state(), which js/guard.js uses to recover from a Rust panic.
    '--experimental-reset-state-function',
    CARGO_WASM,
  ]);
  mkdirSync(PKG_DIR, { recursive: true });
  // Only the glue and the JS it imports (js/unpack.js, as a wasm-bindgen snippet) are shipped:
  // types/khabar.d.ts describes the API that wraps them.
  copyFileSync(join(STAGING_DIR, 'khabar.js'), join(PKG_DIR, 'khabar.js'));
  rmSync(join(PKG_DIR, 'snippets'), { recursive: true, force: true });
  cpSync(join(STAGING_DIR, 'snippets'), join(PKG_DIR, 'snippets'), { recursive: true });
  // Last, so that a failed run leaves the wasm older than cargo's and the next build redoes it.
  run(WASM_OPT, [WASM_OPT_LEVEL, ...WASM_FEATURES, join(STAGING_DIR, 'khabar_bg.wasm'), '-o', PKG_WASM]);
}

/** The page and the worker import the same guard as the npm API, from inside www/; fonts and readers are self-hosted. */
function copyPageAssets() {
  copyFileSync(join(repoRoot, 'js/guard.js'), join(PKG_DIR, 'guard.js'));
  const vendorOut = join(PKG_DIR, 'vendor');
  mkdirSync(vendorOut, { recursive: true });
  for (const [source, target] of Object.entries(VENDOR_FILES)) copyFileSync(join(repoRoot, source), join(vendorOut, target));
  const fontsOut = join(PKG_DIR, 'fonts');
  mkdirSync(fontsOut, { recursive: true });
  for (const [source, target] of Object.entries(FONT_FILES)) {
    copyFileSync(join(FONT_PACKAGE, source), join(fontsOut, target));
  }
}

buildWasmPackage();
copyPageAssets();
run('cargo', ['build', '--release']);
console.log(`build: www/pkg and ${join(cargoTargetDir, 'release/khabar')} ready`);
