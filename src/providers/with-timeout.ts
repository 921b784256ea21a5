/**
 * Wraps `fetch` so a request is aborted when no response has started within `timeoutMs`
 * (together with any signal the caller passes). Used for the ollama client, which has no
 * timeout setting of its own; like the OpenAI and Anthropic SDKs' `timeout`, it covers the wait
 * for the response, not the streaming of a long body, which the caller's deadline governs.
 */
export function withTimeout(fetchImpl: typeof fetch, timeoutMs: number): typeof fetch {
  return async function fetchWithTimeout(input, init) {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DOMException(`no response within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline.signal]) : deadline.signal;
    try {
      return await fetchImpl(input, { ...init, signal });
    } finally {
      clearTimeout(timer);
    }
  };
}
