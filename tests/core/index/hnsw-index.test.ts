import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IndexCorruptError, IndexMismatchError } from '../../../src/core/errors.js';
import { HnswIndex } from '../../../src/core/index/hnsw-index.js';
import { describeVectorIndexContract, randomVectors } from './vector-index-contract.js';

describeVectorIndexContract('HnswIndex', (dimensions) => new HnswIndex({ dimensions, initialCapacity: 4 }));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hnsw-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function filled(count: number, dimensions = 16, seed = 5): { index: HnswIndex; vectors: number[][] } {
  const index = new HnswIndex({ dimensions, initialCapacity: 8 });
  const vectors = randomVectors(count, dimensions, seed);
  vectors.forEach((v, i) => index.add(`p${i}`, v));
  return { index, vectors };
}

describe('HnswIndex.add', () => {
  it('grows past its initial capacity', () => {
    const { index } = filled(300);
    expect(index.size).toBe(300);
  });

  it('rejects vectors with NaN or infinite values', () => {
    const index = new HnswIndex({ dimensions: 3 });
    expect(() => index.add('a', [1, Number.NaN, 0])).toThrow(RangeError);
    expect(() => index.add('a', [Number.POSITIVE_INFINITY, 0, 0])).toThrow(RangeError);
    expect(index.size).toBe(0);
  });
});

describe('HnswIndex.search', () => {
  it('agrees with exactSearch on a small set', () => {
    const { index } = filled(500);
    const queries = randomVectors(20, 16, 99);
    let agree = 0;
    for (const q of queries) {
      const exact = index.exactSearch(q, 10).map((h) => h.id);
      const approx = new Set(index.search(q, 10).map((h) => h.id));
      agree += exact.filter((id) => approx.has(id)).length;
    }
    expect(agree / (queries.length * 10)).toBeGreaterThanOrEqual(0.95);
  });

  it('reports the same scores as exactSearch for the ids both find', () => {
    const { index } = filled(100);
    const q = randomVectors(1, 16, 42)[0]!;
    const exact = new Map(index.exactSearch(q, 5).map((h) => [h.id, h.score]));
    for (const hit of index.search(q, 5)) if (exact.has(hit.id)) expect(hit.score).toBeCloseTo(exact.get(hit.id)!, 5);
  });
});

describe('HnswIndex.exactSearch', () => {
  it('excludes removed ids', () => {
    const { index, vectors } = filled(50);
    index.remove('p3');
    expect(index.exactSearch(vectors[3]!, 50).map((h) => h.id)).not.toContain('p3');
  });
});

describe('HnswIndex.save', () => {
  it('round-trips ids, vectors and search results', async () => {
    const { index, vectors } = filled(200);
    index.remove('p10');
    await index.save(dir);
    const loaded = await HnswIndex.load(dir, { dimensions: 16, efSearch: 64 });
    expect(loaded.size).toBe(199);
    expect(loaded.has('p10')).toBe(false);
    expect(loaded.getVector('p5')).toEqual(index.getVector('p5'));
    for (const q of vectors.slice(0, 20)) expect(loaded.search(q, 5)).toEqual(index.search(q, 5));
  });

  it('keeps a loaded index updatable, reusing removed slots', async () => {
    const { index, vectors } = filled(50);
    for (let i = 0; i < 10; i++) index.remove(`p${i}`);
    await index.save(dir);
    const loaded = await HnswIndex.load(dir, { dimensions: 16 });
    const fresh = randomVectors(15, 16, 77);
    fresh.forEach((v, i) => loaded.add(`n${i}`, v));
    expect(loaded.size).toBe(55);
    expect(loaded.search(fresh[3]!, 1)[0]?.id).toBe('n3');
    expect(loaded.search(vectors[20]!, 1)[0]?.id).toBe('p20');
    expect(loaded.search(vectors[0]!, 55).map((h) => h.id)).not.toContain('p0');
  });
});

describe('HnswIndex.load', () => {
  it('refuses an index of another dimension', async () => {
    await filled(10).index.save(dir);
    await expect(HnswIndex.load(dir, { dimensions: 32 })).rejects.toThrow(IndexMismatchError);
  });

  it('refuses an id map that disagrees with the graph', async () => {
    await filled(10).index.save(dir);
    await filled(12).index.save(join(dir, 'other'));
    await writeFile(join(dir, 'hnsw.bin'), await (await import('node:fs/promises')).readFile(join(dir, 'other', 'hnsw.bin')));
    await expect(HnswIndex.load(dir, { dimensions: 16 })).rejects.toThrow(IndexCorruptError);
  });
});
