// Builds an analysis's plain objects from the flat arrays src/packed.rs writes, in the layout described
// there. Imported by the wasm module itself (src/wasm.rs), so that its analyze() returns the objects.

// One bit per optional field of a figure, as in src/packed.rs `figure_fields`.
const VALUE_NUMBER = 1 << 0;
const VALUE_TEXT = 1 << 1;
const MIN = 1 << 2;
const MAX = 1 << 3;
const UNIT = 1 << 4;
const PER = 1 << 5;
const APPROX = 1 << 6;
const BOUND = 1 << 7;
const SUBJECT = 1 << 8;
const GRAIN = 1 << 9;
const CALENDAR = 1 << 10;
const HIJRI = 1 << 11;
const WARNING = 1 << 12;

/**
 * `text` is the string that was analysed: the texts of figures are its slices. `words` and `numbers` may be
 * views of wasm memory, read here and not kept.
 */
export function unpack(text, words, numbers, strings) {
  let at = 0;
  let numberAt = 0;
  const next = () => words[at++];
  const nextNumber = () => numbers[numberAt++];

  const table = new Array(next());
  for (let i = 0, start = 0; i < table.length; i += 1) {
    const end = next();
    table[i] = strings.slice(start, end);
    start = end;
  }
  const nextString = () => table[words[at++]];

  const mentions = () => {
    const list = [];
    for (let n = next(); n > 0; n -= 1) {
      const mentionText = nextString();
      const start = next();
      const end = next();
      list.push({ text: mentionText, start, end });
    }
    return list;
  };

  // Fields are set in the order Rust serialises them, so that JSON.stringify gives the CLI's JSON.
  const figures = [];
  for (let n = next(); n > 0; n -= 1) {
    const kind = nextString();
    const start = next();
    const end = next();
    const mask = next();
    const figure = { kind, text: text.slice(start, end), start, end };
    if (mask & VALUE_NUMBER) figure.value = nextNumber();
    if (mask & VALUE_TEXT) figure.value = nextString();
    if (mask & MIN) figure.min = nextNumber();
    if (mask & MAX) figure.max = nextNumber();
    if (mask & UNIT) figure.unit = nextString();
    if (mask & PER) figure.per = nextString();
    if (mask & APPROX) figure.approx = true;
    if (mask & BOUND) figure.bound = nextString();
    if (mask & SUBJECT) figure.subject = nextString();
    if (mask & GRAIN) figure.grain = nextString();
    if (mask & CALENDAR) figure.calendar = nextString();
    if (mask & HIJRI) figure.hijri = nextString();
    if (mask & WARNING) figure.warning = nextString();
    figures.push(figure);
  }

  const entities = [];
  for (let n = next(); n > 0; n -= 1) {
    const entity = { type: nextString(), canonical: nextString(), key: nextString() };
    if (next()) entity.role = nextString();
    entity.mentions = mentions();
    entities.push(entity);
  }

  const nationalities = [];
  for (let n = next(); n > 0; n -= 1) {
    nationalities.push({ canonical: nextString(), key: nextString(), place: nextString(), mentions: mentions() });
  }

  const analysis = { figures, entities, nationalities };
  if (next()) analysis.reference = { date: nextString(), source: nextString() };
  return analysis;
}
