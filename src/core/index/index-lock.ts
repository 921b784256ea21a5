import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { IndexLockedError } from '../errors.js';

export interface WriterLockOptions {
  /** How long to wait for another writer before giving up (0: fail at once). */
  waitMs?: number;
  /** A lock not refreshed for this long belongs to a dead process and is taken over. */
  staleMs?: number;
}

const defaults = { waitMs: 0, staleMs: 10_000 } satisfies Required<WriterLockOptions>;

/**
 * Takes the single-writer lock of an index directory. proper-lockfile refreshes the lock's
 * mtime while we hold it, so a `kill -9`ed indexer stops refreshing and its lock goes stale
 * after `staleMs` instead of blocking re-indexing forever.
 * @returns a function that releases the lock.
 */
export async function acquireWriterLock(indexDir: string, options: WriterLockOptions = {}): Promise<() => Promise<void>> {
  const waitMs = options.waitMs ?? defaults.waitMs;
  const staleMs = options.staleMs ?? defaults.staleMs;
  await mkdir(indexDir, { recursive: true });
  const lockfilePath = join(indexDir, 'writer.lock');
  const retries = waitMs > 0 ? { retries: Math.ceil(waitMs / 500), minTimeout: 500, maxTimeout: 500, factor: 1 } : 0;
  try {
    return await lockfile.lock(indexDir, {
      lockfilePath,
      stale: staleMs,
      retries,
      realpath: false,
      // A compromised lock means another writer took over after we stalled; stop loudly rather than write two generations at once.
      onCompromised: (error) => {
        throw error;
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new IndexLockedError(lockfilePath);
    throw error;
  }
}
