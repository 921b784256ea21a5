import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runCli } from '../src/adapters/cli/index.js';
import { readConfig } from '../src/config.js';
import { createLogger, evaluateGolden, type GoldenSet } from '../src/core/index.js';
import { openConfiguredBot } from '../src/open-configured-bot.js';

// npm run eval:golden [-- --file tests/golden/questions.json] [--chat] [--json]
// --chat asks the questions as one conversation, each after the one before it; a question with
// a `history` (tests/golden/follow-ups*.json) is always asked after that history.
runCli(async () => {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, chat: { type: 'boolean' }, file: { type: 'string', default: 'tests/golden/questions.json' } } });
  const config = readConfig();
  const golden = JSON.parse(await readFile(values.file!, 'utf8')) as GoldenSet;
  const bot = await openConfiguredBot(config, createLogger(config.logLevel));
  const report = await evaluateGolden(bot, golden, { asChat: values.chat });
  await bot.close();
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    for (const f of report.failures) process.stdout.write(`✗ ${f.question}\n    expected ${f.expected}\n    got ${f.got}\n`);
    process.stdout.write(`Cited the expected passage: ${report.cited}/${report.answerable} (${(report.citationRate * 100).toFixed(1)}%)\n`);
    process.stdout.write(`Declined out-of-scope:      ${report.declined}/${report.outOfScope} (${(report.declineRate * 100).toFixed(1)}%)\n`);
  }
  return report.failures.length === 0 ? 0 : 1;
});
