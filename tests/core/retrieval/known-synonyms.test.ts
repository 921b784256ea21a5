import { describe, expect, it } from 'vitest';
import { withKnownSynonyms, withSynonymHits } from '../../../src/core/retrieval/known-synonyms.js';
import { analyze } from '../../../src/core/text/analyze.js';
import type { Thesaurus } from '../../../src/core/text/thesaurus.js';

const thesaurus: Thesaurus = {
  synonyms: (word) => ({ admit: ['acknowledge', 'intromit', 'confess', 'own'], grilled: ['examine'], musk: ['perfume'] })[word.toLowerCase()] ?? [],
};
const known = new Set(['musk', 'distil', 'acknowledg', 'own', 'confess', 'examin']);
const options = { analyze, isKnown: (term: string) => known.has(term), thesaurus };

describe('withKnownSynonyms', () => {
  it('adds the synonyms the passages use of each word they never use, three at most', () => {
    expect(withKnownSynonyms('What did Musk admit about distillation?', options)).toBe('What did Musk admit about distillation? acknowledge confess own');
  });

  it('leaves a query alone when the passages use its words, or know none of their synonyms', () => {
    expect(withKnownSynonyms('Musk distillation', options)).toBe('Musk distillation');
    expect(withKnownSynonyms('banana bread', options)).toBe('banana bread');
  });
});

describe('withSynonymHits', () => {
  const hit = (id: string, score: number) => ({ id, score });

  function recordingSearch(results: Record<string, { id: string; score: number }[]>) {
    const asked: string[] = [];
    const search = async (query: string) => {
      asked.push(query);
      return results[query] ?? [];
    };
    return { asked, search };
  }

  it('adds the two best passages only the synonyms find, after and below the others', async () => {
    const results = {
      'who grilled Musk': [hit('a', 1), hit('b', 0.6)],
      'who grilled Musk examine': [hit('c', 1), hit('a', 0.9), hit('d', 0.8), hit('e', 0.7)],
    };
    const { asked, search } = recordingSearch(results);
    const byWords = recordingSearch(results);
    const hits = await withSynonymHits(search, byWords.search, options)('who grilled Musk');
    expect(asked).toEqual(['who grilled Musk']);
    expect(byWords.asked).toEqual(['who grilled Musk examine']);
    expect(hits).toEqual([hit('a', 1), hit('b', 0.6), hit('c', 0.3), hit('d', 0.3)]);
  });

  it('searches once when there is nothing to add', async () => {
    const { asked, search } = recordingSearch({ 'Musk distillation': [hit('a', 1)] });
    expect(await withSynonymHits(search, search, options)('Musk distillation')).toEqual([hit('a', 1)]);
    expect(asked).toEqual(['Musk distillation']);
  });

  it('searches both ways within the same documents', async () => {
    const within: (readonly string[] | undefined)[] = [];
    const search = async (_query: string, only?: readonly string[]) => (within.push(only), []);
    await withSynonymHits(search, search, options)('who grilled Musk', ['a.md']);
    expect(within).toEqual([['a.md'], ['a.md']]);
  });
});
