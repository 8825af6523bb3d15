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

/** Every item whose offsets must slice back to its text: figures and entity mentions. */
export function spans(analysis) {
  return [...analysis.figures, ...analysis.entities.flatMap((entity) => entity.mentions)];
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
  for (const figure of analysis.figures) {
    for (const n of [figure.min, figure.max, typeof figure.value === 'number' ? figure.value : undefined]) {
      if (n !== undefined && !Number.isFinite(n)) throw new Error(`a non-finite number in the figure ${JSON.stringify(figure.text.slice(0, 40))}`);
    }
  }
}
