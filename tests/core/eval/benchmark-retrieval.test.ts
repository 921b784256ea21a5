import { describe, expect, it } from 'vitest';
import { benchmarkRetrieval } from '../../../src/core/eval/benchmark-retrieval.js';
import { readBeir } from '../../../src/core/eval/read-beir.js';
import { synthesizePassages } from '../../../src/core/eval/synthesize-passages.js';
import { OfflineEmbeddings } from '../../../src/core/index/offline-embeddings.js';

const FIXTURE = 'tests/fixtures/beir';

describe('benchmarkRetrieval', () => {
  it('builds, saves, reloads and queries the passages, measuring HNSW recall against exact search', async () => {
    const { corpus, queries } = await readBeir({ corpus: `${FIXTURE}/corpus.jsonl`, queries: `${FIXTURE}/queries.jsonl`, qrels: `${FIXTURE}/qrels/test.tsv` });
    const passages = synthesizePassages(corpus, 200);
    const report = await benchmarkRetrieval(passages, queries, {
      embeddings: new OfflineEmbeddings({ dimensions: 32 }),
      hnsw: { dimensions: 32 },
      recallEfs: [16, 200],
    });
    expect(report.passages).toBe(200);
    expect(report.retrieveMs.queries).toBe(queries.length);
    expect(report.save.lexicalBytes).toBeGreaterThan(0);
    expect(report.recall.map((r) => r.ef)).toEqual([16, 200]);
    // Near-copies of 8 short documents tie often, and ties may be ordered differently from
    // exact search, so recall is high but not always 1.
    for (const { recallAt10 } of report.recall) {
      expect(recallAt10).toBeGreaterThanOrEqual(0.9);
      expect(recallAt10).toBeLessThanOrEqual(1);
    }
  });
});
