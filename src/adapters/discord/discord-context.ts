import type { PolicyBot } from '../../core/ports.js';
import type { Logger } from '../../core/support/logger.js';
import type { RateLimiter } from '../../core/support/rate-limiter.js';

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
