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

/** A held writer lock. */
export interface WriterLock {
  /**
   * Throws when another writer took the lock over (ours went unrefreshed past `staleMs`, e.g.
   * the event loop stalled); call it just before publishing so two writers never both publish.
   */
  assertHeld(): void;
  release(): Promise<void>;
}

/**
 * Takes the single-writer lock of an index directory. proper-lockfile refreshes the lock's
 * mtime while we hold it, so a `kill -9`ed indexer stops refreshing and its lock goes stale
 * after `staleMs` instead of blocking re-indexing forever.
 */
export async function acquireWriterLock(indexDir: string, options: WriterLockOptions = {}): Promise<WriterLock> {
  const waitMs = options.waitMs ?? defaults.waitMs;
  const staleMs = options.staleMs ?? defaults.staleMs;
  await mkdir(indexDir, { recursive: true });
  const lockfilePath = join(indexDir, 'writer.lock');
  const retries = waitMs > 0 ? { retries: Math.ceil(waitMs / 500), minTimeout: 500, maxTimeout: 500, factor: 1 } : 0;
  let compromised: Error | undefined;
  try {
    const release = await lockfile.lock(indexDir, {
      lockfilePath,
      stale: staleMs,
      retries,
      realpath: false,
      // proper-lockfile's default throws from a timer, which would crash a bot serving chats;
      // remember it instead and refuse to publish.
      onCompromised: (error) => {
        compromised = error;
      },
    });
    return {
      assertHeld: () => {
        if (compromised) throw new IndexLockedError(lockfilePath, { cause: compromised });
      },
      release: async () => {
        if (!compromised) await release();
      },
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new IndexLockedError(lockfilePath);
    throw error;
  }
}
