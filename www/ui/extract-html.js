// The article text of an HTML page. DOMParser builds an inert document: its scripts never run and its
// images never load, so a hostile page can do nothing here.

const DROPPED = 'script, style, x-style, noscript, template, iframe, object, embed, svg, canvas, nav, header, footer, aside, form, button, select';
const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL',
  'BLOCKQUOTE', 'PRE', 'TR', 'TABLE', 'FIGURE', 'FIGCAPTION', 'BR', 'HR', 'DT', 'DD']);

/** Text of `node` with a line break around every block, so paragraphs do not run together. */
function blockText(node, parts) {
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) parts.push(child.data);
    else if (child.nodeType === Node.ELEMENT_NODE) {
      const block = BLOCKS.has(child.tagName);
      if (block) parts.push('\n');
      blockText(child, parts);
      if (block) parts.push('\n');
    }
  }
  return parts;
}

/**
 * The parsed document inherits the page's CSP, which blocks its inline styles and logs each one as an
 * error. Only the text is wanted, so style elements and attributes are renamed before parsing.
 */
const withoutStyles = (html) => html.replace(/<(\/?)style\b/gi, '<$1x-style').replace(/(<[^>]*\s)style(\s*=)/gi, '$1data-style$2');

/** The article's text: <article>, else <main>, else <body>, without scripts, styles and page furniture. */
export function htmlToText(html) {
  const doc = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  if (!root) return '';
  for (const element of root.querySelectorAll(DROPPED)) element.remove();
  return blockText(root, []).join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
