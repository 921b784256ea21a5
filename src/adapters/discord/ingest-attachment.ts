import { type IndexProgress, readLimitedBody, UploadRejectedError } from '../../core/index.js';
import type { DiscordContext } from './discord-context.js';
import type { DiscordMessage } from './limits.js';
import { messages } from './messages.js';
import { plain } from './render.js';
import { renderUploadResult } from './render-admin.js';

/** The parts of a Discord attachment an upload needs (slash-command option or message file). */
export interface IncomingFile {
  name: string;
  url: string;
  size: number;
}

const DOWNLOAD_TIMEOUT_MS = 60_000;

/**
 * Downloads an attachment and hands it to the core's upload path. The size Discord reports is
 * checked first so an oversized file is refused without downloading it. `UploadRejectedError`
 * and `IndexLockedError` propagate to the caller's error text.
 */
export async function ingestAttachment(
  ctx: Pick<DiscordContext, 'bot' | 'uploadMaxBytes' | 'logger'>,
  file: IncomingFile,
  replace: boolean,
  onProgress?: (progress: IndexProgress) => void,
): Promise<DiscordMessage[]> {
  if (file.size > ctx.uploadMaxBytes) return [plain(messages.uploadTooLarge(file.name, ctx.uploadMaxBytes))];
  let bytes: Uint8Array;
  try {
    bytes = await download(file.url, file.name, ctx.uploadMaxBytes);
  } catch (error) {
    // The bytes are what counts, not the size in the payload: stop reading past the limit.
    if (error instanceof UploadRejectedError) return [plain(messages.uploadTooLarge(file.name, ctx.uploadMaxBytes))];
    ctx.logger.warn('discord attachment download failed', { file: file.name, error: String(error) });
    return [plain(messages.uploadDownloadFailed(file.name))];
  }
  const result = await ctx.bot.addDocument({ fileName: file.name, bytes, replace }, { onProgress });
  return renderUploadResult(result);
}

async function download(url: string, fileName: string, maxBytes: number): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return readLimitedBody(response, fileName, maxBytes);
}
