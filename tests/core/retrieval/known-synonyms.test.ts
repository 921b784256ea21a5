import { describe, expect, it } from 'vitest';
import { withKnownSynonyms, withSynonymHits } from '../../../src/core/retrieval/known-synonyms.js';
import { analyze } from '../../../src/core/text/analyze.js';
import type { Thesaurus } from '../../../src/core/text/thesaurus.js';

const thesaurus: Thesaurus = {
  synonyms: (word) =>
    ({ admit: ['acknowledge', 'intromit', 'confess', 'own', 'allow'], grilled: ['examine'], musk: ['perfume'], roughly: ['about', 'approximately'] })[word.toLowerCase()] ?? [],
};
const known = new Set(['musk', 'perfum', 'distil', 'acknowledg', 'own', 'confess', 'allow', 'examin', 'about', 'approxim']);
const options = { analyze, isKnown: (term: string) => known.has(term), thesaurus };

describe('withKnownSynonyms', () => {
  it('adds the synonyms the passages use of each word they never use, three at most', () => {
    expect(withKnownSynonyms('What did Musk admit about distillation?', options)).toBe('What did Musk admit about distillation? acknowledge confess own');
  });

  it('leaves a query alone when the passages use its words, or know none of their synonyms', () => {
    expect(withKnownSynonyms('Musk distillation', options)).toBe('Musk distillation');
    expect(withKnownSynonyms('banana bread', options)).toBe('banana bread');
  });

  it('adds no synonym that means nothing on its own', () => {
    expect(withKnownSynonyms('roughly how many', options)).toBe('roughly how many about approximately');
    expect(withKnownSynonyms('roughly how many', { ...options, meansSomething: (w) => w !== 'about' })).toBe('roughly how many approximately');
  });
});

describe('withSynonymHits', () => {
  const hit = (id: string, score: number, paragraph = id) => ({ id, score, paragraph });
  type Hit = ReturnType<typeof hit>;

  function recordingSearch(results: Record<string, Hit[]>) {
    const asked: string[] = [];
    const search = async (query: string) => {
      asked.push(query);
      return results[query] ?? [];
    };
    return { asked, search };
  }

  function searches(plain: ReturnType<typeof recordingSearch>, byWords = plain, k = 8) {
    return { search: plain.search, searchByWords: byWords.search, paragraphOf: (h: Hit) => h.paragraph, k };
  }

  it('adds the two best passages only the synonyms find, by words, after and below the others', async () => {
    const results = {
      'who grilled Musk': [hit('a', 1), hit('b', 0.6)],
      'who grilled Musk examine': [hit('c', 1), hit('a', 0.9), hit('d', 0.8), hit('e', 0.7)],
    };
    const plain = recordingSearch(results);
    const byWords = recordingSearch(results);
    const hits = await withSynonymHits(searches(plain, byWords), options)('who grilled Musk');
    expect(plain.asked).toEqual(['who grilled Musk']);
    expect(byWords.asked).toEqual(['who grilled Musk examine']);
    expect(hits).toEqual([hit('a', 1), hit('b', 0.6), hit('c', 0.3), hit('d', 0.3)]);
  });

  it('adds no passage of a paragraph already found', async () => {
    const results = {
      'who grilled Musk': [hit('a', 1), hit('b', 0.6)],
      'who grilled Musk examine': [hit('a2', 1, 'a'), hit('d', 0.8)],
    };
    const hits = await withSynonymHits(searches(recordingSearch(results)), options)('who grilled Musk');
    expect(hits.map((h) => h.id)).toEqual(['a', 'b', 'd']);
  });

  it('searches once when there is nothing to add', async () => {
    const plain = recordingSearch({ 'Musk distillation': [hit('a', 1)] });
    expect(await withSynonymHits(searches(plain), options)('Musk distillation')).toEqual([hit('a', 1)]);
    expect(plain.asked).toEqual(['Musk distillation']);
  });

  it('searches within the same documents, and not again when the first search returned all of theirs', async () => {
    const within: (readonly string[] | undefined)[] = [];
    const search = async (_query: string, only?: readonly string[]) => (within.push(only), [hit('a', 1), hit('b', 0.5)]);
    const both = { search, searchByWords: search, paragraphOf: (h: Hit) => h.paragraph };
    await withSynonymHits({ ...both, k: 2 }, options)('who grilled Musk', ['a.md']);
    expect(within).toEqual([['a.md'], ['a.md']]);
    within.length = 0;
    await withSynonymHits({ ...both, k: 8 }, options)('who grilled Musk', ['a.md']);
    expect(within).toEqual([['a.md']]);
  });
});
