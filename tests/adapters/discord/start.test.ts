import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { createDummyCommand } from '../../fakes/discord-payloads.js';
import type { RestCall } from '../../fakes/discord-server.js';
import { createDummyAnswer } from '../../fakes/fake-policy-bot.js';

let h: DiscordHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const start = () => startDiscordHarness({ ask: (q) => createDummyAnswer({ question: q }) }, { heartbeatIntervalMs: 100 });
const askCommand = (harness: DiscordHarness, text: string) =>
  createDummyCommand('ask', [{ name: 'question', type: 3, value: text }], { guild: harness.guild });
const answered = (token: string) => (c: RestCall) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`);

describe('startDiscord', () => {
  it('identifies with the intents it needs and no privileged ones', async () => {
    h = await start();
    const [identify] = h.fake.gateway.identifies;
    const GUILDS = 1 << 0, GUILD_MESSAGES = 1 << 9, DIRECT_MESSAGES = 1 << 12, MESSAGE_CONTENT = 1 << 15, GUILD_MEMBERS = 1 << 1;
    expect(identify?.intents).toBe(GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES);
    expect(identify!.intents & (MESSAGE_CONTENT | GUILD_MEMBERS)).toBe(0);
  });

  it('resumes after the gateway drops the connection, receiving what it missed', async () => {
    h = await start();
    h.fake.gateway.drop('close', 4000);
    // Dispatched while the bot is disconnected: Discord replays it after RESUME.
    const missed = h.fake.sendInteraction(askCommand(h, 'asked during the outage'));
    await h.fake.gateway.waitFor('resume');
    await h.fake.waitForCall(answered(missed.token));
    const after = h.fake.sendInteraction(askCommand(h, 'asked after the outage'));
    await h.fake.waitForCall(answered(after.token));
    expect(h.fake.gateway.identifies).toHaveLength(1);
  });

  it('resumes after the connection is cut without a close frame', async () => {
    h = await start();
    h.fake.gateway.drop('terminate');
    await h.fake.gateway.waitFor('resume');
    const i = h.fake.sendInteraction(askCommand(h, 'still there?'));
    await h.fake.waitForCall(answered(i.token));
  });

  it('identifies again when Discord refuses to resume the session', async () => {
    h = await start();
    h.fake.gateway.acceptResume = false;
    const identified = h.fake.gateway.waitFor('identify');
    h.fake.gateway.drop('close', 4000);
    await identified;
    expect(h.fake.gateway.resumes).toHaveLength(1);
    const i = h.fake.sendInteraction(askCommand(h, 'after a new session'));
    await h.fake.waitForCall(answered(i.token));
  });

  it('closes the gateway connection on stop()', async () => {
    h = await start();
    expect(h.fake.gateway.connections).toBe(1);
    await h.handle.stop();
    await expect.poll(() => h!.fake.gateway.connections).toBe(0);
  });
});
