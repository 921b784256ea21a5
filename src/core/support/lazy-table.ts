/** Data read from disk on first use, or at `preload`. */
export interface LazyTable<T> {
  /** The data, or undefined if it could not be read. */
  get(): T | undefined;
  /** Reads the data now; throws, saying why, if it can't. */
  preload(): void;
}

/**
 * Reads `read()` once, on first use. A failure is remembered rather than retried on every
 * question (a broken install stays broken) and `failure(reason)` is the message `preload` throws.
 */
export function lazyTable<T>(read: () => T, failure: (reason: string) => string): LazyTable<T> {
  let value: T | undefined;
  let failed: Error | undefined;
  const get = () => {
    if (value !== undefined || failed) return value;
    try {
      value = read();
    } catch (error) {
      failed = new Error(failure(error instanceof Error ? error.message : String(error)));
    }
    return value;
  };
  return {
    get,
    preload() {
      get();
      if (failed) throw failed;
    },
  };
}
