#!/usr/bin/env node
// Fuzzes every cargo-fuzz target in fuzz/ for a short, bounded time: a step of `npm test`, after cargo test.
// Skipped, with a message, when cargo-fuzz is not installed (scripts/setup.mjs installs it). A crash, or one
// input taking more than INPUT_TIMEOUT seconds (which is how a quadratic path shows), fails the run and leaves
// its reproducer in fuzz/artifacts/TARGET/.
//
//   node scripts/fuzz.mjs [SECONDS_PER_TARGET] [TARGET...]     (default: 25 s each, every target)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { capture, repoRoot, run } from './lib/run.mjs';

const [seconds = '25', ...only] = process.argv.slice(2);
const INPUT_TIMEOUT = 10;
// cargo fuzz needs nightly flags (-Zsanitizer); RUSTC_BOOTSTRAP lets the stable toolchain take them.
const env = { ...process.env, RUSTC_BOOTSTRAP: '1' };

if (capture('cargo', ['fuzz', '--version']) === null) {
  console.log('fuzz: cargo-fuzz is not installed; skipping (scripts/setup.mjs installs it)');
  process.exit(0);
}
const targets = only.length > 0 ? only : (capture('cargo', ['fuzz', 'list']) ?? '').split('\n').filter(Boolean);
if (targets.length === 0) throw new Error('cargo fuzz list found no targets');
const seedsDir = join(repoRoot, '../shared/seeds');
for (const target of targets) {
  const corpus = join(repoRoot, 'fuzz/corpus', target);
  mkdirSync(corpus, { recursive: true });
  // New inputs go to the first corpus directory; the seed articles are read as a starting point.
  run('cargo', ['fuzz', 'run', target, corpus, seedsDir, '--',
    `-max_total_time=${seconds}`, `-timeout=${INPUT_TIMEOUT}`, '-print_final_stats=1'], { env });
}
console.log(`fuzz: ${targets.length} targets, ${seconds} s each, no crash`);
