/**
 * The entry file `startDiscordShards` spawns in its test, standing in for `src/main.ts`: one
 * shard process running `startDiscord` against the fake server. discord.js takes the shard id
 * and count from the environment ShardingManager sets; the fake's URL comes as an argument.
 */
import { startDiscord } from '../../src/adapters/discord/index.js';
import { silentLogger } from '../../src/core/support/logger.js';
import { APP_ID } from './discord-payloads.js';
import { createDummyAnswer, FakePolicyBot } from './fake-policy-bot.js';

const apiUrl = process.argv.find((a) => a.startsWith('--api-url='))?.slice('--api-url='.length);
const token = process.env.DISCORD_TOKEN ?? '';

await startDiscord({
  bot: new FakePolicyBot({ ask: (q) => createDummyAnswer({ question: q, answer: `Answered by shard ${process.env.SHARDS}. [1]` }) }),
  discord: { token, appId: APP_ID, apiUrl, replyInThread: false },
  admins: [],
  ratePerMinute: 60,
  logger: silentLogger,
});
