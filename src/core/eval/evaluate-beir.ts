import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { PassageMetadata } from '../knowledge/document.js';
import { HnswIndex, type HnswIndexOptions } from '../index/hnsw-index.js';
import { LexicalIndex, type LexicalIndexOptions } from '../index/lexical-index.js';
import { retrieve, type RetrieveOptions } from '../retrieval/retrieve.js';
import { percentiles } from './percentiles.js';
import { evaluateRun } from './rank-metrics.js';
import type { BeirCollection, BeirDocument } from './read-beir.js';

export interface EvaluateBeirOptions {
  embeddings: Pick<EmbeddingsInterface, 'embedDocuments' | 'embedQuery'>;
  hnsw: HnswIndexOptions;
  lexical?: LexicalIndexOptions;
  /** Fusion and diversity settings; `k` defaults to 100 (Recall@100 needs 100). */
  retrieve?: Partial<Omit<RetrieveOptions, 'lexical' | 'vectors' | 'embeddings' | 'metadata'>>;
  /** Score only the first N judged queries. */
  limit?: number;
  batchSize?: number;
  onProgress?: (phase: 'build' | 'query', done: number, total: number) => void;
}

export interface BeirReport {
  ndcgAt10: number;
  recallAt100: number;
  queries: number;
  passages: number;
  buildMs: number;
  passagesPerSecond: number;
  latencyMs: { mean: number; p50: number; p95: number; p99: number; max: number };
}

/**
 * Indexes a BEIR corpus (title and text as one passage per document) with the given
 * components, runs every judged query through `retrieve`, and scores the run.
 *
 * @example
 * const report = await evaluateBeir(await readBeir(paths), {
 *   embeddings: new OfflineEmbeddings(), hnsw: { dimensions: 512 },
 * });
 */
export async function evaluateBeir(collection: BeirCollection, options: EvaluateBeirOptions): Promise<BeirReport> {
  const started = performance.now();
  const { lexical, vectors, metadata } = await buildIndexes(collection.corpus, options);
  const buildMs = performance.now() - started;
  const judged = collection.queries.filter((q) => collection.qrels.has(q.id)).slice(0, options.limit ?? Infinity);
  const run = new Map<string, string[]>();
  const latencies: number[] = [];
  for (const [i, query] of judged.entries()) {
    const t0 = performance.now();
    const hits = await retrieve(query.text, { k: 100, ...options.retrieve, lexical, vectors, embeddings: options.embeddings, metadata: (id) => metadata.get(id) });
    latencies.push(performance.now() - t0);
    run.set(query.id, hits.map((h) => h.id));
    if (i % 50 === 0) options.onProgress?.('query', i, judged.length);
  }
  const scores = evaluateRun(run, collection.qrels);
  return {
    ...scores,
    passages: collection.corpus.length,
    buildMs,
    passagesPerSecond: collection.corpus.length / (buildMs / 1000),
    latencyMs: percentiles(latencies),
  };
}

async function buildIndexes(corpus: BeirDocument[], options: EvaluateBeirOptions) {
  const lexical = new LexicalIndex(options.lexical);
  const vectors = new HnswIndex({ initialCapacity: corpus.length, ...options.hnsw });
  const metadata = new Map<string, PassageMetadata>();
  const batchSize = options.batchSize ?? 256;
  for (let start = 0; start < corpus.length; start += batchSize) {
    const batch = corpus.slice(start, start + batchSize);
    const texts = batch.map((d) => `${d.title}\n${d.text}`);
    const embedded = await options.embeddings.embedDocuments(texts);
    batch.forEach((doc, i) => {
      lexical.add(doc.id, texts[i]!);
      vectors.add(doc.id, embedded[i]!);
      metadata.set(doc.id, { id: doc.id, source: doc.id, title: doc.title, urls: [], headingPath: [], paragraph: 1, locator: '' });
    });
    options.onProgress?.('build', start + batch.length, corpus.length);
  }
  return { lexical, vectors, metadata };
}
