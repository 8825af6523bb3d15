// The selected document: a legend that filters highlights and rows by kind and type, the text (right to
// left, highlighted in place), and its figures, entities and nationalities tables. Clicking a row scrolls to
// its mention; clicking a mention selects its row.
import { el } from './dom.js';
import {
  ENTITY_TYPES, FIGURE_KINDS, NATIONALITY, caretAt, focusRanges, highlightAnalysis, itemAt, scrollRangeIntoView, textNodeRanges,
} from './highlights.js';
import { t } from './strings.js';
import { entitiesTable, figuresTable, nationalitiesTable } from './tables.js';

/** Kinds and types the user has switched off; kept across documents, as an analyst reads a corpus. */
const hidden = new Set();

function legend(analysis, nationalities, onChange) {
  const present = new Set([...analysis.figures.map((f) => f.kind), ...analysis.entities.map((e) => e.type)]);
  if (nationalities.length > 0) present.add(NATIONALITY);
  const item = (name, label) => el('li', {},
    el('label', { class: present.has(name) ? '' : 'absent' },
      el('input', { type: 'checkbox', value: name, checked: !hidden.has(name) }),
      el('span', { class: `swatch swatch-${name}` }), label));
  const list = el('ul', { class: 'legend', 'aria-label': t.legend },
    ...FIGURE_KINDS.map((kind) => item(kind, t.kinds[kind])),
    ...ENTITY_TYPES.map((type) => item(type, t.entityTypes[type])),
    item(NATIONALITY, t.nationality));
  list.addEventListener('change', (event) => {
    if (event.target.checked) hidden.delete(event.target.value);
    else hidden.add(event.target.value);
    onChange();
  });
  return list;
}

function section(title, content) {
  return el('details', { class: 'result-section', open: true }, el('summary', { text: title }), content);
}

/** Renders `doc` ({name, text, analysis}) into a new element; `dispose()` removes its highlights. */
export function renderDocumentView(doc) {
  const { analysis } = doc;
  const nationalityList = analysis.nationalities ?? [];
  // The whole text is one text node, so that the analysis offsets are Range offsets as they are.
  const textNode = document.createTextNode(doc.text);
  const textBox = el('div', { class: 'doc-text', dir: 'rtl', lang: 'ar', tabindex: 0 }, textNode);
  const highlights = highlightAnalysis(analysis, textNodeRanges(textNode));

  const handlers = (rangesOf) => ({
    onFocus: (index) => focusRanges(index === null ? [] : rangesOf(index)),
    onSelect: (index) => {
      const [first] = rangesOf(index);
      if (first) scrollRangeIntoView(first, textBox);
    },
  });
  const figures = figuresTable(analysis.figures, handlers((i) => highlights.figureRanges[i] ?? []));
  const entities = entitiesTable(analysis.entities, handlers((i) => highlights.entityRanges[i] ?? []));
  const nationalities = nationalitiesTable(nationalityList, handlers((i) => highlights.nationalityRanges[i] ?? []));
  const tables = { figures, entities, nationalities };

  function applyFilters() {
    textBox.dataset.hidden = [...hidden].join(' ');
    for (const row of figures.element.querySelectorAll?.('tbody tr') ?? []) row.hidden = hidden.has(row.dataset.kind);
    for (const row of entities.element.querySelectorAll?.('tbody tr') ?? []) row.hidden = hidden.has(row.dataset.type);
    for (const row of nationalities.element.querySelectorAll?.('tbody tr') ?? []) row.hidden = hidden.has(NATIONALITY);
  }

  textBox.addEventListener('click', (event) => {
    const caret = caretAt(event.clientX, event.clientY);
    const hit = caret && itemAt(highlights, caret.node, caret.offset);
    if (hit) tables[hit.list].select(hit.index);
  });

  const summary = [t.figures(analysis.figures.length), t.entities(analysis.entities.length),
    nationalityList.length > 0 && t.nationalities(nationalityList.length),
    analysis.reference && t.referenceFrom(analysis.reference)].filter(Boolean).join(' · ');
  const element = el('article', { class: 'doc', 'data-state': 'done' },
    el('header', { class: 'doc-header' }, el('h2', {}, el('bdi', { text: doc.name })), el('p', { class: 'doc-summary', text: summary })),
    legend(analysis, nationalityList, applyFilters),
    el('div', { class: 'doc-body' }, textBox,
      el('div', { class: 'doc-results' },
        section(t.figures(analysis.figures.length), figures.element),
        section(t.entities(analysis.entities.length), entities.element),
        section(t.nationalities(nationalityList.length), nationalities.element))));
  applyFilters();
  return { element, dispose: () => highlights.dispose() };
}
