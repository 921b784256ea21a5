import type { webApi } from '@slack/bolt';
import { UploadRejectedError, type UploadRequest } from '../../core/index.js';
import { escapeFit } from './blocks.js';
import { describeFailure } from './describe-failure.js';
import { messages } from './messages.js';
import { isAdmin, type SlackDeps } from './slack-deps.js';

/** A file as it appears in a message event; `files.info` fills in what is missing. */
export interface SharedFile {
  id: string;
  name?: string | null;
  size?: number;
  url_private_download?: string;
}

export interface FileShare extends UploadRequest {
  user: string;
  channel: string;
  threadTs: string;
  files: SharedFile[];
}

/**
 * Ingests files an admin shared with the word `add`, through the core's upload path, and
 * reports each outcome in the thread. `add replace` allows overwriting a document.
 */
export async function addSharedFiles(deps: SlackDeps, client: webApi.WebClient, share: FileShare): Promise<void> {
  const { channel, threadTs } = share;
  if (!isAdmin(deps, share.user)) {
    await client.chat.postMessage({ channel, thread_ts: threadTs, text: messages.adminOnly('add documents') });
    return;
  }
  for (const file of share.files) {
    const name = file.name ?? file.id;
    const placeholder = await client.chat.postMessage({ channel, thread_ts: threadTs, text: messages.addingFile(escapeFit(name, 200)) });
    const text = await addOne(deps, client, file, share.replace).catch((error: unknown) =>
      error instanceof UploadRejectedError
        ? messages.uploadRejected(escapeFit(error.fileName, 200), error.reason, escapeFit(error.detail, 300))
        : describeFailure(deps.logger, error, { handler: 'upload', channel, user: share.user }),
    );
    if (placeholder.ts) await client.chat.update({ channel, ts: placeholder.ts, text });
    else await client.chat.postMessage({ channel, thread_ts: threadTs, text });
  }
}

async function addOne(deps: SlackDeps, client: webApi.WebClient, shared: SharedFile, replace: boolean): Promise<string> {
  const file = shared.url_private_download ? shared : await fileInfo(client, shared.id);
  const name = file.name ?? file.id;
  if (file.size !== undefined && file.size > deps.uploadMaxBytes) {
    throw new UploadRejectedError(name, 'too_large', `${file.size} bytes; the limit is ${deps.uploadMaxBytes}`);
  }
  if (!file.url_private_download) throw new Error(`file ${file.id} has no download URL`);
  const bytes = await deps.download(file.url_private_download, name, deps.uploadMaxBytes);
  const result = await deps.bot.addDocument({ fileName: name, bytes, replace });
  return messages.uploadDone({ ...result, source: escapeFit(result.source, 200) });
}

async function fileInfo(client: webApi.WebClient, id: string): Promise<SharedFile> {
  const { file } = await client.files.info({ file: id });
  if (!file?.id) throw new Error(`files.info returned no file for ${id}`);
  return { id: file.id, name: file.name, size: file.size, url_private_download: file.url_private_download };
}

