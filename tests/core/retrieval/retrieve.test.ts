import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { ExactVectorIndex } from '../../../src/core/index/exact-vector-index.js';
import { HnswIndex } from '../../../src/core/index/hnsw-index.js';
import { LexicalIndex } from '../../../src/core/index/lexical-index.js';
import { OfflineEmbeddings } from '../../../src/core/index/offline-embeddings.js';
import type { VectorIndex } from '../../../src/core/index/search-index.js';
import type { PassageMetadata } from '../../../src/core/knowledge/document.js';
import { MAX_SCORED_WHOLE, retrieve } from '../../../src/core/retrieval/retrieve.js';

interface Fixture {
  id: string;
  source: string;
  paragraph: number;
  text: string;
}

const FIXTURES: Fixture[] = [
  { id: 'h1', source: 'hearing.txt', paragraph: 1, text: 'The senator asked whether xAI distilled OpenAI models without permission.' },
  { id: 'h2a', source: 'hearing.txt', paragraph: 2, text: 'Distillation of OpenAI models by xAI was described in detail, first part.' },
  { id: 'h2b', source: 'hearing.txt', paragraph: 2, text: 'Distillation of OpenAI models by xAI was described in detail, second part.' },
  { id: 'c1', source: 'copyright.md', paragraph: 1, text: 'Training on copyrighted books may be fair use, a court ruled.' },
  { id: 'e1', source: 'export.md', paragraph: 1, text: 'Export controls on advanced chips tighten again this year.' },
  { id: 'car', source: 'transport.md', paragraph: 1, text: 'The car needs fuel.' },
];

const metadataOf = new Map<string, PassageMetadata>(
  FIXTURES.map((f) => [f.id, { id: f.id, source: f.source, title: f.source, urls: [], headingPath: [], paragraph: f.paragraph, locator: `¶${f.paragraph}` }]),
);

async function setup(embeddings: EmbeddingsInterface, vectors: VectorIndex) {
  const lexical = new LexicalIndex();
  const texts = FIXTURES.map((f) => f.text);
  const embedded = await embeddings.embedDocuments(texts);
  FIXTURES.forEach((f, i) => {
    lexical.add(f.id, f.text);
    vectors.add(f.id, embedded[i]!);
  });
  return { lexical, vectors, embeddings, metadata: (id: string) => metadataOf.get(id) };
}

/** Embeds by synonym groups, like a neural model would: "automobile" lands next to "car". */
class SynonymEmbeddings implements EmbeddingsInterface {
  static readonly groups = [['car', 'automobile', 'vehicle'], ['distil', 'distillation', 'distilled'], ['copyright', 'copyrighted'], ['chips', 'semiconductors']];

  embedQuery(text: string): Promise<number[]> {
    const words = text.toLowerCase().split(/\W+/);
    return Promise.resolve(SynonymEmbeddings.groups.map((g) => words.filter((w) => g.includes(w)).length + 0.01));
  }

  embedDocuments(texts: string[]): Promise<number[][]> {
    return Promise.all(texts.map((t) => this.embedQuery(t)));
  }
}

class FailingEmbeddings implements EmbeddingsInterface {
  embedQuery(): Promise<number[]> {
    return Promise.reject(new Error('embedding server unreachable'));
  }

  embedDocuments(): Promise<number[][]> {
    throw new Error('not set up');
  }
}

describe('retrieve', () => {
  it('ranks the passage that answers the query first, with its evidence', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 128 }), new HnswIndex({ dimensions: 128 }));
    const [top] = await retrieve('Is training on copyrighted books fair use?', deps);
    expect(top?.id).toBe('c1');
    expect(top?.lexicalScore).toBeGreaterThan(0);
    expect(top?.evidence.termCoverage).toBeCloseTo(1, 10);
    expect(top?.evidence.matchedTerms.sort()).toEqual(['book', 'copyright', 'fair', 'train', 'us']);
    expect(top?.evidence.vectorCosine).toBeGreaterThan(0.2);
    expect(top?.metadata.source).toBe('copyright.md');
  });

  it('does not let the parts of one paragraph fill the results', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 128 }), new ExactVectorIndex(128));
    const hits = await retrieve('distillation of OpenAI models by xAI', { ...deps, k: 3 });
    expect(hits.filter((h) => h.id === 'h2a' || h.id === 'h2b')).toHaveLength(1);
    expect(hits.map((h) => h.id)).toContain('h1');
  });

  it('returns at most k passages, best first', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 128 }), new ExactVectorIndex(128));
    const hits = await retrieve('models', { ...deps, k: 2 });
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it('finds a passage through the vector channel when no word matches', async () => {
    const deps = await setup(new SynonymEmbeddings(), new ExactVectorIndex(4));
    const [top] = await retrieve('automobile', { ...deps, weights: { bm25: 0.4, ngram: 0.2, vector: 0.4 } });
    expect(top?.id).toBe('car');
    expect(top?.lexicalScore).toBe(0);
    expect(top?.evidence.termCoverage).toBe(0);
    expect(top?.vectorScore).toBeGreaterThan(0.9);
  });

  it('falls back to the lexical signals when the query cannot be embedded', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 64 }), new ExactVectorIndex(64));
    const errors: unknown[] = [];
    const hits = await retrieve('export controls on chips', { ...deps, embeddings: new FailingEmbeddings(), onVectorError: (e) => errors.push(e) });
    expect(hits[0]?.id).toBe('e1');
    expect(hits[0]?.evidence.vectorCosine).toBeUndefined();
    expect(errors).toHaveLength(1);
  });

  it('goes on without the vector signal when the query embedding does not come in time', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 64 }), new ExactVectorIndex(64));
    const errors: unknown[] = [];
    const stuck = { embedQuery: () => new Promise<number[]>(() => {}), embedDocuments: () => new Promise<number[][]>(() => {}) };
    const hits = await retrieve('export controls on chips', { ...deps, embeddings: stuck, queryEmbeddingTimeoutMs: 50, onVectorError: (e) => errors.push(e) });
    expect(hits[0]?.id).toBe('e1');
    expect(String(errors[0])).toMatch(/took over 50 ms/);
  });

  it('reports low coverage for a question the passages do not address', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 128 }), new ExactVectorIndex(128));
    const hits = await retrieve('quantum teleportation protocols', deps);
    for (const hit of hits) expect(hit.evidence.termCoverage).toBe(0);
  });

  it('skips ids the metadata lookup no longer knows', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 64 }), new ExactVectorIndex(64));
    const hits = await retrieve('copyrighted books', { ...deps, metadata: (id) => (id === 'c1' ? undefined : metadataOf.get(id)) });
    expect(hits.map((h) => h.id)).not.toContain('c1');
  });

  it('scores only the chosen passages, each as the whole-index search scores it, even those no channel would have found', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 128 }), new ExactVectorIndex(128));
    const everywhere = await retrieve('distillation of OpenAI models by xAI', deps);
    // One candidate from each channel: "car" is found by neither, "h1" by both.
    const chosen = await retrieve('distillation of OpenAI models by xAI', { ...deps, candidates: 1, among: ['h1', 'car', 'c1'] });
    expect(chosen.map((h) => h.id).sort()).toEqual(['c1', 'car', 'h1']);
    const { vectorCosine, ...lexical } = everywhere.find((h) => h.id === 'h1')!.evidence;
    const chosenH1 = chosen.find((h) => h.id === 'h1')!.evidence;
    expect(chosenH1).toMatchObject(lexical);
    // Compared from its stored (float32) vector rather than found by the vector search.
    expect(chosenH1.vectorCosine).toBeCloseTo(vectorCosine!, 6);
    expect(chosen.find((h) => h.id === 'car')?.evidence.vectorCosine).toEqual(expect.any(Number));
  });

  it('scores a chosen set larger than MAX_SCORED_WHOLE only where the channels find it', async () => {
    const deps = await setup(new OfflineEmbeddings({ dimensions: 64 }), new ExactVectorIndex(64));
    const filler = Array.from({ length: MAX_SCORED_WHOLE }, (_, i) => `filler-${i}`);
    const metadata = (id: string) => metadataOf.get(id) ?? { ...metadataOf.get('car')!, id, source: 'filler.md' };
    const small = await retrieve('export controls on chips', { ...deps, metadata, candidates: 1, among: ['car', 'e1'] });
    expect(small.map((h) => h.id).sort()).toEqual(['car', 'e1']);
    // "car" shares no word with the query: no channel finds it, so in a large set it is not scored.
    const large = await retrieve('export controls on chips', { ...deps, metadata, candidates: 1, among: ['car', 'e1', ...filler] });
    expect(large.map((h) => h.id)).toEqual(['e1']);
  });
});
