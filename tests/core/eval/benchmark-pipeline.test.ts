import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkPipeline } from '../../../src/core/eval/benchmark-pipeline.js';
import { readBeir } from '../../../src/core/eval/read-beir.js';
import { synthesizePassages } from '../../../src/core/eval/synthesize-passages.js';
import { OfflineEmbeddings } from '../../../src/core/index/offline-embeddings.js';

const BEIR = new URL('../../fixtures/beir/', import.meta.url).pathname;

describe('benchmarkPipeline', () => {
  it('reports every figure of a small run, with HNSW recall measured against exact search', async () => {
    const collection = await readBeir({ corpus: join(BEIR, 'corpus.jsonl'), queries: join(BEIR, 'queries.jsonl'), qrels: join(BEIR, 'qrels/test.tsv') });
    const embeddings = new OfflineEmbeddings({ dimensions: 64 });
    const workDir = await mkdtemp(join(tmpdir(), 'bench-smoke-'));
    try {
      const report = await benchmarkPipeline({
        passages: synthesizePassages(collection.corpus, 1000),
        queries: collection.queries.map((q) => q.text),
        workDir,
        embedder: { embeddings, id: embeddings.id, dimensions: 64 },
        hnsw: { m: 16, efConstruction: 100, efSearch: 200 },
        queryCount: 20,
        recallQueries: 20,
        passagesPerFile: 50,
      });
      expect(report.passages).toBeGreaterThanOrEqual(1000);
      expect(report.documents).toBe(20);
      expect(report.latencyMs.queries).toBe(20);
      for (const channel of ['lexical', 'hnsw', 'hybrid', 'ask'] as const) {
        const l = report.latencyMs[channel];
        expect(l.p50).toBeLessThanOrEqual(l.p95);
        expect(l.p95).toBeLessThanOrEqual(l.p99);
      }
      expect(report.recall.recallAt10).toBeGreaterThanOrEqual(0.9);
      expect(report.reindexOne.passagesReembedded).toBeGreaterThan(0);
      expect(report.build.indexMb).toBeGreaterThan(0);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
