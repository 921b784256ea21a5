/**
 * `npm run discord:shards`: runs the Discord bot as one process per gateway shard (for bots in
 * many servers). Each shard runs `src/main.ts --discord-only`. Optional `--shards=N` (default:
 * Discord's recommendation).
 */
import { startDiscordShards } from '../src/adapters/discord/index.js';
import { readConfig } from '../src/config.js';
import { ConfigError } from '../src/core/errors.js';
import { createLogger } from '../src/core/support/logger.js';

try {
  const config = readConfig();
  if (!config.discord) {
    console.error('DISCORD_TOKEN and DISCORD_APP_ID must be set to run Discord shards.');
    process.exit(1);
  }
  const shardsArg = process.argv.find((a) => a.startsWith('--shards='))?.slice('--shards='.length);
  const manager = await startDiscordShards({
    file: 'src/main.ts',
    discord: config.discord,
    logger: createLogger(config.logLevel),
    totalShards: shardsArg ? Number(shardsArg) : 'auto',
    shardArgs: ['--discord-only'],
  });
  const stop = () => {
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Starting Discord shards failed: ${(error as Error).message}`);
  process.exit(1);
}
