import { answerCommand, type CommandArgs } from './answer-command.js';
import { escapeFit } from './blocks.js';
import { messages } from './messages.js';
import { renderSummaryResult } from './render.js';
import type { SlackDeps } from './slack-deps.js';

/** `/policy-summary <topic|document>`: a cited summary of a topic or one document. */
export async function handleSummaryCommand(deps: SlackDeps, args: CommandArgs): Promise<void> {
  const { text, user_id } = args.command;
  await answerCommand(deps, args, messages.summarising(escapeFit(text.trim(), 200)), async () => {
    const result = await deps.bot.summarize(text.trim());
    return { messages: renderSummaryResult(result, { askedBy: user_id }), shared: result.kind !== 'invalid' };
  });
}
