/**
 * The Discord adapter: translates Discord events into `PolicyBot` calls and core results into
 * Discord messages. `startDiscord` is the entry point `main.ts` uses; the register and shard
 * scripts use `registerCommands` and `startDiscordShards`.
 *
 * Rendering, handlers and the messages table stay internal: nothing outside this folder should
 * depend on how Discord replies are laid out.
 */
export { startDiscord } from './start.js';
export type { DiscordAdapterOptions, DiscordHandle } from './start.js';
export { registerCommands } from './register-commands.js';
export type { RegisteredCommands } from './register-commands.js';
export { discordCommands } from './commands.js';
export { startDiscordShards } from './start-discord-shards.js';
export type { DiscordShardsOptions } from './start-discord-shards.js';
