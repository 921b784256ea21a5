import { OllamaEmbeddings } from '@langchain/ollama';
import { OpenAIEmbeddings } from '@langchain/openai';
import { afterEach, describe, expect, it } from 'vitest';
import type { Config } from '../../src/config.js';
import { EmbeddingsError } from '../../src/core/errors.js';
import { createEmbeddings, probeEmbeddings } from '../../src/providers/index.js';
import { OllamaCompatibleServer } from '../fakes/ollama-compatible-server.js';
import { fakeVector, OpenAiCompatibleServer, type FakeModelServer, type FakeModelServerSetup } from '../fakes/openai-compatible-server.js';

const started: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function start<T extends FakeModelServer>(server: T): Promise<{ server: T; origin: string }> {
  started.push(server);
  return { server, origin: await server.start() };
}

function settings(overrides: Partial<Config['embeddings']>): Config['embeddings'] {
  return { provider: 'openai', model: 'text-embedding-3-small', offlineDimensions: 512, queryTimeoutMs: 10_000, ...overrides };
}

async function openAiServer(setup: FakeModelServerSetup) {
  const { server, origin } = await start(new OpenAiCompatibleServer(setup));
  return { server, created: createEmbeddings(settings({ provider: 'openai', baseUrl: `${origin}/v1` })) };
}

describe('createEmbeddings', () => {
  it('builds OpenAIEmbeddings with an id naming provider and model', () => {
    const created = createEmbeddings(settings({ provider: 'openai', apiKey: 'sk-test' }));
    expect(created.embeddings).toBeInstanceOf(OpenAIEmbeddings);
    expect(created.id).toBe('openai:text-embedding-3-small');
    expect(created.dimensions).toBeUndefined();
  });

  it('builds OllamaEmbeddings for the ollama provider', () => {
    const created = createEmbeddings(settings({ provider: 'ollama', model: 'nomic-embed-text', baseUrl: 'http://127.0.0.1:11434' }));
    expect(created.embeddings).toBeInstanceOf(OllamaEmbeddings);
    expect(created.id).toBe('ollama:nomic-embed-text');
  });

  it('gives a different id when the model changes, so the index manifest mismatches', () => {
    const a = createEmbeddings(settings({ model: 'text-embedding-3-small' }));
    const b = createEmbeddings(settings({ model: 'text-embedding-3-large' }));
    expect(a.id).not.toBe(b.id);
  });

  it('receives OpenAI vectors of the served dimension through the base64 encoding', async () => {
    const { server, created } = await openAiServer({ embeddingDimensions: 24 });
    const vectors = await created.embeddings.embedDocuments(['soft targets', 'copyright']);
    expect(vectors.map((v) => v.length)).toEqual([24, 24]);
    vectors[0]!.forEach((x, i) => expect(x).toBeCloseTo(fakeVector('soft targets', 24)[i]!, 5));
    expect(server.requestsTo('/v1/embeddings')[0]!.body.encoding_format).toBe('base64');
  });

  it('receives Ollama vectors of the served dimension from /api/embed', async () => {
    const { server, origin } = await start(new OllamaCompatibleServer({ embeddingDimensions: 16 }));
    const created = createEmbeddings(settings({ provider: 'ollama', model: 'nomic-embed-text', baseUrl: origin }));
    const vector = await created.embeddings.embedQuery('soft targets');
    expect(vector).toEqual(fakeVector('soft targets', 16));
    expect(server.requestsTo('/api/embed')[0]!.body).toMatchObject({ model: 'nomic-embed-text', input: ['soft targets'] });
  });
});

describe('probeEmbeddings', () => {
  it('discovers a remote dimension by embedding a probe string, and keeps base64 when the server honours it', async () => {
    const { server, created } = await openAiServer({ embeddingDimensions: 40 });
    const probed = await probeEmbeddings(created);
    expect(probed).toMatchObject({ id: 'openai:text-embedding-3-small', dimensions: 40 });
    await probed.embeddings.embedQuery('soft targets');
    expect(server.requestsTo('/v1/embeddings').map((r) => r.body.encoding_format)).toEqual(['base64', 'float', 'base64']);
  });

  it('returns a known dimension without a request', async () => {
    const { server, created } = await openAiServer({ embeddingDimensions: 40 });
    expect((await probeEmbeddings({ ...created, dimensions: 512 })).dimensions).toBe(512);
    expect(server.requests).toHaveLength(0);
  });

  it('switches to floats for a server that ignores encoding_format "base64"', async () => {
    const { created } = await openAiServer({ embeddingDimensions: 8, ignoreEncodingFormat: true });
    // Without the probe the client decodes the plain array as base64: 8 numbers become 2.
    expect(await created.embeddings.embedQuery('soft targets')).toHaveLength(2);
    const probed = await probeEmbeddings(created);
    expect(probed.dimensions).toBe(8);
    expect(await probed.embeddings.embedQuery('soft targets')).toEqual(fakeVector('soft targets', 8));
    // Questions go through their own client, to the same server: it reads floats too.
    expect(await probed.questions!.embedQuery('soft targets')).toEqual(fakeVector('soft targets', 8));
  });

  it('discovers an Ollama dimension with one request', async () => {
    const { server, origin } = await start(new OllamaCompatibleServer({ embeddingDimensions: 12 }));
    const probed = await probeEmbeddings(createEmbeddings(settings({ provider: 'ollama', model: 'nomic-embed-text', baseUrl: origin })));
    expect(probed.dimensions).toBe(12);
    expect(server.requestsTo('/api/embed')).toHaveLength(1);
  });

  it('wraps a failing probe in an EmbeddingsError naming the embedder', async () => {
    // The server answers 500 (no dimension set up); no retries, to keep the test fast.
    const { origin } = await start(new OpenAiCompatibleServer({}));
    const embeddings = new OpenAIEmbeddings({ model: 'm', apiKey: 'k', maxRetries: 0, configuration: { baseURL: `${origin}/v1` } });
    const error = await probeEmbeddings({ embeddings, id: 'openai:m' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EmbeddingsError);
    expect((error as EmbeddingsError).embedderId).toBe('openai:m');
    expect((error as EmbeddingsError).message).toContain('the probe request failed');
  });
});
