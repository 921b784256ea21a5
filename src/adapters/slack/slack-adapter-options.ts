import type { webApi } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Logger, PolicyBot } from '../../core/index.js';

export interface SlackAdapterOptions {
  bot: PolicyBot;
  slack: SlackConfig;
  /** Slack user ids allowed to run `/reindex` and add documents. */
  admins: string[];
  /** Questions and summaries each user may ask per minute. */
  ratePerMinute: number;
  logger: Logger;
  /** Clock for the rate limit (tests inject one). */
  now?: () => number;
  /** Interface to listen on in HTTP mode; all interfaces when unset. */
  host?: string;
  /** Web API retry policy; tests pass `{ retries: 0 }`. */
  retryConfig?: webApi.RetryOptions;
  /** Largest file an admin may add through chat (the core applies its own limit as well). */
  uploadMaxBytes?: number;
  /** Minimum milliseconds between edits of one message while streaming or re-indexing. */
  updateIntervalMs?: number;
}

export interface SlackHandle {
  /** The bound port in HTTP mode (useful with `port: 0`); undefined in Socket Mode. */
  port?: number;
  /** Resolves when no acknowledged request is still being worked on. */
  idle(): Promise<void>;
  /** Stops receiving, then waits for in-flight answers to be delivered. */
  stop(): Promise<void>;
}

type Tunable = 'now' | 'retryConfig' | 'uploadMaxBytes' | 'updateIntervalMs';

export const SLACK_DEFAULTS = {
  now: Date.now,
  // Bolt's default keeps retrying for half an hour; a chat answer that late is worse than an error.
  retryConfig: { retries: 3, factor: 2, minTimeout: 1000, maxTimeout: 10_000, randomize: true },
  uploadMaxBytes: 10 * 1024 * 1024,
  updateIntervalMs: 1000,
} satisfies Required<Pick<SlackAdapterOptions, Tunable>>;

export type ResolvedSlackOptions = SlackAdapterOptions & Required<Pick<SlackAdapterOptions, Tunable>>;

/** Options with every tunable filled in; an explicit `undefined` keeps the default. */
export function withDefaults(options: SlackAdapterOptions): ResolvedSlackOptions {
  const given = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as SlackAdapterOptions;
  return { ...SLACK_DEFAULTS, ...given };
}
