import { describe, expect, it } from 'vitest';
import { compileTeamNames, compileTeamSynonyms } from '../../../src/core/knowledge/team-names.js';

describe('compileTeamNames', () => {
  const { names } = compileTeamNames({ 'Financial Times': ['FT'], 'intellectual property': ['ip'] });
  const finds = (typed: string, text: string) => text.search(names.find((n) => n.typed === typed)!.pattern) !== -1;

  it('finds a listed name as a whole word, in any case', () => {
    expect(finds('ft', 'what did openai tell the ft?')).toBe(true);
    expect(finds('ft', 'what did openai say in FT interview about deepseek?')).toBe(true);
    expect(finds('ft', 'the soft targets')).toBe(false);
  });

  it('reads a name that spells a unit as the unit after a measure, and only such a name', () => {
    for (const text of ["what's 5 ft in meters?", 'a 6-ft wall', 'a 2.5 ft gap', 'how many sq ft?']) expect(finds('ft', text), text).toBe(false);
    // A year is no measure.
    expect(finds('ft', 'the jan 2025 FT piece')).toBe(true);
    expect(finds('ip', 'any of the 3 ip lawsuits?')).toBe(true);
  });
});

describe('compileTeamSynonyms', () => {
  const { synonyms } = compileTeamSynonyms({ protect: ['lock down'], 'rely on': ['count on', 'lean on'], press: ['push on'], appeal: ['fight it'], collaborate: ['team up'], 'terms of use': ["openai's rules"] });
  const finds = (typed: string, text: string) => text.search(synonyms.find((n) => n.typed === typed)!.pattern) !== -1;

  it('finds a listed phrase in any inflection', () => {
    expect(finds('lock down', 'are they locking down access?')).toBe(true);
    expect(finds('team up', 'who teamed up?')).toBe(true);
  });

  it('finds an apostrophe typed straight or curly', () => {
    expect(finds("openai's rules", "do openai's rules say no?")).toBe(true);
    expect(finds("openai's rules", 'do openai’s rules say no?')).toBe(true);
  });

  it('finds a verb and its particle with up to three words between, and no other phrase apart', () => {
    expect(finds('lock down', 'would companies have to lock their models down better?')).toBe(true);
    expect(finds('team up', 'who should team them up?')).toBe(true);
    expect(finds('lock down', 'lock the keys in the vault down the hall')).toBe(false);
    expect(finds('fight it', 'will he fight the verdict it seems')).toBe(false);
    // "on" takes the words after it: counting votes on Monday is no "count on".
    expect(finds('count on', 'did they count the votes on monday?')).toBe(false);
    expect(finds('lean on', 'do labs lean on copyright?')).toBe(true);
    // Nor across another clause.
    expect(finds('lock down', 'should they lock it and sit down?')).toBe(false);
    expect(finds('lock down', 'did they lock that api down?')).toBe(true);
    // Before "on", a pronoun or an adverb only.
    expect(finds('lean on', 'do labs lean heavily on copyright?')).toBe(true);
    expect(finds('push on', 'did savitt push him on the emails?')).toBe(true);
  });
});
