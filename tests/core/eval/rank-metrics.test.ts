import { describe, expect, it } from 'vitest';
import { evaluateRun, ndcgAtK, recallAtK } from '../../../src/core/eval/rank-metrics.js';

const judged = new Map([
  ['a', 1],
  ['c', 2],
  ['z', 0],
]);

describe('ndcgAtK', () => {
  it('uses graded gains and a log2 discount (trec_eval ndcg_cut)', () => {
    // DCG = 1/log2(2) + 2/log2(4) = 2; ideal = 2/log2(2) + 1/log2(3)
    expect(ndcgAtK(['a', 'b', 'c'], judged, 3)).toBeCloseTo(2 / (2 + 1 / Math.log2(3)), 12);
  });

  it('is 1 for the ideal order and 0 without relevant documents', () => {
    expect(ndcgAtK(['c', 'a'], judged, 10)).toBeCloseTo(1, 12);
    expect(ndcgAtK(['b', 'z'], judged, 10)).toBe(0);
  });

  it('ignores documents past the cut-off', () => {
    expect(ndcgAtK(['b', 'c'], judged, 1)).toBe(0);
  });

  it('is 0 when nothing is judged relevant', () => {
    expect(ndcgAtK(['a'], new Map([['a', 0]]), 10)).toBe(0);
  });
});

describe('recallAtK', () => {
  it('is the share of positively judged documents in the top k', () => {
    expect(recallAtK(['a', 'b', 'c'], judged, 2)).toBe(0.5);
    expect(recallAtK(['a', 'b', 'c'], judged, 3)).toBe(1);
  });
});

describe('evaluateRun', () => {
  it('averages over run queries that have a positive judgement', () => {
    const qrels = new Map([
      ['q1', new Map([['a', 1]])],
      ['q2', new Map([['b', 1]])],
      ['q3', new Map([['c', 0]])],
    ]);
    const run = new Map([
      ['q1', ['a']],
      ['q2', ['x', 'y']],
      ['q3', ['c']],
      ['q4', ['a']],
    ]);
    expect(evaluateRun(run, qrels)).toEqual({ ndcgAt10: 0.5, recallAt100: 0.5, queries: 2 });
  });

  it('returns zeros for an empty run', () => {
    expect(evaluateRun(new Map(), new Map())).toEqual({ ndcgAt10: 0, recallAt100: 0, queries: 0 });
  });
});
