import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PassageMetadata } from '../knowledge/document.js';
import { HnswIndex, type HnswIndexOptions } from '../index/hnsw-index.js';
import { LexicalIndex } from '../index/lexical-index.js';
import { retrieve, type RetrieveOptions } from '../retrieval/retrieve.js';
import { percentiles } from './percentiles.js';
import type { BeirQuery } from './read-beir.js';
import type { SyntheticPassage } from './synthesize-passages.js';

export interface BenchmarkOptions {
  embeddings: Pick<EmbeddingsInterface, 'embedDocuments' | 'embedQuery'>;
  hnsw: HnswIndexOptions;
  retrieve?: Partial<Omit<RetrieveOptions, 'lexical' | 'vectors' | 'embeddings' | 'metadata'>>;
  /** ef values at which HNSW recall@10 against exact search is measured. */
  recallEfs?: number[];
  /** Queries used for the recall measurement (exact search is slow at scale). */
  recallQueries?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface BenchmarkReport {
  passages: number;
  build: { seconds: number; passagesPerSecond: number; embedSeconds: number; lexicalSeconds: number; hnswSeconds: number };
  save: { lexicalMs: number; hnswMs: number; lexicalBytes: number };
  load: { lexicalMs: number; hnswMs: number };
  retrieveMs: { mean: number; p50: number; p95: number; p99: number; max: number; queries: number };
  recall: { ef: number; recallAt10: number; searchP50Ms: number }[];
  rssMb: number;
}

/**
 * The speed targets, measured: build (embed + lexical + HNSW), save, load from disk, hybrid
 * retrieval latency with the production `k`, and HNSW recall@10 against exact search.
 * Saves into a temporary directory that it removes.
 */
export async function benchmarkRetrieval(passages: SyntheticPassage[], queries: BeirQuery[], options: BenchmarkOptions): Promise<BenchmarkReport> {
  const built = await build(passages, options);
  const dir = await mkdtemp(join(tmpdir(), 'policybot-bench-'));
  try {
    let t = performance.now();
    const bytes = built.lexical.toBuffer();
    await writeFile(join(dir, 'lexical.bin'), bytes);
    const lexicalSaveMs = performance.now() - t;
    t = performance.now();
    await built.vectors.save(join(dir, 'vectors'));
    const hnswSaveMs = performance.now() - t;
    t = performance.now();
    const lexical = LexicalIndex.fromBuffer(await readFile(join(dir, 'lexical.bin')));
    const lexicalLoadMs = performance.now() - t;
    t = performance.now();
    const vectors = await HnswIndex.load(join(dir, 'vectors'), options.hnsw);
    const hnswLoadMs = performance.now() - t;
    const retrieveMs = await timeRetrieval(queries, lexical, vectors, options);
    const recall = await measureRecall(queries.slice(0, options.recallQueries ?? 200), dir, vectors, options);
    return {
      passages: passages.length,
      build: built.times,
      save: { lexicalMs: lexicalSaveMs, hnswMs: hnswSaveMs, lexicalBytes: bytes.length },
      load: { lexicalMs: lexicalLoadMs, hnswMs: hnswLoadMs },
      retrieveMs,
      recall,
      rssMb: process.memoryUsage().rss / 1e6,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function build(passages: SyntheticPassage[], options: BenchmarkOptions) {
  const lexical = new LexicalIndex();
  const vectors = new HnswIndex(options.hnsw);
  const times = { embed: 0, lexical: 0, hnsw: 0 };
  const started = performance.now();
  for (let start = 0; start < passages.length; start += 256) {
    const batch = passages.slice(start, start + 256);
    let t = performance.now();
    const embedded = await options.embeddings.embedDocuments(batch.map((p) => p.text));
    times.embed += performance.now() - t;
    t = performance.now();
    for (const p of batch) lexical.add(p.id, p.text);
    times.lexical += performance.now() - t;
    t = performance.now();
    batch.forEach((p, i) => vectors.add(p.id, embedded[i]!));
    times.hnsw += performance.now() - t;
    options.onProgress?.('build', start + batch.length, passages.length);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    lexical,
    vectors,
    times: { seconds, passagesPerSecond: passages.length / seconds, embedSeconds: times.embed / 1000, lexicalSeconds: times.lexical / 1000, hnswSeconds: times.hnsw / 1000 },
  };
}

async function timeRetrieval(queries: BeirQuery[], lexical: LexicalIndex, vectors: HnswIndex, options: BenchmarkOptions): Promise<BenchmarkReport['retrieveMs']> {
  // Synthetic ids are `<source>#<n>`: every passage its own paragraph, so diversity costs what it would.
  const metadata = (id: string): PassageMetadata => ({ id, source: id.split('#')[0]!, title: '', urls: [], headingPath: [], paragraph: Number(id.split('#')[1]), locator: '' });
  const latencies: number[] = [];
  for (const [i, query] of queries.entries()) {
    const t = performance.now();
    await retrieve(query.text, { ...options.retrieve, lexical, vectors, embeddings: options.embeddings, metadata });
    latencies.push(performance.now() - t);
    if (i % 100 === 0) options.onProgress?.('query', i, queries.length);
  }
  return { ...percentiles(latencies), queries: latencies.length };
}

async function measureRecall(queries: BeirQuery[], dir: string, loaded: HnswIndex, options: BenchmarkOptions): Promise<BenchmarkReport['recall']> {
  const vectors = await options.embeddings.embedDocuments(queries.map((q) => q.text));
  const truth = vectors.map((v) => loaded.exactSearch(v, 10).map((h) => h.id));
  const results: BenchmarkReport['recall'] = [];
  for (const ef of options.recallEfs ?? [64, 128, 256, 512]) {
    const index = await HnswIndex.load(join(dir, 'vectors'), { ...options.hnsw, efSearch: ef });
    let found = 0;
    const latencies: number[] = [];
    vectors.forEach((v, i) => {
      const t = performance.now();
      const got = new Set(index.search(v, 10).map((h) => h.id));
      latencies.push(performance.now() - t);
      found += truth[i]!.filter((id) => got.has(id)).length;
    });
    results.push({ ef, recallAt10: found / Math.max(1, truth.reduce((n, t) => n + t.length, 0)), searchP50Ms: percentiles(latencies).p50 });
  }
  return results;
}
