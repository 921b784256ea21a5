import type { Logger, PolicyBot, RateLimiter } from '../../core/index.js';

/** What every handler needs, built once in `startDiscord`. Nothing here is per conversation. */
export interface DiscordContext {
  bot: PolicyBot;
  admins: ReadonlySet<string>;
  limiter: RateLimiter;
  logger: Logger;
  replyInThread: boolean;
  /** Minimum time between edits of a streamed answer or re-index progress. */
  editIntervalMs: number;
  uploadMaxBytes: number;
}
