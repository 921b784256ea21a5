import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/cli/console-chat.js';
import type { PolicyBot } from '../../../src/core/ports.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { reply, type ChatScenario } from '../../fakes/openai-compatible-server.js';
import { answerOf, openFixtureBot, passageNumber, startLocalChatModel, type FixtureBot } from '../../helpers/fixture-bot.js';

/** Runs a chat and returns every separate write to the console, in order. */
async function chat(bot: PolicyBot, lines: string[]): Promise<string[]> {
  const input = new PassThrough();
  const writes: string[] = [];
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  input.end(`${lines.join('\n')}\n`);
  await runConsoleChat({ bot, input, output });
  return writes;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('runConsoleChat while an answer streams', () => {
  it('prints the tokens as they arrive and then only the sources, not the answer a second time', async () => {
    const bot = new FakePolicyBot({
      ask: (question, options) => {
        for (const soFar of ['Distillation', 'Distillation uses one AI model', 'Distillation uses one AI model to train another. [1]']) options?.onPartial?.(soFar);
        return createDummyAnswer({ question, mode: 'llm' });
      },
    });
    const writes = await chat(bot, ['What is distillation?']);
    const text = writes.join('');

    const first = writes.indexOf('Distillation');
    expect(writes.slice(first, first + 3)).toEqual(['Distillation', ' uses one AI model', ' to train another. [1]']);
    expect(occurrences(text, 'Distillation uses one AI model to train another. [1]')).toBe(1);
    expect(occurrences(text, 'Sources:')).toBe(1);
    expect(text).toContain('[1] Model distillation, the technique — technique.md, What it is › ¶1');
  });

  it('prints the sentence held back until the reply was complete after what streamed, then the sources', async () => {
    const answer = 'Distillation uses one AI model to train another. [1] It is common. [1]';
    const bot = new FakePolicyBot({
      ask: (question, options) => {
        options?.onPartial?.('Distillation uses one AI model to train another. [1]');
        return createDummyAnswer({ question, mode: 'llm', answer });
      },
    });
    const writes = await chat(bot, ['What is distillation?']);
    const text = writes.join('');

    expect(writes).toContain(' It is common. [1]\n\n');
    expect(occurrences(text, answer)).toBe(1);
    expect(text).not.toContain('Checked against the sources');
    expect(occurrences(text, 'Sources:')).toBe(1);
  });

  it('prints a fallback answer in full even when it happens to begin with what streamed', async () => {
    const bot = new FakePolicyBot({
      ask: (question, options) => {
        options?.onPartial?.('Distillation uses one AI model to train another. [1]');
        return createDummyAnswer({ question, mode: 'extractive', answer: 'Distillation uses one AI model to train another. [1] It is common. [1]' });
      },
    });
    const text = (await chat(bot, ['What is distillation?'])).join('');
    expect(text).toContain('Checked against the sources, the answer is:\nDistillation uses one AI model to train another. [1] It is common. [1]');
  });

  it('prints the checked answer in full when it differs from what streamed', async () => {
    const bot = new FakePolicyBot({
      ask: (question, options) => {
        options?.onPartial?.('Distillation uses one AI model to train another. [1] It is always legal.');
        return createDummyAnswer({ question, mode: 'llm' });
      },
    });
    const text = (await chat(bot, ['What is distillation?'])).join('');

    const streamedEnd = text.indexOf('It is always legal.') + 'It is always legal.'.length;
    expect(streamedEnd).toBeGreaterThan(0);
    expect(text.slice(streamedEnd)).toContain('Checked against the sources, the answer is:\nDistillation uses one AI model to train another. [1]\n\nSources:');
  });

  it('stops printing tokens once a partial no longer extends the printed text, then prints the checked answer', async () => {
    const bot = new FakePolicyBot({
      ask: (question, options) => {
        for (const soFar of ['Distillation uses [1', 'Distillation uses', 'Distillation uses one AI model']) options?.onPartial?.(soFar);
        return createDummyAnswer({ question, mode: 'llm' });
      },
    });
    const writes = await chat(bot, ['What is distillation?']);

    const printed = writes.indexOf('Distillation uses [1');
    expect(printed).toBeGreaterThan(0);
    expect(writes[printed + 1]).toBe('\n\n');
    expect(writes.join('')).toContain('Checked against the sources, the answer is:\nDistillation uses one AI model to train another. [1]');
  });
});

describe('runConsoleChat with an LLM-backed core', () => {
  let scenario: (body: Record<string, unknown>) => ChatScenario;
  let llm: Awaited<ReturnType<typeof startLocalChatModel>>;
  let bot: FixtureBot;

  beforeAll(async () => {
    llm = await startLocalChatModel((body) => scenario(body));
    bot = await openFixtureBot({ llm: { model: llm.model, timeoutMs: 10_000, uncitedSentences: 'drop' } });
  });
  afterAll(async () => {
    await bot?.close();
    await llm?.server.close();
  });

  it('prints each checked sentence as it completes, the answer once, then its source', async () => {
    scenario = (body) => {
      const n = passageNumber(body, 'Partly');
      return reply('Asked whether', " xAI distilled OpenAI's models,", ` Musk answered "Partly" [${n}].`, ' He said all', ` the labs do it [${n}].`);
    };
    const writes = await chat(bot, ['What did Musk answer when asked whether xAI distilled OpenAI models?', '/quit']);
    const text = writes.join('');

    expect(answerOf(bot.asked.at(-1)).mode).toBe('llm');
    const first = writes.indexOf(`Asked whether xAI distilled OpenAI's models, Musk answered "Partly" [1].`);
    expect(first).toBeGreaterThan(0);
    expect(writes[first + 1]).toBe(' He said all the labs do it [1].\n\n');
    expect(occurrences(text, `Asked whether xAI distilled OpenAI's models, Musk answered "Partly" [1]. He said all the labs do it [1].`)).toBe(1);
    expect(text).not.toContain('Checked against the sources');
    expect(text).toMatch(/\n\nSources:\n\[1\] Beta: the Musk v\. Altman hearing — beta-hearing\.md, Cross-examination › ¶1\n {4}“On 30 April 2026/);
  });

  it('prints the extractive answer with the notice when the LLM server answers 500', async () => {
    scenario = () => ({ kind: 'status', status: 500, message: 'model crashed' });
    const text = (await chat(bot, ['What did Musk answer when asked whether xAI distilled OpenAI models?'])).join('');

    expect(text).toContain('(The AI model is unavailable, so this answer quotes the documents directly.)\n');
    expect(occurrences(text, 'and then answered "Partly". [1]')).toBe(1);
    expect(text).not.toContain('model crashed');
  });
});
