import { REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordConfig } from '../../config.js';
import { discordCommands } from './commands.js';

export interface RegisteredCommands {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Replaces the application's slash commands with ours. With a guild id they apply to that server
 * at once; global commands can take up to an hour to appear everywhere.
 */
export async function registerCommands(discord: Pick<DiscordConfig, 'token' | 'appId' | 'guildId' | 'apiUrl'>): Promise<RegisteredCommands> {
  const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
  const route = discord.guildId
    ? Routes.applicationGuildCommands(discord.appId, discord.guildId)
    : Routes.applicationCommands(discord.appId);
  const result = (await rest.put(route, { body: discordCommands })) as RESTPutAPIApplicationCommandsResult;
  return { scope: discord.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}
