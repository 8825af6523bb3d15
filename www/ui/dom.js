// Builds elements without ever parsing HTML: document text and results only reach the DOM as text.

/**
 * Creates `<tag>` with attributes (`class`, `dir`, `data-*`, …; `text` sets textContent)
 * and appends children (nodes or strings, which become text nodes).
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') element.textContent = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

/** An isolated run of left-to-right text (numbers, units, Latin names) inside any surrounding direction. */
export function ltr(text) {
  return el('bdi', { dir: 'ltr', text });
}
