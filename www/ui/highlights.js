// Marks figures and entities in a document's text with the CSS Custom Highlight API: a Range per
// mention over the text node, styled by ::highlight(name) in style.css. The DOM stays one text node,
// so no element ever splits an Arabic word and breaks its letter joining.

const FIGURE_CATEGORIES = {
  number: 'amount', count: 'amount', quantity: 'amount', money: 'amount', percent: 'amount',
  date: 'time', time: 'time', duration: 'time',
  ordinal: 'label', model: 'label',
};
const ENTITY_CATEGORIES = ['person', 'location', 'organization', 'misc'];
const FOCUS = 'kh-focus';

const highlightsSupported = typeof CSS !== 'undefined' && 'highlights' in CSS;

const layers = new Map();

/** The Highlight registered under `name`, created on first use. */
function layer(name) {
  if (!layers.has(name)) {
    const highlight = new Highlight();
    // Entities draw under figures, and the focused item over both.
    highlight.priority = name === FOCUS ? 2 : name.startsWith('kh-figure') ? 1 : 0;
    CSS.highlights.set(name, highlight);
    layers.set(name, highlight);
  }
  return layers.get(name);
}

const figureHighlightName = (figure) => `kh-figure-${FIGURE_CATEGORIES[figure.kind] ?? 'amount'}`;
const entityHighlightName = (entity) => `kh-entity-${ENTITY_CATEGORIES.includes(entity.type) ? entity.type : 'misc'}`;

function rangeOver(textNode, { start, end }) {
  const range = new Range();
  range.setStart(textNode, start);
  range.setEnd(textNode, end);
  return range;
}

/**
 * Highlights an analysis over `textNode`, which holds exactly the analysed text.
 * Returns the ranges of each figure and entity (for focusing) and a way to remove them all.
 */
export function highlightAnalysis(textNode, analysis) {
  if (!highlightsSupported) return { figureRanges: [], entityRanges: [], dispose() {} };
  const placed = [];
  const place = (name, item) => {
    const range = rangeOver(textNode, item);
    layer(name).add(range);
    placed.push([name, range]);
    return range;
  };
  const figureRanges = analysis.figures.map((figure) => [place(figureHighlightName(figure), figure)]);
  const entityRanges = analysis.entities.map((entity) =>
    entity.mentions.map((mention) => place(entityHighlightName(entity), mention)));
  return {
    figureRanges,
    entityRanges,
    dispose() {
      for (const [name, range] of placed) layer(name).delete(range);
      focusRanges([]);
    },
  };
}

/** Emphasises `ranges` (replacing whatever was emphasised before). */
export function focusRanges(ranges) {
  if (!highlightsSupported) return;
  const focus = layer(FOCUS);
  focus.clear();
  for (const range of ranges) focus.add(range);
}

/** Scrolls `container` so that `range` shows a third of the way down. */
export function scrollRangeIntoView(range, container) {
  container.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  const rangeBox = range.getBoundingClientRect();
  const containerBox = container.getBoundingClientRect();
  container.scrollBy({ top: rangeBox.top - containerBox.top - containerBox.height / 3, behavior: 'smooth' });
}
