import { describe, expect, it } from 'vitest';
import { wordAlternation } from '../../../src/core/text/word-alternation.js';

describe('wordAlternation', () => {
  const words = ['taken', 'take', 'told', 'led', 'a.b'];
  const whole = new RegExp(`^${wordAlternation(words)}$`);

  it('matches each word and nothing else', () => {
    for (const word of words) expect(whole.test(word)).toBe(true);
    for (const other of ['tak', 'takes', 'tol', 'le', 'axb', '']) expect(whole.test(other)).toBe(false);
  });

  it('writes a shared beginning once', () => {
    expect(wordAlternation(['taken', 'take', 'told'])).toBe('(?:t(?:ake(?:n)?|old))');
  });
});
