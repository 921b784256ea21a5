import { describe, expect, it } from 'vitest';
import { withDescribingWords } from '../../../src/core/answer/find-evidence.js';
import { analyze } from '../../../src/core/text/analyze.js';

const scope = (subject: string, describing: string) => ({ sources: ['a.md'], read: subject, expects: undefined, subject, describing, titles: [] });

describe('withDescribingWords', () => {
  it('adds the words describing the document that the subject does not say', () => {
    expect(withDescribingWords(scope('what will come of the legal fight', 'xAI'), analyze)).toBe('what will come of the legal fight xAI');
    expect(withDescribingWords(scope('what does it expect', ''), analyze)).toBe('what does it expect');
  });

  it('adds a word the subject already says only once, whatever its case, punctuation or possessive', () => {
    expect(withDescribingWords(scope('what does it say about xai models', 'xAI court'), analyze)).toBe('what does it say about xai models court');
    expect(withDescribingWords(scope("what does it say about xAI's models?", 'xAI'), analyze)).toBe("what does it say about xAI's models?");
    expect(withDescribingWords(scope('what does it say about xAI?', 'xAI'), analyze)).toBe('what does it say about xAI?');
  });
});
