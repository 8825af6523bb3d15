// The figures table (sortable), the entities table and the nationalities table of one document. Rows report focus and selection
// by their item's index, so that the document view can emphasise and scroll to the matching text, and the
// view can select a row when its mention is clicked.
import { el, ltr } from './dom.js';
import { formatFigureValue } from './format.js';
import { formatFigureArabic } from './format-arabic.js';
import { t } from './strings.js';

const arabicCell = (text) => el('td', { dir: 'rtl', lang: 'ar' }, el('bdi', { text: text ?? '' }));

const byValue = (figure) => (typeof figure.value === 'number' ? figure.value : figure.min ?? figure.value ?? '');

/** How each sortable column orders figures; the text column keeps document order. */
const FIGURE_SORT_KEYS = {
  text: (figure) => figure.start,
  kind: (figure) => figure.kind,
  arabic: byValue,
  latin: byValue,
  subject: (figure) => figure.subject ?? '',
};

function compare(a, b) {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return String(a).localeCompare(String(b), 'ar');
}

function figureRow(figure, index) {
  // data-* carry the raw values for scripts and tests; the cells show them formatted.
  return el('tr', {
    tabindex: 0, 'data-index': index, 'data-kind': figure.kind,
    'data-value': figure.value, 'data-unit': figure.unit, 'data-start': figure.start, 'data-end': figure.end,
  },
  arabicCell(figure.text),
  el('td', { class: `kind kind-${figure.kind}`, text: t.kinds[figure.kind] ?? figure.kind }),
  el('td', { class: 'value', dir: 'rtl', lang: 'ar' }, el('bdi', { text: formatFigureArabic(figure) })),
  el('td', { class: 'value' }, ltr(formatFigureValue(figure))),
  arabicCell(figure.subject));
}

function entityRow(entity, index) {
  return el('tr', { tabindex: 0, 'data-index': index, 'data-type': entity.type, 'data-key': entity.key },
    arabicCell(entity.canonical),
    el('td', { class: `entity-type type-${entity.type}`, text: t.entityTypes[entity.type] ?? entity.type }),
    el('td', { class: 'count', text: entity.mentions.length }));
}

/** Each form of a nationality once, in the order the text first uses it: الروسي · الروسية · الروس. */
export const nationalityForms = (nationality) => [...new Set(nationality.mentions.map((mention) => mention.text))];

function nationalityRow(nationality, index) {
  return el('tr', { tabindex: 0, 'data-index': index, 'data-key': nationality.key },
    arabicCell(nationality.canonical),
    arabicCell(nationality.place),
    arabicCell(nationalityForms(nationality).join(' · ')),
    el('td', { class: 'count', text: nationality.mentions.length }));
}

/** Calls onFocus(index | null) as rows are hovered or focused, and onSelect(index) on click or Enter. */
function wireRows(tableElement, { onFocus, onSelect }) {
  const rowIndex = (event) => {
    const row = event.target.closest('tr[data-index]');
    return row ? Number(row.dataset.index) : null;
  };
  tableElement.addEventListener('pointerover', (event) => onFocus(rowIndex(event)));
  tableElement.addEventListener('pointerleave', () => onFocus(null));
  tableElement.addEventListener('focusin', (event) => onFocus(rowIndex(event)));
  tableElement.addEventListener('click', (event) => {
    const index = rowIndex(event);
    if (index !== null) onSelect(index);
  });
  tableElement.addEventListener('keydown', (event) => {
    const index = rowIndex(event);
    if (event.key === 'Enter' && index !== null) onSelect(index);
  });
}

/** A table whose rows can be selected by index: returns {element, select(index)}. */
function selectableTable(className, headerCells, rows, handlers) {
  const body = el('tbody', {}, ...rows);
  const element = el('table', { class: `results ${className}` }, el('thead', {}, el('tr', {}, ...headerCells)), body);
  wireRows(element, handlers);
  return {
    element,
    body,
    select(index) {
      for (const row of body.querySelectorAll('[aria-selected]')) row.removeAttribute('aria-selected');
      const row = body.querySelector(`tr[data-index="${index}"]`);
      if (!row) return;
      row.setAttribute('aria-selected', 'true');
      row.scrollIntoView({ block: 'nearest' });
      row.focus({ preventScroll: true });
    },
  };
}

const emptyTable = () => ({ element: el('p', { class: 'none', text: t.noneFound }), select() {} });

export function figuresTable(figures, handlers) {
  if (figures.length === 0) return emptyTable();
  const rows = figures.map(figureRow);
  const sort = { column: 'text', ascending: true };
  const headerCells = Object.entries(t.figureColumns).map(([column, label]) => {
    const button = el('button', { type: 'button', class: 'sort', 'data-column': column, text: label });
    return el('th', { scope: 'col', 'aria-sort': column === 'text' ? 'ascending' : 'none' }, button);
  });
  const table = selectableTable('figures', headerCells, rows, handlers);
  table.element.querySelector('thead').addEventListener('click', (event) => {
    const column = event.target.closest('button.sort')?.dataset.column;
    if (!column) return;
    sort.ascending = sort.column === column ? !sort.ascending : true;
    sort.column = column;
    const key = FIGURE_SORT_KEYS[column];
    const order = figures.map((figure, index) => index)
      .sort((a, b) => compare(key(figures[a]), key(figures[b])) * (sort.ascending ? 1 : -1) || a - b);
    table.body.replaceChildren(...order.map((index) => rows[index]));
    for (const th of table.element.querySelectorAll('th')) {
      const mine = th.querySelector('button').dataset.column === column;
      th.setAttribute('aria-sort', mine ? (sort.ascending ? 'ascending' : 'descending') : 'none');
    }
  });
  return table;
}

export function entitiesTable(entities, handlers) {
  if (entities.length === 0) return emptyTable();
  const headerCells = Object.values(t.entityColumns).map((label) => el('th', { scope: 'col', text: label }));
  return selectableTable('entities', headerCells, entities.map(entityRow), handlers);
}

/** Nationality adjectives: the adjective, the place it refers to, the forms the text uses, and how often. */
export function nationalitiesTable(nationalities, handlers) {
  if (nationalities.length === 0) return emptyTable();
  const headerCells = Object.values(t.nationalityColumns).map((label) => el('th', { scope: 'col', text: label }));
  return selectableTable('nationalities', headerCells, nationalities.map(nationalityRow), handlers);
}
