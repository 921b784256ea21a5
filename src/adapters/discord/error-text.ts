import { asBotError, reportError, UploadRejectedError } from '../../core/index.js';
import type { DiscordContext } from './discord-context.js';
import { messages } from './messages.js';

/**
 * The chat text for a failed request. Expected refusals (a re-index already running, a refused
 * upload) are explained as they are; anything else is logged under a reference the user can quote.
 */
export function errorText(ctx: Pick<DiscordContext, 'logger'>, error: unknown, context: Record<string, unknown>): string {
  if (error instanceof UploadRejectedError) return messages.uploadRejected(error.fileName, error.reason);
  const coded = asBotError(error);
  if (coded.code === 'index_locked') return messages.indexLocked;
  const ref = reportError(ctx.logger, coded, { platform: 'discord', ...context });
  return messages.error(coded.code, ref);
}
