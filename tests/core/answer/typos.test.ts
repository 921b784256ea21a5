import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../../src/core/answer/question-evidence.js';
import { withTyposCorrected } from '../../../src/core/answer/typos.js';
import { analyze } from '../../../src/core/text/analyze.js';

// A knowledge base that uses these stems; every other term gets the largest idf, as an index does.
const KNOWN: Record<string, number> = { anthrop: 2, distil: 0.5, deepseek: 1.5, account: 2.5, minimax: 2, court: 1 };
const ENGLISH = new Set(['trail', 'court', 'about', 'legal', 'cheese']);
const vocabulary = (english = true): Pick<Vocabulary, 'analyze' | 'idf' | 'isEnglishWord'> => ({
  analyze,
  idf: (term) => KNOWN[term] ?? 9,
  ...(english && { isEnglishWord: (word: string) => ENGLISH.has(word) }),
});

describe('withTyposCorrected', () => {
  it('writes a word one edit from a word of the documents as they do, keeping a capital', () => {
    expect(withTyposCorrected('what did Anthropc say about MiniMax?', vocabulary())).toBe('what did Anthropic say about MiniMax?');
    // Its stem is the documents' already: no typo to the index.
    expect(withTyposCorrected('is distilation legal?', vocabulary())).toBe('is distilation legal?');
    expect(withTyposCorrected('how many acounts did deepseak use?', vocabulary())).toBe('how many accounts did deepseek use?');
    expect(withTyposCorrected('did minimxa deny it?', vocabulary())).toBe('did minimax deny it?');
  });

  it('leaves English words, short words, words the documents use, and words far from any alone', () => {
    expect(withTyposCorrected('the trail of cheese', vocabulary())).toBe('the trail of cheese');
    expect(withTyposCorrected('did grk or deepseek do it?', vocabulary())).toBe('did grk or deepseek do it?');
    expect(withTyposCorrected('what about zzzzzzz and Qwenlabs?', vocabulary())).toBe('what about zzzzzzz and Qwenlabs?');
    // Not at the first letter: "Xinimax" is more likely another name than a mistyped MiniMax.
    expect(withTyposCorrected('what did Xinimax do?', vocabulary())).toBe('what did Xinimax do?');
  });

  it('corrects nothing without a way to tell English words from typos', () => {
    expect(withTyposCorrected('did Anthropc say so?', vocabulary(false))).toBe('did Anthropc say so?');
  });

  it('looks up at most four unknown words of a long question', () => {
    const question = `${'deepseak '.repeat(6)}${'lorem ipsum dolor '.repeat(3000)}`;
    expect(withTyposCorrected(question, vocabulary()).match(/deepseek/g)).toHaveLength(4);
  });
});
