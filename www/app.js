// The page: takes articles in (drop, file picker, paste), reads each file by its kind, has the worker
// pool analyse them, and shows the list of documents, the selected document and the corpus view.
import { AnalysisPool } from './ui/analysis-pool.js';
import { renderCorpus } from './ui/corpus-view.js';
import { DocumentList } from './ui/document-list.js';
import { renderDocumentView } from './ui/document-view.js';
import { el } from './ui/dom.js';
import { download, entitiesCsv, exportPayload, figuresCsv } from './ui/export.js';
import { readDocument } from './ui/read-document.js';
import { applyStaticStrings, language, onLanguageChange, setLanguage, t } from './ui/strings.js';

// Files read at once: enough to keep every worker busy, few enough that a thousand dropped files do not
// all sit in memory as bytes together.
const READ_CONCURRENCY = 6;
// Documents listed per frame: a drop of 1,000 files is listed in slices, so that no frame is long.
const LIST_BATCH = 100;
const LANGUAGE_KEY = 'khabar-language';

const $ = (id) => document.getElementById(id);
const ui = {
  dropZone: $('drop-zone'),
  fileInput: $('file-input'),
  pasteForm: $('paste-form'),
  pasteText: $('paste-text'),
  referenceDate: $('reference-date'),
  status: $('status'),
  notice: $('notice'),
  exportJson: $('export-json'),
  exportFigures: $('export-figures-csv'),
  exportEntities: $('export-entities-csv'),
  copyJson: $('copy-json'),
  clearButton: $('clear-all'),
  languageButton: $('language'),
  tabs: [...document.querySelectorAll('[role="tab"]')],
  documentView: $('document-view'),
  corpusView: $('corpus-view'),
  engineVersion: $('engine-version'),
};

const pool = new AnalysisPool(new URL('./worker.js', import.meta.url));
const list = new DocumentList($('document-list'), { onSelect: select, onRemove: removeDocument });
/** Every document, in the order added: {id, name, state, progress, file?, text?, analysis?, error?}. */
let documents = [];
let nextId = 1;
let pastedCount = 0;
let engineVersion = null;
let selected = null;
let shownView = null;
const readQueue = [];
let reading = 0;
/** Bumped by Clear all, so that a drop still being listed stops. */
let generation = 0;

const analysed = () => documents.filter((doc) => doc.analysis);

// --- rendering, batched to one frame so a thousand arriving results do not re-render a thousand times
let frameRequested = false;
let corpusStale = true;
function scheduleRender() {
  corpusStale = true;
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(() => {
    frameRequested = false;
    renderStatus();
    if (!ui.corpusView.hidden && corpusStale) {
      corpusStale = false;
      renderCorpus(ui.corpusView, analysed());
    }
  });
}

function renderStatus() {
  const counts = {
    total: documents.length,
    pending: documents.filter((doc) => doc.state !== 'done' && doc.state !== 'error').length,
    failed: documents.filter((doc) => doc.state === 'error').length,
  };
  ui.status.textContent = counts.total === 0 ? t.noDocuments : t.status(counts);
  const none = analysed().length === 0;
  for (const button of [ui.exportJson, ui.exportFigures, ui.exportEntities, ui.copyJson]) button.disabled = none;
  ui.clearButton.disabled = counts.total === 0;
}

function renderSelected() {
  shownView?.dispose();
  shownView = null;
  if (!selected?.analysis) {
    ui.documentView.replaceChildren(el('p', { class: 'none', text: selected ? t.failed(selected.error ?? {}) : t.noSelection }));
    return;
  }
  shownView = renderDocumentView(selected);
  ui.documentView.replaceChildren(shownView.element);
}

function select(doc) {
  selected = doc;
  list.markSelected(doc);
  renderSelected();
}

function update(doc, changes) {
  Object.assign(doc, changes);
  // A read or an analysis that finishes after its document was removed has nothing left to show.
  if (doc.removed) return;
  list.update(doc);
  // The first result is shown at once, so that a big drop has something to read while the rest run.
  if (doc.state === 'done' && !selected) select(doc);
  scheduleRender();
}

// --- intake
function analysisOptions() {
  return ui.referenceDate.value ? { reference_date: ui.referenceDate.value } : undefined;
}

async function analyse(doc) {
  if (doc.removed) return;
  try {
    update(doc, { state: 'analysing', progress: 0.9 });
    update(doc, { state: 'done', analysis: await pool.analyze(doc.text, analysisOptions()) });
  } catch (error) {
    update(doc, { state: 'error', error });
  }
}

function addDocument(name, fields) {
  const doc = { id: nextId++, name, state: 'queued', progress: 0, ...fields };
  documents.push(doc);
  list.add(doc);
  scheduleRender();
  return doc;
}

function pumpReads() {
  while (reading < READ_CONCURRENCY && readQueue.length > 0) {
    const doc = readQueue.shift();
    if (doc.removed) continue;
    reading += 1;
    update(doc, { state: 'reading', progress: 0.1 });
    readDocument(doc.file, (fraction) => update(doc, { progress: 0.1 + 0.7 * fraction }))
      .then((text) => {
        doc.file = null;
        doc.text = text;
        analyse(doc);
      }, (error) => update(doc, { state: 'error', error, file: null }))
      .finally(() => {
        reading -= 1;
        pumpReads();
      });
  }
}

async function addFiles(fileList) {
  const files = [...fileList];
  const started = generation;
  for (let i = 0; i < files.length && generation === started; i += LIST_BATCH) {
    if (i > 0) await new Promise(requestAnimationFrame);
    if (generation !== started) break;
    for (const file of files.slice(i, i + LIST_BATCH)) readQueue.push(addDocument(file.name, { file }));
    pumpReads();
  }
}

function removeDocument(doc) {
  doc.removed = true;
  documents = documents.filter((other) => other !== doc);
  list.remove(doc);
  if (selected === doc) select(analysed()[0] ?? null);
  scheduleRender();
}

// --- wiring
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

async function copyJson() {
  try {
    await navigator.clipboard.writeText(JSON.stringify(exportPayload(documents, engineVersion), null, 2));
    ui.notice.textContent = t.copied;
  } catch {
    ui.notice.textContent = t.copyFailed;
  }
}

function showTab(tab) {
  for (const button of ui.tabs) {
    const active = button === tab;
    button.setAttribute('aria-selected', String(active));
    button.tabIndex = active ? 0 : -1;
    $(button.getAttribute('aria-controls')).hidden = !active;
  }
  scheduleRender();
}

function wireTabs() {
  for (const tab of ui.tabs) {
    tab.addEventListener('click', () => showTab(tab));
    // Arrow keys move between tabs, as in every tab list.
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const direction = document.documentElement.dir === 'rtl' ? -step : step;
      const next = ui.tabs[(ui.tabs.indexOf(tab) + direction + ui.tabs.length) % ui.tabs.length];
      next.focus();
      showTab(next);
    });
  }
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
    analyse(addDocument(t.pasted(pastedCount), { text }));
  });
  ui.exportJson.addEventListener('click', () =>
    download(JSON.stringify(exportPayload(documents, engineVersion), null, 2), 'khabar-results.json', 'application/json'));
  ui.exportFigures.addEventListener('click', () => download(figuresCsv(documents), 'khabar-figures.csv', 'text/csv;charset=utf-8'));
  ui.exportEntities.addEventListener('click', () => download(entitiesCsv(documents), 'khabar-entities.csv', 'text/csv;charset=utf-8'));
  ui.copyJson.addEventListener('click', copyJson);
  ui.clearButton.addEventListener('click', () => {
    generation += 1;
    for (const doc of documents) doc.removed = true;
    documents = [];
    readQueue.length = 0;
    list.clear();
    ui.notice.textContent = '';
    select(null);
    scheduleRender();
  });
  ui.languageButton.addEventListener('click', () => {
    const next = language() === 'ar' ? 'en' : 'ar';
    localStorage.setItem(LANGUAGE_KEY, next);
    setLanguage(next);
  });
}

onLanguageChange(() => {
  applyStaticStrings();
  ui.notice.textContent = '';
  for (const doc of documents) list.update(doc);
  renderSelected();
  scheduleRender();
});

wireDropZone();
wireInputs();
wireTabs();
setLanguage(localStorage.getItem(LANGUAGE_KEY) ?? 'en');
pool.version().then(
  (version) => { engineVersion = version; ui.engineVersion.textContent = `v${version}`; },
  (error) => { ui.engineVersion.textContent = t.failed(error); },
);
