import { describe, expect, it } from 'vitest';
import { capitalised } from '../../../src/core/text/capitalised.js';

describe('capitalised', () => {
  it('capitalises the first letter only', () => {
    expect(capitalised('judge gonzalez')).toBe('Judge gonzalez');
    expect(capitalised('OpenAI')).toBe('OpenAI');
    expect(capitalised('')).toBe('');
  });
});
