import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPolicyBot, type PolicyBotService } from '../../src/core/create-policy-bot.js';
import { type Logger, silentLogger } from '../../src/core/support/index.js';
import { createEmbeddings, probeEmbeddings } from '../../src/providers/index.js';
import { OpenAiCompatibleServer } from '../fakes/openai-compatible-server.js';
import { createWorkspace, fixtureBotOptions } from '../helpers/knowledge-workspace.js';

// A remote embedder that indexed fine but is stuck when a question comes: the question is
// answered from the lexical signals after EMBEDDINGS_QUERY_TIMEOUT_MS, not after the client's
// 60 s timeout and retries. The real OpenAI client talks to a local server.
const QUESTION = 'When was the verdict?';
let server: OpenAiCompatibleServer;
let bot: PolicyBotService;
const warnings: { message: string; fields?: Record<string, unknown> }[] = [];

beforeAll(async () => {
  server = new OpenAiCompatibleServer({ embeddingDimensions: 32, hangEmbeddingsFor: (inputs) => inputs.length === 1 && /verdict/i.test(inputs[0]!) && inputs[0]!.length < 40 });
  const origin = await server.start();
  const embedder = await probeEmbeddings(
    createEmbeddings({ provider: 'openai', model: 'local-embedder', baseUrl: `${origin}/v1`, offlineDimensions: 256, queryTimeoutMs: 300 }),
  );
  const logger: Logger = { ...silentLogger, warn: (message, fields) => void warnings.push({ message, fields }) };
  bot = await openPolicyBot(fixtureBotOptions(await createWorkspace(), { embedder, queryEmbeddingTimeoutMs: 300, logger }));
}, 30_000);
afterAll(async () => {
  await bot?.close();
  await server?.close();
});

describe('a remote embedder stuck at question time', () => {
  it('answers from the words after the query-embedding timeout, and says why in the log', async () => {
    warnings.length = 0; // the first start's "building the index"
    const result = await bot.ask(QUESTION);
    expect(result.kind === 'answer' && result.citations[0]?.text).toMatch(/18 May 2026/);
    expect(warnings).toEqual([expect.objectContaining({ message: expect.stringMatching(/query embedding failed/), fields: { error: expect.stringMatching(/over 300 ms/) } })]);
    // The question did reach the embedder: it was the server that stalled.
    expect(server.requestsTo('/v1/embeddings').some((r) => JSON.stringify(r.body.input).includes('verdict'))).toBe(true);
  }, 10_000);

  it('gives up the request itself rather than leaving it to the indexing client’s 60 s and retries', async () => {
    const before = server.requestsTo('/v1/embeddings').length;
    await bot.ask('Who presided over the verdict?');
    await vi.waitFor(() => expect(server.abandonedEmbeddings).toBeGreaterThanOrEqual(2), { timeout: 3000 });
    // One request per question: no retry followed the timeout.
    expect(server.requestsTo('/v1/embeddings').length - before).toBe(1);
  }, 10_000);
});
