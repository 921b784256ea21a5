import { describe, expect, it } from 'vitest';
import { TopK } from '../../../src/core/index/top-k.js';

describe('TopK', () => {
  it('keeps the k best, best first', () => {
    const top = new TopK(3);
    [5, 1, 9, 3, 7, 2].forEach((score, item) => top.push(item, score));
    expect(top.sorted()).toEqual([
      { item: 2, score: 9 },
      { item: 4, score: 7 },
      { item: 0, score: 5 },
    ]);
  });

  it('keeps the earlier item among equal scores', () => {
    const top = new TopK(2);
    [1, 1, 1, 1].forEach((score, item) => top.push(item, score));
    expect(top.sorted().map((e) => e.item)).toEqual([0, 1]);
  });

  it('matches a full sort on many random scores', () => {
    const scores = Array.from({ length: 1000 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1);
    const top = new TopK(25);
    scores.forEach((s, i) => top.push(i, s));
    const expected = scores.map((score, item) => ({ item, score })).sort((a, b) => b.score - a.score || a.item - b.item).slice(0, 25);
    expect(top.sorted()).toEqual(expected);
  });

  it('keeps nothing when k is 0', () => {
    const top = new TopK(0);
    top.push(1, 1);
    expect(top.sorted()).toEqual([]);
  });
});
