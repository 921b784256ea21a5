import { SLACK_LIMITS, type SlackBlock } from './slack-limits.js';

/**
 * Spreads blocks over as many messages as Slack's per-message block limit needs. `tail` blocks
 * (the feedback buttons) always end the last message, so a vote refers to the whole answer.
 */
export function paginateBlocks(body: SlackBlock[], tail: SlackBlock[] = [], max: number = SLACK_LIMITS.blocksPerMessage): SlackBlock[][] {
  if (tail.length > max) throw new RangeError(`paginateBlocks: ${tail.length} tail blocks exceed ${max}`);
  const pages: SlackBlock[][] = [];
  for (let i = 0; i < body.length; i += max) pages.push(body.slice(i, i + max));
  const last = pages.at(-1);
  if (last && last.length + tail.length <= max) last.push(...tail);
  else if (tail.length > 0 || pages.length === 0) pages.push([...tail]);
  return pages;
}
