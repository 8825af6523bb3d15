// What `npm pack` would publish: the API, its types and schema, the built wasm with its glue, and the
// custom element and annotator with the modules they load.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { repoRoot } from './helpers.mjs';

test('the npm package holds the API, the glue, the wasm, the types, the schema and the embeddings', () => {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: repoRoot, encoding: 'utf8', stdio: 'pipe',
  });
  const [report] = JSON.parse(output);
  const files = report.files.map((file) => file.path);
  for (const expected of ['js/index.js', 'js/guard.js', 'www/pkg/khabar.js', 'www/pkg/khabar_bg.wasm', 'types/khabar.d.ts', 'schema/analysis.schema.json', 'package.json',
    'www/khabar-analyzer.js', 'www/annotate.js', 'www/worker.js', 'www/pkg/guard.js', 'www/ui/highlights.js']) {
    assert.ok(files.includes(expected), `${expected} is packed (packed: ${files.join(', ')})`);
  }
  assert.ok(files.some((file) => file.startsWith('www/pkg/snippets/') && file.endsWith('/js/unpack.js')), 'the glue\'s snippet is packed');
  assert.ok(!files.some((file) => file.startsWith('tests/') || file.startsWith('src/')), 'no sources or tests');
});
