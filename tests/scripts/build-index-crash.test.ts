import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openPolicyBot } from '../../src/core/create-policy-bot.js';
import { buildIndex } from '../../src/core/index/build-index.js';
import { readCurrentGeneration } from '../../src/core/index/index-generations.js';
import { OfflineEmbeddings } from '../../src/core/index/offline-embeddings.js';
import { createWorkspace } from '../helpers/knowledge-workspace.js';

const ROOT = new URL('../../', import.meta.url).pathname;
// Long enough to outlast a child's start-up (~2 s here), short enough to wait out in a test.
const STALE_MS = 5000;
// Node loads tsx in-process (no wrapper process), so SIGKILL hits the indexer itself.
const TSX_LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const embeddings = new OfflineEmbeddings({ dimensions: 512 });
const embedder = { embeddings, id: embeddings.id, dimensions: embeddings.dimensions };
const hnsw = { m: 16, efConstruction: 100, efSearch: 128 };

/** `npm run index` as a child process (the same entry, without npm's own process in between). */
function startIndexer(ws: { knowledgeDir: string; indexDir: string; root: string }): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, join(ROOT, 'scripts/build-index.ts')], {
    cwd: ws.root,
    env: {
      ...process.env,
      KNOWLEDGE_DIR: ws.knowledgeDir,
      INDEX_DIR: ws.indexDir,
      LOG_LEVEL: 'silent',
      INDEX_LOCK_STALE_MS: String(STALE_MS),
      // The same embedder and graph as the in-process build, so the child extends that index.
      OFFLINE_EMBEDDING_DIMENSIONS: String(embeddings.dimensions),
      HNSW_M: String(hnsw.m),
      HNSW_EF_CONSTRUCTION: String(hnsw.efConstruction),
      HNSW_EF_SEARCH: String(hnsw.efSearch),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  return { child, output: () => text };
}

// Up to 40 s (the test has 60): on a loaded 2-core machine the indexer once took over 15 s to
// reach "Writing index".
async function waitFor(predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1600; i++) {
    if (predicate()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function askFromDisk(ws: { knowledgeDir: string; indexDir: string; root: string }) {
  const bot = await openPolicyBot({
    knowledgeDir: ws.knowledgeDir,
    indexDir: ws.indexDir,
    feedbackLog: join(ws.root, 'feedback.jsonl'),
    embedder,
    hnsw,
    limits: { maxQuestionChars: 2000, maxFileBytes: 5_000_000, uploadMaxBytes: 1_000_000 },
    autoReindex: false,
  });
  try {
    const answer = await bot.ask('What did Musk answer when asked whether xAI distilled OpenAI models?');
    return Object.assign(answer, { sources: await bot.listSources() });
  } finally {
    await bot.close();
  }
}

/** A workspace whose index is built, with 60 new documents waiting to be indexed. */
async function createPendingWorkspace() {
  const ws = await createWorkspace();
  const first = await buildIndex({ knowledgeDir: ws.knowledgeDir, indexDir: ws.indexDir, embedder, hnsw, maxFileBytes: 5_000_000 });
  await mkdir(join(ws.knowledgeDir, 'bulk'));
  for (let f = 0; f < 60; f++) {
    const paragraphs = Array.from({ length: 40 }, (_, p) => `Paragraph ${p} of file ${f} discusses policy item ${f * 100 + p}: model audits, export controls and licensing terms number ${p}.`);
    await writeFile(join(ws.knowledgeDir, 'bulk', `file-${f}.md`), `# Bulk ${f}\n\n${paragraphs.join('\n\n')}\n`);
  }
  return { ...ws, previousSources: first.added };
}

/** Kills the indexer once its output matches `after` (plus `delayMs`); true if it was still running. */
async function killWhen(indexer: ReturnType<typeof startIndexer>, after: RegExp, delayMs: number): Promise<boolean> {
  const exited = new Promise<NodeJS.Signals | null>((resolve) => indexer.child.once('exit', (_code, signal) => resolve(signal)));
  let done = false;
  void exited.then(() => (done = true));
  await waitFor(() => done || after.test(indexer.output()), after.source);
  if (delayMs) await sleep(delayMs);
  indexer.child.kill('SIGKILL');
  return (await exited) === 'SIGKILL';
}

describe('npm run index killed with SIGKILL', () => {
  // The last two may land after the switch on a fast machine; the first three always kill mid-run.
  const killPoints: { name: string; after: RegExp; delayMs: number; mustKill: boolean }[] = [
    { name: 'while reading files', after: /Reading/, delayMs: 0, mustKill: true },
    { name: 'while embedding', after: /Embedding 0\//, delayMs: 50, mustKill: true },
    { name: 'as writing starts', after: /Writing index/, delayMs: 0, mustKill: true },
    { name: 'during writing', after: /Writing index/, delayMs: 150, mustKill: false },
    { name: 'around the switch', after: /Writing index/, delayMs: 450, mustKill: false },
  ];

  for (const point of killPoints) {
    it(`leaves a loadable index that answers when killed ${point.name}`, async () => {
      const ws = await createPendingWorkspace();
      const before = await readCurrentGeneration(ws.indexDir);
      const killed = await killWhen(startIndexer(ws), point.after, point.delayMs);
      if (point.mustKill) expect(killed).toBe(true);

      const after = await readCurrentGeneration(ws.indexDir);
      const answer = await askFromDisk(ws);
      expect(answer.kind).toBe('answer');
      if (answer.kind === 'answer') expect(answer.citations.some((c) => c.text.includes('Partly'))).toBe(true);
      // Either the previous generation is still live, or the new one was switched in whole.
      expect(answer.sources.length).toBe(after === before ? ws.previousSources : ws.previousSources + 60);
    });
  }

  it('refuses a second run while the dead indexer\'s lock is fresh, then completes once it is stale', async () => {
    const ws = await createPendingWorkspace();
    expect(await killWhen(startIndexer(ws), /Embedding 0\//, 50)).toBe(true);
    // Right after the crash the lock still looks held: a second writer is refused, not blocked.
    await expect(buildIndex({ knowledgeDir: ws.knowledgeDir, indexDir: ws.indexDir, embedder, hnsw, maxFileBytes: 5_000_000, lockStaleMs: STALE_MS })).rejects.toMatchObject({
      code: 'index_locked',
      message: expect.stringMatching(/already running/),
    });

    await sleep(STALE_MS + 200);
    const next = startIndexer(ws);
    const code = await new Promise((resolve) => next.child.once('exit', resolve));
    expect(next.output()).toMatch(/60 added/);
    expect(code).toBe(0);
    expect((await askFromDisk(ws)).sources).toHaveLength(ws.previousSources + 60);
  });
});
