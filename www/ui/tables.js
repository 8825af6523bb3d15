// The figures and entities tables of one document. Rows report hover, focus and selection by index,
// so that the document view can emphasise and scroll to the matching text.
import { el, ltr } from './dom.js';
import { formatFigureValue } from './format.js';
import { strings } from './strings.js';

const arabicCell = (text) => el('td', { dir: 'rtl', lang: 'ar', text: text ?? '' });

function table(className, columns, rows) {
  return el('table', { class: `results ${className}` },
    el('thead', {}, el('tr', {}, ...columns.map((column) => el('th', { scope: 'col', text: column })))),
    el('tbody', {}, ...rows));
}

function figureRow(figure, index) {
  // data-* carry the raw values for scripts and tests; the cells show them formatted.
  return el('tr', {
    tabindex: 0, 'data-index': index, 'data-kind': figure.kind,
    'data-value': figure.value, 'data-unit': figure.unit, 'data-start': figure.start, 'data-end': figure.end,
  },
  arabicCell(figure.text),
  el('td', { class: `kind kind-${figure.kind}`, text: figure.kind }),
  el('td', { class: 'value' }, ltr(formatFigureValue(figure))),
  arabicCell(figure.subject));
}

function entityRow(entity, index) {
  return el('tr', { tabindex: 0, 'data-index': index, 'data-type': entity.type, 'data-key': entity.key },
    arabicCell(entity.canonical),
    el('td', { class: `entity-type type-${entity.type}`, text: strings.entityTypes[entity.type] ?? entity.type }),
    el('td', { class: 'count', text: entity.mentions.length }));
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
  tableElement.addEventListener('focusout', () => onFocus(null));
  tableElement.addEventListener('click', (event) => {
    const index = rowIndex(event);
    if (index !== null) onSelect(index);
  });
  tableElement.addEventListener('keydown', (event) => {
    const index = rowIndex(event);
    if (event.key === 'Enter' && index !== null) onSelect(index);
  });
  return tableElement;
}

export function figuresTable(figures, handlers) {
  if (figures.length === 0) return el('p', { class: 'none', text: strings.noneFound });
  return wireRows(table('figures', strings.figureColumns, figures.map(figureRow)), handlers);
}

export function entitiesTable(entities, handlers) {
  if (entities.length === 0) return el('p', { class: 'none', text: strings.noneFound });
  return wireRows(table('entities', strings.entityColumns, entities.map(entityRow)), handlers);
}
