// One document on the page: its text (right to left, highlighted in place) beside its results.
import { el } from './dom.js';
import { focusRanges, highlightAnalysis, scrollRangeIntoView } from './highlights.js';
import { strings } from './strings.js';
import { entitiesTable, figuresTable } from './tables.js';

function resultsSection(title, content) {
  return el('details', { class: 'result-section', open: true }, el('summary', { text: title }), content);
}

/**
 * Creates the view of a document that is being analysed; `onRemove` is called when the user removes it
 * (not when `remove()` is called).
 */
export function createDocumentView({ name, text }, { onRemove }) {
  // The whole text is one text node, so that highlight ranges can use the analysis offsets as they are.
  const textNode = document.createTextNode(text);
  const textBox = el('div', { class: 'doc-text', dir: 'rtl', lang: 'ar', tabindex: 0 }, textNode);
  const summary = el('p', { class: 'doc-summary', text: strings.analysing });
  const results = el('div', { class: 'doc-results' });
  const removeButton = el('button', { type: 'button', class: 'remove', 'aria-label': strings.remove, title: strings.remove, text: '×' });
  const root = el('article', { class: 'doc', 'data-state': 'pending' },
    el('header', { class: 'doc-header' }, el('h2', {}, el('bdi', { text: name })), summary, removeButton),
    el('div', { class: 'doc-body' }, textBox, results));

  let highlights = null;
  let removed = false;
  function remove() {
    removed = true;
    highlights?.dispose();
    root.remove();
  }
  removeButton.addEventListener('click', () => {
    remove();
    onRemove();
  });

  function focusHandlers(rangesOf) {
    return {
      onFocus: (index) => focusRanges(index === null ? [] : rangesOf(index)),
      onSelect: (index) => {
        const [first] = rangesOf(index);
        if (first) scrollRangeIntoView(first, textBox);
      },
    };
  }

  return {
    root,
    remove,
    showAnalysis(analysis) {
      // An analysis that arrives after its document was removed has nothing left to show on.
      if (removed) return;
      root.dataset.state = 'done';
      highlights = highlightAnalysis(textNode, analysis);
      summary.textContent = [
        strings.figures(analysis.figures.length),
        strings.entities(analysis.entities.length),
        analysis.reference && strings.referenceFrom(analysis.reference),
      ].filter(Boolean).join(' · ');
      results.replaceChildren(
        resultsSection(strings.figures(analysis.figures.length),
          figuresTable(analysis.figures, focusHandlers((index) => highlights.figureRanges[index] ?? []))),
        resultsSection(strings.entities(analysis.entities.length),
          entitiesTable(analysis.entities, focusHandlers((index) => highlights.entityRanges[index] ?? []))));
    },
    showError(error) {
      root.dataset.state = 'error';
      summary.textContent = strings.failed(error);
    },
  };
}
