import { afterEach, describe, expect, it } from 'vitest';
import type { AskResult } from '../../../src/core/ports.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { ackBody, startSlackTestApp, visibleText, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('handleAskCommand', () => {
  it('acknowledges at once, before the answer is ready, then posts the answer to the channel', async () => {
    let finish!: (result: AskResult) => void;
    const bot = new FakePolicyBot({ ask: () => new Promise<AskResult>((resolve) => (finish = resolve)) });
    app = await startSlackTestApp({ bot });
    const res = await app.sendCommand({ command: '/ask', text: '  What is distillation?  ' });

    expect(res.status).toBe(200);
    expect(await ackBody(res)).toEqual({ response_type: 'ephemeral', text: '🔎 Searching the policy documents…' });
    expect(app.api.responses).toEqual([]);
    finish(createDummyAnswer());
    await app.handle.idle();

    expect(bot.calls[0]!.args[0]).toBe('What is distillation?');
    const [answer] = app.api.responses;
    expect(answer!.body.response_type).toBe('in_channel');
    expect(visibleText(answer!.body)).toContain('<@UALICE> asked: What is distillation?');
    expect(visibleText(answer!.body)).toContain('*[1] Model distillation, the technique*');
  });

  it('replies only to the asker with the limit when the question is too long', async () => {
    const bot = new FakePolicyBot({ ask: () => ({ kind: 'invalid', reason: 'too_long', limit: 2000, received: 2301 }) });
    app = await startSlackTestApp({ bot });
    await app.sendCommand({ text: 'x'.repeat(2301) });
    await app.handle.idle();
    expect(app.api.responses[0]!.body).toMatchObject({ response_type: 'ephemeral' });
    expect(app.api.responses[0]!.body.text).toContain('2301 characters; the limit is 2000');
  });

  it('refuses politely past the rate limit without asking the core', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot, ratePerMinute: 1, now: () => 5_000 });
    await app.sendCommand();
    const limited = await app.sendCommand();
    await app.handle.idle();
    expect(bot.calls).toHaveLength(1);
    expect((await ackBody(limited)).text).toMatch(/asking faster than I can look things up/);
  });

  it('keeps answers private in channels outside the allowlist', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot, channelAllowlist: ['CPOLICY'] });
    await app.sendCommand({ channel_id: 'CRANDOM' });
    await app.handle.idle();
    expect(app.api.responses[0]!.body.response_type).toBe('ephemeral');
  });

  it('answers an internal error with a reference', async () => {
    const bot = new FakePolicyBot({
      ask: () => {
        throw new Error('boom');
      },
    });
    app = await startSlackTestApp({ bot });
    await app.sendCommand();
    await app.handle.idle();
    expect(app.api.responses[0]!.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Something went wrong \(ref [0-9a-f]{6}\)/) });
  });
});
