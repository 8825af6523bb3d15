// <khabar-analyzer>: khabar as a custom element. Its text (the element's own text content, or what the
// user types) is analysed in a Worker and shown highlighted, with a list of its figures, entities and
// nationality adjectives.
// Shadow DOM keeps the host page's styles out; CSS custom properties theme it:
//   --khabar-accent, --khabar-background, --khabar-ink, --khabar-font, --khabar-figure, --khabar-entity.
// Attributes: reference-date (YYYY-MM-DD), lang="ar" for Arabic labels. Fires `khabar-analysis` with the result.
import { AnalysisPool } from './ui/analysis-pool.js';
import { describeEntity, describeFigure, describeNationality } from './ui/describe.js';
import { el } from './ui/dom.js';
import { FIGURE_KINDS, highlightAnalysis, textNodeRanges } from './ui/highlights.js';

const STYLES = `
:host { display: block; font-family: var(--khabar-font, system-ui, sans-serif); color: var(--khabar-ink, #1c2430);
  background: var(--khabar-background, #fff); border: 1px solid color-mix(in srgb, var(--khabar-ink, #1c2430) 20%, transparent);
  border-radius: 10px; padding: 0.75rem 1rem; }
textarea { width: 100%; box-sizing: border-box; font: inherit; font-size: 1.05rem; line-height: 1.8; }
button { font: inherit; font-weight: 600; padding: 0.35rem 0.9rem; border-radius: 6px; border: 1px solid var(--khabar-accent, #1f4e79);
  background: var(--khabar-accent, #1f4e79); color: #fff; cursor: pointer; margin-block: 0.4rem; }
button:focus-visible { outline: 3px solid #ffd166; outline-offset: 2px; }
.text { white-space: pre-wrap; font-size: 1.15rem; line-height: 2; margin: 0.5rem 0; }
ul { margin: 0; padding-inline-start: 1.2rem; }
li { margin-block: 0.15rem; }
.latin { color: color-mix(in srgb, var(--khabar-ink, #1c2430) 65%, transparent); font-size: 0.9em; }
.error { color: #c0392b; }
${FIGURE_KINDS.map((kind) => `::highlight(kh-${kind})`).join(', ')} { background-color: var(--khabar-figure, #fbe3a1); }
::highlight(kh-person), ::highlight(kh-location), ::highlight(kh-organization), ::highlight(kh-misc) {
  text-decoration: underline 2px var(--khabar-entity, #1e8449); }
::highlight(kh-nationality) { text-decoration: underline dotted 2px var(--khabar-entity, #1e8449); }
`;

let sheet = null;
let pool = null;

class KhabarAnalyzer extends HTMLElement {
  #shadow = this.attachShadow({ mode: 'open' });
  #input = null;
  #output = null;
  #highlights = null;

  connectedCallback() {
    if (this.#input) return;
    sheet ??= new CSSStyleSheet();
    if (sheet.cssRules.length === 0) sheet.replaceSync(STYLES);
    this.#shadow.adoptedStyleSheets = [sheet];
    const arabic = this.getAttribute('lang') === 'ar';
    this.#input = el('textarea', { dir: 'rtl', lang: 'ar', rows: 4, 'aria-label': arabic ? 'النص' : 'Text to analyse' });
    this.#input.value = this.textContent.trim();
    const button = el('button', { type: 'submit', part: 'button', text: arabic ? 'حلّل' : 'Analyse' });
    const form = el('form', {}, this.#input, button);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.analyze(this.#input.value);
    });
    this.#output = el('div', { part: 'output', 'aria-live': 'polite' });
    this.#shadow.replaceChildren(form, this.#output);
    if (this.#input.value) this.analyze(this.#input.value);
  }

  disconnectedCallback() {
    this.#highlights?.dispose();
  }

  /** Analyses `text`, shows it, and resolves to the Analysis. */
  async analyze(text) {
    pool ??= new AnalysisPool(new URL('./worker.js', import.meta.url), 1);
    const referenceDate = this.getAttribute('reference-date');
    let analysis;
    try {
      analysis = await pool.analyze(text, referenceDate ? { reference_date: referenceDate } : undefined);
    } catch (error) {
      this.#output.replaceChildren(el('p', { class: 'error', text: `${error.code ?? 'error'}: ${error.message}` }));
      throw error;
    }
    this.#show(text, analysis);
    this.dispatchEvent(new CustomEvent('khabar-analysis', { detail: analysis, bubbles: true, composed: true }));
    return analysis;
  }

  #show(text, analysis) {
    this.#highlights?.dispose();
    const textNode = document.createTextNode(text);
    this.#highlights = highlightAnalysis(analysis, textNodeRanges(textNode));
    const item = ({ title, arabic, latin }, source) => el('li', {},
      el('bdi', { dir: 'rtl', lang: 'ar', text: source }), ' → ', el('bdi', { dir: 'rtl', lang: 'ar', text: arabic }), ' ',
      el('bdi', { class: 'latin', dir: 'ltr', text: `(${latin}, ${title})` }));
    this.#output.replaceChildren(
      el('div', { class: 'text', dir: 'rtl', lang: 'ar' }, textNode),
      el('ul', { class: 'figures', dir: 'rtl' }, ...analysis.figures.map((figure) => item(describeFigure(figure), figure.text))),
      el('ul', { class: 'entities', dir: 'rtl' }, ...analysis.entities.map((entity) => item(describeEntity(entity), entity.mentions[0]?.text ?? ''))),
      el('ul', { class: 'nationalities', dir: 'rtl' },
        ...analysis.nationalities.map((nationality) => item(describeNationality(nationality), nationality.mentions[0]?.text ?? ''))));
  }
}

if (!customElements.get('khabar-analyzer')) customElements.define('khabar-analyzer', KhabarAnalyzer);
