import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * What a fake model server does with the next chat request. `reply.chunks` are the streamed
 * pieces (joined for a non-streaming request), so a test knows the exact order of partials.
 */
export type ChatScenario =
  | { kind: 'reply'; chunks: string[] }
  | { kind: 'status'; status: number; message?: string }
  /** Accepts the request and never answers (until the server closes). */
  | { kind: 'hang' }
  /** 200 with a body that is not JSON (or, when streaming, a data line that is not JSON). */
  | { kind: 'malformed' }
  /** Streams `chunks`, then drops the connection without finishing. */
  | { kind: 'cut'; chunks: string[] }
  /** Streams `chunks`, then goes silent with the connection open (a non-streaming request hangs). */
  | { kind: 'stall'; chunks: string[] };

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface FakeModelServerSetup {
  /** A fixed scenario, or one chosen per request (e.g. from the recorded prompt). */
  chat?: ChatScenario | ((body: Record<string, unknown>) => ChatScenario);
  /** Dimension of the vectors `/v1/embeddings` (or Ollama's `/api/embed`) returns. */
  embeddingDimensions?: number;
  /** Behave like a server that ignores `encoding_format` and always sends plain arrays. */
  ignoreEncodingFormat?: boolean;
  /** Leave `/v1/embeddings` requests for these inputs unanswered (a stuck server). */
  hangEmbeddingsFor?: (inputs: string[]) => boolean;
}

/** A reply in the given order of chunks, e.g. `reply('Yes [1].', ' No [2].')`. */
export function reply(...chunks: string[]): ChatScenario {
  return { kind: 'reply', chunks };
}

/** A deterministic vector of `dimensions` derived from the text (so equal texts embed equally). */
export function fakeVector(text: string, dimensions: number): number[] {
  let seed = [...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  return Array.from({ length: dimensions }, () => {
    seed = (seed * 1_103_515_245 + 12_345) >>> 0;
    return (seed % 2000) / 1000 - 1;
  });
}

/**
 * Base class of the local model servers: an HTTP server on 127.0.0.1 that records every
 * request. Routes not set up answer 404, so a client calling an unexpected endpoint fails loudly.
 */
export abstract class FakeModelServer {
  readonly requests: RecordedRequest[] = [];
  private server?: Server;

  constructor(protected readonly setup: FakeModelServerSetup) {}

  /** Starts listening on a free port and returns the server's origin (`http://127.0.0.1:PORT`). */
  async start(): Promise<string> {
    const server = createServer((req, res) => void this.receive(req, res));
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The recorded requests to `path`. */
  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((r) => r.path === path);
  }

  protected abstract route(path: string, body: Record<string, unknown>, res: ServerResponse): void;

  protected scenarioFor(body: Record<string, unknown>): ChatScenario {
    const chat = this.setup.chat;
    if (!chat) throw new Error('FakeModelServer: a chat request arrived but no chat scenario was set up');
    return typeof chat === 'function' ? chat(body) : chat;
  }

  protected embedding(text: string): number[] {
    const dimensions = this.setup.embeddingDimensions;
    if (!dimensions) throw new Error('FakeModelServer: an embeddings request arrived but embeddingDimensions was not set up');
    return fakeVector(text, dimensions);
  }

  private async receive(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const path = (req.url ?? '').split('?')[0] ?? '';
    this.requests.push({ path, headers: req.headers, body });
    try {
      this.route(path, body, res);
    } catch (error) {
      sendJson(res, 500, { error: { message: String(error) } });
    }
  }
}

/**
 * An OpenAI-compatible API (what vLLM, llama.cpp or LM Studio serve): `/v1/chat/completions`
 * as JSON or SSE, and `/v1/embeddings`, honouring `encoding_format: "base64"` (little-endian
 * Float32), which the OpenAI client asks for by default. Like LiteLLM or llama.cpp it also
 * answers Anthropic's `/v1/messages`, so ChatAnthropic can be run against it.
 */
export class OpenAiCompatibleServer extends FakeModelServer {
  /** Unanswered `/v1/embeddings` requests whose client gave up and closed the connection. */
  abandonedEmbeddings = 0;

  protected route(path: string, body: Record<string, unknown>, res: ServerResponse): void {
    if (path === '/v1/embeddings') return this.embeddings(body, res);
    if (path === '/v1/messages') return this.messages(body, res);
    if (path !== '/v1/chat/completions') return sendJson(res, 404, { error: { message: `no route ${path}` } });
    const scenario = this.scenarioFor(body);
    const model = String(body.model);
    if (scenario.kind === 'hang' || (scenario.kind === 'stall' && body.stream !== true)) return;
    if (scenario.kind === 'status') return sendJson(res, scenario.status, { error: { message: scenario.message ?? `status ${scenario.status}`, type: 'fake' } });
    if (body.stream !== true) {
      if (scenario.kind === 'malformed') return sendRaw(res, 200, 'application/json', '{"id": "x", "choices": [ {"mess');
      if (scenario.kind === 'cut') return void res.socket?.destroy();
      return sendJson(res, 200, completion(model, scenario.chunks.join('')));
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (scenario.kind === 'malformed') return void res.end('data: {"id": "x", "choices": [ {"del\n\n');
    for (const chunk of scenario.chunks) res.write(`data: ${JSON.stringify(completionChunk(model, chunk, null))}\n\n`);
    if (scenario.kind === 'cut') return cutAfterFlush(res);
    if (scenario.kind === 'stall') return;
    res.write(`data: ${JSON.stringify(completionChunk(model, '', 'stop'))}\n\n`);
    res.end('data: [DONE]\n\n');
  }

  /** Anthropic's Messages API: one JSON message, or the SSE event sequence when streaming. */
  private messages(body: Record<string, unknown>, res: ServerResponse): void {
    const scenario = this.scenarioFor(body);
    const model = String(body.model);
    if (scenario.kind === 'hang' || (scenario.kind === 'stall' && body.stream !== true)) return;
    if (scenario.kind === 'status') return sendJson(res, scenario.status, { type: 'error', error: { type: 'api_error', message: scenario.message ?? `status ${scenario.status}` } });
    if (scenario.kind === 'malformed') return sendRaw(res, 200, body.stream ? 'text/event-stream' : 'application/json', body.stream ? 'event: message_start\ndata: {"type": "mess\n\n' : '{"id": "msg');
    const text = scenario.chunks.join('');
    const message = { id: 'msg_fake', type: 'message', role: 'assistant', model, stop_sequence: null, usage: { input_tokens: 10, output_tokens: 10 } };
    if (body.stream !== true && scenario.kind === 'cut') return void res.socket?.destroy();
    if (body.stream !== true) return sendJson(res, 200, { ...message, content: [{ type: 'text', text }], stop_reason: 'end_turn' });
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const send = (type: string, data: object) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
    send('message_start', { message: { ...message, content: [], stop_reason: null } });
    send('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
    for (const chunk of scenario.chunks) send('content_block_delta', { index: 0, delta: { type: 'text_delta', text: chunk } });
    if (scenario.kind === 'cut') return cutAfterFlush(res);
    if (scenario.kind === 'stall') return;
    send('content_block_stop', { index: 0 });
    send('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 10 } });
    send('message_stop', {});
    res.end();
  }

  private embeddings(body: Record<string, unknown>, res: ServerResponse): void {
    const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
    if (this.setup.hangEmbeddingsFor?.(inputs)) {
      res.on('close', () => (this.abandonedEmbeddings += 1));
      return;
    }
    const base64 = body.encoding_format === 'base64' && !this.setup.ignoreEncodingFormat;
    const data = inputs.map((text, index) => {
      const vector = this.embedding(text);
      const embedding = base64 ? Buffer.from(new Float32Array(vector).buffer).toString('base64') : vector;
      return { object: 'embedding', index, embedding };
    });
    sendJson(res, 200, { object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } });
  }
}

function completion(model: string, content: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 0,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

function completionChunk(model: string, content: string, finishReason: string | null) {
  const delta = finishReason ? {} : { role: 'assistant', content };
  return { id: 'chatcmpl-fake', object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta, finish_reason: finishReason }] };
}

/** Drops the connection once what was written has left, so the client sees a stream break mid-way. */
export function cutAfterFlush(res: ServerResponse): void {
  res.write('', () => res.socket?.destroy());
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendRaw(res, status, 'application/json', JSON.stringify(value));
}

export function sendRaw(res: ServerResponse, status: number, contentType: string, text: string): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}
