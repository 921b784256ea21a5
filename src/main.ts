import { readConfig } from './config.js';
import { startDiscord } from './adapters/discord/index.js';
import { runConsoleChat } from './adapters/cli/index.js';
import { startSlack } from './adapters/slack/index.js';
import { BotError, ConfigError, createLogger, watchKnowledge } from './core/index.js';
import { openConfiguredBot } from './open-configured-bot.js';

/**
 * Wiring: read the settings, open the core, start every platform that has credentials (Slack,
 * Discord, both), or a console chat when none has. `--discord-only` is how Discord shard
 * processes start: only the Discord client, nothing that must run once per deployment.
 */
async function main(argv: string[]): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  const discordOnly = argv.includes('--discord-only');
  const bot = await openConfiguredBot(config, logger);
  const stops: (() => Promise<void>)[] = [() => bot.close()];

  if (config.watchKnowledge && !discordOnly) {
    const reindex = async (changes: string[]) => {
      const { added, changed, removed, passages, ms, skipped } = await bot.reindex();
      logger.info('re-indexed after changes', { changes: changes.length, added, changed, removed, passages, ms, skipped: skipped.length });
    };
    const watcher = watchKnowledge({ knowledgeDir: config.knowledgeDir, logger, reindex });
    stops.unshift(() => watcher.close());
  }
  const common = { bot, admins: config.admins, ratePerMinute: config.limits.ratePerMinute, uploadMaxBytes: config.limits.uploadMaxBytes, logger };
  if (config.slack && !discordOnly) {
    const slack = await startSlack({ ...common, slack: config.slack });
    stops.unshift(() => slack.stop());
    logger.info('Slack adapter started', { mode: config.slack.appToken ? 'socket' : 'http', port: slack.port });
  }
  if (config.discord) {
    const discord = await startDiscord({ ...common, discord: config.discord });
    stops.unshift(() => discord.stop());
    logger.info('Discord adapter started');
  }
  const stop = async () => {
    for (const fn of stops) await fn().catch((error: unknown) => logger.error('shutdown step failed', { error: String(error) }));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  if (!config.slack && !config.discord) {
    await runConsoleChat({ bot, input: process.stdin, output: process.stdout });
    await stop();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof BotError) {
    process.stderr.write(`policybot could not start.\n${error.message}\n`);
  } else {
    process.stderr.write(`policybot crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exit(1);
});
