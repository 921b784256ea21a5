import { describe, expect, it } from 'vitest';
import { fuseRankings } from '../../../src/core/retrieval/fuse-rankings.js';

const scores = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('fuseRankings', () => {
  it('sums min-max rescaled channel scores with their weights', () => {
    const fused = fuseRankings(
      ['a', 'b', 'c'],
      [
        { weight: 0.6, scores: scores({ a: 10, b: 5, c: 0 }) },
        { weight: 0.4, scores: scores({ a: 0.1, b: 0.5, c: 0.9 }) },
      ],
    );
    expect(fused.map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(fused.map((h) => h.score)).toEqual([expect.closeTo(0.6, 12), expect.closeTo(0.5, 12), expect.closeTo(0.4, 12)]);
  });

  it('counts a candidate missing from a channel as that channel’s worst', () => {
    const fused = fuseRankings(['a', 'b', 'c'], [{ weight: 1, scores: scores({ a: 3, b: 1 }) }]);
    expect(fused).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 0 },
      { id: 'c', score: 0 },
    ]);
  });

  it('lets a channel with one distinct value add nothing', () => {
    const fused = fuseRankings(['a', 'b'], [
      { weight: 1, scores: scores({ a: 0.7, b: 0.7 }) },
      { weight: 1, scores: scores({ a: 1, b: 2 }) },
    ]);
    expect(fused).toEqual([
      { id: 'b', score: 1 },
      { id: 'a', score: 0 },
    ]);
  });

  it('ignores channels with weight 0', () => {
    const fused = fuseRankings(['a', 'b'], [
      { weight: 0, scores: scores({ a: 0, b: 9 }) },
      { weight: 1, scores: scores({ a: 2, b: 1 }) },
    ]);
    expect(fused[0]?.id).toBe('a');
  });

  it('keeps the input order for ties', () => {
    expect(fuseRankings(['x', 'y', 'z'], []).map((h) => h.id)).toEqual(['x', 'y', 'z']);
  });

  it('fuses reciprocal ranks with rrf', () => {
    const fused = fuseRankings(
      ['a', 'b'],
      [
        { weight: 1, scores: scores({ a: 9, b: 1 }) },
        { weight: 2, scores: scores({ a: 1, b: 9 }) },
      ],
      { method: 'rrf', rrfK: 60 },
    );
    expect(fused).toEqual([
      { id: 'b', score: expect.closeTo(1 / 62 + 2 / 61, 12) },
      { id: 'a', score: expect.closeTo(1 / 61 + 2 / 62, 12) },
    ]);
  });
});
