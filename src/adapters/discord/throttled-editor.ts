/**
 * Coalesces frequent updates (streamed answer text, re-index progress) into message edits at most
 * once per `intervalMs`. The newest value always wins; older ones are dropped, never queued. Edits
 * run one after another, and `close()` waits for the one in flight and cancels any pending, so
 * the caller's final edit always lands last.
 */
export interface ThrottledEditor<T> {
  push(value: T): void;
  close(): Promise<void>;
}

export interface ThrottledEditorOptions {
  intervalMs?: number;
  onError?: (error: unknown) => void;
  now?: () => number;
}

export function createThrottledEditor<T>(
  edit: (value: T) => Promise<unknown>,
  { intervalMs = 1000, onError = () => {}, now = Date.now }: ThrottledEditorOptions = {},
): ThrottledEditor<T> {
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastEditAt = -Infinity;
  let closed = false;
  let chain: Promise<unknown> = Promise.resolve();

  function flush(): void {
    timer = undefined;
    if (closed || !pending) return;
    const { value } = pending;
    pending = undefined;
    lastEditAt = now();
    // A failed intermediate edit is not worth failing the answer for; the final edit decides.
    chain = chain.then(() => edit(value)).catch(onError);
  }

  return {
    push: function push(value: T): void {
      if (closed) return;
      pending = { value };
      if (timer) return;
      const wait = lastEditAt + intervalMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    close: async function close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
      await chain;
    },
  };
}
