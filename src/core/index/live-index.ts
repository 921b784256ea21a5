import { type StatsListener, unwatchFile, watchFile } from 'node:fs';
import { join } from 'node:path';
import { silentLogger, type Logger } from '../support/logger.js';
import { readCurrentGeneration } from './index-generations.js';
import { type IndexSnapshot, loadSnapshot, type SnapshotExpectations } from './index-snapshot.js';
import { IndexMissingError } from '../errors.js';

export interface LiveIndexOptions extends SnapshotExpectations {
  indexDir: string;
  logger?: Logger;
  /** How often to look at `CURRENT` for a newly published generation. */
  pollMs?: number;
}

/**
 * The generation a running bot answers from. It keeps serving the loaded snapshot while a
 * re-index (in this or another process) writes the next one, and swaps to it once `CURRENT`
 * names a new generation and that generation has loaded completely: no restart, no downtime.
 */
export class LiveIndex {
  private snapshot: IndexSnapshot;
  private generation: string;
  private reloading: Promise<boolean> | undefined;
  private listener: StatsListener | undefined;

  private constructor(
    private readonly options: LiveIndexOptions,
    loaded: { snapshot: IndexSnapshot; generation: string },
  ) {
    this.snapshot = loaded.snapshot;
    this.generation = loaded.generation;
  }

  /** Loads the live generation; throws the index errors of `loadSnapshot` when it cannot. */
  static async open(options: LiveIndexOptions): Promise<LiveIndex> {
    return new LiveIndex(options, await loadLatest(options));
  }

  get current(): IndexSnapshot {
    return this.snapshot;
  }

  get currentGeneration(): string {
    return this.generation;
  }

  /** Loads and swaps in a newer generation if one was published; true when it swapped. */
  refresh(): Promise<boolean> {
    this.reloading ??= this.reload().finally(() => {
      this.reloading = undefined;
    });
    return this.reloading;
  }

  /** Serves a generation this process just built and published, without reading it back from disk. */
  adopt(generation: string, snapshot: IndexSnapshot): void {
    this.snapshot = snapshot;
    this.generation = generation;
  }

  /** Starts polling `CURRENT` (a stat call; cheap) so new generations are picked up unprompted. */
  watch(): void {
    if (this.listener) return;
    this.listener = () => void this.refresh();
    watchFile(join(this.options.indexDir, 'CURRENT'), { interval: this.options.pollMs ?? 1000, persistent: false }, this.listener);
  }

  close(): void {
    if (this.listener) unwatchFile(join(this.options.indexDir, 'CURRENT'), this.listener);
    this.listener = undefined;
  }

  private async reload(): Promise<boolean> {
    const logger = this.options.logger ?? silentLogger;
    try {
      const serving = this.generation;
      const name = await readCurrentGeneration(this.options.indexDir);
      if (!name || name === serving) return false;
      const loaded = await loadLatest(this.options);
      // A re-index in this process may have adopted a newer generation while this one loaded.
      if (this.generation !== serving) return false;
      this.snapshot = loaded.snapshot;
      this.generation = loaded.generation;
      logger.info('switched to a new index generation', { generation: loaded.generation, passages: loaded.snapshot.passages.size });
      return true;
    } catch (error) {
      // Keep answering from the generation we have; the next publish triggers another try.
      logger.warn('could not load the new index generation; still serving the previous one', { error: String(error) });
      return false;
    }
  }
}

/**
 * Reads `CURRENT` and loads that generation. A writer may publish and delete the generation we
 * are reading mid-load; then `CURRENT` has moved on and we simply load the newer one.
 */
async function loadLatest(options: LiveIndexOptions): Promise<{ snapshot: IndexSnapshot; generation: string }> {
  for (let attempt = 0; ; attempt += 1) {
    const generation = await readCurrentGeneration(options.indexDir);
    if (!generation) throw new IndexMissingError(options.indexDir);
    try {
      return { snapshot: await loadSnapshot(join(options.indexDir, generation), options), generation };
    } catch (error) {
      const moved = (await readCurrentGeneration(options.indexDir)) !== generation;
      if (!moved || attempt >= 3) throw error;
    }
  }
}
