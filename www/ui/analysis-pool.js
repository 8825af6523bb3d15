// Runs analyses on a pool of module workers, one per core, so that long articles never freeze the page
// and dropped files are analysed side by side.
import { t } from './strings.js';

// One worker per core: more would only compete for the same cores. The cap bounds memory on very large
// machines, since each worker holds its own wasm instance.
const MAX_WORKERS = 16;

/** Rebuilds the worker's `{code, message}` into an Error carrying the same code. */
function toError({ code, message }) {
  const error = new Error(message);
  error.code = code;
  return error;
}

export class AnalysisPool {
  #workerUrl;
  #size;
  #idle = [];
  #workers = 0;
  #queue = [];
  #nextId = 1;

  constructor(workerUrl, size = Math.min(navigator.hardwareConcurrency || 2, MAX_WORKERS)) {
    this.#workerUrl = workerUrl;
    this.#size = size;
  }

  /** Resolves to the Analysis of `text`; rejects with an Error that has a `code`. */
  analyze(text, options) {
    return this.#submit({ op: 'analyze', text, options });
  }

  /** Resolves to the engine's version. */
  version() {
    return this.#submit({ op: 'version' });
  }

  #submit(request) {
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { ...request, id: this.#nextId++ }, resolve, reject });
      this.#dispatch();
    });
  }

  #dispatch() {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? this.#spawn();
      if (!worker) return;
      this.#run(worker, this.#queue.shift());
    }
  }

  #spawn() {
    if (this.#workers >= this.#size) return null;
    this.#workers += 1;
    return new Worker(this.#workerUrl, { type: 'module' });
  }

  #run(worker, job) {
    const finish = (settle, workerUsable) => {
      worker.onmessage = worker.onerror = null;
      settle();
      if (workerUsable) {
        this.#idle.push(worker);
      } else {
        worker.terminate();
        this.#workers -= 1;
      }
      this.#dispatch();
    };
    worker.onmessage = ({ data }) =>
      finish(() => (data.error ? job.reject(toError(data.error)) : job.resolve(data.result)), true);
    // A worker whose script fails to load or throws reports here instead of replying; it is replaced.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(() => job.reject(toError({ code: 'E_WORKER', message: event.message || t.workerFailed })), false);
    };
    worker.postMessage(job.request);
  }
}
