// The text of a PDF, by pdf.js (self-hosted in pkg/vendor, with its own worker), loaded the first time a
// PDF arrives. pdf.js returns right-to-left runs in logical order, which is what the analysis needs.

const PDFJS_URL = new URL('../pkg/vendor/pdf.min.mjs', import.meta.url);
const PDFJS_WORKER_URL = new URL('../pkg/vendor/pdf.worker.min.mjs', import.meta.url);
let loading = null;

function loadPdfjs() {
  loading ??= import(PDFJS_URL.href).then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = PDFJS_WORKER_URL.href;
    return pdfjs;
  }, (error) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Calls onProgress(fraction) after each page. */
export async function pdfToText(arrayBuffer, onProgress = () => {}) {
  const pdfjs = await loadPdfjs();
  // No eval (the page's CSP forbids it) and no font loading: only the text is wanted.
  const loading = pdfjs.getDocument({ data: new Uint8Array(arrayBuffer), isEvalSupported: false, disableFontFace: true });
  try {
    const pdf = await loading.promise;
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const content = await (await pdf.getPage(number)).getTextContent();
      pages.push(content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
      onProgress(number / pdf.numPages);
    }
    return pages.join('\n\n').trim();
  } finally {
    await loading.destroy();
  }
}
