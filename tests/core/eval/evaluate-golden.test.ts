import { describe, expect, it } from 'vitest';
import { evaluateGolden, type GoldenSet } from '../../../src/core/index.js';
import type { AnswerOptions, AskResult } from '../../../src/core/ports.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';

const declined: AskResult = { kind: 'declined', id: 'd', question: 'q', answer: 'not covered', closest: [], mode: 'extractive' };

/** A bot that answers from technique.md only when asked `question` right after `history`. */
function answersAfter(history: string[] | undefined, question: string) {
  return new FakePolicyBot({
    ask: (asked: string, options?: AnswerOptions) =>
      asked === question && JSON.stringify(options?.history) === JSON.stringify(history) ? createDummyAnswer() : declined,
  });
}

const followUp: GoldenSet = {
  answerable: [{ history: ['What is distillation?'], question: 'who came up with it?', source: 'technique.md', passage: 'one AI model to train' }],
  outOfScope: [{ history: ['What is distillation?'], question: 'and a good pizza place?' }],
};

describe('evaluateGolden', () => {
  it('asks a question with a history after that history, alone or as a chat', async () => {
    for (const asChat of [false, true]) {
      const report = await evaluateGolden(answersAfter(['What is distillation?'], 'who came up with it?'), followUp, { asChat });
      expect([report.cited, report.declined]).toEqual([1, 1]);
    }
  });

  it('names the thread in a failure', async () => {
    const report = await evaluateGolden(answersAfter(undefined, 'who came up with it?'), followUp);
    expect(report.cited).toBe(0);
    expect(report.failures[0]?.question).toBe('What is distillation? → who came up with it?');
  });

  it('asks a question without a history afresh, or after the one before it as a chat', async () => {
    const golden: GoldenSet = {
      answerable: [
        { question: 'What is distillation?', source: 'technique.md', passage: 'one AI model' },
        { question: 'who came up with it?', source: 'technique.md', passage: 'one AI model' },
      ],
      outOfScope: [],
    };
    const bot = answersAfter(['What is distillation?'], 'who came up with it?');
    expect((await evaluateGolden(bot, golden)).cited).toBe(0);
    expect((await evaluateGolden(bot, golden, { asChat: true })).cited).toBe(1);
  });
});
