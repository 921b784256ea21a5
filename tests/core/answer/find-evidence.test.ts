import { describe, expect, it } from 'vitest';
import { withDescribingWords } from '../../../src/core/answer/find-evidence.js';

const scope = (subject: string, describing: string) => ({ sources: ['a.md'], read: subject, expects: undefined, subject, describing, titles: [] });

describe('withDescribingWords', () => {
  it('adds the words describing the document that the subject does not say', () => {
    expect(withDescribingWords(scope('what will come of the legal fight', 'xAI'))).toBe('what will come of the legal fight xAI');
    expect(withDescribingWords(scope('what does it expect', ''))).toBe('what does it expect');
  });

  it('adds a word the subject already says only once, whatever its case', () => {
    expect(withDescribingWords(scope('what does it say about xai models', 'xAI court'))).toBe('what does it say about xai models court');
  });
});
