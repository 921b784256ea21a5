import type { webApi } from '@slack/bolt';
import type { SlackMessage } from './slack-limits.js';

export interface ThreadTarget {
  channel: string;
  threadTs: string;
  /** The "searching" placeholder the first message replaces, when one was posted. */
  placeholderTs?: string;
}

/**
 * Delivers rendered messages into a thread: the first replaces the placeholder (so the answer
 * appears where "searching" was), the rest follow in order.
 */
export async function postInThread(client: webApi.WebClient, target: ThreadTarget, rendered: SlackMessage[]): Promise<void> {
  const { channel, threadTs, placeholderTs } = target;
  for (const [i, message] of rendered.entries()) {
    if (i === 0 && placeholderTs) {
      // Without `blocks: []` Slack keeps the placeholder's old blocks under a text-only update.
      await client.chat.update({ channel, ts: placeholderTs, text: message.text, blocks: message.blocks ?? [] });
    } else {
      await client.chat.postMessage({ channel, thread_ts: threadTs, text: message.text, blocks: message.blocks });
    }
  }
}
