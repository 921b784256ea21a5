import { describe, expect, it } from 'vitest';
import { withoutAnswerStyle } from '../../../src/core/text/answer-style.js';

describe('withoutAnswerStyle', () => {
  it('drops how the answer should be put, with the marks it leaves at the start', () => {
    expect(withoutAnswerStyle('what is model distillation in simple terms?')).toBe('what is model distillation?');
    expect(withoutAnswerStyle('ELI5: what is distillation?')).toBe('what is distillation?');
    expect(withoutAnswerStyle('in a nutshell, what did the jury decide? tl;dr')).toBe('what did the jury decide?');
    expect(withoutAnswerStyle('What do the terms of use say in plain English?')).toBe('What do the terms of use say?');
    expect(withoutAnswerStyle('explain distillation in plain English please')).toBe('explain distillation');
    expect(withoutAnswerStyle('explain distillation in plain English for the team')).toBe('explain distillation');
    expect(withoutAnswerStyle('Explain distillation in human terms')).toBe('Explain distillation');
    expect(withoutAnswerStyle('what was the planned length of the trial, ballpark')).toBe('what was the planned length of the trial');
    expect(withoutAnswerStyle('how long did the jury take, roughly?')).toBe('how long did the jury take?');
    // On its own after the question; a currency sign stays, as the amount asked.
    expect(withoutAnswerStyle('was it expensive to make? ballpark $')).toBe('was it expensive to make? $');
    expect(withoutAnswerStyle('how long was the trial? ballpark')).toBe('how long was the trial?');
    // After the question, "more or less?" may be a question of its own.
    expect(withoutAnswerStyle('is the student cheaper? more or less?')).toBe('is the student cheaper? more or less?');
  });

  it('keeps the adverb of "legally speaking", not "speaking"', () => {
    expect(withoutAnswerStyle('is breaking the terms a contract matter, legally speaking?')).toBe('is breaking the terms a contract matter, legally?');
    expect(withoutAnswerStyle('strictly speaking, did musk admit it?')).toBe('strictly, did musk admit it?');
    expect(withoutAnswerStyle('who was speaking for openai?')).toBe('who was speaking for openai?');
    expect(withoutAnswerStyle('which senator was openly speaking against it')).toBe('which senator was openly speaking against it');
    expect(withoutAnswerStyle('anyone from italy speaking at the hearing?')).toBe('anyone from italy speaking at the hearing?');
  });

  it('drops what the answer is needed for, after the question', () => {
    expect(withoutAnswerStyle('why is distilling legally murky? need a one-liner for a deck')).toBe('why is distilling legally murky?');
    expect(withoutAnswerStyle('who was the judge? i need it for our memo tomorrow')).toBe('who was the judge?');
    expect(withoutAnswerStyle('which lab sent the most? need the number for a slide')).toBe('which lab sent the most?');
    // Not before the question, nor what is needed for anything else.
    expect(withoutAnswerStyle('do labs need a licence for a deck?')).toBe('do labs need a licence for a deck?');
    expect(withoutAnswerStyle('who was the judge? we need it for the appeal')).toBe('who was the judge? we need it for the appeal');
    // Up to the sentence's end: a question after it stays.
    expect(withoutAnswerStyle('what was the ruling? need a one-liner for a deck. also who was the judge')).toBe('what was the ruling? also who was the judge');
  });

  it('keeps the words where they say what the question is about', () => {
    expect(withoutAnswerStyle('Is distillation allowed in human language models?')).toBe('Is distillation allowed in human language models?');
    expect(withoutAnswerStyle('Do LLMs think in human language?')).toBe('Do LLMs think in human language?');
    expect(withoutAnswerStyle('what do briefly trained students learn?')).toBe('what do briefly trained students learn?');
    expect(withoutAnswerStyle('is the ballpark in oakland?')).toBe('is the ballpark in oakland?');
    // How precise only after a comma at the end: elsewhere it is asked about.
    expect(withoutAnswerStyle('does the student model cost more or less?')).toBe('does the student model cost more or less?');
    expect(withoutAnswerStyle('was the settlement in the ballpark?')).toBe('was the settlement in the ballpark?');
    expect(withoutAnswerStyle('what is a rough estimate?')).toBe('what is a rough estimate?');
  });

  it('keeps a question that is nothing else', () => {
    expect(withoutAnswerStyle('briefly?')).toBe('briefly?');
  });
});
