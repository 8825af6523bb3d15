// Exports: every document's results as JSON (the command line's shape), the figures and the entities (with
// the nationality adjectives as rows of type `nationality`, keyed by their place) as CSV in UTF-8 with a byte-order mark (so Excel reads the Arabic), downloads and the clipboard.
import { formatFigureValue } from './format.js';
import { formatFigureArabic } from './format-arabic.js';

const BOM = '\uFEFF';
const FIGURE_FIELDS = ['kind', 'text', 'start', 'end', 'value', 'min', 'max', 'unit', 'per', 'approx', 'bound', 'subject', 'grain', 'calendar', 'hijri'];

/** The export of `documents` ({name, analysis}); documents without an analysis are left out. */
export function exportPayload(documents, engineVersion) {
  return {
    khabar: engineVersion,
    exported: new Date().toISOString(),
    documents: documents.filter((doc) => doc.analysis).map(({ name, analysis }) => ({ file: name, ...analysis })),
  };
}

/** One CSV field. Text that a spreadsheet would run as a formula gets a leading apostrophe. */
function csvField(value) {
  if (value === undefined || value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const csv = (header, rows) => BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';

export function figuresCsv(documents) {
  const rows = documents.filter((doc) => doc.analysis).flatMap(({ name, analysis }) =>
    analysis.figures.map((figure) => [name, ...FIGURE_FIELDS.map((field) => figure[field]), formatFigureArabic(figure), formatFigureValue(figure)]));
  return csv(['document', ...FIGURE_FIELDS, 'value_ar', 'value_latin'], rows);
}

export function entitiesCsv(documents) {
  const forms = (item) => [...new Set(item.mentions.map((mention) => mention.text))].join(' | ');
  const rows = documents.filter((doc) => doc.analysis).flatMap(({ name, analysis }) => [
    ...analysis.entities.map((entity) => [name, entity.key, entity.canonical, entity.type, entity.role, entity.mentions.length, forms(entity)]),
    ...(analysis.nationalities ?? []).map((nationality) =>
      [name, nationality.key, nationality.canonical, 'nationality', undefined, nationality.mentions.length, forms(nationality)]),
  ]);
  return csv(['document', 'key', 'canonical', 'type', 'role', 'mentions', 'forms'], rows);
}

/** Offers `contents` as a download named `fileName`. */
export function download(contents, fileName, type) {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
