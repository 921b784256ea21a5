import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { context, FEEDBACK_BLOCK_ID } from './blocks.js';
import { describeFailure } from './describe-failure.js';
import { decodeFeedbackValue, FEEDBACK_ACTIONS } from './feedback-value.js';
import { messages } from './messages.js';
import type { SlackDeps } from './slack-deps.js';
import type { SlackBlock } from './slack-limits.js';

export type FeedbackArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * A 👍/👎 click: records the vote through the core (which keeps the JSONL log) and swaps the
 * buttons for a thank-you in the same message, so the vote is acknowledged where it was cast.
 */
export async function handleFeedback(deps: SlackDeps, { ack, action, body, respond }: FeedbackArgs): Promise<void> {
  await ack();
  const user = body.user.id;
  const vote = action.action_id === FEEDBACK_ACTIONS.up ? 'up' : 'down';
  const ref = decodeFeedbackValue(action.value);
  if (!ref) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: messages.feedbackUnreadable });
    return;
  }
  try {
    await deps.bot.recordFeedback({ ...ref, user, platform: 'slack', vote });
  } catch (error) {
    const text = describeFailure(deps.logger, error, { handler: 'feedback', user });
    await respond({ response_type: 'ephemeral', replace_original: false, text });
    return;
  }
  const thanks = messages.feedbackThanks(vote, user);
  const blocks: SlackBlock[] | undefined = body.message?.blocks;
  if (!blocks) {
    await respond({ response_type: 'ephemeral', replace_original: false, text: thanks });
    return;
  }
  const updated = blocks.map((block) => (block.block_id === FEEDBACK_BLOCK_ID ? context(thanks) : block));
  await respond({ replace_original: true, text: body.message?.text ?? thanks, blocks: updated });
}
