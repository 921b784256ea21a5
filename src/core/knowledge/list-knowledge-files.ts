import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { UnreadableFileError } from '../errors.js';
import type { SkippedFile } from '../ports.js';
import { isSupported, unsupported } from './file-types.js';
import { hashKnowledgeFile, SIDECAR_SUFFIX, type KnowledgeFile } from './knowledge-file.js';
import { TEAM_FILES } from './team-files.js';

/**
 * Lists the supported files under `dir` (recursively, sorted by source) with their size and hash,
 * so incremental indexing can skip unchanged files without parsing them. Hidden files and folders
 * `*.meta.yaml` sidecars and the summary topics file are ignored; other files are reported as skipped (`unsupported_type`,
 * or `io_error` when they cannot be read). Symbolic links to folders are not followed, to avoid cycles.
 *
 * @throws UnreadableFileError (`io_error`) when `dir` itself cannot be read.
 * @example
 * const { files, skipped } = await listKnowledgeFiles('knowledge');
 */
export async function listKnowledgeFiles(dir: string): Promise<{ files: KnowledgeFile[]; skipped: SkippedFile[] }> {
  const root = resolve(dir);
  const paths: string[] = [];
  try {
    await walk(root, paths, root);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UnreadableFileError(dir, 'io_error', `the knowledge folder could not be read (${code})`, { cause: error });
  }
  const files: KnowledgeFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of paths.sort()) {
    const source = relative(root, path).split(sep).join('/');
    if (!isSupported(source)) {
      skipped.push(toSkipped(unsupported(source)));
      continue;
    }
    try {
      const [info, hash] = await Promise.all([stat(path), hashKnowledgeFile(path)]);
      files.push({ source, path, bytes: info.size, hash });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
      skipped.push({ source, reason: 'io_error', detail: `could not be read (${code}); check its permissions` });
    }
  }
  files.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  return { files, skipped };
}

async function walk(dir: string, out: string[], root: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name.endsWith(SIDECAR_SUFFIX)) continue;
    if (dir === root && TEAM_FILES.includes(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out, root);
    else if (entry.isFile()) out.push(path);
    else if (entry.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()) out.push(path);
  }
}

function toSkipped(error: UnreadableFileError): SkippedFile {
  return { source: error.path, reason: error.reason, detail: error.detail };
}
