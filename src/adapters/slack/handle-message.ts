import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { readUploadRequest } from '../../core/index.js';
import { addSharedFiles, type SharedFile } from './add-shared-files.js';
import { answerInThread } from './answer-in-thread.js';
import { messages } from './messages.js';
import { readThread } from './read-thread.js';
import { isChannelAllowed, type SlackDeps } from './slack-deps.js';
import { mentionsUser, stripMentions } from './strip-mentions.js';

export type MessageArgs = SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs;

interface UserMessage {
  user: string;
  channel: string;
  isDm: boolean;
  ts: string;
  threadTs?: string;
  text: string;
  files: SharedFile[];
}

/**
 * Plain messages: every DM is a question (or an admin's upload); in channels only replies in a
 * thread this bot has answered are, as follow-ups. Top-level channel messages need a mention,
 * which arrives separately as `app_mention`.
 */
export async function handleMessage(deps: SlackDeps, { message, client, context }: MessageArgs): Promise<void> {
  const m = asUserMessage(message);
  if (!m) return;
  const isReply = m.threadTs !== undefined && m.threadTs !== m.ts;
  if (!m.isDm && (!isReply || mentionsUser(m.text, context.botUserId) || !isChannelAllowed(deps, m.channel))) return;
  const text = stripMentions(m.text);
  const threadTs = m.threadTs ?? m.ts;
  const upload = readUploadRequest(text);
  if (m.isDm && m.files.length > 0 && (upload || text === '')) {
    if (upload) await addSharedFiles(deps, client, { user: m.user, channel: m.channel, threadTs, files: m.files, ...upload });
    else await client.chat.postMessage({ channel: m.channel, thread_ts: threadTs, text: messages.uploadHint });
    return;
  }
  const thread = { channel: m.channel, threadTs, beforeTs: m.ts, botUserId: context.botUserId, botId: context.botId };
  // In a channel, the thread must be one the bot answered, or the reply is people talking.
  const known = isReply && !m.isDm ? await readThread(client, thread) : undefined;
  if (known && !known.botAnswered) return;
  await answerInThread(deps, client, {
    user: m.user,
    channel: m.channel,
    ts: m.ts,
    threadTs,
    text,
    history: async () => known?.questions ?? (isReply ? (await readThread(client, thread)).questions : []),
  });
}

/** Keeps messages people wrote; drops edits, deletions, joins and anything a bot posted. */
function asUserMessage(message: MessageArgs['message']): UserMessage | undefined {
  if (message.subtype !== undefined && message.subtype !== 'file_share' && message.subtype !== 'thread_broadcast') return undefined;
  if (('bot_id' in message && message.bot_id) || !message.user) return undefined;
  return {
    user: message.user,
    channel: message.channel,
    isDm: message.channel_type === 'im',
    ts: message.ts,
    threadTs: message.thread_ts,
    text: message.text ?? '',
    files: ('files' in message ? message.files : undefined) ?? [],
  };
}
