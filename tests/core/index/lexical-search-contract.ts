import { describe, expect, it } from 'vitest';
import type { LexicalSearch } from '../../../src/core/index/search-index.js';

/** A corpus where "distillation" is rare and "model" is common. */
export const CONTRACT_CORPUS: [string, string][] = [
  ['rare', 'Distillation of a model trained by a rival lab.'],
  ['common1', 'The model is a large language model.'],
  ['common2', 'Every model card lists the model size.'],
  ['common3', 'A model release needs a model review.'],
  ['other', 'Copyright law and fair use in the United States.'],
];

/**
 * The behaviour every `LexicalSearch` implementation shares. `create` returns an index holding
 * exactly the given passages.
 */
export function describeLexicalSearchContract(name: string, create: (passages: [string, string][]) => LexicalSearch): void {
  describe(`${name} (LexicalSearch contract)`, () => {
    it('ranks a passage with the rare query term above passages with only the common one', () => {
      const index = create(CONTRACT_CORPUS);
      const hits = index.search('model distillation', 10);
      expect(hits[0]?.id).toBe('rare');
      expect(hits.map((h) => h.id)).not.toContain('other');
    });

    it('returns at most k hits, best first', () => {
      const hits = create(CONTRACT_CORPUS).search('model', 2);
      expect(hits).toHaveLength(2);
      expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
    });

    it('matches inflected forms through stemming', () => {
      expect(create(CONTRACT_CORPUS).search('distilled models', 1)[0]?.id).toBe('rare');
    });

    it('returns nothing for a query without known terms', () => {
      const index = create(CONTRACT_CORPUS);
      expect(index.search('quantum teleportation', 5)).toEqual([]);
      expect(index.search('the of and', 5)).toEqual([]);
    });

    it('counts, finds and replaces passages by id', () => {
      const index = create(CONTRACT_CORPUS);
      expect(index.size).toBe(5);
      expect(index.has('rare')).toBe(true);
      index.add('other', 'Now about distillation too.');
      expect(index.size).toBe(5);
      expect(index.search('copyright', 5)).toEqual([]);
      expect(index.search('distillation', 5).map((h) => h.id).sort()).toEqual(['other', 'rare']);
    });

    it('never returns a removed passage', () => {
      const index = create(CONTRACT_CORPUS);
      expect(index.remove('rare')).toBe(true);
      expect(index.remove('rare')).toBe(false);
      expect(index.has('rare')).toBe(false);
      expect(index.size).toBe(4);
      expect(index.search('distillation model', 10).map((h) => h.id)).not.toContain('rare');
      expect(index.terms('rare')).toBeUndefined();
    });

    it('explains the same BM25 score that search returns', () => {
      const index = create(CONTRACT_CORPUS);
      const hits = index.search('model distillation', 10);
      const explained = index.explain('model distillation', hits.map((h) => h.id));
      explained.forEach((m, i) => expect(m.bm25).toBeCloseTo(hits[i]!.score, 10));
    });

    it('explains coverage as the idf-weighted share of query terms present', () => {
      const index = create(CONTRACT_CORPUS);
      const [rare, common, other] = index.explain('model distillation', ['rare', 'common1', 'other']);
      expect(rare!.coverage).toBeCloseTo(1, 10);
      expect(rare!.matchedTerms.sort()).toEqual(['distil', 'model']);
      const expected = index.idf('model') / (index.idf('model') + index.idf('distil'));
      expect(common!.coverage).toBeCloseTo(expected, 10);
      expect(other!.coverage).toBe(0);
    });

    it('lowers coverage for query terms the index has never seen', () => {
      const index = create(CONTRACT_CORPUS);
      const [known] = index.explain('distillation', ['rare']);
      const [partly] = index.explain('distillation zeppelin', ['rare']);
      expect(known!.coverage).toBeCloseTo(1, 10);
      expect(partly!.coverage).toBeLessThan(0.6);
    });

    it('gives an n-gram cosine in [0, 1] that credits partial word matches', () => {
      const index = create([...CONTRACT_CORPUS, ['variant', 'Redistillation of undistilled spirits.']]);
      const [variant, other] = index.explain('distillation', ['variant', 'other']);
      expect(variant!.bm25).toBe(0);
      expect(variant!.ngramCosine).toBeGreaterThan(0.1);
      expect(variant!.ngramCosine).toBeLessThanOrEqual(1);
      expect(other!.ngramCosine).toBeLessThan(variant!.ngramCosine);
    });

    it('skips unknown ids when explaining', () => {
      expect(create(CONTRACT_CORPUS).explain('model', ['nope', 'rare']).map((m) => m.id)).toEqual(['rare']);
    });

    it('gives rare terms a higher idf and unseen terms the highest', () => {
      const index = create(CONTRACT_CORPUS);
      expect(index.idf('distil')).toBeGreaterThan(index.idf('model'));
      expect(index.idf('zeppelin')).toBeGreaterThan(index.idf('distil'));
    });

    it('lists the distinct analysed terms of a passage', () => {
      expect(create(CONTRACT_CORPUS).terms('common1')?.sort()).toEqual(['languag', 'larg', 'model']);
    });

    it('lists the passages holding every given term, up to a limit, and none after removal', () => {
      const index = create(CONTRACT_CORPUS);
      expect(index.withAllTerms(['model'], 100).sort()).toEqual(['common1', 'common2', 'common3', 'rare']);
      expect(index.withAllTerms(['larg', 'model'], 100)).toEqual(['common1']);
      expect(index.withAllTerms(['model'], 2)).toHaveLength(2);
      expect(index.withAllTerms(['larg', 'zeppelin'], 100)).toEqual([]);
      expect(index.withAllTerms([], 100)).toEqual([]);
      index.remove('common1');
      expect(index.withAllTerms(['larg', 'model'], 100)).toEqual([]);
    });

    it('prepares a query once for reuse', () => {
      const index = create(CONTRACT_CORPUS);
      const q = index.prepare('Distilled models');
      expect(q.terms).toEqual(['distil', 'model']);
      expect(index.search(q, 3)).toEqual(index.search('Distilled models', 3));
    });
  });
}
