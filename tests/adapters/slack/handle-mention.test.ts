import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerOptions } from '../../../src/core/ports.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { createDummyCitation } from '../../fakes/slack-core-results.js';
import { createDummyMention } from '../../fakes/slack-payloads.js';
import { startSlackTestApp, visibleText, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('handleMention', () => {
  it('reacts, posts a searching placeholder in the thread and replaces it with the cited answer', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot });
    const ts = app.api.nextTs();
    await app.sendEvent(createDummyMention({ ts, text: '<@UBOT> What is distillation?' }));
    await app.handle.idle();

    expect(bot.calls[0]!.args[0]).toBe('What is distillation?');
    expect((bot.calls[0]!.args[1] as AnswerOptions).history).toEqual([]);
    expect(app.api.callsTo('reactions.add')).toEqual([expect.objectContaining({ channel: 'CPOLICY', timestamp: ts, name: 'eyes' })]);
    const [placeholder] = app.api.callsTo('chat.postMessage');
    expect(placeholder).toMatchObject({ channel: 'CPOLICY', thread_ts: ts, text: '🔎 Searching the policy documents…' });
    const updates = app.api.callsTo('chat.update');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.ts).toBe(app.api.messages.find((m) => m.text === updates[0]!.text && m.bot_id)!.ts);
    expect(visibleText(updates[0]!)).toContain('Distillation uses one AI model to train another. [1]');
    expect(visibleText(updates[0]!)).toContain('*[1] Model distillation, the technique*');
    expect(app.api.callsTo('reactions.remove')).toHaveLength(1);
  });

  it('treats a mention inside a thread as a follow-up, passing the earlier questions as history', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot });
    const root = app.api.nextTs();
    app.api.addMessage({ ts: root, channel: 'CPOLICY', user: 'UALICE', text: '<@UBOT> What is distillation?' });
    app.api.addMessage({ ts: app.api.nextTs(), channel: 'CPOLICY', thread_ts: root, user: 'UBOT', bot_id: 'BBOT', text: 'An answer' });
    app.api.addMessage({ ts: app.api.nextTs(), channel: 'CPOLICY', thread_ts: root, user: 'UBOB', text: 'Is it legal?' });
    await app.sendEvent(createDummyMention({ ts: app.api.nextTs(), thread_ts: root, text: '<@UBOT> and who said so?' }));
    await app.handle.idle();

    expect(bot.calls[0]!.args[0]).toBe('and who said so?');
    expect((bot.calls[0]!.args[1] as AnswerOptions).history).toEqual(['What is distillation?', 'Is it legal?']);
    expect(app.api.callsTo('chat.postMessage')[0]!.thread_ts).toBe(root);
  });

  it('streams partial text into the placeholder and always ends with the final answer', async () => {
    const bot = new FakePolicyBot({
      ask: (_q, options) => {
        for (const text of ['Distillation', 'Distillation uses one', 'Distillation uses one AI model']) options?.onPartial?.(text);
        return createDummyAnswer();
      },
    });
    app = await startSlackTestApp({ bot });
    await app.sendEvent(createDummyMention({ ts: app.api.nextTs() }));
    await app.handle.idle();

    const updates = app.api.callsTo('chat.update');
    expect(updates.length).toBeGreaterThanOrEqual(2);
    expect(visibleText(updates[0]!)).toContain('Distillation');
    expect(visibleText(updates.at(-1)!)).toContain('*[1] Model distillation, the technique*');
  });

  it('splits a long answer: the placeholder gets the first part, the rest follows in the thread', async () => {
    const citations = Array.from({ length: 70 }, (_, i) => createDummyCitation({ n: i + 1 }));
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer({ answer: 'Long answer sentence [1]. '.repeat(1000), citations }) });
    app = await startSlackTestApp({ bot });
    const ts = app.api.nextTs();
    await app.sendEvent(createDummyMention({ ts }));
    await app.handle.idle();

    const [update] = app.api.callsTo('chat.update');
    const followUps = app.api.callsTo('chat.postMessage').slice(1);
    expect(update!.blocks).toHaveLength(50);
    expect(followUps.length).toBeGreaterThanOrEqual(1);
    for (const m of followUps) expect(m).toMatchObject({ thread_ts: ts, channel: 'CPOLICY' });
    const all = [update!, ...followUps];
    for (const m of all) for (const b of m.blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
    expect(all.flatMap((m) => m.blocks).filter((b: { type: string }) => b.type === 'actions')).toHaveLength(1);
    expect(all.at(-1)!.blocks.at(-1).type).toBe('actions');
  });

  it('answers "something went wrong (ref …)" on an internal error and logs the ref without secrets', async () => {
    const bot = new FakePolicyBot({
      ask: () => {
        throw new Error('index exploded');
      },
    });
    app = await startSlackTestApp({ bot });
    await app.sendEvent(createDummyMention({ ts: app.api.nextTs() }));
    await app.handle.idle();

    const reply = app.api.callsTo('chat.update').at(-1)!;
    const ref = /Something went wrong \(ref ([0-9a-f]{6})\)/.exec(reply.text)?.[1];
    expect(ref).toBeDefined();
    const logged = app.logLines.map((l) => JSON.parse(l)).find((l) => l.ref === ref);
    expect(logged).toMatchObject({ level: 'error', error: 'index exploded' });
    const log = app.logLines.join('');
    expect(log).not.toContain(app.api.token);
    expect(log).not.toContain('test-signing-secret');
  });

  it('limits each user per minute with a polite message, and lets them ask again after the window', async () => {
    let now = 1_000_000;
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot, ratePerMinute: 2, now: () => now });
    for (let i = 0; i < 3; i++) {
      await app.sendEvent(createDummyMention({ ts: app.api.nextTs() }));
      await app.handle.idle();
    }
    expect(bot.calls).toHaveLength(2);
    expect(app.api.callsTo('chat.postMessage').at(-1)!.text).toMatch(/^You're asking faster than I can look things up\. Please try again in 60 s\.$/);

    await app.sendEvent(createDummyMention({ ts: app.api.nextTs(), user: 'UBOB' }));
    await app.handle.idle();
    expect(bot.calls).toHaveLength(3);

    now += 60_000;
    await app.sendEvent(createDummyMention({ ts: app.api.nextTs() }));
    await app.handle.idle();
    expect(bot.calls).toHaveLength(4);
  });

  it('stays silent outside the channel allowlist and for other bots', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot, channelAllowlist: ['CPOLICY'] });
    await app.sendEvent(createDummyMention({ ts: app.api.nextTs(), channel: 'CRANDOM' }));
    await app.sendEvent(createDummyMention({ ts: app.api.nextTs(), bot_id: 'BOTHER', user: 'UOTHERBOT' }));
    await app.handle.idle();
    expect(bot.calls).toEqual([]);

    await app.sendEvent(createDummyMention({ ts: app.api.nextTs(), channel: 'CPOLICY' }));
    await app.handle.idle();
    expect(bot.calls).toHaveLength(1);
  });
});
