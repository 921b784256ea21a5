import { asBotError, type Logger, reportError } from '../../core/index.js';
import { messages } from './messages.js';

/**
 * Logs an unexpected error under a fresh reference and returns the chat text that quotes it,
 * so the user never sees a stack trace and the team can find the log line.
 */
export function describeFailure(logger: Logger, error: unknown, context: Record<string, unknown>): string {
  const ref = reportError(logger, error, { adapter: 'slack', ...context });
  return messages.error(asBotError(error).code, ref);
}
