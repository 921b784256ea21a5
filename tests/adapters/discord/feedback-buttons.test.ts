import { describe, expect, it } from 'vitest';
import { feedbackCustomId, feedbackRow, parseFeedbackCustomId } from '../../../src/adapters/discord/feedback-buttons.js';

describe('feedbackCustomId', () => {
  it('round-trips the answer id, vote and question', () => {
    const id = feedbackCustomId({ answerId: 'a:b|c', question: 'What is distillation?', vote: 'down' })!;
    expect(parseFeedbackCustomId(id)).toEqual({ answerId: 'a:b|c', question: 'What is distillation?', vote: 'down' });
  });

  it('shortens a long question to fit Discord’s 100-character custom id', () => {
    const id = feedbackCustomId({ answerId: '0190c1d4-7a7e-7cc1-8f3e-2a1c9b6d7e11', question: 'Why '.repeat(100), vote: 'up' })!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseFeedbackCustomId(id)?.question.endsWith('…')).toBe(true);
  });

  it('gives no buttons when the answer id leaves no room for the question', () => {
    expect(feedbackRow('x'.repeat(90), 'q?')).toEqual([]);
  });

  it('ignores other buttons', () => {
    expect(parseFeedbackCustomId('something-else')).toBeUndefined();
    expect(parseFeedbackCustomId('pb:fb:u:50:short')).toBeUndefined();
  });
});

describe('feedbackCustomId with emoji', () => {
  it('never cuts a character in half', () => {
    const id = feedbackCustomId({ answerId: 'a1', question: '🙂'.repeat(80), vote: 'up' })!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(parseFeedbackCustomId(id)!.question).toMatch(/^(🙂)+…$/u);
  });
});
