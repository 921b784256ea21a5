import { describe, expect, it } from 'vitest';
import { knownSynonyms, withSynonymHits } from '../../../src/core/retrieval/known-synonyms.js';
import { analyze } from '../../../src/core/text/analyze.js';
import type { Thesaurus } from '../../../src/core/text/thesaurus.js';

const thesaurus: Thesaurus = {
  synonyms: (word) =>
    ({ admit: ['acknowledge', 'intromit', 'confess', 'own', 'allow'], grilled: ['examine'], musk: ['perfume'], roughly: ['about', 'approximately'] })[word.toLowerCase()] ?? [],
};
const known = new Set(['musk', 'perfum', 'distil', 'acknowledg', 'own', 'confess', 'allow', 'examin', 'about', 'approxim']);
const options = { analyze, isKnown: (term: string) => known.has(term), thesaurus };

describe('knownSynonyms', () => {
  it('adds the synonyms the passages use of each word they never use, three at most', () => {
    expect(knownSynonyms('What did Musk admit about distillation?', options)).toEqual(['acknowledge', 'confess', 'own']);
  });

  it('adds none for words the passages use, or whose synonyms they don\'t', () => {
    expect(knownSynonyms('Musk distillation', options)).toEqual([]);
    expect(knownSynonyms('banana bread', options)).toEqual([]);
  });

  it("adds the team's wording for a phrase the query says first, when the passages use it, with or without a thesaurus", () => {
    const listed = (query: string) => (/touchy/.test(query) ? ['controversy'] : /grilled/.test(query) ? ['banana'] : []);
    const teamKnown = { ...options, isKnown: (term: string) => known.has(term) || term === 'controversi', listed };
    expect(knownSynonyms('why is it touchy, did Musk admit it?', teamKnown)).toEqual(['controversy', 'acknowledge', 'confess', 'own']);
    expect(knownSynonyms('why is it touchy?', { ...teamKnown, thesaurus: undefined })).toEqual(['controversy']);
    expect(knownSynonyms('was he grilled?', teamKnown)).toEqual(['examine']);
  });

  it('adds the first broader noun of an unused word\'s commonest sense that the passages use, besides its synonyms', () => {
    const broader: Thesaurus = { ...thesaurus, broader: (word) => (word === 'proof' ? ['evidence', 'grounds'] : word === 'admit' ? ['examine', 'evidence'] : []) };
    const withEvidence = { ...options, thesaurus: broader, isKnown: (term: string) => known.has(term) || term === 'evid' || term === 'ground' };
    expect(knownSynonyms('any proof?', withEvidence)).toEqual(['evidence']);
    expect(knownSynonyms('did Musk admit it?', withEvidence)).toEqual(['acknowledge', 'confess', 'own', 'examine']);
  });

  it('adds no synonym that means nothing on its own', () => {
    expect(knownSynonyms('roughly how many', options)).toEqual(['about', 'approximately']);
    expect(knownSynonyms('roughly how many', { ...options, meansSomething: (w) => w !== 'about' })).toEqual(['approximately']);
  });
});

describe('withSynonymHits', () => {
  /** A hit of paragraph `paragraph` holding `terms`. */
  const hit = (id: string, score: number, terms: string[] = [], paragraph = id) => ({ id, score, terms, paragraph });
  type Hit = ReturnType<typeof hit>;

  function recordingSearch(results: Record<string, Hit[]>) {
    const asked: string[] = [];
    const search = async (query: string) => {
      asked.push(query);
      return results[query] ?? [];
    };
    return { asked, search };
  }

  function searches(plain: ReturnType<typeof recordingSearch>, byWords = plain) {
    return { search: plain.search, searchByWords: byWords.search, paragraphOf: (h: Hit) => h.paragraph, termsOf: (h: Hit) => h.terms, foundAll: () => false };
  }

  it('adds the two best passages holding a synonym that only the words search finds, after and at most half the last', async () => {
    const results = {
      'who grilled Musk': [hit('a', 1), hit('b', 0.6)],
      'who grilled Musk examine': [hit('c', 1, ['examin']), hit('a', 0.9, ['examin']), hit('x', 0.85, ['musk']), hit('d', 0.2, ['examin']), hit('e', 0.1, ['examin'])],
    };
    const plain = recordingSearch(results);
    const byWords = recordingSearch(results);
    const hits = await withSynonymHits(searches(plain, byWords), options)('who grilled Musk');
    expect(plain.asked).toEqual(['who grilled Musk']);
    expect(byWords.asked).toEqual(['who grilled Musk examine']);
    expect(hits).toEqual([hit('a', 1), hit('b', 0.6), hit('c', 0.3, ['examin']), hit('d', 0.2, ['examin'])]);
  });

  it('adds no passage of a paragraph already found', async () => {
    const results = {
      'who grilled Musk': [hit('a', 1), hit('b', 0.6)],
      'who grilled Musk examine': [hit('a2', 1, ['examin'], 'a'), hit('d', 0.8, ['examin'])],
    };
    const hits = await withSynonymHits(searches(recordingSearch(results)), options)('who grilled Musk');
    expect(hits.map((h) => h.id)).toEqual(['a', 'b', 'd']);
  });

  it('searches once when there is nothing to add', async () => {
    const plain = recordingSearch({ 'Musk distillation': [hit('a', 1)] });
    expect(await withSynonymHits(searches(plain), options)('Musk distillation')).toEqual([hit('a', 1)]);
    expect(plain.asked).toEqual(['Musk distillation']);
  });

  it('widens only the query, and searches both ways with the words a follow-up borrowed', async () => {
    const calls: [string, string | undefined][] = [];
    const search = async (query: string, _within?: readonly string[], borrowed?: string) => (calls.push([query, borrowed]), [hit('a', 1, ['examin'])]);
    const both = { search, searchByWords: search, paragraphOf: (h: Hit) => h.paragraph, termsOf: (h: Hit) => h.terms, foundAll: () => false };
    await withSynonymHits(both, options)('and on what day?', undefined, 'who grilled Musk');
    expect(calls).toEqual([['and on what day?', 'who grilled Musk']]);
    calls.length = 0;
    await withSynonymHits(both, options)('who grilled him', undefined, 'Musk');
    expect(calls).toEqual([['who grilled him', 'Musk'], ['who grilled him examine', 'Musk']]);
  });

  it('searches within the same documents, and not again when the first search returned all of theirs', async () => {
    const within: (readonly string[] | undefined)[] = [];
    const search = async (_query: string, only?: readonly string[]) => (within.push(only), [hit('a', 1), hit('b', 0.5)]);
    const both = { search, searchByWords: search, paragraphOf: (h: Hit) => h.paragraph, termsOf: (h: Hit) => h.terms };
    await withSynonymHits({ ...both, foundAll: () => false }, options)('who grilled Musk', ['a.md']);
    expect(within).toEqual([['a.md'], ['a.md']]);
    within.length = 0;
    const asked: [readonly string[], number][] = [];
    await withSynonymHits({ ...both, foundAll: (docs, found) => (asked.push([docs, found]), true) }, options)('who grilled Musk', ['a.md']);
    expect(within).toEqual([['a.md']]);
    expect(asked).toEqual([[['a.md'], 2]]);
  });
});
