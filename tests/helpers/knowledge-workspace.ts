import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';
import { OfflineEmbeddings } from '../../src/core/index/offline-embeddings.js';
import type { BuildIndexOptions, Embedder } from '../../src/core/index/build-index.js';
import type { PolicyBotOptions } from '../../src/core/create-policy-bot.js';

export const FIXTURE_KNOWLEDGE = new URL('../fixtures/knowledge/', import.meta.url).pathname;

/** A temp folder with a copy of the fixture corpus and an empty index folder beside it. */
export async function createWorkspace(): Promise<{ root: string; knowledgeDir: string; indexDir: string }> {
  const root = await mkdtemp(join(tmpdir(), 'policybot-'));
  const knowledgeDir = join(root, 'knowledge');
  await cp(FIXTURE_KNOWLEDGE, knowledgeDir, { recursive: true });
  return { root, knowledgeDir, indexDir: join(root, 'index') };
}

/** The offline embedder, counting the texts it embeds so tests can see what was re-embedded. */
export class CountingEmbeddings extends Embeddings {
  readonly embedded: string[] = [];
  private readonly inner: OfflineEmbeddings;

  constructor(dimensions = 64) {
    super({});
    this.inner = new OfflineEmbeddings({ dimensions });
  }

  get id(): string {
    return this.inner.id;
  }

  get dimensions(): number {
    return this.inner.dimensions;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    this.embedded.push(...texts);
    return this.inner.embedDocuments(texts);
  }

  embedQuery(text: string): Promise<number[]> {
    return this.inner.embedQuery(text);
  }
}

export function embedderOf(embeddings: CountingEmbeddings): Embedder {
  return { embeddings, id: embeddings.id, dimensions: embeddings.dimensions };
}

export function buildOptions(ws: { knowledgeDir: string; indexDir: string }, embeddings = new CountingEmbeddings()): BuildIndexOptions {
  return {
    knowledgeDir: ws.knowledgeDir,
    indexDir: ws.indexDir,
    embedder: embedderOf(embeddings),
    hnsw: { m: 8, efConstruction: 50, efSearch: 50 },
    maxFileBytes: 5 * 1024 * 1024,
  };
}

/** `openPolicyBot` options over a workspace: offline embedder, a small HNSW graph, test limits. */
export function fixtureBotOptions(
  ws: { root: string; knowledgeDir: string; indexDir: string },
  overrides: Partial<PolicyBotOptions> = {},
): PolicyBotOptions {
  return {
    knowledgeDir: ws.knowledgeDir,
    indexDir: ws.indexDir,
    feedbackLog: join(ws.root, 'feedback.jsonl'),
    embedder: embedderOf(new CountingEmbeddings()),
    hnsw: { m: 8, efConstruction: 50, efSearch: 50 },
    limits: { maxQuestionChars: 2000, maxFileBytes: 5_000_000, uploadMaxBytes: 1_000_000 },
    autoReindex: true,
    ...overrides,
  };
}
