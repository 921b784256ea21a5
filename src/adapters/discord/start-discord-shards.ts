import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import type { Logger } from '../../core/index.js';

export interface DiscordShardsOptions {
  /** The entry file each shard process runs; it must call `startDiscord` (discord.js reads the shard ids from the environment). */
  file: string;
  discord: Pick<DiscordConfig, 'token' | 'apiUrl'>;
  logger: Logger;
  /** A number, or 'auto' for Discord's recommendation (about one shard per 1,000 servers). */
  totalShards?: number | 'auto';
  /** Arguments for each shard's entry file, e.g. to start only the Discord adapter there. */
  shardArgs?: string[];
  /** Node flags for the shard processes; a `.ts` entry file gets tsx's loader by default. */
  execArgv?: string[];
  /** Discord allows one identify per 5 seconds (max_concurrency 1), hence the default 5.5 s. */
  spawnDelayMs?: number;
  /** How long to wait for each shard to become ready; -1 to not wait. */
  readyTimeoutMs?: number;
}

/**
 * Runs the bot as several processes with discord.js's `ShardingManager`, one gateway shard each,
 * for bots in many servers. Shards share nothing in memory: answers, follow-ups and feedback are
 * rebuilt from what Discord sends, so any shard can handle any event of its servers.
 */
export async function startDiscordShards(options: DiscordShardsOptions): Promise<ShardingManager> {
  const { discord, logger } = options;
  const requested = options.totalShards ?? 'auto';
  // discord.js's own 'auto' always asks discord.com; this asks the configured API (proxies, tests).
  const totalShards = requested === 'auto' ? await recommendedShardCount(discord) : requested;
  const manager = new ShardingManager(options.file, {
    token: discord.token,
    totalShards,
    shardArgs: options.shardArgs ?? [],
    execArgv: options.execArgv ?? (options.file.endsWith('.ts') ? ['--import', 'tsx'] : []),
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info('discord shard spawned', { shard: shard.id, of: totalShards });
    shard.on('death', () => logger.warn('discord shard process exited', { shard: shard.id }));
  });
  await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs ?? 5500, timeout: options.readyTimeoutMs ?? 120_000 });
  return manager;
}

async function recommendedShardCount(discord: Pick<DiscordConfig, 'token' | 'apiUrl'>): Promise<number> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}
