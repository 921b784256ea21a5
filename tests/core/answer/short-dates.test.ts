import { describe, expect, it } from 'vitest';
import { withShortDatesInFull } from '../../../src/core/answer/short-dates.js';

describe('withShortDatesInFull', () => {
  const passages = 'In January 2025, DeepSeek released R1-Distill. On 12 February 2026, OpenAI wrote a memo. Jury selection began on Monday 27 April 2026.';
  const mentions = (phrase: string) => passages.toLowerCase().includes(phrase.toLowerCase());

  it('reads a two-digit number after a cut month as the year the passages write', () => {
    expect(withShortDatesInFull('what did sacks say in jan 25?', mentions)).toBe('what did sacks say in january 2025?');
    expect(withShortDatesInFull("openai's memo in Feb '26", mentions)).toBe("openai's memo in february 2026");
  });

  it('keeps a day as a day: one the passages write, one no year fits, or without passages to ask', () => {
    expect(withShortDatesInFull('what happened on apr 27?', mentions)).toBe('what happened on april 27?');
    expect(withShortDatesInFull('anything on Sept 3?', mentions)).toBe('anything on september 3?');
    expect(withShortDatesInFull('what did sacks say in jan 25?')).toBe('what did sacks say in january 25?');
  });

  it('leaves words that are not cut months', () => {
    for (const q of ['the dec vote', 'may 25 be the day?', 'mar 25 the finish', 'janet 25', 'a jan-25 meeting']) expect(withShortDatesInFull(q, mentions)).toBe(q);
  });
});
