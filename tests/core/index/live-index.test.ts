import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { openPolicyBot } from '../../../src/core/create-policy-bot.js';
import { buildIndex } from '../../../src/core/index/build-index.js';
import { LiveIndex } from '../../../src/core/index/live-index.js';
import type { IndexSnapshot } from '../../../src/core/index/index-snapshot.js';
import { buildOptions, CountingEmbeddings, createWorkspace, embedderOf, fixtureBotOptions } from '../../helpers/knowledge-workspace.js';

describe('LiveIndex', () => {
  it('keeps answering during a re-index by another writer and switches to the new generation unprompted', async () => {
    const ws = await createWorkspace();
    const embeddings = new CountingEmbeddings();
    const bot = await openPolicyBot(fixtureBotOptions(ws, { embedder: embedderOf(embeddings) }));
    const firstGeneration = bot.index.currentGeneration;
    await writeFile(join(ws.knowledgeDir, 'zeta.md'), '# Zeta\n\nThe Ocelot rule caps distillation queries at ten thousand a day.\n');

    // Another process's indexer, as `npm run index` would be; the bot answers while it runs.
    const rebuilding = buildIndex(buildOptions(ws, embeddings));
    const during = await bot.ask('What did Musk answer when asked whether xAI distilled OpenAI models?');
    expect(during.kind).toBe('answer');
    await rebuilding;

    for (let i = 0; i < 100 && bot.index.currentGeneration === firstGeneration; i++) await sleep(50);
    expect(bot.index.currentGeneration).not.toBe(firstGeneration);
    const answer = await bot.ask('What does the Ocelot rule cap?');
    expect(answer.kind === 'answer' && answer.citations[0]?.source).toBe('zeta.md');
    await bot.close();
  });

  it('keeps a generation adopted while it was loading an older one', async () => {
    const ws = await createWorkspace();
    const embeddings = new CountingEmbeddings();
    await buildIndex(buildOptions(ws, embeddings));
    const live = await LiveIndex.open({ indexDir: ws.indexDir, embedder: { id: embeddings.id, dimensions: embeddings.dimensions }, efSearch: 50 });
    await writeFile(join(ws.knowledgeDir, 'zeta.md'), '# Zeta\n\nThe Ocelot rule caps distillation queries.\n');
    let published: { generation: string; snapshot: IndexSnapshot } | undefined;
    await buildIndex({ ...buildOptions(ws, embeddings), onPublished: (generation, snapshot) => (published = { generation, snapshot }) });
    // As a re-index in the bot does: it adopts what it built while the poll is still loading it.
    const reloading = live.refresh();
    live.adopt('gen-newer', published!.snapshot);
    expect(await reloading).toBe(false);
    expect(live.currentGeneration).toBe('gen-newer');
    live.close();
  });

  it('keeps serving the loaded generation when the new one cannot be loaded', async () => {
    const ws = await createWorkspace();
    const embeddings = new CountingEmbeddings();
    await buildIndex(buildOptions(ws, embeddings));
    const live = await LiveIndex.open({ indexDir: ws.indexDir, embedder: { id: embeddings.id, dimensions: embeddings.dimensions }, efSearch: 50 });
    const size = live.current.passages.size;
    await writeFile(join(ws.indexDir, 'CURRENT'), 'gen-999999\n');
    expect(await live.refresh()).toBe(false);
    expect(live.current.passages.size).toBe(size);
    live.close();
  });
});
