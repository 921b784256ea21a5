import { describe, expect, it } from 'vitest';
import { createDummyPassage as passage } from '../../helpers/passages.js';
import { pickSentences, scoreSentences, type SentenceScoring } from '../../../src/core/answer/select-sentences.js';
import { analyze } from '../../../src/core/text/analyze.js';

const scoring: SentenceScoring = { analyze, termWeight: () => 1 };

describe('scoreSentences', () => {
  it('ranks the sentence holding the most query terms first', () => {
    const p = passage('a', 'The weather was fine that spring. The advisory jury found the claims barred by the statutes of limitations.');
    const [best] = scoreSentences(analyze('jury claims limitations'), [{ passage: p, score: 1 }], scoring);
    expect(best?.text).toMatch(/^The advisory jury/);
    expect(best?.coverage).toBe(1);
  });

  it('gives half credit for terms found only in the sentence’s paragraph or headings', () => {
    const p = passage('a', 'Musk answered that all the companies do it. He then said "Partly" when pressed.', ['Testimony on distillation']);
    const scored = scoreSentences(analyze('distillation partly'), [{ passage: p, score: 1 }], scoring);
    const partly = scored.find((s) => s.text.includes('Partly'))!;
    expect(partly.coverage).toBeCloseTo(0.75);
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

  it('ranks first the sentence giving the kind of answer asked for, without counting it as evidence', () => {
    const p = passage('a', 'The trial drew crowds of reporters every day of the trial. The court set aside about four weeks for the trial.');
    const query = analyze('trial');
    const [plain] = scoreSentences(query, [{ passage: p, score: 1 }], scoring);
    const [duration] = scoreSentences(query, [{ passage: p, score: 1 }], scoring, { expects: 'duration' });
    expect(plain?.text).toMatch(/^The trial drew/);
    expect(duration?.text).toMatch(/four weeks/);
    expect(duration?.coverage).toBe(1);
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
