import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { readUploadRequest } from '../../core/index.js';
import { addSharedFiles } from './add-shared-files.js';
import { answerInThread } from './answer-in-thread.js';
import { readThread } from './read-thread.js';
import { isChannelAllowed, type SlackDeps } from './slack-deps.js';
import { stripMentions } from './strip-mentions.js';

export type MentionArgs = SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs;

/**
 * `@policybot …` in a channel: answered in the message's thread. A mention inside an existing
 * thread is a follow-up, so the thread's earlier questions come along as history. A mention
 * with files and the word `add` is an upload.
 */
export async function handleMention(deps: SlackDeps, { event, client, context }: MentionArgs): Promise<void> {
  // Bolt's ignoreSelf drops this app's own messages; other bots must not trigger answers either.
  if (event.bot_id || !event.user || !isChannelAllowed(deps, event.channel)) return;
  const text = stripMentions(event.text);
  const threadTs = event.thread_ts ?? event.ts;
  const upload = readUploadRequest(text);
  if (event.files?.length && upload) {
    await addSharedFiles(deps, client, { user: event.user, channel: event.channel, threadTs, files: event.files, ...upload });
    return;
  }
  const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
  await answerInThread(deps, client, {
    user: event.user,
    channel: event.channel,
    ts: event.ts,
    threadTs,
    text,
    history: async () =>
      inThread
        ? (await readThread(client, { channel: event.channel, threadTs, beforeTs: event.ts, botUserId: context.botUserId, botId: context.botId })).questions
        : [],
  });
}
