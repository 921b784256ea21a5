import { describe, expect, it } from 'vitest';
import type { VectorIndex } from '../../../src/core/index/search-index.js';

/** Deterministic pseudo-random unit-ish vectors, so results repeat run to run. */
export function randomVectors(count: number, dimensions: number, seed = 1): number[][] {
  let state = seed >>> 0;
  const next = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
  return Array.from({ length: count }, () => Array.from({ length: dimensions }, next));
}

function unit(v: number[]): number[] {
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** The behaviour every `VectorIndex` implementation shares. */
export function describeVectorIndexContract(name: string, create: (dimensions: number) => VectorIndex): void {
  describe(`${name} (VectorIndex contract)`, () => {
    it('finds a stored vector first, with cosine similarity 1', () => {
      const index = create(8);
      randomVectors(20, 8).forEach((v, i) => index.add(`v${i}`, v));
      const [hit] = index.search(randomVectors(20, 8)[7]!, 1);
      expect(hit?.id).toBe('v7');
      expect(hit?.score).toBeCloseTo(1, 5);
    });

    it('scores by cosine similarity: orthogonal 0, opposite -1, scale ignored', () => {
      const index = create(3);
      index.add('x', [1, 0, 0]);
      index.add('y', [0, 5, 0]);
      index.add('minus-x', [-2, 0, 0]);
      const scores = Object.fromEntries(index.search([3, 0, 0], 3).map((h) => [h.id, h.score]));
      expect(scores.x).toBeCloseTo(1, 5);
      expect(scores.y).toBeCloseTo(0, 5);
      expect(scores['minus-x']).toBeCloseTo(-1, 5);
    });

    it('returns at most k hits, best first, and no more than it holds', () => {
      const index = create(4);
      randomVectors(10, 4).forEach((v, i) => index.add(`v${i}`, v));
      const hits = index.search([1, 0, 0, 0], 3);
      expect(hits).toHaveLength(3);
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
      expect(hits[1]!.score).toBeGreaterThanOrEqual(hits[2]!.score);
      expect(index.search([1, 0, 0, 0], 50)).toHaveLength(10);
    });

    it('returns nothing from an empty index', () => {
      expect(create(4).search([1, 0, 0, 0], 5)).toEqual([]);
    });

    it('replaces the vector of an id added twice', () => {
      const index = create(2);
      index.add('a', [1, 0]);
      index.add('a', [0, 1]);
      expect(index.size).toBe(1);
      expect(index.search([0, 1], 1)[0]).toEqual({ id: 'a', score: expect.closeTo(1, 5) });
    });

    it('never returns a removed id', () => {
      const index = create(6);
      const vectors = randomVectors(30, 6, 7);
      vectors.forEach((v, i) => index.add(`v${i}`, v));
      for (let i = 0; i < 30; i += 2) expect(index.remove(`v${i}`)).toBe(true);
      expect(index.remove('v0')).toBe(false);
      expect(index.size).toBe(15);
      expect(index.has('v0')).toBe(false);
      for (const v of vectors) {
        const ids = index.search(v, 15).map((h) => h.id);
        expect(ids.filter((id) => Number(id.slice(1)) % 2 === 0)).toEqual([]);
      }
    });

    it('reuses room after removals and keeps every live vector findable', () => {
      const index = create(5);
      const vectors = randomVectors(60, 5, 3);
      vectors.slice(0, 30).forEach((v, i) => index.add(`v${i}`, v));
      for (let i = 0; i < 20; i++) index.remove(`v${i}`);
      vectors.slice(30).forEach((v, i) => index.add(`v${30 + i}`, v));
      expect(index.size).toBe(40);
      for (let i = 20; i < 60; i++) expect(index.search(vectors[i]!, 1)[0]?.id).toBe(`v${i}`);
    });

    it('returns the stored vector normalised to unit length', () => {
      const index = create(3);
      index.add('a', [3, 0, 4]);
      const stored = index.getVector('a')!;
      expect(stored.map((x) => Math.round(x * 1e5) / 1e5)).toEqual(unit([3, 0, 4]));
      expect(index.getVector('missing')).toBeUndefined();
    });

    it('rejects vectors of the wrong dimension', () => {
      const index = create(3);
      expect(() => index.add('a', [1, 2])).toThrow(RangeError);
      index.add('b', [1, 2, 3]);
      expect(() => index.search([1, 2, 3, 4], 1)).toThrow(RangeError);
    });
  });
}
