import { LlmError } from '../../errors.js';

type LlmErrorKind = LlmError['kind'];

// Node/undici codes for a server that cannot be reached or drops the connection.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * Maps whatever a LangChain chat client threw to an `LlmError` with the kind the caller acts
 * on. The clients disagree on shape (the OpenAI and Anthropic SDKs set `status`, the ollama
 * client `status_code`; connection failures hide their `code` in a `cause` chain), so the
 * whole chain is inspected. Other 4xx statuses (bad key, unknown model) count as
 * `server_error`: the server refused, and the status is kept in the message.
 */
export function toLlmError(error: unknown, model: string): LlmError {
  if (error instanceof LlmError) return error;
  const chain = causeChain(error);
  const kind = classify(chain);
  const status = chain.map(statusOf).find((s) => s !== undefined);
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
  return new LlmError(model, kind, status ? `HTTP ${status}: ${message}` : message, { cause: error });
}

function classify(chain: object[]): LlmErrorKind {
  for (const e of chain) {
    const status = statusOf(e);
    if (status === 429 || field(e, 'lc_error_code') === 'MODEL_RATE_LIMIT') return 'rate_limited';
    if (status === 408) return 'timeout';
    if (status !== undefined && status >= 400) return 'server_error';
  }
  for (const e of chain) {
    const name = field(e, 'name');
    if (name === 'TimeoutError' || name === 'APIConnectionTimeoutError' || name === 'AbortError') return 'timeout';
    if (e instanceof SyntaxError) return 'bad_response';
    const code = field(e, 'code');
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return 'unreachable';
  }
  const messages = chain.map((e) => String(field(e, 'message') ?? ''));
  if (messages.some((m) => /fetch failed|Connection error|socket hang up|other side closed/i.test(m))) return 'unreachable';
  // What is left is a reply the client could not use: a body or stream line that is not the
  // JSON it expects (SyntaxError), or a stream that ends without its final line (ollama).
  return 'bad_response';
}

function causeChain(error: unknown): object[] {
  const chain: object[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    current = field(current, 'cause');
  }
  return chain;
}

function statusOf(e: object): number | undefined {
  const status = field(e, 'status') ?? field(e, 'status_code');
  return typeof status === 'number' ? status : undefined;
}

function field(e: object, key: string): unknown {
  return (e as Record<string, unknown>)[key];
}
