import { describe, expect, it } from 'vitest';
import { compileTeamNames } from '../../../src/core/knowledge/index.js';
import { createSentenceScoring, UNSEEN_TERM_WEIGHT, type Vocabulary } from '../../../src/core/answer/question-evidence.js';
import { analyze } from '../../../src/core/text/analyze.js';

// The team's synonyms (answer/team-synonyms.ts), as a sentence scoring reads them.

/** A vocabulary that knows a few stems; every other term gets the largest idf, as an index does. */
function vocabulary(known: Record<string, number>): Vocabulary {
  return { analyze, idf: (term) => known[term] ?? 5 };
}

describe('the team\'s synonyms', () => {
  const synonyms = compileTeamNames({ collaborate: ['team up'], 'rely on': ['lean on'] }).names;
  const scoring = createSentenceScoring({ ...vocabulary({ collabor: 1, reli: 1 }), synonyms });

  it('relate each word of a phrase the question says to the documents\' wording, without a thesaurus too', () => {
    const related = scoring.relatedTerms!('who should team up, and what do they lean on?');
    expect([related.get('team'), related.get('lean')]).toEqual([new Set(['collabor']), new Set(['reli'])]);
  });

  it('relate a phrase to the documents\' wording without its prepositions ("from" of "come from" is in any sentence)', () => {
    const listed = compileTeamNames({ 'come from': ['coined'] }).names;
    const related = createSentenceScoring({ ...vocabulary({ come: 2, from: 0.5 }), synonyms: listed }).relatedTerms!('who coined it?');
    expect(related.get('coin')).toEqual(new Set(['come']));
  });

  it('read a new synonyms file afresh, however recently the same text was looked up', () => {
    const text = 'who should team up on it?';
    expect(scoring.relatedTerms!(text).get('team')).toEqual(new Set(['collabor']));
    const reloaded = createSentenceScoring({ ...vocabulary({ collabor: 1, partner: 1 }), synonyms: compileTeamNames({ partner: ['team up'] }).names });
    expect(reloaded.relatedTerms!(text).get('team')).toEqual(new Set(['partner']));
    expect(scoring.relatedTerms!(text).get('team')).toEqual(new Set(['collabor']));
  });

  it("relate a word of a listed phrase only to the phrase's wording, not to its own synonyms; a word listed alone keeps them", () => {
    const listed = compileTeamNames({ controversy: ['big deal'], common: ['normal'] }).names;
    const thesaurus = { synonyms: (word: string) => ({ big: ['large'], normal: ['standard'] })[word] ?? [] };
    const related = createSentenceScoring({ ...vocabulary({ controversi: 1, larg: 1, common: 1, standard: 1 }), synonyms: listed }, thesaurus).relatedTerms!('why is it a big deal if it is normal?');
    expect([related.get('big'), related.get('deal'), related.get('normal')]).toEqual([new Set(['controversi']), new Set(['controversi']), new Set(['standard', 'common'])]);
  });

  it('relate nothing for a phrase the question does not say', () => {
    expect(scoring.relatedTerms!('what does the lean team say?').get('team')).toBeUndefined();
  });

  it('weigh a word no passage uses as the documents\' wording where the text says the phrase listed', () => {
    const listed = compileTeamNames({ ethical: ['moral'], press: ['push on'] }).names;
    const weighing = createSentenceScoring({ ...vocabulary({ ethic: 3, press: 2.5 }), synonyms: listed });
    expect(weighing.listedWeights!('any moral angle?').get('moral')).toBe(3);
    expect(weighing.listedWeights!('when the lawyer would push on whether it was a yes').get('push')).toBe(2.5);
    expect(weighing.listedWeights!('could this push AI companies to act?').has('push')).toBe(false);
    expect(weighing.termWeight('moral')).toBe(5 * UNSEEN_TERM_WEIGHT);
  });

  it('let one word of a listed phrase carry its weight, not a particle, and the phrase\'s other unseen words none', () => {
    const listed = compileTeamNames({ most: ['biggest offender'], protect: ['lock down'] }).names;
    const scoring = createSentenceScoring({ ...vocabulary({ most: 1.2, protect: 2 }), synonyms: listed });
    const weights = scoring.listedWeights!('which lab was the biggest offender?');
    expect([weights.get('biggest'), weights.get('offend')]).toEqual([1.2, 0]);
    const locking = scoring.listedWeights!('will labs lock down their models?');
    expect([locking.get('lock'), locking.get('down')]).toEqual([2, 0]);
  });

  it("let a listed phrase's words the passages use weigh nothing of their own: \"white house\" is no House", () => {
    const listed = compileTeamNames({ adviser: ['white house'] }).names;
    const scoring = createSentenceScoring({ ...vocabulary({ advis: 2, hous: 1.5 }), synonyms: listed });
    const weights = scoring.listedWeights!('did anyone at the white house back it?');
    expect([weights.get('white'), weights.get('hous')]).toEqual([2, 0]);
    expect(scoring.listedWeights!('what did the house committee say?').has('hous')).toBe(false);
  });
});
