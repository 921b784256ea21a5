import { once } from 'node:events';
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import { createRateLimiter, type Logger, type PolicyBot } from '../../core/index.js';
import type { DiscordContext } from './discord-context.js';
import { handleInteraction } from './handle-interaction.js';
import { handleMessage } from './handle-message.js';

export interface DiscordAdapterOptions {
  bot: PolicyBot;
  discord: DiscordConfig;
  /** User ids allowed to re-index and upload besides members with Manage Server. */
  admins: string[];
  /** Questions per user per minute (per process: each shard counts its own). */
  ratePerMinute: number;
  logger: Logger;
  now?: () => number;
  /** Minimum time between edits of a streamed answer or re-index progress. */
  editIntervalMs?: number;
  /** Attachments larger than this are refused before they are downloaded. */
  uploadMaxBytes?: number;
}

export interface DiscordHandle {
  readonly client: Client;
  /** Closes the gateway connection and stops all timers. */
  stop(): Promise<void>;
}

const defaults = {
  now: Date.now,
  editIntervalMs: 1000,
  uploadMaxBytes: 25 * 1024 * 1024,
} satisfies Required<Pick<DiscordAdapterOptions, 'now' | 'editIntervalMs' | 'uploadMaxBytes'>>;

/**
 * Connects the bot to Discord and resolves once it is ready (every guild received). Message
 * Content is deliberately not requested: it is privileged, and Discord delivers the content of
 * DMs and of messages that mention the bot without it.
 */
export async function startDiscord(options: DiscordAdapterOptions): Promise<DiscordHandle> {
  // Not a plain spread: an option passed as `undefined` must still get its default.
  const o = {
    ...options,
    now: options.now ?? defaults.now,
    editIntervalMs: options.editIntervalMs ?? defaults.editIntervalMs,
    uploadMaxBytes: options.uploadMaxBytes ?? defaults.uploadMaxBytes,
  };
  const ctx: DiscordContext = {
    bot: o.bot,
    admins: new Set(o.admins),
    limiter: createRateLimiter({ limit: o.ratePerMinute, windowMs: 60_000, now: o.now }),
    logger: o.logger,
    replyInThread: o.discord.replyInThread,
    editIntervalMs: o.editIntervalMs,
    uploadMaxBytes: o.uploadMaxBytes,
  };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not in the cache until their first message arrives; without this partial
    // discord.js drops that message.
    partials: [Partials.Channel],
    rest: o.discord.apiUrl ? { api: o.discord.apiUrl } : {},
    // Quoted documents may contain "@everyone" or role mentions; the bot never pings anyone but the asker.
    allowedMentions: { parse: [], repliedUser: true },
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, ctx));
  client.on(Events.MessageCreate, (message) => void handleMessage(message, ctx));
  logConnection(client, o.logger);

  const ready = once(client, Events.ClientReady);
  try {
    await client.login(o.discord.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw error;
  }
  o.logger.info('discord ready', { user: client.user?.tag, guilds: client.guilds.cache.size, shards: client.ws.shards.size });
  return { client, stop: () => client.destroy() };
}

function logConnection(client: Client, logger: Logger): void {
  client.on(Events.Error, (error) => logger.error('discord client error', { error: error.message }));
  client.on(Events.ShardError, (error, shard) => logger.warn('discord shard error', { shard, error: error.message }));
  client.on(Events.ShardReconnecting, (shard) => logger.info('discord shard reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('discord shard resumed', { shard, replayed }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('discord shard disconnected', { shard, code: event.code }));
}
