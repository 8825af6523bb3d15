// The command line and the wasm package must give identical results for the same text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import init, { analyze } from '../../js/index.js';
import { cliPath, seeds } from './helpers.mjs';

function runCli(args) {
  const result = spawnSync(cliPath, args, { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim().split('\n').map((line) => JSON.parse(line));
}

test('CLI and WASM agree on every seed', async (t) => {
  await init();
  const lines = runCli(seeds.map((seed) => seed.path));
  assert.equal(lines.length, seeds.length);
  for (const [index, seed] of seeds.entries()) {
    await t.test(seed.name, () => {
      const { file, figures, entities, nationalities } = lines[index];
      assert.equal(file, seed.path);
      const wasm = analyze(seed.text);
      assert.deepEqual(figures, wasm.figures);
      assert.deepEqual(entities, wasm.entities);
      assert.deepEqual(nationalities, wasm.nationalities);
    });
  }
});

test('CLI and WASM agree with a reference date', async () => {
  await init();
  const [seed] = seeds;
  const [line] = runCli(['--reference-date', '2020-02-29', seed.path]);
  const wasm = analyze(seed.text, { reference_date: '2020-02-29' });
  const { figures, entities, nationalities, reference } = line;
  assert.deepEqual({ figures, entities, nationalities, reference }, wasm);
});
