// How the page writes normalised values (www/ui/format.js is plain JS and runs in Node too).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFigureValue } from '../../www/ui/format.js';

const cases = [
  [{ value: 55e9, unit: 'm3', per: 'year' }, '5.5e10 m³/yr'],
  [{ value: 2e9, unit: 'm3', approx: true }, '≈ 2e9 m³'],
  [{ value: 20, unit: 'year' }, '20 years'],
  [{ value: 1, unit: 'year' }, '1 year'],
  [{ value: 12.5, unit: '%' }, '12.5%'],
  [{ value: 3, unit: 'pp', bound: 'gt' }, '> 3 pp'],
  [{ value: 1.2e9, unit: 'USD', bound: 'le' }, '≤ 1.2e9 USD'],
  [{ value: 1500, unit: 'barrel', per: 'day' }, '1500 bbl/day'],
  [{ min: 10, max: 20, unit: 't' }, '10–20 t'],
  [{ value: '2022-07-19' }, '2022-07-19'],
  [{ value: 'S-400' }, 'S-400'],
  [{}, ''],
];

for (const [figure, expected] of cases) {
  test(`${JSON.stringify(figure)} → ${expected}`, () => assert.equal(formatFigureValue(figure), expected));
}
