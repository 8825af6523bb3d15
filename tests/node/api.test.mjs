// The JS API of the built package (js/index.js over www/pkg), in Node.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import init, { analyze, version } from '../../js/index.js';
import * as glue from '../../www/pkg/khabar.js';
import { guardedApi } from '../../js/guard.js';
import { analysisSchemaErrors, assertInvariants, seeds, spans } from './helpers.mjs';

const GAS_TEXT = 'تصل قدرة الخط إلى 55 مليار متر مكعب سنويا من الغاز';

function assertThrowsCode(call, code) {
  assert.throws(call, (error) => {
    assert.ok(error instanceof Error, 'errors are Error instances');
    assert.equal(error.code, code, error.message);
    assert.ok(error.message.length > 0);
    return true;
  });
}

// Runs first, while nothing in this process has loaded the module yet.
test('analyze before init fails with E_NOT_READY', () => {
  assertThrowsCode(() => analyze(GAS_TEXT), 'E_NOT_READY');
});

test('init is idempotent', async () => {
  const first = init();
  assert.equal(init(), first, 'concurrent calls share one load');
  await first;
  await init();
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('the contract example: 55 مليار متر مكعب سنويا', async () => {
  await init();
  const figure = analyze(GAS_TEXT).figures.find((f) => f.text === '55 مليار متر مكعب سنويا');
  assert.ok(figure, 'the quantity is found');
  assert.equal(figure.kind, 'quantity');
  assert.equal(figure.value, 55e9);
  assert.equal(figure.unit, 'm3');
  assert.equal(figure.per, 'year');
  assert.equal(GAS_TEXT.slice(figure.start, figure.end), figure.text);
});

test('every seed: output matches the schema, offsets slice back to the text', async (t) => {
  await init();
  for (const seed of seeds) {
    await t.test(seed.name, () => {
      const analysis = analyze(seed.text);
      assert.equal(analysisSchemaErrors(analysis), null);
      for (const span of spans(analysis)) {
        assert.equal(seed.text.slice(span.start, span.end), span.text, `span at ${span.start}..${span.end}`);
      }
    });
  }
});

test('nationality adjectives: every form under the place key, without proclitics, in UTF-16 offsets', async () => {
  await init();
  const text = '📈 قال مسؤول روسي إن الخبراء الروس والبعثة الروسية وصلوا إلى روسيا، وهدد الحرس الثوري الإيراني والإيرانيون بالرد.';
  const analysis = analyze(text);
  assert.equal(analysisSchemaErrors(analysis), null);
  assertInvariants(text, analysis);
  const russia = analysis.entities.find((entity) => entity.canonical === 'روسيا');
  const [russian, iranian] = analysis.nationalities;
  assert.deepEqual({ canonical: russian.canonical, key: russian.key, place: russian.place },
    { canonical: 'روسي', key: russia.key, place: 'روسيا' });
  assert.deepEqual(russian.mentions.map((m) => m.text), ['روسي', 'الروس', 'الروسية']);
  // The adjective inside the organisation's name stays with the organisation.
  assert.ok(analysis.entities.some((entity) => entity.key === 'org:irgc'));
  assert.deepEqual(iranian.mentions.map((m) => m.text), ['الإيرانيون']);
  for (const mention of [...russian.mentions, ...iranian.mentions]) assert.equal(text.slice(mention.start, mention.end), mention.text);
});

test('offsets are UTF-16 code units past astral characters', async () => {
  await init();
  const text = `📈📈 ${GAS_TEXT}`;
  const analysis = analyze(text);
  assert.ok(analysis.figures.length > 0);
  for (const span of spans(analysis)) assert.equal(text.slice(span.start, span.end), span.text);
});

test('a reference date given as an option is reported as such', async () => {
  await init();
  assert.deepEqual(analyze(GAS_TEXT, { reference_date: '2024-03-01' }).reference, { date: '2024-03-01', source: 'option' });
});

test('errors carry stable codes', async () => {
  await init();
  assertThrowsCode(() => analyze(GAS_TEXT, { max_bytes: 10 }), 'E_TOO_LARGE');
  assertThrowsCode(() => analyze(GAS_TEXT, { reference_date: 'yesterday' }), 'E_OPTIONS');
  assertThrowsCode(() => analyze(GAS_TEXT, { max_bytes: -1 }), 'E_OPTIONS');
  assertThrowsCode(() => analyze(GAS_TEXT, 'not an object'), 'E_OPTIONS');
  assertThrowsCode(() => analyze(undefined), 'E_OPTIONS');
  assert.ok(analyze(GAS_TEXT).figures.length > 0, 'a failed call leaves the module usable');
});

test('a trap (Rust panic) becomes E_INTERNAL after the instance is reset', () => {
  let resets = 0;
  const trappingGlue = {
    analyze() { throw new WebAssembly.RuntimeError('unreachable'); },
    __wbg_reset_state() { resets += 1; },
  };
  assertThrowsCode(() => guardedApi(trappingGlue).analyze('نص'), 'E_INTERNAL');
  assert.equal(resets, 1);
});

test('the real module works after a reset', async () => {
  await init();
  const before = analyze(GAS_TEXT);
  glue.__wbg_reset_state();
  assert.deepEqual(analyze(GAS_TEXT), before);
});
