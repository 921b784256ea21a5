import { describe, expect, it } from 'vitest';
import { decodeFeedbackValue, encodeFeedbackValue } from '../../../src/adapters/slack/feedback-value.js';

describe('encodeFeedbackValue', () => {
  it('round-trips the answer id and question', () => {
    const ref = { answerId: 'ans-42', question: 'Did Musk testify about "OpenAI"?' };
    expect(decodeFeedbackValue(encodeFeedbackValue(ref))).toEqual(ref);
  });

  it('shortens a long question so the value fits 2,000 characters, keeping the id', () => {
    const question = `${'"quoted" \\ and ünïcode 😀 '.repeat(200)}end`;
    const value = encodeFeedbackValue({ answerId: 'ans-7', question });
    expect(value.length).toBeLessThanOrEqual(2000);
    const decoded = decodeFeedbackValue(value)!;
    expect(decoded.answerId).toBe('ans-7');
    expect(question.startsWith(decoded.question.slice(0, -1))).toBe(true);
    expect(decoded.question.endsWith('…')).toBe(true);
  });
});

describe('decodeFeedbackValue', () => {
  it('rejects values it did not make', () => {
    expect(decodeFeedbackValue(undefined)).toBeUndefined();
    expect(decodeFeedbackValue('not json')).toBeUndefined();
    expect(decodeFeedbackValue('{"q":"no id"}')).toBeUndefined();
    expect(decodeFeedbackValue('[1,2]')).toBeUndefined();
  });
});
