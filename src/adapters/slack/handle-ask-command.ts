import { answerCommand, type CommandArgs } from './answer-command.js';
import { messages } from './messages.js';
import { renderAskResult } from './render.js';
import type { SlackDeps } from './slack-deps.js';

/** `/ask <question>`: the answer is posted to the channel with the asker named above it. */
export async function handleAskCommand(deps: SlackDeps, args: CommandArgs): Promise<void> {
  const { text, user_id } = args.command;
  await answerCommand(deps, args, messages.searching, async () => {
    const result = await deps.bot.ask(text.trim());
    return { messages: renderAskResult(result, { askedBy: user_id }), shared: result.kind !== 'invalid' };
  });
}
