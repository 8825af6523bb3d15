// The in-place annotator. One tag on a host page,
//   <script type="module" src=".../annotate.js"></script>
// highlights the figures, entities and nationality adjectives inside every <article> of the page and shows their normalised values
// in a tooltip. The page's DOM is not changed (CSS Custom Highlight API), and nothing needs inline styles:
// the rules come in an adopted stylesheet, so a host page with a strict style-src keeps working.
import initGlue, * as glue from './pkg/khabar.js';
import { guardedApi } from './pkg/guard.js';
import { describeItem } from './ui/describe.js';
import { el, ltr } from './ui/dom.js';
import { FIGURE_KINDS, caretAt, highlightAnalysis, itemAt } from './ui/highlights.js';

const STYLES = `
${FIGURE_KINDS.map((kind) => `::highlight(kh-${kind})`).join(', ')} { background-color: var(--khabar-figure, #fbe3a1); }
::highlight(kh-person), ::highlight(kh-location), ::highlight(kh-organization), ::highlight(kh-misc) {
  text-decoration: underline 2px var(--khabar-entity, #1e8449); }
::highlight(kh-nationality) { text-decoration: underline dotted 2px var(--khabar-entity, #1e8449); }
.khabar-tooltip { position: fixed; z-index: 2147483647; max-width: 24rem; padding: 0.4rem 0.6rem; border-radius: 6px;
  background: #1c2430; color: #fff; font: 14px/1.5 system-ui, sans-serif; pointer-events: none; box-shadow: 0 2px 8px #0004; }
.khabar-tooltip[hidden] { display: none; }
.khabar-tooltip .title { opacity: 0.75; font-size: 12px; }
.khabar-tooltip .arabic { font-size: 16px; }
`;
// Elements whose text is not prose.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const BLOCKS = /^(P|DIV|H[1-6]|LI|BLOCKQUOTE|SECTION|HEADER|FOOTER|FIGCAPTION|TD|TH|DD|DT|PRE)$/;

/**
 * The article's text as one string, and the text nodes it came from. A line break is put between text
 * from different blocks, so that two paragraphs never run into one word; it belongs to no node.
 */
function collectText(root) {
  const segments = [];
  let text = '';
  let lastBlock = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement.closest([...SKIPPED].join(',')) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let block = node.parentElement;
    while (block !== root && !BLOCKS.test(block.tagName)) block = block.parentElement;
    if (lastBlock && block !== lastBlock) text += '\n';
    lastBlock = block;
    segments.push({ node, at: text.length });
    text += node.data;
  }
  return { text, segments };
}

/** Maps offsets in the collected string back to DOM ranges. */
function rangesOver(segments) {
  const position = (offset) => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle].at <= offset) low = middle;
      else high = middle - 1;
    }
    const { node, at } = segments[low];
    return [node, Math.min(offset - at, node.length)];
  };
  return ({ start, end }) => {
    const range = new Range();
    range.setStart(...position(start));
    range.setEnd(...position(end));
    return range;
  };
}

function tooltipContent({ title, arabic, latin }) {
  return [el('div', { class: 'title', text: title }), el('div', { class: 'arabic', dir: 'rtl', lang: 'ar', text: arabic }), el('div', {}, ltr(latin))];
}

function wireTooltip(annotated) {
  const tooltip = el('div', { class: 'khabar-tooltip', role: 'tooltip', hidden: true });
  document.body.append(tooltip);
  let shown = null;
  document.addEventListener('pointermove', (event) => {
    const caret = caretAt(event.clientX, event.clientY);
    const owner = caret && annotated.find(({ article }) => article.contains(caret.node));
    const hit = owner && itemAt(owner.highlights, caret.node, caret.offset);
    if (!hit) {
      tooltip.hidden = true;
      shown = null;
      return;
    }
    const item = owner.analysis[hit.list][hit.index];
    if (item !== shown) {
      shown = item;
      tooltip.replaceChildren(...tooltipContent(describeItem(owner.analysis, hit.list, hit.index)));
    }
    tooltip.hidden = false;
    // CSSOM property writes, which a CSP without 'unsafe-inline' allows (style attributes it would not).
    tooltip.style.left = `${Math.min(event.clientX + 12, innerWidth - tooltip.offsetWidth - 8)}px`;
    const below = event.clientY + 16;
    tooltip.style.top = `${below + tooltip.offsetHeight < innerHeight ? below : event.clientY - tooltip.offsetHeight - 12}px`;
  });
}

async function annotate() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  await initGlue({ module_or_path: new URL('./pkg/khabar_bg.wasm', import.meta.url) });
  const api = guardedApi(glue);
  const annotated = [...document.querySelectorAll('article')].map((article) => {
    const { text, segments } = collectText(article);
    const analysis = api.analyze(text);
    const highlights = highlightAnalysis(analysis, rangesOver(segments));
    article.dataset.khabarFigures = analysis.figures.length;
    article.dataset.khabarEntities = analysis.entities.length;
    article.dataset.khabarNationalities = analysis.nationalities.length;
    return { article, analysis, highlights };
  });
  wireTooltip(annotated);
  document.dispatchEvent(new CustomEvent('khabar-annotated', { detail: annotated.map(({ analysis }) => analysis) }));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', annotate, { once: true });
else annotate();
