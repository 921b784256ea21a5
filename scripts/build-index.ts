import { runCli, runIndexCommand } from '../src/adapters/cli/index.js';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/core/index.js';
import { configuredIndexOptions } from '../src/open-configured-bot.js';

runCli(async () => {
  const config = readConfig();
  const build = await configuredIndexOptions(config, createLogger(config.logLevel));
  await runIndexCommand({ argv: process.argv.slice(2), build, stdout: process.stdout, stderr: process.stderr });
});
