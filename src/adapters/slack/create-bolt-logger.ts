import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/index.js';

/**
 * Routes Bolt's own log lines into the bot's JSON logger. Bolt's debug output includes request
 * bodies and API arguments, so it is never forwarded, whatever level the bot runs at.
 */
export function createBoltLogger(logger: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (parts: unknown[]) => parts.map((p) => (p instanceof Error ? p.message : String(p))).join(' ');
  return {
    debug: function debug(): void {},
    info: function info(...parts: unknown[]): void {
      logger.info(text(parts), { source: 'bolt' });
    },
    warn: function warn(...parts: unknown[]): void {
      logger.warn(text(parts), { source: 'bolt' });
    },
    error: function error(...parts: unknown[]): void {
      logger.error(text(parts), { source: 'bolt' });
    },
    setLevel: function setLevel(next: LogLevel): void {
      level = next;
    },
    getLevel: function getLevel(): LogLevel {
      return level;
    },
    setName: function setName(): void {},
  };
}
