import { describe, expect, it } from 'vitest';
import { createDummyPassage as passage } from '../../helpers/passages.js';
import { asksAboutADocument, describesItsDocument, pickSentences, scoreSentences, type SentenceScoring, weighedForText } from '../../../src/core/answer/select-sentences.js';
import { analyze } from '../../../src/core/text/analyze.js';

const scoring: SentenceScoring = { analyze, termWeight: () => 1 };

describe('scoreSentences', () => {
  it('ranks the sentence holding the most query terms first', () => {
    const p = passage('a', 'The weather was fine that spring. The advisory jury found the claims barred by the statutes of limitations.');
    const [best] = scoreSentences(analyze('jury claims limitations'), [{ passage: p, score: 1 }], scoring);
    expect(best?.text).toMatch(/^The advisory jury/);
    expect(best?.coverage).toBe(1);
  });

  it('gives half credit for terms found only in the sentence’s paragraph, three quarters for its own heading’s', () => {
    const p = passage('a', 'Musk answered that all the companies do it. He then said "Partly" when pressed.', ['The trial', 'Testimony on distillation']);
    const partly = (query: string) => scoreSentences(analyze(query), [{ passage: p, score: 1 }], scoring).find((s) => s.text.includes('Partly'))!;
    expect(partly('companies partly').coverage).toBeCloseTo(0.75);
    expect(partly('distillation partly').coverage).toBeCloseTo(0.875);
    expect(partly('trial partly').coverage).toBeCloseTo(0.75);
  });

  it('prefers a self-contained sentence over one that opens on a pronoun', () => {
    const p = passage('a', 'That remark about the verdict was widely reported. Reporters covered the verdict remark widely.');
    const [best] = scoreSentences(analyze('verdict remark reported'), [{ passage: p, score: 1 }], scoring);
    expect(best?.text).toMatch(/^Reporters/);
  });
});

describe('scoreSentences with the question’s shape', () => {
  it('gives most of a term’s credit to a sentence that says it with a synonym', () => {
    const p = passage('a', 'xAI has utilized models from OpenAI to enhance its own AI. Other labs build models on open weights today.');
    const query = analyze('xAI use models');
    const related = new Map([['us', new Set(['util', 'employ'])]]);
    const without = scoreSentences(query, [{ passage: p, score: 1 }], scoring);
    const withSynonyms = scoreSentences(query, [{ passage: p, score: 1 }], scoring, { related });
    const utilized = (list: typeof without) => list.find((s) => s.text.includes('utilized'))!.coverage;
    expect(utilized(without)).toBeCloseTo(2 / 3);
    expect(utilized(withSynonyms)).toBeCloseTo((2 + 0.75) / 3);
  });

  it('lets one word of a sentence stand for one word of the question, the weightiest first', () => {
    const p = passage('a', 'This case underscores the challenges faced by AI companies today.');
    const query = analyze('sue rival companies');
    const [sue, rival, companies, challenges] = analyze('sue rival companies challenges');
    const related = new Map([
      [sue!, new Set([challenges!])],
      [rival!, new Set([companies!, challenges!])],
    ]);
    const weighted: SentenceScoring = { analyze, termWeight: (t) => (t === rival ? 2 : 1) };
    const [only] = scoreSentences(query, [{ passage: p, score: 1 }], weighted, { related });
    // "challenges" says "rival" (weight 2), not "sue" as well; "companies" is the question's own word, not a synonym.
    expect(only?.coverage).toBeCloseTo((0.75 * 2 + 1) / 4);
  });

  it('ranks first the sentence giving the kind of answer asked for, without counting it as evidence', () => {
    const p = passage('a', 'The trial drew crowds of reporters every day of the trial. The court set aside about four weeks for the trial.');
    const other = passage('b', 'The spring calendar held about four weeks of hearings.');
    const query = analyze('trial');
    const hits = [{ passage: p, score: 1 }, { passage: other, score: 1 }];
    const [plain] = scoreSentences(query, hits, scoring);
    const duration = scoreSentences(query, hits, scoring, { expects: 'duration' });
    expect(plain?.text).toMatch(/^The trial drew/);
    expect(duration[0]?.text).toMatch(/four weeks for the trial/);
    // A duration alone covers none of the question's words.
    expect(duration.find((s) => s.text.startsWith('The spring calendar'))?.coverage).toBe(0);
  });
});

describe('weighedForText', () => {
  it('caps each term by the ceilings of the text, and leaves a scoring without ceilings as it is', () => {
    const capped = weighedForText({ ...scoring, termWeight: () => 3, weightCeilings: () => new Map([['first', 0.5]]) }, 'first jury');
    expect(capped.termWeight('first')).toBe(0.5);
    expect(capped.termWeight('juri')).toBe(3);
    expect(weighedForText(scoring, 'first jury')).toBe(scoring);
  });

  it('weighs a term the text says in a listed phrase as listed, within the ceilings', () => {
    const weighed = weighedForText({ ...scoring, termWeight: () => 0.9, listedWeights: () => new Map([['moral', 3], ['angl', 4]]), weightCeilings: () => new Map([['angl', 2]]) }, 'moral angle');
    expect([weighed.termWeight('moral'), weighed.termWeight('angl'), weighed.termWeight('legal')]).toEqual([3, 2, 0.9]);
  });

  it('weighs a word the question says only by the phrases it says, not the thread\'s', () => {
    const listedWeights = (text: string) => new Map(text.includes('offender') ? [['biggest', 3]] : []);
    const weighed = weighedForText({ ...scoring, termWeight: () => 0.9, listedWeights }, 'their biggest concern the biggest offender', 'their biggest concern');
    expect(weighed.termWeight('biggest')).toBe(0.9);
    expect(weighedForText({ ...scoring, termWeight: () => 0.9, listedWeights }, 'the biggest offender').termWeight('biggest')).toBe(3);
  });
});

describe('pickSentences', () => {
  it('drops near-repeats and returns the rest in reading order', () => {
    const a = passage('a', 'Distillation trains a small student model on a large teacher model. Distillation trains a small student model from a large teacher.');
    const b = passage('b', 'Students learn from teacher model outputs in distillation.');
    const scored = scoreSentences(analyze('distillation student teacher model'), [{ passage: a, score: 1 }, { passage: b, score: 0.9 }], scoring);
    const picked = pickSentences(scored);
    expect(picked.map((s) => s.passage.metadata.id)).toEqual(['a', 'b']);
    expect(picked).toHaveLength(2);
  });
});

describe('pickSentences order', () => {
  it('leads with the passage holding the best sentence, keeping each passage in reading order', () => {
    const weak = passage('weak', 'The R1-Distill models were built on Qwen and Llama models.');
    const strong = passage('strong', 'Distillation is common across large labs. In model distillation, a small student model learns a large teacher model.');
    const scored = scoreSentences(analyze('model distillation student teacher'), [{ passage: weak, score: 1 }, { passage: strong, score: 0.95 }], scoring);
    const picked = pickSentences(scored, { relativeFloor: 0.1 });
    expect(picked.map((s) => s.passage.metadata.id)).toEqual(['strong', 'strong', 'weak']);
    expect(picked[0]?.text).toBe('Distillation is common across large labs.');
  });
});

describe('asksAboutADocument', () => {
  it('is true for questions about a document, which a self-description answers', () => {
    expect(asksAboutADocument('accusations brief cover?')).toBe(true);
    expect(asksAboutADocument('Musk say about distillation?')).toBe(false);
  });
});

describe('quoted titles', () => {
  it('do not count for a sentence that names the document', () => {
    const article = passage('article', 'Musk confirmed that xAI has utilized models from OpenAI.', [], { title: 'xAI used OpenAI models' });
    const brief = passage('brief', 'The article "xAI used OpenAI models" notes earlier accusations between labs.', [], { title: 'Accusations brief' });
    const query = analyze('xAI used OpenAI models');
    const hits = [{ passage: brief, score: 1 }, { passage: article, score: 1 }];
    const coverageOf = (id: string) => scoreSentences(query, hits, scoring).find((s) => s.passage.metadata.id === id)!.coverage;
    expect(coverageOf('brief')).toBe(0);
    expect(coverageOf('article')).toBeCloseTo(3 / 4);
  });
});

describe('describesItsDocument', () => {
  it('recognises sentences about the document rather than its subject', () => {
    expect(describesItsDocument('Summary written for the policybot knowledge base on 30 November 2026.')).toBe(true);
    expect(describesItsDocument('This brief covers the parties to Musk v. Altman.')).toBe(true);
    expect(describesItsDocument('This document explains distillation.')).toBe(true);
    expect(describesItsDocument('This case underscores the challenges.')).toBe(false);
    expect(describesItsDocument('The summary judgment was denied.')).toBe(false);
  });
});
