// The text of a .docx file, by mammoth (self-hosted in pkg/vendor). mammoth's browser build is a classic
// script, so it is added as a <script> the first time a .docx arrives, never before.

const MAMMOTH_URL = new URL('../pkg/vendor/mammoth.browser.min.js', import.meta.url);
let loading = null;

function loadMammoth() {
  loading ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: MAMMOTH_URL.href });
    script.onload = () => resolve(window.mammoth);
    script.onerror = () => {
      loading = null;
      reject(new Error('could not load the .docx reader'));
    };
    document.head.append(script);
  });
  return loading;
}

export async function docxToText(arrayBuffer) {
  const mammoth = await loadMammoth();
  const { value } = await mammoth.extractRawText({ arrayBuffer });
  return value.replace(/\n{3,}/g, '\n\n').trim();
}
