// Paths and fixtures shared by the Node tests and the browser test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { cargoTargetDir } from '../../scripts/lib/run.mjs';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const seedsDir = join(repoRoot, '../shared/seeds');
export const cliPath = join(cargoTargetDir, 'release/khabar');

/** The seed articles: [{name, path, text}]. */
export const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, path: join(seedsDir, name), text: readFileSync(join(seedsDir, name), 'utf8') }));

/** Checks a value against schema/analysis.schema.json; returns ajv's errors, or null when valid. */
export const analysisSchemaErrors = (() => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schema/analysis.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, allowUnionTypes: true }).compile(schema);
  return (value) => (validate(value) ? null : validate.errors);
})();

/** Every item whose offsets must slice back to its text: figures, entity mentions and nationality mentions. */
export function spans(analysis) {
  return [...analysis.figures, ...analysis.entities.flatMap((entity) => entity.mentions),
    ...(analysis.nationalities ?? []).flatMap((nationality) => nationality.mentions)];
}

/**
 * The promises of khabar::invariants, for an analysis with UTF-16 offsets: every span non-empty, inside the
 * text, not splitting a surrogate pair, naming its own text; every number finite. Throws on the first broken one.
 */
export function assertInvariants(text, analysis) {
  const splitsPair = (i) => i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);
  for (const { start, end, text: named } of spans(analysis)) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
      throw new Error(`span ${start}..${end} out of 0..${text.length}`);
    }
    if (splitsPair(start) || splitsPair(end)) throw new Error(`span ${start}..${end} splits a character`);
    if (text.slice(start, end) !== named) throw new Error(`span ${start}..${end} is ${JSON.stringify(text.slice(start, end))}, not ${JSON.stringify(named)}`);
  }
  // A nationality's mentions come in text order and lie outside every entity mention. Entity mentions sorted
  // by start, with the furthest end reached so far, answer "does one overlap?" with one binary search.
  const named = analysis.entities.flatMap((entity) => entity.mentions).sort((a, b) => a.start - b.start);
  let furthest = 0;
  const reach = named.map((mention) => (furthest = Math.max(furthest, mention.end)));
  const startingBefore = (offset) => {
    let low = 0;
    let high = named.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (named[middle].start < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  for (const { key, mentions } of analysis.nationalities ?? []) {
    mentions.forEach((mention, i) => {
      if (i > 0 && mention.start < mentions[i - 1].end) throw new Error(`mentions of ${key} out of order at ${mention.start}`);
      const before = startingBefore(mention.end);
      if (before > 0 && reach[before - 1] > mention.start) {
        throw new Error(`the nationality mention ${JSON.stringify(mention.text)} at ${mention.start} lies in an entity's mention`);
      }
    });
  }
  for (const figure of analysis.figures) {
    for (const n of [figure.min, figure.max, typeof figure.value === 'number' ? figure.value : undefined]) {
      if (n !== undefined && !Number.isFinite(n)) throw new Error(`a non-finite number in the figure ${JSON.stringify(figure.text.slice(0, 40))}`);
    }
  }
}
