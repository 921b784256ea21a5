import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';

/** A supported file found in the knowledge folder. */
export interface KnowledgeFile {
  /** Path under the knowledge folder, with forward slashes: the document's identity. */
  source: string;
  /** Absolute path. */
  path: string;
  /** Size of the file itself (not its sidecar). */
  bytes: number;
  /** sha256 hex of the file bytes followed by its sidecar's bytes, if it has one. */
  hash: string;
}

/** File name suffix of metadata sidecars: `report.pdf.meta.yaml` describes `report.pdf`. */
export const SIDECAR_SUFFIX = '.meta.yaml';

/** The sidecar path for a document path. */
export function sidecarPath(path: string): string {
  return path + SIDECAR_SUFFIX;
}

/**
 * Hashes a file and its sidecar by streaming, so listing a folder of large files stays cheap in
 * memory. A marker separates the two parts, so moving bytes between them changes the hash.
 */
export async function hashKnowledgeFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  const sidecar = await readOptional(sidecarPath(path));
  if (sidecar) hash.update('\0sidecar\0').update(sidecar);
  return hash.digest('hex');
}

/** The same hash as `hashKnowledgeFile`, over bytes already in memory. */
export function hashContent(bytes: Uint8Array, sidecar: Uint8Array | undefined): string {
  const hash = createHash('sha256').update(bytes);
  if (sidecar) hash.update('\0sidecar\0').update(sidecar);
  return hash.digest('hex');
}

/** Reads a file that may not exist; other failures propagate. */
export async function readOptional(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
