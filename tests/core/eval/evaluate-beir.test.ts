import { describe, expect, it } from 'vitest';
import { evaluateBeir } from '../../../src/core/eval/evaluate-beir.js';
import { readBeir } from '../../../src/core/eval/read-beir.js';
import { OfflineEmbeddings } from '../../../src/core/index/offline-embeddings.js';

const FIXTURE = 'tests/fixtures/beir';
const paths = { corpus: `${FIXTURE}/corpus.jsonl.gz`, queries: `${FIXTURE}/queries.jsonl`, qrels: `${FIXTURE}/qrels/test.tsv` };
const options = { embeddings: new OfflineEmbeddings({ dimensions: 64 }), hnsw: { dimensions: 64 } };

describe('evaluateBeir', () => {
  it('ranks the judged document first for each query of the tiny collection', async () => {
    const report = await evaluateBeir(await readBeir(paths), options);
    expect(report.queries).toBe(4);
    expect(report.passages).toBe(8);
    expect(report.ndcgAt10).toBeCloseTo(1, 10);
    expect(report.recallAt100).toBe(1);
    expect(report.latencyMs.p99).toBeGreaterThanOrEqual(report.latencyMs.p50);
  });

  it('scores a run against wrong judgements low', async () => {
    const collection = await readBeir(paths);
    const swapped = new Map([...collection.qrels].map(([q, judged]) => [q, new Map([...judged].map(([, g]) => ['d7', g]))]));
    const report = await evaluateBeir({ ...collection, qrels: swapped }, options);
    expect(report.ndcgAt10).toBeLessThan(0.5);
  });

  it('scores only the first N judged queries with limit', async () => {
    const report = await evaluateBeir(await readBeir(paths), { ...options, limit: 2 });
    expect(report.queries).toBe(2);
  });
});
