import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runAskCommand } from '../../../src/adapters/cli/ask-command.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';

async function run(bot: FakePolicyBot, argv: string[], kind: 'ask' | 'summary' = 'ask') {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (d: Buffer) => (text += d.toString()));
  const code = await runAskCommand({ argv, bot, stdout, kind });
  return { code, text };
}

describe('runAskCommand', () => {
  it('prints the documented JSON for an answer', async () => {
    const bot = new FakePolicyBot({ ask: (question) => createDummyAnswer({ question }) });
    const { code, text } = await run(bot, ['What', 'is', 'distillation?', '--json']);
    expect(code).toBe(0);
    expect(bot.calls[0]?.args[0]).toBe('What is distillation?');
    const json = JSON.parse(text);
    expect(json).toMatchObject({ answer: expect.stringContaining('[1]'), abstained: false, mode: 'extractive' });
    expect(json.citations).toEqual([
      { n: 1, source: 'technique.md', title: 'Model distillation, the technique', locator: 'What it is › ¶1', text: 'Distillation uses one AI model to train another.', score: 0.8 },
    ]);
  });

  it('marks a declined question as abstained with the closest documents', async () => {
    const bot = new FakePolicyBot({
      ask: (question) => ({ kind: 'declined', id: 'd', question, answer: 'Not covered.', closest: [{ source: 'a.md', title: 'A' }], mode: 'extractive' }),
    });
    const json = JSON.parse((await run(bot, ['banana?', '--json'])).text);
    expect(json).toMatchObject({ abstained: true, citations: [], closest: [{ source: 'a.md', title: 'A' }] });
  });

  it('prints summary bullets with their citation numbers as JSON', async () => {
    const answer = createDummyAnswer();
    const citations = answer.kind === 'answer' ? answer.citations : [];
    const bot = new FakePolicyBot({
      summarize: (topic) => ({ kind: 'summary', id: 's', topic, heading: 'Summary: ip', bullets: [{ text: 'A point.', citations: [1] }], citations, mode: 'extractive' }),
    });
    const json = JSON.parse((await run(bot, ['ip', '--json'], 'summary')).text);
    expect(json.bullets).toEqual([{ text: 'A point.', citations: [1] }]);
    expect(json.citations[0]).toMatchObject({ n: 1, source: 'technique.md' });
  });

  it('keeps the documented JSON keys for a refused question', async () => {
    const bot = new FakePolicyBot({ ask: () => ({ kind: 'invalid', reason: 'too_long', limit: 2000, received: 5000 }) });
    const json = JSON.parse((await run(bot, ['x', '--json'])).text);
    expect(json).toMatchObject({ abstained: false, citations: [], error: 'too_long', limit: 2000, answer: expect.stringContaining('limit is 2000') });
  });

  it('exits non-zero for an empty question', async () => {
    const bot = new FakePolicyBot({ ask: () => ({ kind: 'invalid', reason: 'empty' }) });
    const { code, text } = await run(bot, []);
    expect(code).toBe(2);
    expect(text).toContain('Please type a question');
  });
});
