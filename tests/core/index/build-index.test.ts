import { readdir, rm, truncate, writeFile, appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/core/index/build-index.js';
import type { IndexProgress } from '../../../src/core/ports.js';
import { readCurrentGeneration } from '../../../src/core/index/index-generations.js';
import { loadCurrentSnapshot } from '../../../src/core/index/index-snapshot.js';
import { buildOptions, CountingEmbeddings, createWorkspace } from '../../helpers/knowledge-workspace.js';

const DELTA = '# Delta\n\nThe Quokka protocol requires labelling of distilled models.\n';

async function load(ws: { indexDir: string }, embeddings: CountingEmbeddings) {
  return loadCurrentSnapshot(ws.indexDir, { embedder: { id: embeddings.id, dimensions: embeddings.dimensions }, efSearch: 50 });
}

describe('buildIndex', () => {
  it('indexes every readable document into both indexes and a manifest', async () => {
    const ws = await createWorkspace();
    const embeddings = new CountingEmbeddings();
    const report = await buildIndex(buildOptions(ws, embeddings));
    expect(report).toMatchObject({ added: 4, changed: 0, removed: 0, unchanged: 0, skipped: [] });
    const snapshot = await load(ws, embeddings);
    expect(report.passages).toBe(snapshot.passages.size);
    expect(snapshot.lexical.size).toBe(report.passages);
    expect(snapshot.vectors.size).toBe(report.passages);
    expect(Object.keys(snapshot.manifest.documents).sort()).toEqual(['alpha-distillation.md', 'beta-hearing.md', 'gamma-copyright.md', 'notes.txt']);
    expect(embeddings.embedded).toHaveLength(report.passages);
  });

  it('re-embeds only the changed document and drops a removed one from both indexes', async () => {
    const ws = await createWorkspace();
    const embeddings = new CountingEmbeddings();
    await buildIndex(buildOptions(ws, embeddings));
    const before = await load(ws, embeddings);
    const betaIds = before.manifest.documents['beta-hearing.md']!.passageIds;
    const gammaIds = before.manifest.documents['gamma-copyright.md']!.passageIds;
    embeddings.embedded.length = 0;

    await appendFile(join(ws.knowledgeDir, 'beta-hearing.md'), '\n## Appeal\n\nMusk said the verdict was a calendar technicality and he would appeal it.\n');
    await rm(join(ws.knowledgeDir, 'gamma-copyright.md'));
    const report = await buildIndex(buildOptions(ws, embeddings));

    expect(report).toMatchObject({ added: 0, changed: 1, removed: 1, unchanged: 2 });
    const after = await load(ws, embeddings);
    const newBeta = after.manifest.documents['beta-hearing.md']!.passageIds;
    expect(embeddings.embedded).toHaveLength(newBeta.length);
    expect(embeddings.embedded.every((t) => t.includes('Beta: the Musk v. Altman hearing'))).toBe(true);
    for (const id of gammaIds) {
      expect(after.passages.has(id) || after.lexical.has(id) || after.vectors.has(id)).toBe(false);
    }
    expect(after.lexical.search('calendar technicality', 5)[0]?.id).toBe(newBeta.at(-1));
    expect(newBeta.length).toBe(betaIds.length + 1);
  });

  it('writes no new generation when nothing changed', async () => {
    const ws = await createWorkspace();
    await buildIndex(buildOptions(ws));
    const generation = await readCurrentGeneration(ws.indexDir);
    const report = await buildIndex(buildOptions(ws));
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 4 });
    expect(await readCurrentGeneration(ws.indexDir)).toBe(generation);
  });

  describe('for a bot that serves the live generation', () => {
    /** Builds, then damages the lexical index on disk: only a re-index that reads the index notices. */
    const servedThenDamaged = async () => {
      const ws = await createWorkspace();
      const embeddings = new CountingEmbeddings();
      await buildIndex(buildOptions(ws, embeddings));
      const generation = (await readCurrentGeneration(ws.indexDir))!;
      const served = { generation, manifest: (await load(ws, embeddings)).manifest };
      const serving = () => served;
      await truncate(join(ws.indexDir, generation, 'lexical.bin'), 10);
      embeddings.embedded.length = 0;
      return { ws, embeddings, generation, serving };
    };

    it('reads nothing of the index when nothing changed', async () => {
      const { ws, embeddings, generation, serving } = await servedThenDamaged();
      const report = await buildIndex({ ...buildOptions(ws, embeddings), serving });
      expect(report).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 4, passages: serving().manifest.passageCount });
      expect(await readCurrentGeneration(ws.indexDir)).toBe(generation);
      // Without `serving`, the same re-index loads the damaged generation and rebuilds it.
      expect(await buildIndex(buildOptions(ws, embeddings))).toMatchObject({ added: 4, unchanged: 0 });
    });

    it('rebuilds every document, each read once, when a change comes and the served generation is damaged on disk', async () => {
      const { ws, embeddings, serving } = await servedThenDamaged();
      await writeFile(join(ws.knowledgeDir, 'delta.md'), DELTA);
      // An unreadable file among the new ones is read, and skipped, once too.
      await writeFile(join(ws.knowledgeDir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]));
      const loaded: string[] = [];
      const onProgress = (p: IndexProgress) => void (p.phase === 'load' && p.source && loaded.push(p.source));
      const report = await buildIndex({ ...buildOptions(ws, embeddings), serving, onProgress });
      expect(report).toMatchObject({ added: 5, changed: 0, removed: 0, unchanged: 0 });
      expect(report.skipped.map((s) => s.source)).toEqual(['image.md']);
      expect(Object.keys((await load(ws, embeddings)).manifest.documents)).toHaveLength(5);
      expect(loaded.toSorted()).toEqual(['alpha-distillation.md', 'beta-hearing.md', 'delta.md', 'gamma-copyright.md', 'image.md', 'notes.txt']);
    });

    /** Builds, and keeps what a bot serving that generation would hand the re-index. */
    const served = async () => {
      const ws = await createWorkspace();
      const embeddings = new CountingEmbeddings();
      await buildIndex(buildOptions(ws, embeddings));
      const first = { generation: (await readCurrentGeneration(ws.indexDir))!, manifest: (await load(ws, embeddings)).manifest };
      return { ws, embeddings, serving: () => first };
    };

    it('drops a removed document, as without it', async () => {
      const { ws, embeddings, serving } = await served();
      await rm(join(ws.knowledgeDir, 'notes.txt'));
      expect(await buildIndex({ ...buildOptions(ws, embeddings), serving })).toMatchObject({ removed: 1, unchanged: 3 });
      expect(Object.keys((await load(ws, embeddings)).manifest.documents)).not.toContain('notes.txt');
    });

    it('plans against the index on disk once another writer has published a newer generation', async () => {
      const { ws, embeddings, serving } = await served();
      await writeFile(join(ws.knowledgeDir, 'delta.md'), DELTA);
      await buildIndex(buildOptions(ws, embeddings));
      await rm(join(ws.knowledgeDir, 'delta.md'));
      // Against the served manifest, which never had delta.md, nothing would have changed.
      expect(await buildIndex({ ...buildOptions(ws, embeddings), serving })).toMatchObject({ removed: 1, unchanged: 4 });
    });

    it('plans against the index on disk when a wiped and rebuilt index reuses the served generation name', async () => {
      const { ws, embeddings, serving } = await served();
      await rm(ws.indexDir, { recursive: true });
      await writeFile(join(ws.knowledgeDir, 'delta.md'), DELTA);
      await buildIndex(buildOptions(ws, embeddings));
      expect(await readCurrentGeneration(ws.indexDir)).toBe(serving().generation);
      await rm(join(ws.knowledgeDir, 'delta.md'));
      expect(await buildIndex({ ...buildOptions(ws, embeddings), serving })).toMatchObject({ removed: 1, unchanged: 4 });
    });
  });

  it('skips unreadable files with a reason and indexes the rest', async () => {
    const ws = await createWorkspace();
    await writeFile(join(ws.knowledgeDir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    await writeFile(join(ws.knowledgeDir, 'slides.pptx'), 'x');
    const report = await buildIndex(buildOptions(ws));
    expect(report.added).toBe(4);
    expect(report.skipped.map((s) => [s.source, s.reason]).sort()).toEqual([
      ['image.md', 'binary'],
      ['slides.pptx', 'unsupported_type'],
    ]);
  });

  it('keeps the indexed version of a document that becomes unreadable', async () => {
    const ws = await createWorkspace();
    const embeddings = new CountingEmbeddings();
    await buildIndex(buildOptions(ws, embeddings));
    const ids = (await load(ws, embeddings)).manifest.documents['notes.txt']!.passageIds;
    await writeFile(join(ws.knowledgeDir, 'notes.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]));
    const report = await buildIndex(buildOptions(ws, embeddings));
    expect(report.skipped[0]).toMatchObject({ source: 'notes.txt' });
    expect((await load(ws, embeddings)).manifest.documents['notes.txt']!.passageIds).toEqual(ids);
  });

  it('rebuilds from scratch when the index is damaged or from another embedder', async () => {
    const ws = await createWorkspace();
    await buildIndex(buildOptions(ws));
    const generation = (await readCurrentGeneration(ws.indexDir))!;
    await truncate(join(ws.indexDir, generation, 'lexical.bin'), 10);
    const repaired = await buildIndex(buildOptions(ws));
    expect(repaired.added).toBe(4);

    const other = new CountingEmbeddings(32);
    const switched = await buildIndex(buildOptions(ws, other));
    expect(switched.added).toBe(4);
    expect(other.embedded).toHaveLength(switched.passages);
    expect((await load(ws, other)).manifest.embedder).toEqual({ id: other.id, dimensions: 32 });
  });

  it('builds an empty index for an empty knowledge folder', async () => {
    const ws = await createWorkspace();
    for (const f of await readdir(ws.knowledgeDir)) await rm(join(ws.knowledgeDir, f));
    const report = await buildIndex(buildOptions(ws));
    expect(report).toMatchObject({ added: 0, passages: 0 });
    const embeddings = new CountingEmbeddings();
    expect((await load(ws, embeddings)).passages.size).toBe(0);
  });

  it('refuses a second writer while the first holds the lock', async () => {
    const ws = await createWorkspace();
    // Started together, either may take the lock first: one builds, the other is refused.
    const results = await Promise.allSettled([buildIndex(buildOptions(ws)), buildIndex(buildOptions(ws))]);
    expect(results.map((r) => r.status).toSorted()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'index_locked' } });
  });
});
