// The list of documents with each one's progress, state and counts (or the reason it was refused).
// Items update one at a time, so a thousand documents cost a thousand small updates, not re-renders.
import { el } from './dom.js';
import { t } from './strings.js';

export class DocumentList {
  #list;
  #items = new Map();
  #onSelect;
  #onRemove;

  /** onSelect(doc) when an item is chosen; onRemove(doc) when its remove button is pressed. */
  constructor(list, { onSelect, onRemove }) {
    this.#list = list;
    this.#onSelect = onSelect;
    this.#onRemove = onRemove;
  }

  add(doc) {
    const name = el('button', { type: 'button', class: 'doc-name' }, el('bdi', { text: doc.name }));
    const progress = el('progress', { max: 1, value: 0 });
    const detail = el('span', { class: 'doc-detail' });
    const remove = el('button', { type: 'button', class: 'remove', text: '×' });
    const item = el('li', { class: 'doc-item', 'data-id': doc.id }, name, progress, detail, remove);
    name.addEventListener('click', () => this.#onSelect(doc));
    remove.addEventListener('click', () => this.#onRemove(doc));
    this.#items.set(doc.id, { item, name, progress, detail, remove });
    this.#list.append(item);
    this.update(doc);
  }

  /** Shows `doc`'s current state, progress and counts or error. */
  update(doc) {
    const parts = this.#items.get(doc.id);
    if (!parts) return;
    parts.item.dataset.state = doc.state;
    parts.progress.value = doc.state === 'done' || doc.state === 'error' ? 1 : doc.progress ?? 0;
    parts.progress.hidden = doc.state === 'done' || doc.state === 'error';
    parts.remove.setAttribute('aria-label', `${t.remove}: ${doc.name}`);
    if (doc.state === 'done') parts.detail.textContent = `${t.figures(doc.analysis.figures.length)} · ${t.entities(doc.analysis.entities.length)}`;
    else if (doc.state === 'error') parts.detail.textContent = t.failed(doc.error);
    else parts.detail.textContent = t.states[doc.state];
  }

  markSelected(doc) {
    for (const [id, { name }] of this.#items) {
      if (id === doc?.id) name.setAttribute('aria-current', 'true');
      else name.removeAttribute('aria-current');
    }
  }

  remove(doc) {
    this.#items.get(doc.id)?.item.remove();
    this.#items.delete(doc.id);
  }

  clear() {
    this.#list.replaceChildren();
    this.#items.clear();
  }
}
