// The page's pure modules, in Node: decoding dropped files, Arabic values, CSV exports and the corpus views.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { entityMatrix, figureGroups, nationalityMatrix } from '../../www/ui/corpus.js';
import { decodeText } from '../../www/ui/decode-text.js';
import { entitiesCsv, figuresCsv } from '../../www/ui/export.js';
import { formatFigureArabic } from '../../www/ui/format-arabic.js';
import { repoRoot, seeds } from './helpers.mjs';

const fixture = (name) => readFileSync(join(repoRoot, 'tests/fixtures', name));
const seed003 = seeds.find((s) => s.name.startsWith('003_')).text;

test('text files decode from UTF-8, UTF-16 with a BOM and Windows-1256', () => {
  assert.equal(decodeText(Buffer.from(seed003, 'utf8')), seed003);
  assert.equal(decodeText(fixture('003-utf16.txt')), seed003);
  assert.equal(decodeText(fixture('003-windows-1256.txt')), seed003);
});

test('binary data and broken UTF-8 are refused with a code', () => {
  assert.throws(() => decodeText(fixture('image.png')), { code: 'E_BINARY' });
  assert.throws(() => decodeText(fixture('broken-utf8.txt')), { code: 'E_ENCODING' });
  assert.throws(() => decodeText(Buffer.from('Hello \xe9t\xe9 caf\xe9 na\xefve', 'latin1')), { code: 'E_ENCODING' });
});

const arabicCases = [
  [{ kind: 'quantity', value: 55e9, unit: 'm3', per: 'year' }, '55 مليار م³/سنة'],
  [{ kind: 'quantity', value: 2e9, unit: 'm3', approx: true }, 'نحو 2 مليار م³'],
  [{ kind: 'duration', value: 20, unit: 'year' }, '20 سنة'],
  [{ kind: 'duration', value: 3, unit: 'month' }, '3 أشهر'],
  [{ kind: 'duration', value: 2, unit: 'day' }, 'يومان'],
  [{ kind: 'percent', value: 2.4, unit: '%' }, '2.4٪'],
  [{ kind: 'money', value: 1.5e6, unit: 'USD', bound: 'gt' }, 'أكثر من 1.5 مليون دولار'],
  [{ kind: 'date', value: '2022-07-19', grain: 'day' }, '19 يوليو 2022'],
  [{ kind: 'date', value: 'XXXX-07', grain: 'month' }, 'يوليو'],
  [{ kind: 'date', value: 'XXXX-XX-XX', grain: 'day' }, 'غير محدد'],
  [{ kind: 'date', value: 'XXXX-WXX-5', grain: 'day' }, 'الجمعة'],
  [{ kind: 'date', value: '2024-Q1', grain: 'quarter' }, 'الربع 1 من 2024'],
  [{ kind: 'date', value: '199X', grain: 'decade' }, 'عقد 1990'],
  [{ kind: 'date', value: '2010/2015', grain: 'year' }, '2010 – 2015'],
  [{ kind: 'date', value: '2024-W38', grain: 'week' }, 'الأسبوع 38 من 2024'],
  [{ kind: 'date', value: '2024-03-25', grain: 'day', calendar: 'hijri', hijri: '1445-09-15' }, '25 مارس 2024 (15 رمضان 1445 هـ)'],
  [{ kind: 'date', value: 'XXXX-XX-XX', grain: 'day', calendar: 'hijri', hijri: 'XXXX-10-01' }, 'غير محدد (1 شوال هـ)'],
  [{ kind: 'date', value: '2024-07-07/2026-06-15', grain: 'year', calendar: 'hijri', hijri: '1446/1447' },
    '7 يوليو 2024 – 15 يونيو 2026 (1446 – 1447 هـ)'],
  [{ kind: 'date', value: '2024-03-20/2024-03-30', grain: 'day', calendar: 'hijri', hijri: '1445-09-10/1445-09-20' },
    '20 مارس 2024 – 30 مارس 2024 (10 رمضان 1445 – 20 رمضان 1445 هـ)'],
  [{ kind: 'money', value: 15000, unit: 'DZD', per: 'month' }, '15000 دينار جزائري/شهر'],
  [{ kind: 'money', value: 89500, unit: 'LBP', per: 'USD' }, '89500 ليرة لبنانية/دولار'],
  [{ kind: 'money', value: 80, unit: 'USD', per: 'barrel' }, '80 دولار/برميل'],
  [{ kind: 'quantity', value: 1500, unit: 'feddan' }, '1500 فدان'],
  [{ kind: 'quantity', value: 6.2, unit: 'richter' }, '6.2 درجة على مقياس ريختر'],
  [{ kind: 'quantity', value: 21, unit: 'karat' }, '21 قيراط'],
  [{ kind: 'quantity', value: 45, unit: 'point' }, '45 نقطة'],
  [{ kind: 'model', value: 'S-400' }, 'S-400'],
];
for (const [figure, expected] of arabicCases) {
  test(`Arabic value ${JSON.stringify(figure)} → ${expected}`, () => assert.equal(formatFigureArabic(figure), expected));
}

const docs = [
  { name: 'a.txt', analysis: { figures: [{ kind: 'duration', text: '20 عاما', start: 0, end: 7, value: 20, unit: 'year' }],
    entities: [{ type: 'person', canonical: 'مسعود بزشكيان', key: 'per:pezeshkian', mentions: [{ text: 'بزشكيان', start: 9, end: 16 }] }] } },
  { name: 'b.txt', analysis: { figures: [{ kind: 'duration', text: '25 عاما', start: 0, end: 7, value: 25, unit: 'year' }],
    entities: [{ type: 'person', canonical: 'مسعود بيزشكيان', key: 'per:pezeshkian', mentions: [{ text: 'بيزشكيان', start: 9, end: 17 }, { text: 'بيزشكيان', start: 30, end: 38 }] }] } },
  { name: 'c.txt', analysis: { figures: [{ kind: 'number', text: '=1+1', start: 0, end: 4, value: 2 }], entities: [] } },
];

test('the entity matrix joins documents on key: one row however the name is spelt', () => {
  const rows = entityMatrix(docs);
  assert.equal(rows.length, 1);
  assert.deepEqual(rows[0].counts, [1, 2, 0]);
  assert.equal(rows[0].key, 'per:pezeshkian');
});

test('the nationality matrix joins documents on the place key, apart from the entity matrix', () => {
  const russian = (mentions) => ({ canonical: 'روسي', key: 'loc:RU', place: 'روسيا', mentions });
  const withNationalities = [
    { name: 'd.txt', analysis: { figures: [], entities: [], nationalities: [russian([{ text: 'الروس', start: 0, end: 5 }])] } },
    ...docs,
    { name: 'e.txt', analysis: { figures: [], entities: [], nationalities: [russian([{ text: 'روسي', start: 0, end: 4 }, { text: 'الروسية', start: 9, end: 16 }])] } },
  ];
  const [row, ...rest] = nationalityMatrix(withNationalities);
  assert.equal(rest.length, 0);
  assert.deepEqual(row, { key: 'loc:RU', type: 'nationality', place: 'روسيا', canonical: 'روسي', counts: [1, 0, 0, 0, 2] });
  assert.equal(entityMatrix(withNationalities).length, 1, 'the entity matrix is unchanged');
});

test('figures group by subject and unit, and a term reported differently is a disagreement', () => {
  const [years] = figureGroups(docs);
  assert.equal(years.unit, 'year');
  assert.deepEqual(years.values, [['20 years'], ['25 years'], []]);
  assert.equal(years.disagree, true);
  assert.equal(figureGroups(docs.slice(0, 1).concat(docs.slice(0, 1))).find((g) => g.unit === 'year').disagree, false);
});

test('CSV exports start with a BOM, quote what needs it and defuse formulas', () => {
  const figures = figuresCsv(docs);
  assert.ok(figures.startsWith('\uFEFFdocument,kind,text,'));
  assert.match(figures, /\r\na\.txt,duration,20 عاما,0,7,20,,,year,/);
  assert.match(figures, /c\.txt,number,'=1\+1,/);
  const entities = entitiesCsv(docs);
  assert.match(entities, /\r\nb\.txt,per:pezeshkian,مسعود بيزشكيان,person,,2,بيزشكيان\r\n/);
});

test('the entities CSV gives each nationality a row of type nationality under its place key', () => {
  const withNationalities = [{ name: 'd.txt', analysis: { figures: [], entities: [], nationalities: [
    { canonical: 'روسي', key: 'loc:RU', place: 'روسيا', mentions: [
      { text: 'الروسي', start: 0, end: 6 }, { text: 'الروس', start: 10, end: 15 }, { text: 'الروسي', start: 20, end: 26 }] }] } }];
  assert.match(entitiesCsv(withNationalities), /\r\nd\.txt,loc:RU,روسي,nationality,,3,الروسي \| الروس\r\n/);
  // Analyses without the list (from before it existed) still export.
  assert.ok(entitiesCsv(docs).includes('per:pezeshkian'));
});
