// A module worker that analyses texts for the page: `{id, op: 'analyze', text, options}` or
// `{id, op: 'version'}` in, `{id, result}` or `{id, error: {code, message}}` out.
import initGlue, * as glue from './pkg/khabar.js';
import { guardedApi } from './pkg/guard.js';

const api = guardedApi(glue);
const ready = initGlue();

const operations = {
  analyze: ({ text, options }) => api.analyze(text, options),
  version: () => api.version(),
};

self.onmessage = async ({ data: { id, op, ...request } }) => {
  try {
    await ready;
    self.postMessage({ id, result: operations[op](request) });
  } catch (error) {
    self.postMessage({ id, error: { code: error.code ?? 'E_WORKER', message: error.message } });
  }
};
