// Views across documents, as plain data (pure, so Node tests can call them): entities joined on `key`
// into an entity × document matrix, nationality adjectives likewise, and figures grouped by subject and unit with disagreements marked.
import { formatFigureValue } from './format.js';

/**
 * Rows of {key, canonical, type, counts} where counts[i] is the number of mentions in documents[i]
 * ({name, analysis}). Most widely reported entities first.
 */
export function entityMatrix(documents) {
  return matrixRows(documents, (analysis) => analysis.entities, (entity) => entity.type);
}

/**
 * The same rows for nationality adjectives ({key, canonical, type: 'nationality', place, counts}), joined on
 * their place's key, so that الروس in one article and روسي in another are one row.
 */
export function nationalityMatrix(documents) {
  return matrixRows(documents, (analysis) => analysis.nationalities ?? [], () => 'nationality');
}

function matrixRows(documents, itemsOf, typeOf) {
  const rows = new Map();
  documents.forEach(({ analysis }, column) => {
    for (const entity of itemsOf(analysis)) {
      let row = rows.get(entity.key);
      if (!row) {
        row = { key: entity.key, type: typeOf(entity), names: new Map(), counts: new Array(documents.length).fill(0) };
        if (entity.place) row.place = entity.place;
        rows.set(entity.key, row);
      }
      row.counts[column] += entity.mentions.length;
      row.names.set(entity.canonical, (row.names.get(entity.canonical) ?? 0) + 1);
    }
  });
  const documentsWith = (row) => row.counts.filter(Boolean).length;
  const total = (row) => row.counts.reduce((sum, count) => sum + count, 0);
  return [...rows.values()]
    .map(({ names, ...row }) => ({ ...row, canonical: [...names].sort((a, b) => b[1] - a[1])[0][0] }))
    .sort((a, b) => documentsWith(b) - documentsWith(a) || total(b) - total(a) || a.canonical.localeCompare(b.canonical, 'ar'));
}

// Amounts that measure something can contradict each other; bare numbers, dates and names cannot.
const COMPARABLE_KINDS = new Set(['quantity', 'money', 'percent', 'duration', 'count']);

/**
 * Groups of {subject, kind, unit, per, values, documents, comparable, disagree}: values[i] is the sorted list of distinct
 * normalised values documents[i] gives for the group. A group disagrees when two documents report it
 * with no value in common (e.g. one treaty's term as 20 years in one article and 25 in another).
 */
export function figureGroups(documents) {
  const groups = new Map();
  documents.forEach(({ analysis }, column) => {
    for (const figure of analysis.figures) {
      const id = [figure.subject ?? '', figure.kind, figure.unit ?? '', figure.per ?? ''].join('\u0000');
      let group = groups.get(id);
      if (!group) {
        group = { subject: figure.subject, kind: figure.kind, unit: figure.unit, per: figure.per, values: documents.map(() => new Set()) };
        groups.set(id, group);
      }
      group.values[column].add(formatFigureValue(figure));
    }
  });
  return [...groups.values()].map((group) => {
    const values = group.values.map((set) => [...set].sort());
    const reported = values.filter((list) => list.length > 0);
    const comparable = COMPARABLE_KINDS.has(group.kind) && (group.subject || group.kind !== 'count');
    const disagree = Boolean(comparable) && reported.some((a, i) => reported.slice(i + 1).some((b) => !a.some((value) => b.includes(value))));
    return { ...group, values, documents: reported.length, comparable: Boolean(comparable), disagree };
  }).sort((a, b) => b.disagree - a.disagree || b.documents - a.documents);
}
