// The command line and the wasm package must give identical results for the same text.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

// Offsets become UTF-16 units natively and, in wasm, through SIMD: the two must agree wherever a character outside
// the BMP falls, at the end of one of the 64-byte blocks they count in or anywhere else.
test('CLI and WASM agree on offsets past characters outside the BMP anywhere', async () => {
  await init();
  let n = 0;
  const text = seeds.map((seed) => seed.text).join('\n').replace(/ /g, (space) => (n++ % 3 === 0 ? ' 🙂' : space));
  const path = join(mkdtempSync(join(tmpdir(), 'khabar-parity-')), 'astral.txt');
  writeFileSync(path, text);
  const [{ file, ...line }] = runCli([path]);
  const wasm = analyze(text);
  assert.ok(wasm.figures.length > 10 && wasm.entities.length > 5);
  assert.equal(JSON.stringify(wasm), JSON.stringify(line));
});

// The wasm result is built in JS from packed arrays (js/unpack.js): the same JSON, key order included, for
// every optional field. A character outside the BMP comes first, so that UTF-16 offsets differ from code points.
test('CLI and WASM write the same JSON, every optional field included', async () => {
  await init();
  const text = '🙂 بلغت الصادرات ما بين 10 و20 مليون دولار، وأكثر من 5 آلاف طن، في 15 رمضان 1445 هـ. '
    + 'وقال الرئيس الروسي فلاديمير بوتين يوم الثلاثاء 20 يوليو 2022 إن نحو 40% من الغاز الروسي يمر عبر أوكرانيا '
    + 'وإن 55 مليار متر مكعب سنويا من الغاز تصل إلى أوروبا.\n';
  const path = join(mkdtempSync(join(tmpdir(), 'khabar-parity-')), 'fields.txt');
  writeFileSync(path, text);
  const [{ file, ...line }] = runCli([path]);
  const wasm = analyze(text);
  assert.equal(JSON.stringify(wasm), JSON.stringify(line));
  const fields = new Set(wasm.figures.flatMap((figure) => Object.keys(figure)));
  for (const field of ['value', 'min', 'max', 'unit', 'per', 'approx', 'bound', 'subject', 'grain', 'calendar', 'hijri', 'warning']) {
    assert.ok(fields.has(field), `the text has a figure with ${field}`);
  }
  assert.ok(wasm.entities.some((entity) => entity.role), 'the text has an entity with a role');
  assert.equal(wasm.nationalities.length, 1);
  for (const seed of seeds) {
    const [{ file: _, ...seedLine }] = runCli(['--reference-date', '2020-02-29', seed.path]);
    assert.equal(JSON.stringify(analyze(seed.text, { reference_date: '2020-02-29' })), JSON.stringify(seedLine), seed.name);
  }
});
