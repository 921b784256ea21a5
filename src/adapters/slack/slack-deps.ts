import { createRateLimiter, type Logger, type PolicyBot, type RateLimiter } from '../../core/index.js';
import { createFileDownloader } from './create-file-downloader.js';
import type { TaskTracker } from './create-task-tracker.js';
import type { ResolvedSlackOptions } from './slack-adapter-options.js';

/** What every handler needs, built once in `startSlack` and passed down explicitly. */
export interface SlackDeps {
  bot: PolicyBot;
  logger: Logger;
  admins: ReadonlySet<string>;
  /** Channels the bot may answer in; empty means every channel it is in. DMs are always allowed. */
  allowlist: ReadonlySet<string>;
  limiter: RateLimiter;
  tasks: TaskTracker;
  /** Minimum milliseconds between edits of one message (streamed text, progress). */
  updateIntervalMs: number;
  uploadMaxBytes: number;
  /** Downloads a file shared in Slack with the bot token; rejects hosts that are not Slack's. */
  download: (url: string, fileName: string, maxBytes: number) => Promise<Uint8Array>;
}

export function isChannelAllowed(deps: SlackDeps, channel: string): boolean {
  // DM channel ids start with D; a person talking to the bot directly has always addressed it.
  return deps.allowlist.size === 0 || deps.allowlist.has(channel) || channel.startsWith('D');
}

export function isAdmin(deps: SlackDeps, user: string): boolean {
  return deps.admins.has(user);
}

export function createSlackDeps(o: ResolvedSlackOptions, tasks: TaskTracker): SlackDeps {
  const { slack } = o;
  return {
    bot: o.bot,
    logger: o.logger,
    admins: new Set(o.admins),
    allowlist: new Set(slack.channelAllowlist),
    limiter: createRateLimiter({ limit: o.ratePerMinute, windowMs: 60_000, now: o.now }),
    tasks,
    updateIntervalMs: o.updateIntervalMs,
    uploadMaxBytes: o.uploadMaxBytes,
    download: createFileDownloader({ botToken: slack.botToken, trustedOrigins: slack.apiUrl ? [new URL(slack.apiUrl).origin] : [] }),
  };
}
