// Turns a dropped or chosen file into the text to analyse, by its kind: HTML, .docx and PDF through their
// extractors (the last two loaded only when needed), anything else as plain text in a detected encoding.
import { decodeText } from './decode-text.js';
import { docxToText } from './extract-docx.js';
import { htmlToText } from './extract-html.js';
import { pdfToText } from './extract-pdf.js';

const extension = (name) => name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';

/** Resolves to the file's text; rejects with an Error whose `code` names the problem. onProgress gets 0..1. */
export async function readDocument(file, onProgress = () => {}) {
  const bytes = await file.arrayBuffer();
  onProgress(0.3);
  const kind = extension(file.name);
  let text;
  if (kind === 'docx') text = await docxToText(bytes);
  else if (kind === 'pdf') text = await pdfToText(bytes, (fraction) => onProgress(0.3 + 0.6 * fraction));
  else if (kind === 'html' || kind === 'htm' || file.type === 'text/html') text = htmlToText(decodeText(bytes));
  else text = decodeText(bytes);
  if (!text.trim()) throw Object.assign(new Error('no text'), { code: 'E_EMPTY' });
  return text;
}
