import type { webApi } from '@slack/bolt';
import { createThrottledUpdate, asBotError, IndexLockedError, type IndexProgress } from '../../core/index.js';
import type { CommandArgs } from './answer-command.js';
import { describeFailure } from './describe-failure.js';
import { messages } from './messages.js';
import { renderIndexReport } from './render-admin.js';
import { isAdmin, type SlackDeps } from './slack-deps.js';
import type { SlackMessage } from './slack-limits.js';

/**
 * `/reindex` (admins only): posts a status message in the channel, edits it with throttled
 * progress, and ends it with the counts. A `response_url` cannot edit its earlier ephemeral
 * replies, so progress lives in a real message; when the bot cannot post in the channel only
 * the final report is sent, through `response_url`.
 */
export async function handleReindexCommand(deps: SlackDeps, { command, ack, respond, client }: CommandArgs): Promise<void> {
  if (!isAdmin(deps, command.user_id)) {
    await ack({ response_type: 'ephemeral', text: messages.adminOnly('run `/reindex`') });
    return;
  }
  await ack();
  const status = await openStatus(deps, client, command.channel_id);
  if (!status.ts) await respond({ response_type: 'ephemeral', text: messages.reindexStarted });
  const progress = createThrottledUpdate<IndexProgress>({
    intervalMs: deps.updateIntervalMs,
    send: (p) => status.edit({ text: messages.progress(p) }),
    onError: (error) => deps.logger.warn('slack: progress update failed', { error: asBotError(error).message }),
  });
  let final: SlackMessage;
  try {
    final = renderIndexReport(await deps.bot.reindex({ onProgress: status.ts ? progress.push : undefined }));
  } catch (error) {
    final = {
      text: error instanceof IndexLockedError ? messages.reindexLocked : describeFailure(deps.logger, error, { handler: '/reindex', user: command.user_id }),
    };
  }
  await progress.close();
  const viaResponseUrl = () => respond({ response_type: 'ephemeral', text: final.text, blocks: final.blocks });
  if (status.ts) await status.edit(final).catch(viaResponseUrl);
  else await viaResponseUrl();
}

interface StatusMessage {
  ts?: string;
  edit(message: SlackMessage): Promise<unknown>;
}

async function openStatus(deps: SlackDeps, client: webApi.WebClient, channel: string): Promise<StatusMessage> {
  try {
    const posted = await client.chat.postMessage({ channel, text: messages.reindexStarted });
    const ts = posted.ts;
    return { ts, edit: (m) => client.chat.update({ channel, ts: ts ?? '', text: m.text, blocks: m.blocks ?? [] }) };
  } catch (error) {
    // Typically not_in_channel: the bot was never invited here. The report still arrives.
    deps.logger.info('slack: cannot post /reindex status in channel', { channel, error: asBotError(error).message });
    return { edit: async () => undefined };
  }
}
