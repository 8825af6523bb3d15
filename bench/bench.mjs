#!/usr/bin/env node
// Throughput of khabar on the seed articles repeated to about 10 MB: natively (the CLI) and as
// wasm in Node, against the floor of one tokenising pass; plus init time and the gzipped download.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { cargoTargetDir, repoRoot } from '../scripts/lib/run.mjs';

const seedsDir = join(repoRoot, '../shared/seeds');
const TARGET_BYTES = 10 * 1024 * 1024;
const RUNS = 3;
// What a user downloads to run khabar: the wasm, its glue and the API wrapper.
const SHIPPED_FILES = ['www/pkg/khabar_bg.wasm', 'www/pkg/khabar.js', 'js/index.js', 'js/guard.js'];

// MiB, as `cargo bench` reports, so that the two can be read side by side.
const mib = (bytes) => bytes / 2 ** 20;

function buildCorpus() {
  const seeds = readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => readFileSync(join(seedsDir, name), 'utf8'));
  const block = seeds.join('\n\n') + '\n\n';
  const text = block.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(block)));
  const dir = join(repoRoot, 'artifacts/bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'corpus.txt');
  writeFileSync(path, text);
  return { text, path, bytes: Buffer.byteLength(text) };
}

/** The fastest of RUNS timings of `work`, in seconds. */
function fastest(work) {
  let best = Infinity;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best / 1000;
}

function nativeSeconds(corpus) {
  const cli = join(cargoTargetDir, 'release/khabar');
  return fastest(() => {
    const result = spawnSync(cli, ['--max-bytes', String(corpus.bytes), corpus.path], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${cli} failed with ${result.status}`);
  });
}

async function wasmTimings(corpus) {
  const initStart = performance.now();
  const { default: init, analyze } = await import('../js/index.js');
  await init();
  const initMs = performance.now() - initStart;
  const glue = await import('../www/pkg/khabar.js');
  const options = { max_bytes: corpus.bytes };
  analyze(corpus.text.slice(0, 100_000), options); // warm-up
  let found;
  const analyzeSeconds = fastest(() => { found = analyze(corpus.text, options); });
  const tokenizeSeconds = fastest(() => glue.countTokens(corpus.text));
  return { initMs, analyzeSeconds, tokenizeSeconds, found };
}

function shippedSizes() {
  return SHIPPED_FILES.map((file) => {
    const bytes = readFileSync(join(repoRoot, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

const corpus = buildCorpus();
console.log(`corpus: ${mib(corpus.bytes).toFixed(1)} MiB of the seeds repeated; best of ${RUNS} runs`);
const native = nativeSeconds(corpus);
const wasm = await wasmTimings(corpus);
const rate = (seconds) => `${(mib(corpus.bytes) / seconds).toFixed(1).padStart(6)} MiB/s  (${(seconds * 1000).toFixed(0)} ms)`;
console.log(`native CLI, read + analyse + JSON out : ${rate(native)}`);
console.log(`wasm in Node, analyze() to JS objects : ${rate(wasm.analyzeSeconds)}`);
console.log(`wasm in Node, countTokens() floor     : ${rate(wasm.tokenizeSeconds)}`);
console.log(`wasm / native throughput              : ${(native / wasm.analyzeSeconds).toFixed(2)}`);
console.log(`found: ${wasm.found.figures.length} figures, ${wasm.found.entities.length} entities`);
console.log(`init (read + compile + instantiate)   : ${wasm.initMs.toFixed(1)} ms`);
const sizes = shippedSizes();
for (const { file, raw, gzip } of sizes) {
  console.log(`  ${file.padEnd(24)} ${(raw / 1024).toFixed(1).padStart(8)} KiB  gzip ${(gzip / 1024).toFixed(1).padStart(7)} KiB`);
}
const totalGzip = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
console.log(`shipped wasm + JS, gzipped            : ${(totalGzip / 1024).toFixed(1)} KiB`);
