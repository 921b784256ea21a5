import { Embeddings } from '@langchain/core/embeddings';
import { describe, expect, it } from 'vitest';
import { OfflineEmbeddings } from '../../../src/core/index/offline-embeddings.js';

const cosine = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('OfflineEmbeddings', () => {
  const embeddings = new OfflineEmbeddings({ dimensions: 256 });

  it('is a LangChain Embeddings', () => {
    expect(embeddings).toBeInstanceOf(Embeddings);
  });

  it('returns unit vectors of the configured dimension', async () => {
    const [vector] = await embeddings.embedDocuments(['Model distillation and export controls.']);
    expect(vector).toHaveLength(256);
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 10);
  });

  it('is deterministic across instances', async () => {
    const text = 'Who regulates frontier AI?';
    expect(await new OfflineEmbeddings({ dimensions: 256 }).embedQuery(text)).toEqual(await embeddings.embedQuery(text));
  });

  it('embeds a text the same way whatever else is in the batch', async () => {
    const alone = await embeddings.embedDocuments(['Copyright and fair use.']);
    const batched = await embeddings.embedDocuments(['Something else entirely.', 'Copyright and fair use.']);
    expect(batched[1]).toEqual(alone[0]);
  });

  it('puts similar texts closer than unrelated ones', async () => {
    const [a, b, c] = await embeddings.embedDocuments([
      'The committee questioned OpenAI about distillation of its models.',
      'OpenAI models were distilled, the committee heard.',
      'Tomatoes grow best in warm and sunny gardens.',
    ]);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.2);
  });

  it('credits shared word parts through character n-grams', async () => {
    const [a, b, c] = await embeddings.embedDocuments(['regulation', 'regulators', 'tomatoes']);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!) + 0.2);
  });

  it('returns a zero vector for text without words', async () => {
    expect(new Set(await embeddings.embedQuery('!!! 🤖'))).toEqual(new Set([0]));
  });

  it('names its features and dimension in id', () => {
    expect(new OfflineEmbeddings({ dimensions: 512 }).id).toBe('offline-hash-v1:512');
    expect(embeddings.id).toBe('offline-hash-v1:256');
    expect(embeddings.dimensions).toBe(256);
  });

  it('changes id when the features change', () => {
    const variant = new OfflineEmbeddings({ dimensions: 256, ngram: { min: 2, max: 4 } });
    expect(variant.id).not.toBe(embeddings.id);
    expect(variant.id.endsWith(':256')).toBe(true);
  });

  it('rejects a dimension below 2', () => {
    expect(() => new OfflineEmbeddings({ dimensions: 1 })).toThrow(RangeError);
  });
});
