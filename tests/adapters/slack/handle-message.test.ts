import { afterEach, describe, expect, it } from 'vitest';
import type { AnswerOptions } from '../../../src/core/ports.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { createDummyMention, createDummyMessage } from '../../fakes/slack-payloads.js';
import { startSlackTestApp, visibleText, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const answeringBot = () => new FakePolicyBot({ ask: (question) => createDummyAnswer({ question }) });

describe('handleMessage (DMs)', () => {
  it('answers any DM in a thread on that message', async () => {
    const bot = answeringBot();
    app = await startSlackTestApp({ bot });
    const ts = app.api.nextTs();
    await app.sendEvent(createDummyMessage({ ts, text: 'Who testified on day two?' }));
    await app.handle.idle();

    expect(bot.calls.map((c) => c.args[0])).toEqual(['Who testified on day two?']);
    expect(app.api.callsTo('chat.postMessage')[0]).toMatchObject({ channel: 'DALICE', thread_ts: ts });
    expect(visibleText(app.api.callsTo('chat.update').at(-1)!)).toContain('[1] Model distillation');
  });

  it('ignores edits, deletions and messages from bots, including its own', async () => {
    const bot = answeringBot();
    app = await startSlackTestApp({ bot });
    const edited = { subtype: 'message_changed', message: { text: 'edited' }, user: undefined };
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), ...edited }));
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), subtype: 'message_deleted', user: undefined }));
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), subtype: 'bot_message', bot_id: 'BOTHER', user: undefined }));
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), bot_id: 'BOTHER', user: 'UOTHERBOT', text: 'another bot asks' }));
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), bot_id: 'BBOT', user: 'UBOT', text: 'my own answer' }));
    await app.handle.idle();
    expect(bot.calls).toEqual([]);
    expect(app.api.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('handleMessage (channels)', () => {
  it('answers a thread follow-up in a thread the bot answered, with the earlier question as history', async () => {
    const bot = answeringBot();
    app = await startSlackTestApp({ bot });
    const root = app.api.nextTs();
    await app.sendEvent(createDummyMention({ ts: root, text: '<@UBOT> What is distillation?' }));
    await app.handle.idle();

    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), channel: 'CPOLICY', channel_type: 'channel', thread_ts: root, text: 'Is it legal?' }));
    await app.handle.idle();

    expect(bot.calls).toHaveLength(2);
    expect(bot.calls[1]!.args[0]).toBe('Is it legal?');
    expect((bot.calls[1]!.args[1] as AnswerOptions).history).toEqual(['What is distillation?']);
    const placeholders = app.api.callsTo('chat.postMessage');
    expect(placeholders.map((p) => p.thread_ts)).toEqual([root, root]);
  });

  it('stays out of threads it has not answered and of top-level channel chatter', async () => {
    const bot = answeringBot();
    app = await startSlackTestApp({ bot });
    const root = app.api.nextTs();
    app.api.addMessage({ ts: root, channel: 'CPOLICY', user: 'UBOB', text: 'lunch?' });
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), channel: 'CPOLICY', channel_type: 'channel', thread_ts: root, text: 'sure' }));
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), channel: 'CPOLICY', channel_type: 'channel', text: 'What is distillation?' }));
    await app.handle.idle();
    expect(bot.calls).toEqual([]);
    expect(app.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('answers a mention in a thread once, though Slack delivers it as both app_mention and message', async () => {
    const bot = answeringBot();
    app = await startSlackTestApp({ bot });
    const root = app.api.nextTs();
    await app.sendEvent(createDummyMention({ ts: root }));
    await app.handle.idle();
    const ts = app.api.nextTs();
    const text = '<@UBOT> and the hearing?';
    await app.sendEvent(createDummyMention({ ts, thread_ts: root, text }));
    await app.sendEvent(createDummyMessage({ ts, thread_ts: root, text, channel: 'CPOLICY', channel_type: 'channel' }));
    await app.handle.idle();
    expect(bot.calls.map((c) => c.args[0])).toEqual(['What is distillation?', 'and the hearing?']);
  });
});
