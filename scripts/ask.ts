import { runAskCommand, runCli } from '../src/adapters/cli/index.js';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/core/index.js';
import { openConfiguredBot } from '../src/open-configured-bot.js';

// package.json runs this as `ask.ts ask …` or `ask.ts summary …`.
const [kind, ...argv] = process.argv.slice(2);

runCli(async () => {
  const config = readConfig();
  const bot = await openConfiguredBot(config, createLogger(config.logLevel));
  try {
    return await runAskCommand({ argv, bot, stdout: process.stdout, kind: kind === 'summary' ? 'summary' : 'ask' });
  } finally {
    await bot.close();
  }
});
