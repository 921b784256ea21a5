import { basename } from 'node:path';
import { watch } from 'chokidar';
import { BotError } from '../errors.js';
import { silentLogger, type Logger } from '../support/logger.js';

export interface WatchKnowledgeOptions {
  knowledgeDir: string;
  /** Runs one re-index; the watcher never runs two at once. */
  reindex: (changes: string[]) => Promise<void>;
  /** Quiet time after the last change before re-indexing, so a copy of many files is one run. */
  debounceMs?: number;
  logger?: Logger;
}

export interface KnowledgeWatcher {
  /** Resolves once the initial scan is done and changes are being reported. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Re-indexes when files in the knowledge folder are added, changed, renamed (an unlink plus an
 * add) or deleted. Changes that arrive while a run is in progress are batched into one more run.
 */
export function watchKnowledge(options: WatchKnowledgeOptions): KnowledgeWatcher {
  const { knowledgeDir, reindex, debounceMs = 500, logger = silentLogger } = options;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const run = async (): Promise<void> => {
    const changes = [...pending];
    pending.clear();
    try {
      await reindex(changes);
    } catch (error) {
      if (error instanceof BotError && error.code === 'index_locked') {
        // Another writer (a /reindex, an upload) may have scanned the folder before these
        // changes landed: keep them and try again once it is done.
        for (const change of changes) pending.add(change);
        schedule();
        return;
      }
      logger.error('re-index after a change failed', { error: String(error), changes });
    }
  };
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(function flush() {
      if (closed) return;
      if (running) return void running.then(schedule);
      running = run().finally(() => {
        running = undefined;
      });
    }, debounceMs);
  };

  const watcher = watch(knowledgeDir, {
    ignoreInitial: true,
    // Hidden entries (the uploads staging folder, editor swap files) are never documents.
    ignored: (path: string) => basename(path).startsWith('.') && path !== knowledgeDir,
    awaitWriteFinish: { stabilityThreshold: 200, pollInterval: 50 },
  });
  watcher.on('all', (event, path) => {
    if (!['add', 'change', 'unlink', 'addDir', 'unlinkDir'].includes(event)) return;
    logger.info('knowledge folder changed', { event, path });
    pending.add(path);
    schedule();
  });
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return {
    ready,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      await watcher.close();
      await running;
    },
  };
}
