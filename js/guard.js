// The calls into khabar's wasm-bindgen glue, made safe to repeat after a Rust panic.
// Shared by the npm API (js/index.js) and the page's worker (the build copies it into www/pkg/).

/** An Error with a stable `code`, like the ones the Rust side throws. */
export function khabarError(code, message, cause) {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.code = code;
  return error;
}

/**
 * Wraps an initialised glue module. A panic in Rust traps (WebAssembly.RuntimeError) and leaves the
 * instance's memory in an unknown state, so the glue gets a fresh instance before the error is thrown:
 * the failed call throws E_INTERNAL and the next one works.
 */
export function guardedApi(glue) {
  function guarded(call) {
    try {
      return call();
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      glue.__wbg_reset_state();
      throw khabarError('E_INTERNAL', `khabar failed on this input (${error.message}); please report it`, error);
    }
  }

  return {
    analyze(text, options) {
      // The glue would turn a non-string into text such as "undefined" and analyse that.
      if (typeof text !== 'string') throw khabarError('E_OPTIONS', `text must be a string, not ${typeof text}`);
      return guarded(() => glue.analyze(text, options));
    },
    version: () => guarded(() => glue.version()),
  };
}
