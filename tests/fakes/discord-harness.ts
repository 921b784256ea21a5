import { startDiscord, type DiscordHandle } from '../../src/adapters/discord/index.js';
import { createLogger } from '../../src/core/support/logger.js';
import { FakeDiscord, type FakeDiscordOptions } from './discord-server.js';
import { APP_ID } from './discord-payloads.js';
import { FakePolicyBot, type FakePolicyBotSetup } from './fake-policy-bot.js';

export interface DiscordHarnessOptions extends FakeDiscordOptions {
  admins?: string[];
  replyInThread?: boolean;
  ratePerMinute?: number;
  editIntervalMs?: number;
  uploadMaxBytes?: number;
  now?: () => number;
}

export interface DiscordHarness {
  fake: FakeDiscord;
  bot: FakePolicyBot;
  handle: DiscordHandle;
  /** JSON log lines the adapter wrote, for debugging failed tests. */
  logs: string[];
  guild: any;
  channelId: string;
  close(): Promise<void>;
}

/** A real discord.js Client, started through `startDiscord`, connected to a `FakeDiscord`. */
export async function startDiscordHarness(setup: FakePolicyBotSetup, options: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  const fake = await FakeDiscord.start(options);
  const bot = new FakePolicyBot(setup);
  const logs: string[] = [];
  const handle = await startDiscord({
    bot,
    discord: { token: 'test-token', appId: APP_ID, apiUrl: fake.apiUrl, replyInThread: options.replyInThread ?? false },
    admins: options.admins ?? [],
    ratePerMinute: options.ratePerMinute ?? 1000,
    logger: createLogger('debug', (line) => logs.push(line)),
    editIntervalMs: options.editIntervalMs,
    uploadMaxBytes: options.uploadMaxBytes,
    now: options.now,
  });
  const guild = fake.guilds[0]!;
  return {
    fake,
    bot,
    handle,
    logs,
    guild,
    channelId: guild.channels[0].id,
    close: async () => {
      await handle.stop();
      await fake.close();
    },
  };
}
