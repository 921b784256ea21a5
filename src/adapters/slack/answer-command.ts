import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { describeFailure } from './describe-failure.js';
import { messages } from './messages.js';
import { isChannelAllowed, type SlackDeps } from './slack-deps.js';
import type { SlackMessage } from './slack-limits.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

export interface CommandAnswer {
  messages: SlackMessage[];
  /** Answers are shared with the channel; hints (empty or too-long input) only with the asker. */
  shared: boolean;
}

/**
 * The shape of `/ask` and `/policy-summary`: acknowledge at once with an ephemeral "working"
 * note, do the work, then post through `response_url`, which works even in channels the bot
 * has not joined. Outside the channel allowlist answers stay ephemeral.
 */
export async function answerCommand(
  deps: SlackDeps,
  { command, ack, respond }: CommandArgs,
  pending: string,
  run: () => Promise<CommandAnswer>,
): Promise<void> {
  const wait = deps.limiter.take(command.user_id);
  if (wait > 0) {
    await ack({ response_type: 'ephemeral', text: messages.rateLimited(wait) });
    return;
  }
  await ack({ response_type: 'ephemeral', text: pending });
  try {
    const answer = await run();
    const response_type = answer.shared && isChannelAllowed(deps, command.channel_id) ? 'in_channel' : 'ephemeral';
    for (const message of answer.messages) await respond({ response_type, text: message.text, blocks: message.blocks });
  } catch (error) {
    const text = describeFailure(deps.logger, error, { handler: command.command, channel: command.channel_id, user: command.user_id });
    await respond({ response_type: 'ephemeral', text });
  }
}
