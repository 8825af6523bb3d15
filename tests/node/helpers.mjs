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
