import type { webApi } from '@slack/bolt';
import { stripMentions } from './strip-mentions.js';

/**
 * Reads a thread from Slack (not from process memory, so follow-ups survive restarts and work
 * across replicas) and extracts what a follow-up needs: whether this bot has answered in it, and
 * the people's earlier questions, oldest first.
 */
export interface ThreadContext {
  botAnswered: boolean;
  questions: string[];
}

export interface ReadThreadOptions {
  channel: string;
  threadTs: string;
  /** The follow-up itself; it and anything after it are not history. */
  beforeTs: string;
  botUserId?: string;
  botId?: string;
}

const MAX_HISTORY = 5;
const PAGE_SIZE = 200;

export async function readThread(client: webApi.WebClient, options: ReadThreadOptions): Promise<ThreadContext> {
  const { channel, threadTs, beforeTs, botUserId, botId } = options;
  const page = await client.conversations.replies({ channel, ts: threadTs, limit: PAGE_SIZE });
  const earlier = (page.messages ?? []).filter((m) => m.ts !== undefined && compareTs(m.ts, beforeTs) < 0);
  const isBot = (m: { user?: string; bot_id?: string }) =>
    m.bot_id !== undefined || (botUserId !== undefined && m.user === botUserId);
  const botAnswered = (page.messages ?? []).some(
    (m) => (botUserId !== undefined && m.user === botUserId) || (botId !== undefined && m.bot_id === botId),
  );
  const questions = earlier
    .filter((m) => !isBot(m) && isPlainMessage(m))
    .map((m) => stripMentions(m.text))
    .filter((text) => text.length > 0);
  return { botAnswered, questions: questions.slice(-MAX_HISTORY) };
}

/** `MessageElement` does not declare `subtype`, though Slack sends it for joins, edits, etc. */
function isPlainMessage(m: object): boolean {
  const { subtype } = m as { subtype?: string };
  return subtype === undefined || subtype === 'thread_broadcast' || subtype === 'file_share';
}

/**
 * Orders Slack timestamps ("1700000000.000100"). Comparing them as numbers loses the last
 * digits to floating point, so the seconds and the sequence part are compared separately.
 */
export function compareTs(a: string, b: string): number {
  const [as = '0', af = ''] = a.split('.');
  const [bs = '0', bf = ''] = b.split('.');
  return Number(as) - Number(bs) || Number(af.padEnd(6, '0')) - Number(bf.padEnd(6, '0'));
}
