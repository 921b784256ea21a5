import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsoleChat } from '../../../src/adapters/cli/console-chat.js';
import { IndexLockedError } from '../../../src/core/errors.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';

async function chat(bot: FakePolicyBot, lines: string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  input.end(`${lines.join('\n')}\n`);
  await runConsoleChat({ bot, input, output });
  return text;
}

describe('runConsoleChat', () => {
  it('answers a question with its sources and passes earlier questions as history', async () => {
    const bot = new FakePolicyBot({ ask: (question) => createDummyAnswer({ question }) });
    const text = await chat(bot, ['What is distillation?', 'and who does it?']);
    expect(text).toContain('Distillation uses one AI model to train another. [1]');
    expect(text).toContain('[1] Model distillation, the technique — technique.md, What it is › ¶1');
    expect(bot.calls[1]?.args[1]).toMatchObject({ history: ['What is distillation?'] });
  });

  it('runs the slash commands and explains an unknown one', async () => {
    const bot = new FakePolicyBot({
      summarize: (topic) => ({ kind: 'declined', id: 's', topic, answer: 'Not covered.', closest: [{ source: 'a.md', title: 'A' }], mode: 'extractive' }),
      listSources: () => [{ source: 'a.md', title: 'A', passages: 3, indexedAt: '2026-11-30T06:00:00.000Z' }],
      reindex: () => {
        throw new IndexLockedError('/idx/writer.lock');
      },
    });
    const text = await chat(bot, ['/summary bananas', '/sources', '/reindex', '/frobnicate', '/quit', 'never asked']);
    expect(bot.calls.map((c) => c.method)).toEqual(['summarize', 'listSources', 'reindex']);
    expect(text).toContain('Closest documents: A (a.md)');
    expect(text).toContain('- A (a.md): 3 passages');
    expect(text).toContain('A re-index is already running');
    expect(text).toContain('Unknown command /frobnicate');
  });

  it('says what is wrong with an empty or overlong question', async () => {
    const bot = new FakePolicyBot({
      ask: (q) => (q.trim() === '' ? { kind: 'invalid', reason: 'empty' } : { kind: 'invalid', reason: 'too_long', limit: 2000, received: q.length }),
    });
    const text = await chat(bot, ['', 'x'.repeat(3000)]);
    expect(text).toContain('Please type a question');
    expect(text).toContain('3000 characters long; the limit is 2000');
  });
});
