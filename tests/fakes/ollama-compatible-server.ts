import type { ServerResponse } from 'node:http';
import { cutAfterFlush, FakeModelServer, sendJson, sendRaw } from './openai-compatible-server.js';

/**
 * An Ollama-compatible API with the endpoints `@langchain/ollama` 1.3 (on `ollama` 0.6)
 * calls: `/api/chat` (ChatOllama always asks for `stream: true`, NDJSON lines; a non-streaming
 * request gets one JSON object) and `/api/embed` (OllamaEmbeddings; the older `/api/embeddings`
 * is not used by these versions, so it is left out and would answer 404). Errors are
 * `{ "error": "…" }` with the status, as Ollama sends them.
 */
export class OllamaCompatibleServer extends FakeModelServer {
  protected route(path: string, body: Record<string, unknown>, res: ServerResponse): void {
    if (path === '/api/embed') return this.embed(body, res);
    if (path !== '/api/chat') return sendJson(res, 404, { error: `no route ${path}` });
    const scenario = this.scenarioFor(body);
    const model = String(body.model);
    if (scenario.kind === 'hang' || (scenario.kind === 'stall' && body.stream === false)) return;
    if (scenario.kind === 'status') return sendJson(res, scenario.status, { error: scenario.message ?? `status ${scenario.status}` });
    if (body.stream === false) {
      if (scenario.kind === 'malformed') return sendRaw(res, 200, 'application/json', '{"model": "x", "mess');
      if (scenario.kind === 'cut') return void res.socket?.destroy();
      return sendJson(res, 200, chatLine(model, scenario.chunks.join(''), true));
    }
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    if (scenario.kind === 'malformed') return void res.end('{"model": "x", "message": {"con\n');
    for (const chunk of scenario.chunks) res.write(`${JSON.stringify(chatLine(model, chunk, false))}\n`);
    if (scenario.kind === 'cut') return cutAfterFlush(res);
    if (scenario.kind === 'stall') return;
    res.end(`${JSON.stringify(chatLine(model, '', true))}\n`);
  }

  private embed(body: Record<string, unknown>, res: ServerResponse): void {
    const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input)];
    sendJson(res, 200, { model: body.model, embeddings: inputs.map((text) => this.embedding(text)) });
  }
}

function chatLine(model: string, content: string, done: boolean) {
  const line = { model, created_at: '2026-01-01T00:00:00Z', message: { role: 'assistant', content }, done };
  return done ? { ...line, done_reason: 'stop', prompt_eval_count: 10, eval_count: 10, total_duration: 1 } : line;
}
