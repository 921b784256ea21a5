import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UnreadableFileError, UploadRejectedError } from '../errors.js';
import type { Upload } from '../ports.js';
import { SUPPORTED_EXTENSIONS } from './document.js';
import { extensionOf, isSupported } from './file-types.js';
import { hashContent } from './knowledge-file.js';
import { loadDocument } from './load-document.js';

export interface SaveUploadOptions {
  knowledgeDir: string;
  maxBytes: number;
  maxFileBytes: number;
}

/** Hidden, so listing the knowledge folder never picks up a half-written upload. */
const STAGING_DIR = '.uploads';

/** A stored upload, with the means to keep or take it back once re-indexing has run. */
export interface SavedUpload {
  source: string;
  replaced: boolean;
  /** Forget the previous version (kept until now so the upload could be undone). */
  commit(): Promise<void>;
  /** Remove the upload and put back the document it replaced, if any. */
  undo(): Promise<void>;
}

/**
 * Stores a document offered through chat in the knowledge folder. The name is reduced to a safe
 * plain file name; the bytes are parsed before they are kept, so a file the indexer could not read
 * is refused with the reason instead of landing in the folder. A new name is linked into place,
 * which fails rather than overwrites if the same name arrived meanwhile; a replacement is renamed
 * over the old file, which is kept aside until `commit`. A watcher or indexer never sees a partial file.
 */
export async function saveUpload(upload: Upload, options: SaveUploadOptions): Promise<SavedUpload> {
  const name = sanitizeFileName(upload.fileName);
  checkUpload(upload, name, options.maxBytes);
  const target = join(options.knowledgeDir, name);
  const staging = join(options.knowledgeDir, STAGING_DIR);
  await mkdir(staging, { recursive: true });
  const temp = join(staging, `${randomBytes(6).toString('hex')}${extensionOf(name)}`);
  await writeFile(temp, upload.bytes);
  try {
    const file = { source: name, path: temp, bytes: upload.bytes.length, hash: hashContent(upload.bytes, undefined) };
    await loadDocument(file, { maxFileBytes: options.maxFileBytes });
    return upload.replace && (await exists(target)) ? await replaceFile(temp, target, staging, name) : await addFile(temp, target, name);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw new UploadRejectedError(name, 'unreadable', error.detail);
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

async function addFile(temp: string, target: string, name: string): Promise<SavedUpload> {
  try {
    await link(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new UploadRejectedError(name, 'exists', `${name} is already in the knowledge base; send it again with "replace" to overwrite it`);
  }
  return { source: name, replaced: false, commit: async () => {}, undo: () => rm(target, { force: true }) };
}

async function replaceFile(temp: string, target: string, staging: string, name: string): Promise<SavedUpload> {
  const backup = join(staging, `previous-${randomBytes(6).toString('hex')}-${name}`);
  await rename(target, backup);
  await rename(temp, target);
  return { source: name, replaced: true, commit: () => rm(backup, { force: true }), undo: () => rename(backup, target) };
}

function checkUpload(upload: Upload, name: string, maxBytes: number): void {
  if (!isSupported(name)) {
    throw new UploadRejectedError(name, 'unsupported_type', `only ${SUPPORTED_EXTENSIONS.join(' ')} files can be added`);
  }
  if (upload.bytes.length > maxBytes) {
    throw new UploadRejectedError(name, 'too_large', `${formatMb(upload.bytes.length)} is over the ${formatMb(maxBytes)} limit for uploads`);
  }
  if (upload.bytes.length === 0) throw new UploadRejectedError(name, 'unreadable', 'the file is empty');
}

/**
 * Keeps only the last path segment (no traversal), drops control characters and leading dots
 * (no hidden files), and replaces anything but letters, digits, space, dot, dash and underscore.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.normalize('NFKC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[^\p{L}\p{N} ._-]/gu, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .trim()
    .slice(-120);
  const ext = extensionOf(cleaned);
  if (cleaned === '' || cleaned === ext || cleaned.startsWith('.')) {
    throw new UploadRejectedError(raw, 'bad_name', 'the file name has no usable characters; rename the file and send it again');
  }
  return cleaned;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
