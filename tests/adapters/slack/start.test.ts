import { afterEach, describe, expect, it } from 'vitest';
import { startSlack } from '../../../src/adapters/slack/index.js';
import { ConfigError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/support/logger.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { SlackApiServer } from '../../fakes/slack-api-server.js';
import { createDummyCommand, createDummyEventCallback, createDummyMention, createDummyMessage } from '../../fakes/slack-payloads.js';
import { createDummyIndexReport } from '../../fakes/slack-core-results.js';
import { SlackSocketServer } from '../../fakes/slack-socket-server.js';
import { visibleText } from '../../fakes/slack-test-app.js';
import { startSlackTestApp, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const slackCallsAfterStart = (a: SlackTestApp) => a.api.calls.filter((c) => c.method !== 'auth.test');

describe('startSlack (HTTP mode request signing)', () => {
  it('answers a correctly signed request', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot });
    const res = await app.sendEvent(createDummyMention());
    await app.handle.idle();
    expect(res.status).toBe(200);
    expect(bot.calls).toHaveLength(1);
  });

  it('rejects a bad signature with 401 and runs nothing', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot });
    const event = await app.sendEvent(createDummyMention(), { secret: 'not-the-secret' });
    const command = await app.sendCommand({}, { secret: 'not-the-secret' });
    await app.handle.idle();
    expect([event.status, command.status]).toEqual([401, 401]);
    expect(bot.calls).toEqual([]);
    expect(slackCallsAfterStart(app)).toEqual([]);
    expect(app.api.responses).toEqual([]);
  });

  it('rejects a stale timestamp (replay) with 401 and runs nothing', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot });
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    const res = await app.sendCommand(createDummyCommand(), { timestamp: tenMinutesAgo });
    await app.handle.idle();
    expect(res.status).toBe(401);
    expect(bot.calls).toEqual([]);
    expect(app.api.responses).toEqual([]);
  });
});

describe('startSlack (Slack retries)', () => {
  it('ignores a retry Slack sent because it thought the first delivery timed out', async () => {
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    app = await startSlackTestApp({ bot });
    const event = createDummyMention({ ts: app.api.nextTs() });
    await app.sendEvent(event);
    const retry = await app.sendEvent(event, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await app.handle.idle();
    expect(retry.status).toBe(200);
    expect(bot.calls).toHaveLength(1);
  });
});

describe('startSlack (startup)', () => {
  const slack = { botToken: 'xoxb-test-token', signingSecret: 's', channelAllowlist: [], port: 0 };
  const base = { bot: new FakePolicyBot({}), admins: [], ratePerMinute: 5, logger: silentLogger, host: '127.0.0.1', retryConfig: { retries: 0 } };

  it('refuses HTTP mode without a signing secret, naming the setting', async () => {
    await expect(startSlack({ ...base, slack: { ...slack, signingSecret: '' } })).rejects.toThrow(/SLACK_SIGNING_SECRET/);
  });

  it('names SLACK_BOT_TOKEN when Slack rejects the token', async () => {
    const api = await SlackApiServer.start({ token: 'xoxb-the-real-one' });
    try {
      const started = startSlack({ ...base, slack: { ...slack, apiUrl: api.apiUrl } });
      await expect(started).rejects.toBeInstanceOf(ConfigError);
      await expect(started).rejects.toThrow(/SLACK_BOT_TOKEN: Slack rejected it \(invalid_auth\)/);
    } finally {
      await api.close();
    }
  });

  it('stops listening on stop()', async () => {
    app = await startSlackTestApp({ bot: new FakePolicyBot({}) });
    const port = app.handle.port;
    await app.close();
    app = undefined;
    await expect(fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).rejects.toThrow();
  });
});

describe('startSlack (Socket Mode)', () => {
  it('connects with the app token when SLACK_APP_TOKEN is set, and answers events it receives', async () => {
    const api = await SlackApiServer.start();
    const socket = await SlackSocketServer.start();
    api.socketUrl = socket.url;
    const bot = new FakePolicyBot({ ask: () => createDummyAnswer() });
    const handle = await startSlack({
      bot,
      slack: { botToken: api.token, signingSecret: '', appToken: api.appToken, apiUrl: api.apiUrl, channelAllowlist: [], port: 0 },
      admins: [],
      ratePerMinute: 5,
      logger: silentLogger,
      retryConfig: { retries: 0 },
    });
    try {
      expect(handle.port).toBeUndefined();
      const ts = api.nextTs();
      const ack = await socket.deliver('events_api', createDummyEventCallback(createDummyMessage({ ts })));
      expect(ack.envelope_id).toBe('env-1');
      await handle.idle();
      expect(bot.calls).toHaveLength(1);
      expect(api.callsTo('chat.postMessage')[0]).toMatchObject({ channel: 'DALICE', thread_ts: ts });
      expect(visibleText(api.callsTo('chat.update').at(-1)!)).toContain('*[1] Model distillation, the technique*');
    } finally {
      await handle.stop();
      await socket.close();
      await api.close();
    }
  });

  it('acknowledges a slash command over the socket with the immediate reply', async () => {
    const api = await SlackApiServer.start();
    const socket = await SlackSocketServer.start();
    api.socketUrl = socket.url;
    const bot = new FakePolicyBot({ reindex: () => createDummyIndexReport() });
    const handle = await startSlack({
      bot,
      slack: { botToken: api.token, signingSecret: '', appToken: api.appToken, apiUrl: api.apiUrl, channelAllowlist: [], port: 0 },
      admins: ['UADMIN'],
      ratePerMinute: 5,
      logger: silentLogger,
      retryConfig: { retries: 0 },
    });
    try {
      const ack = await socket.deliver('slash_commands', createDummyCommand({ command: '/reindex', text: '', user_id: 'UALICE', response_url: api.responseUrl() }));
      await handle.idle();
      expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/only policybot admins/) });
      expect(bot.calls).toEqual([]);
    } finally {
      await handle.stop();
      await socket.close();
      await api.close();
    }
  });
});
