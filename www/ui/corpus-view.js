// The corpus view: the entity × document and nationality × document matrices and the figure groups, from
// corpus.js.
import { entityMatrix, figureGroups, nationalityMatrix } from './corpus.js';
import { el, ltr } from './dom.js';
import { t } from './strings.js';

// Past this many columns the matrix stops being readable, and its DOM too large to stay fast.
const MAX_COLUMNS = 40;
const MAX_GROUPS = 300;

function matrix(documents, rows, { title, className, label }) {
  const shown = documents.slice(0, MAX_COLUMNS);
  const table = el('table', { class: `results ${className}` },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col', text: t.matrixEntity }),
      el('th', { scope: 'col', text: t.matrixDocuments }),
      ...shown.map((doc) => el('th', { scope: 'col', class: 'doc-column', title: doc.name }, el('bdi', { text: doc.name }))))),
    el('tbody', {}, ...rows.map((row) => el('tr', { 'data-key': row.key, 'data-type': row.type },
      el('th', { scope: 'row', dir: 'rtl', lang: 'ar', class: `type-${row.type}` }, el('bdi', { text: label(row) })),
      el('td', { class: 'count', text: row.counts.filter(Boolean).length }),
      ...shown.map((doc, i) => el('td', { class: row.counts[i] ? 'count present' : 'count', text: row.counts[i] || '' }))))));
  return el('section', { class: 'corpus-part' }, el('h2', { text: title }),
    documents.length > MAX_COLUMNS ? el('p', { class: 'hint', text: t.matrixTruncated(MAX_COLUMNS, documents.length) }) : '',
    el('div', { class: 'scroll' }, table));
}

function groups(documents) {
  const rows = figureGroups(documents).slice(0, MAX_GROUPS).map((group) => {
    const label = [group.subject ?? t.noSubject, t.kinds[group.kind] ?? group.kind, group.unit, group.per && `/${group.per}`].filter(Boolean);
    const values = el('ul', { class: 'group-values' }, ...group.values.flatMap((list, i) => (list.length === 0 ? [] : [
      el('li', {}, el('bdi', { class: 'doc-ref', text: documents[i].name }), ': ', ltr(list.join(', '))),
    ])));
    const agreement = group.disagree ? t.disagree : !group.comparable ? '—' : group.documents > 1 ? t.agree : t.single;
    return el('tr', { 'data-disagree': group.disagree, class: group.disagree ? 'disagree' : '' },
      el('th', { scope: 'row' }, el('bdi', { text: label.join(' · ') })),
      el('td', {}, values),
      el('td', { class: 'agreement' }, group.disagree ? el('strong', { text: `⚠ ${agreement}` }) : agreement));
  });
  return el('section', { class: 'corpus-part' }, el('h2', { text: t.groupsTitle }),
    el('table', { class: 'results groups' },
      el('thead', {}, el('tr', {}, ...Object.values(t.groupColumns).map((label) => el('th', { scope: 'col', text: label })))),
      el('tbody', {}, ...rows)));
}

/** Renders the corpus view of `documents` ({name, analysis}) into `container`. */
export function renderCorpus(container, documents) {
  if (documents.length === 0) {
    container.replaceChildren(el('p', { class: 'none', text: t.corpusEmpty }));
    return;
  }
  const nationalities = nationalityMatrix(documents);
  container.replaceChildren(
    matrix(documents, entityMatrix(documents), { title: t.matrixTitle, className: 'matrix', label: (row) => row.canonical }),
    nationalities.length === 0 ? '' : matrix(documents, nationalities,
      { title: t.nationalityMatrixTitle, className: 'nationality-matrix', label: (row) => `${row.canonical} · ${row.place}` }),
    groups(documents));
}
