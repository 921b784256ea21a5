import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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
      debounceMs: 150,
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
