// Marks figures, entities and nationality adjectives with the CSS Custom Highlight API: one Range per
// mention, styled by ::highlight(kh-<kind, type or nationality>) rules. The DOM is left alone, so no element
// ever splits an Arabic word and breaks its letter joining. The page, the custom element and the annotator
// share these names and the Highlight objects registered under them.

export const FIGURE_KINDS = ['number', 'count', 'quantity', 'money', 'percent', 'duration', 'date', 'time', 'ordinal', 'model'];
export const ENTITY_TYPES = ['person', 'location', 'organization', 'misc'];
/** The highlight (kh-nationality) and legend name of nationality adjectives, which are not entities. */
export const NATIONALITY = 'nationality';
const FOCUS = 'kh-focus';

const supported = typeof CSS !== 'undefined' && 'highlights' in CSS;

export const figureHighlightName = (figure) => `kh-${FIGURE_KINDS.includes(figure.kind) ? figure.kind : 'number'}`;
export const entityHighlightName = (entity) => `kh-${ENTITY_TYPES.includes(entity.type) ? entity.type : 'misc'}`;

/** The Highlight registered under `name`, created (or adopted from another script) on first use. */
function layer(name) {
  let highlight = CSS.highlights.get(name);
  if (!highlight) {
    highlight = new Highlight();
    // Entities draw under figures, and the focused item over both.
    highlight.priority = name === FOCUS ? 2 : name.startsWith('kh-') && FIGURE_KINDS.includes(name.slice(3)) ? 1 : 0;
    CSS.highlights.set(name, highlight);
  }
  return highlight;
}

/** A range over one text node that holds the analysed text as it is. */
export const textNodeRanges = (textNode) => ({ start, end }) => {
  const range = new Range();
  range.setStart(textNode, start);
  range.setEnd(textNode, end);
  return range;
};

/**
 * Highlights an analysis; `rangeFor({start, end})` makes the DOM Range of an item. Returns each figure's,
 * entity's and nationality's ranges (for focusing and hit-testing) and a way to remove them all.
 */
export function highlightAnalysis(analysis, rangeFor) {
  if (!supported) return { figureRanges: [], entityRanges: [], nationalityRanges: [], dispose() {} };
  const placed = [];
  const place = (name, item) => {
    const range = rangeFor(item);
    layer(name).add(range);
    placed.push([name, range]);
    return range;
  };
  const figureRanges = analysis.figures.map((figure) => [place(figureHighlightName(figure), figure)]);
  const entityRanges = analysis.entities.map((entity) => entity.mentions.map((mention) => place(entityHighlightName(entity), mention)));
  // Results from before nationalities were reported have none.
  const nationalityRanges = (analysis.nationalities ?? []).map((nationality) =>
    nationality.mentions.map((mention) => place(`kh-${NATIONALITY}`, mention)));
  return {
    figureRanges,
    entityRanges,
    nationalityRanges,
    dispose() {
      for (const [name, range] of placed) layer(name).delete(range);
      focusRanges([]);
    },
  };
}

/** Emphasises `ranges`, replacing whatever was emphasised before. */
export function focusRanges(ranges) {
  if (!supported) return;
  const focus = layer(FOCUS);
  focus.clear();
  for (const range of ranges) focus.add(range);
}

/** The DOM position under a point: caretPositionFromPoint where supported, else caretRangeFromPoint. */
export function caretAt(x, y, root = document) {
  if (root.caretPositionFromPoint) {
    const position = root.caretPositionFromPoint(x, y);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range && { node: range.startContainer, offset: range.startOffset };
}

/**
 * Which item a DOM position falls in: the figure first (they are the finer spans), else the entity, else the
 * nationality. Returns {list: 'figures' | 'entities' | 'nationalities', index} or null.
 */
export function itemAt(highlights, node, offset) {
  const inside = (range) => range.comparePoint(node, offset) === 0 && !(range.endContainer === node && range.endOffset === offset);
  const lists = [['figures', highlights.figureRanges], ['entities', highlights.entityRanges],
    ['nationalities', highlights.nationalityRanges ?? []]];
  for (const [list, ranges] of lists) {
    const index = ranges.findIndex((itemRanges) => itemRanges.some(inside));
    if (index >= 0) return { list, index };
  }
  return null;
}

/** Scrolls `container` so that `range` shows a third of the way down. */
export function scrollRangeIntoView(range, container) {
  container.scrollIntoView({ block: 'nearest' });
  const rangeBox = range.getBoundingClientRect();
  const containerBox = container.getBoundingClientRect();
  container.scrollBy({ top: rangeBox.top - containerBox.top - containerBox.height / 3 });
}
