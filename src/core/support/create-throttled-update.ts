/**
 * Coalesces frequent updates of one chat message (streamed text, re-index progress) into at
 * most one call per `intervalMs`, sending the newest value each time. Calls never overlap, so
 * they reach the platform in order; `close()` drops anything pending and waits for the call in
 * flight, so the caller's final update is always the last one.
 */
export interface ThrottledUpdate<T> {
  push(value: T): void;
  close(): Promise<void>;
}

export interface ThrottledUpdateOptions<T> {
  intervalMs: number;
  send: (value: T) => Promise<unknown>;
  /** Failed intermediate updates are reported here and otherwise ignored. */
  onError: (error: unknown) => void;
  /** Stop after this many calls (response_url allows only five posts per command). */
  maxUpdates?: number;
  now?: () => number;
}

export function createThrottledUpdate<T>({ intervalMs, send, onError, maxUpdates = Infinity, now = Date.now }: ThrottledUpdateOptions<T>): ThrottledUpdate<T> {
  let lastSentAt = -Infinity;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<void> = Promise.resolve();
  let sent = 0;
  let closed = false;

  function flush(): void {
    timer = undefined;
    if (!pending || closed || sent >= maxUpdates) return;
    const { value } = pending;
    pending = undefined;
    lastSentAt = now();
    sent += 1;
    chain = chain.then(() => send(value)).then(() => undefined, onError);
  }

  return {
    push: function push(value: T): void {
      if (closed || sent >= maxUpdates) return;
      pending = { value };
      if (timer) return;
      const wait = lastSentAt + intervalMs - now();
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
    close: function close(): Promise<void> {
      closed = true;
      if (timer) clearTimeout(timer);
      pending = undefined;
      return chain;
    },
  };
}
