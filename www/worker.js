// A module worker that analyses texts for the page: `{id, op: 'analyze', text, options}` or
// `{id, op: 'version'}` in, `{id, result}` or `{id, error: {code, message}}` out.
import initGlue, * as glue from './pkg/khabar.js';
import { guardedApi } from './pkg/guard.js';

const api = guardedApi(glue);
// The first analysis builds khabar's tables (lexicons, the tagger's model) with code the engine has only just
// compiled: 50 to 150 ms in the bench's Chromium, over half a second on a busy machine. Done here, while the
// reader picks files, and not on their first text.
const WARM_UP = 'وقعت روسيا عقدا بقيمة 2.4 مليار دولار في 19 يوليو 2022';
const ready = initGlue().then(() => {
  try {
    api.analyze(WARM_UP);
  } catch {
    // Reported by the call that meets it.
  }
});

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
