import type { webApi } from '@slack/bolt';
import { createThrottledUpdate, asBotError, reportError } from '../../core/index.js';
import { describeFailure } from './describe-failure.js';
import { messages } from './messages.js';
import { postInThread } from './post-in-thread.js';
import { renderAskResult, renderPartial } from './render.js';
import type { SlackDeps } from './slack-deps.js';

/** A question asked by mention, DM or thread follow-up; the answer goes into `threadTs`. */
export interface ThreadQuestion {
  user: string;
  channel: string;
  /** The asking message, which gets the "working on it" reaction. */
  ts: string;
  threadTs: string;
  text: string;
  /** Earlier questions in the thread; loaded after the placeholder is up, so the wait is visible. */
  history: () => Promise<string[]>;
}

const WORKING_REACTION = 'eyes';

/**
 * Reacts, posts a "searching" placeholder, streams partial text into it (throttled), then
 * replaces it with the rendered answer. Any failure still produces a reply with a reference.
 */
export async function answerInThread(deps: SlackDeps, client: webApi.WebClient, q: ThreadQuestion): Promise<void> {
  const target = { channel: q.channel, threadTs: q.threadTs, placeholderTs: undefined as string | undefined };
  const wait = deps.limiter.take(q.user);
  if (wait > 0) {
    await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, text: messages.rateLimited(wait) });
    return;
  }
  const reacted = await react(deps, client, q, 'add');
  const stream = createThrottledUpdate<string>({
    intervalMs: deps.updateIntervalMs,
    send: (text) => client.chat.update({ channel: q.channel, ts: target.placeholderTs ?? '', ...renderPartial(text) }),
    onError: (error) => deps.logger.warn('slack: partial update failed', { error: asBotError(error).message }),
  });
  try {
    const placeholder = await client.chat.postMessage({ channel: q.channel, thread_ts: q.threadTs, text: messages.searching });
    target.placeholderTs = placeholder.ts;
    const history = await q.history();
    const result = await deps.bot.ask(q.text, { history, onPartial: target.placeholderTs ? stream.push : undefined });
    await stream.close();
    await postInThread(client, target, renderAskResult(result));
  } catch (error) {
    await stream.close();
    const text = describeFailure(deps.logger, error, { handler: 'answer', channel: q.channel, user: q.user });
    await postInThread(client, target, [{ text }]).catch((e: unknown) => reportError(deps.logger, e, { handler: 'answer:reply' }));
  } finally {
    if (reacted) await react(deps, client, q, 'remove');
  }
}

/** The reaction is a courtesy: failing to add or remove it must not stop the answer. */
async function react(deps: SlackDeps, client: webApi.WebClient, q: ThreadQuestion, how: 'add' | 'remove'): Promise<boolean> {
  try {
    await client.reactions[how]({ channel: q.channel, timestamp: q.ts, name: WORKING_REACTION });
    return true;
  } catch (error) {
    deps.logger.debug(`slack: reactions.${how} failed`, { error: asBotError(error).message });
    return false;
  }
}
