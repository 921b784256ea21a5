import { randomBytes } from 'node:crypto';
import { asBotError } from '../errors.js';
import type { Logger } from './logger.js';

/**
 * Logs an unexpected error under a short reference a user can quote ("something went wrong
 * (ref 3f9a1c)"). Only the code, message and stack are logged: never request bodies or tokens.
 */
export function reportError(logger: Logger, error: unknown, context: Record<string, unknown> = {}): string {
  const ref = randomBytes(3).toString('hex');
  const coded = asBotError(error);
  logger.error('request failed', { ref, code: coded.code, error: coded.message, stack: coded.stack, ...context });
  return ref;
}
