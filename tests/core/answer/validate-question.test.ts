import { describe, expect, it } from 'vitest';
import { followUpContext, hasPronounSubject, leansOnPrevious, pointsBack, validateQuestion } from '../../../src/core/answer/validate-question.js';

describe('validateQuestion', () => {
  it('collapses whitespace and accepts a question with letters or digits', () => {
    expect(validateQuestion('  who   is\n the judge? ', 100)).toEqual({ ok: true, question: 'who is the judge?' });
    expect(validateQuestion('2026?', 100)).toEqual({ ok: true, question: '2026?' });
  });

  it('refuses punctuation, emoji or whitespace alone as empty', () => {
    for (const q of ['', ' \t', '???', '🙂 🚀']) expect(validateQuestion(q, 100)).toEqual({ ok: false, invalid: { kind: 'invalid', reason: 'empty' } });
  });

  it('refuses a question over the limit, saying how long it was', () => {
    expect(validateQuestion('a'.repeat(101), 100)).toEqual({ ok: false, invalid: { kind: 'invalid', reason: 'too_long', limit: 100, received: 101 } });
  });
});

describe('followUpContext', () => {
  it('borrows the previous subject for a short or pronoun-led follow-up', () => {
    expect(followUpContext('When did that happen?', 1, 'Anthropic accusation')).toBe('Anthropic accusation');
    expect(followUpContext('What did he say about the appeal and the verdict?', 4, 'Musk trial')).toBe('Musk trial');
  });

  it('leaves a self-contained question alone, and a first question has no context', () => {
    expect(followUpContext('Which court heard Musk v. Altman in Oakland?', 5, 'distillation')).toBeUndefined();
    expect(followUpContext('When did that happen?', 1, undefined)).toBeUndefined();
  });
});

describe('leansOnPrevious', () => {
  it('is true for "what about X?", "and X?" and a pronoun with at most two other words', () => {
    expect(leansOnPrevious('what about OpenAI?', 1)).toBe(true);
    expect(leansOnPrevious('And the judge?', 1)).toBe(true);
    expect(leansOnPrevious('what did she decide?', 1)).toBe(true);
    expect(leansOnPrevious('what were those smaller ones built on?', 2)).toBe(true);
  });

  it('is true for "those" and "these" with at most two other words', () => {
    expect(leansOnPrevious('and these?', 0)).toBe(true);
    expect(leansOnPrevious('how are those produced?', 1)).toBe(true);
    expect(leansOnPrevious('when were these reported?', 1)).toBe(true);
  });

  it('is true for "ones" with at most two other words ("the small ones" are the thread\'s)', () => {
    expect(leansOnPrevious('what were the small ones based on?', 2)).toBe(true);
    expect(pointsBack('which one is the oldest paper?')).toBe(false);
    // "which ones", "the ones who…" name their own.
    expect(pointsBack('which ones accused deepseek?')).toBe(false);
    expect(pointsBack('the ones who sued?')).toBe(false);
  });

  it('is true for a person named by a pronoun as the subject, however long the question', () => {
    expect(leansOnPrevious('do they also say it breaks their terms of service?', 4)).toBe(true);
    expect(leansOnPrevious("why didn't she rule on the merits?", 3)).toBe(true);
    expect(leansOnPrevious('he said all the AI companies do it?', 3)).toBe(true);
    expect(leansOnPrevious('whats his legal bill for the whole thing', 3)).toBe(true);
    expect(hasPronounSubject("what's their stance on it?")).toBe(true);
    expect(hasPronounSubject('what did the judge say about his claims?')).toBe(false);
    // "it" is often no one: "is it legal to distil a rival's model?"
    expect(leansOnPrevious("is it legal to distil a rival's model?", 4)).toBe(false);
  });

  // "that" and "this" often point at nothing; they lean only standing for what was said, with
  // at most two other words.
  it.each([
    ['Did the court say that distillation is legal?', 2, false],
    ['was that ruling appealed?', 2, false],
    ['is this information public?', 2, false],
    ['who reported that?', 1, true],
    ['wasnt there a court case on that too', 2, true],
    ['what court case was that about?', 2, true],
    ['is this one legal?', 1, true],
    ['was that only for OpenAI?', 1, true],
    // "is that a copyright question?" names its own subject: read alone first.
    ['is that a copyright question?', 2, false],
    ['is that a contract thing or what', 1, true],
    // What an opening auxiliary asks of: the case, the approach, the answer the thread gave.
    ['Does this case matter?', 2, true],
    ['so does that count as a yes??', 2, true],
    ['does that approach have a specific term?', 2, true],
    ['hmm, does that count as a yes?', 2, true],
    ['which court case was that about, and who ruled on it in the end?', 4, false],
    // A noun the thread said, pointed at, as the question's one word.
    ['is there a name for that approach', 1, true],
    ['is there a name for that approach in law', 2, false],
    ['what happened this year?', 1, false],
  ] as const)('reads %j (%i other words) as leaning: %s', (question, terms, leans) => {
    expect(leansOnPrevious(question, terms)).toBe(leans);
  });

  it('is false for a question that names its own subject, pronoun or not', () => {
    expect(leansOnPrevious('How long were the jurors out before they came back with the verdict?', 5)).toBe(false);
    expect(leansOnPrevious('Who presided over the trial?', 2)).toBe(false);
    expect(leansOnPrevious('Andrew Ng on distillation?', 3)).toBe(false);
  });
});

describe('pointsBack', () => {
  it('is true for a pronoun or demonstrative, not for a question that points at nothing', () => {
    expect(['when did he testify?', 'what was the reaction to that?', 'and those?'].map(pointsBack)).toEqual([true, true, true]);
    expect(["what's the capital of france?", 'and the banana bread recipe?', 'who won the world cup then?'].map(pointsBack)).toEqual([false, false, false]);
  });
});

