/**
 * `npm run discord:register`: registers /ask, /summary, /sources and /reindex. With
 * DISCORD_GUILD_ID they appear in that server at once; without it, globally (up to an hour).
 */
import { registerCommands } from '../src/adapters/discord/index.js';
import { readConfig } from '../src/config.js';
import { ConfigError } from '../src/core/errors.js';

try {
  const { discord } = readConfig();
  if (!discord) {
    console.error('DISCORD_TOKEN and DISCORD_APP_ID must be set (Discord developer portal → your app → Bot / General Information).');
    process.exit(1);
  }
  const { scope, names } = await registerCommands(discord);
  const where = scope === 'guild' ? `in server ${discord.guildId} (available now)` : 'globally (may take up to an hour to appear)';
  console.log(`Registered ${names.map((n) => `/${n}`).join(', ')} ${where}.`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Registering commands failed: ${(error as Error).message}`);
  process.exit(1);
}
