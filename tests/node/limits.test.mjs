// The size limit, through the JS API and the command line; and inputs that would show quadratic behaviour
// (1 MB of digits, 1 MB of one word, one 10 MB line), against the release wasm. Nothing here is timed: each
// analysis must complete and keep the invariants. `npm run bench` shows that the cost per MB stays flat.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import init, { analyze } from '../../js/index.js';
import { assertInvariants, cliPath } from './helpers.mjs';

const MB = 1 << 20;
const SENTENCE = 'وقعت روسيا عقدا بقيمة 2.4 مليار دولار لبناء مفاعلين نوويين في 19 يوليو 2022، ';

let dir;
before(async () => {
  await init();
  dir = mkdtempSync(join(tmpdir(), 'khabar-limits-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** `unit` repeated to `bytes` UTF-8 bytes at most. */
const repeatTo = (unit, bytes) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));

function runCli(args, input) {
  return spawnSync(cliPath, args, { encoding: 'utf8', input, maxBuffer: 256 * MB });
}

test('max_bytes counts UTF-8 bytes: a text of exactly that size goes through, one byte more is E_TOO_LARGE', () => {
  const text = 'قال إن 55 مليار';
  const bytes = Buffer.byteLength(text);
  assert.notEqual(bytes, text.length, 'Arabic letters take two bytes each');
  assert.ok(analyze(text, { max_bytes: bytes }).figures.length > 0);
  assert.throws(() => analyze(text, { max_bytes: bytes - 1 }), { code: 'E_TOO_LARGE' });
  assert.throws(() => analyze(text, { max_bytes: 1.5 }), { code: 'E_OPTIONS' });
  assert.throws(() => analyze(text, { max_bytes: '100' }), { code: 'E_OPTIONS' });
});

test('the default limit is 64 MiB', () => {
  // One byte over, made of spaces so that nothing is allocated for what is found before the refusal.
  assert.throws(() => analyze(' '.repeat(64 * MB + 1)), { code: 'E_TOO_LARGE' });
});

test('the CLI takes --max-bytes: a file over it is refused on stderr and the others are still analysed', () => {
  const small = join(dir, 'small.txt');
  const large = join(dir, 'large.txt');
  writeFileSync(small, 'قال إن 55 مليار');
  writeFileSync(large, SENTENCE);
  const limit = Buffer.byteLength(SENTENCE) - 1;
  const result = runCli(['--max-bytes', String(limit), large, small]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, new RegExp(`large\\.txt: .*\\(E_TOO_LARGE\\)`));
  const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((line) => line.file), [small]);
  assert.ok(lines[0].figures.length > 0);
  assert.equal(runCli(['--max-bytes', String(limit + 1), large]).status, 0);
});

test('the CLI takes --max-bytes with --jsonl: an error line for the document over it, results for the others', () => {
  const input = [{ id: 1, text: SENTENCE }, { id: 2, text: 'قال إن 55 مليار' }].map((d) => JSON.stringify(d)).join('\n');
  const result = runCli(['--max-bytes', String(Buffer.byteLength(SENTENCE) - 1), '--jsonl'], input);
  assert.equal(result.status, 1);
  const [first, second] = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.equal(first.id, 1);
  assert.match(first.error, /E_TOO_LARGE/);
  assert.equal(second.id, 2);
  assert.ok(second.figures.length > 0);
});

test('the CLI refuses a --max-bytes that is not a whole number', () => {
  for (const value of ['-1', '1.5', 'ten']) {
    const result = runCli(['--max-bytes', value, '--jsonl'], '');
    assert.equal(result.status, 2, value);
    assert.match(result.stderr, /--max-bytes needs a whole number/);
  }
});

const hostile = {
  '1 MB of digits': () => '9'.repeat(MB),
  '1 MB of Arabic-Indic digits with separators': () => repeatTo('١٢٣,٤٥٦.', MB),
  '1 MB of one word repeated': () => repeatTo('مليار ', MB),
  '1 MB of one word repeated without spaces': () => repeatTo('استراتيجية', MB),
  '1 MB of one month name repeated': () => repeatTo('يوليو ', MB),
  // Each reads the whole text for the one kingdom it names: once, not once each.
  '1 MB of a day that looks across the whole text': () => repeatTo('باليوم الوطني للمملكة ', MB),
  '1 MB of one regnal name repeated': () => repeatTo('البابا تواضروس الثاني ', MB),
  'a single 10 MB line': () => repeatTo(SENTENCE, 10 * MB),
};

for (const [name, make] of Object.entries(hostile)) {
  test(`${name}: analysed, keeping the invariants`, () => {
    const text = make();
    assert.ok(!text.includes('\n'));
    const analysis = analyze(text);
    assertInvariants(text, analysis);
    if (name === 'a single 10 MB line') assert.ok(analysis.figures.length > 0);
  });
}
