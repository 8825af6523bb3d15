// The page: takes articles in (drop, file picker, paste), has the worker pool analyse them,
// and shows each one with its highlights and tables.
import { AnalysisPool } from './ui/analysis-pool.js';
import { createDocumentView } from './ui/document-view.js';
import { downloadJson, exportPayload } from './ui/export-json.js';
import { isTextFile, readText } from './ui/read-files.js';
import { strings } from './ui/strings.js';

const $ = (id) => document.getElementById(id);
const ui = {
  dropZone: $('drop-zone'),
  fileInput: $('file-input'),
  pasteForm: $('paste-form'),
  pasteText: $('paste-text'),
  referenceDate: $('reference-date'),
  status: $('status'),
  exportButton: $('export-json'),
  clearButton: $('clear-all'),
  documents: $('documents'),
  engineVersion: $('engine-version'),
};

const pool = new AnalysisPool(new URL('./worker.js', import.meta.url));
/** Every document on the page, in the order added: {name, text, view, analysis?, error?}. */
let documents = [];
let pastedCount = 0;
let engineVersion = null;
let notice = '';

function updateStatus() {
  const counts = {
    total: documents.length,
    pending: documents.filter((doc) => !doc.analysis && !doc.error).length,
    failed: documents.filter((doc) => doc.error).length,
  };
  const summary = counts.total === 0 ? strings.noDocuments : strings.status(counts);
  ui.status.textContent = notice ? `${summary}. ${notice}` : summary;
  ui.exportButton.disabled = !documents.some((doc) => doc.analysis);
  ui.clearButton.disabled = counts.total === 0;
}

function analysisOptions() {
  return ui.referenceDate.value ? { reference_date: ui.referenceDate.value } : undefined;
}

async function addDocument(name, text) {
  const doc = { name, text };
  doc.view = createDocumentView(doc, {
    onRemove: () => {
      documents = documents.filter((other) => other !== doc);
      updateStatus();
    },
  });
  documents.push(doc);
  ui.documents.append(doc.view.root);
  updateStatus();
  try {
    doc.analysis = await pool.analyze(text, analysisOptions());
    doc.view.showAnalysis(doc.analysis);
  } catch (error) {
    doc.error = error;
    doc.view.showError(error);
  }
  updateStatus();
}

async function addFiles(fileList) {
  const files = [...fileList];
  const skipped = files.filter((file) => !isTextFile(file));
  notice = skipped.length ? strings.skippedFiles(skipped.map((file) => file.name)) : '';
  const texts = await Promise.all(files.filter(isTextFile).map(async (file) => [file.name, await readText(file)]));
  await Promise.all(texts.map(([name, text]) => addDocument(name, text)));
}

function wireDropZone() {
  // Files may be dropped anywhere on the page; the drop zone lights up while they are dragged.
  let dragDepth = 0;
  const carriesFiles = (event) => event.dataTransfer?.types.includes('Files');
  window.addEventListener('dragenter', (event) => {
    if (!carriesFiles(event)) return;
    dragDepth += 1;
    ui.dropZone.classList.add('dragging');
  });
  window.addEventListener('dragleave', (event) => {
    if (!carriesFiles(event)) return;
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) ui.dropZone.classList.remove('dragging');
  });
  window.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    dragDepth = 0;
    ui.dropZone.classList.remove('dragging');
    addFiles(event.dataTransfer.files);
  });
}

function wireInputs() {
  ui.fileInput.addEventListener('change', () => {
    addFiles(ui.fileInput.files);
    // Choosing the same file again must fire another change.
    ui.fileInput.value = '';
  });
  ui.pasteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = ui.pasteText.value;
    if (!text.trim()) return;
    pastedCount += 1;
    ui.pasteText.value = '';
    addDocument(strings.pasted(pastedCount), text);
  });
  ui.exportButton.addEventListener('click', () => {
    downloadJson(exportPayload(documents, engineVersion), 'khabar-results.json');
  });
  ui.clearButton.addEventListener('click', () => {
    for (const doc of documents) doc.view.remove();
    documents = [];
    notice = '';
    updateStatus();
  });
}

wireDropZone();
wireInputs();
updateStatus();
pool.version().then(
  (version) => { engineVersion = version; ui.engineVersion.textContent = `v${version}`; },
  (error) => { ui.engineVersion.textContent = strings.failed(error); },
);
