import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexLockedError } from '../../../src/core/errors.js';
import { type KnowledgeWatcher, watchKnowledge } from '../../../src/core/index/watch-knowledge.js';

describe('watchKnowledge', () => {
  let watcher: KnowledgeWatcher | undefined;
  afterEach(async () => {
    await watcher?.close();
  });

  async function start(dir: string) {
    const runs: string[][] = [];
    let notify: () => void = () => {};
    watcher = watchKnowledge({
      knowledgeDir: dir,
      debounceMs: 400,
      reindex: async (changes) => {
        runs.push(changes.map((c) => c.slice(dir.length + 1)).sort());
        notify();
      },
    });
    await watcher.ready;
    const nextRun = () => new Promise<void>((resolve) => (notify = resolve));
    return { runs, nextRun };
  }

  it('re-indexes once for a burst of changes, then again for a rename and a delete', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-'));
    const { runs, nextRun } = await start(dir);

    let run = nextRun();
    await writeFile(join(dir, 'a.md'), '# A\n\nText.\n');
    await writeFile(join(dir, 'b.md'), '# B\n\nText.\n');
    await run;
    expect(runs).toEqual([['a.md', 'b.md']]);

    run = nextRun();
    await rename(join(dir, 'a.md'), join(dir, 'c.md'));
    await run;
    expect(runs[1]).toEqual(['a.md', 'c.md']);

    run = nextRun();
    await rm(join(dir, 'b.md'));
    await run;
    expect(runs[2]).toEqual(['b.md']);
  });

  it('ignores hidden files such as the upload staging folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-'));
    const { runs, nextRun } = await start(dir);
    await mkdir(join(dir, '.uploads'));
    await writeFile(join(dir, '.uploads', 'x.md'), 'partial');
    const run = nextRun();
    await writeFile(join(dir, 'visible.md'), '# V\n\nText.\n');
    await run;
    expect(runs).toEqual([['visible.md']]);
  });
});

describe('watchKnowledge when the index is busy or closed', () => {
  it('keeps changes that met a locked index and re-indexes them afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-'));
    const runs: string[][] = [];
    let done: () => void = () => {};
    const finished = new Promise<void>((resolve) => (done = resolve));
    const watcher = watchKnowledge({
      knowledgeDir: dir,
      debounceMs: 100,
      reindex: async (changes) => {
        runs.push(changes.map((c) => c.slice(dir.length + 1)));
        if (runs.length === 1) throw new IndexLockedError(join(dir, 'writer.lock'));
        done();
      },
    });
    await watcher.ready;
    await writeFile(join(dir, 'a.md'), '# A\n\nText.\n');
    await finished;
    expect(runs).toEqual([['a.md'], ['a.md']]);
    await watcher.close();
  });

  it('runs nothing after close, even for a change made during a run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'watch-'));
    let runs = 0;
    let release: () => void = () => {};
    const started = new Promise<void>((resolve) => (release = resolve));
    const watcher = watchKnowledge({
      knowledgeDir: dir,
      debounceMs: 50,
      reindex: async () => {
        runs += 1;
        release();
        await sleep(1200);
      },
    });
    await watcher.ready;
    await writeFile(join(dir, 'a.md'), 'one');
    await started;
    await writeFile(join(dir, 'b.md'), 'two');
    await sleep(600); // the change is seen and queued behind the running re-index
    await watcher.close();
    await sleep(300);
    expect(runs).toBe(1);
  });
});
