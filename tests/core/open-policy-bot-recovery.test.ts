import { cp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPolicyBot, type PolicyBotOptions } from '../../src/core/create-policy-bot.js';
import { buildIndex } from '../../src/core/index/build-index.js';
import { readCurrentGeneration } from '../../src/core/index/index-generations.js';
import { createLogger } from '../../src/core/support/logger.js';
import { buildOptions, CountingEmbeddings, createWorkspace, embedderOf, fixtureBotOptions } from '../helpers/knowledge-workspace.js';

function botOptions(ws: Awaited<ReturnType<typeof createWorkspace>>, overrides: Partial<PolicyBotOptions> = {}): PolicyBotOptions {
  return fixtureBotOptions(ws, { autoReindex: false, ...overrides });
}

/** An index whose HNSW file holds fewer vectors than its manifest and lexical index list. */
async function withMismatchedVectors(ws: Awaited<ReturnType<typeof createWorkspace>>) {
  await buildIndex(buildOptions(ws));
  const old = await readCurrentGeneration(ws.indexDir);
  const saved = join(ws.root, 'old-vectors');
  await cp(join(ws.indexDir, old!, 'vectors'), saved, { recursive: true });
  await writeFile(join(ws.knowledgeDir, 'extra.md'), '# Extra\n\nA new paragraph about distillation audits.\n');
  await buildIndex(buildOptions(ws));
  const current = await readCurrentGeneration(ws.indexDir);
  await rm(join(ws.indexDir, current!, 'vectors'), { recursive: true });
  await cp(saved, join(ws.indexDir, current!, 'vectors'), { recursive: true });
}

describe('openPolicyBot', () => {
  it('reads the word tables it was given at start, and logs one that cannot be read', async () => {
    const ws = await createWorkspace();
    const preloaded: string[] = [];
    const thesaurus = { synonyms: () => [], preload: () => void preloaded.push('thesaurus') };
    const everydayEnglish = {
      idf: () => new Map<string, number>(),
      preload: () => {
        throw new Error('word counts missing; reinstall');
      },
    };
    const lines: string[] = [];
    const bot = await openPolicyBot(botOptions(ws, { autoReindex: true, thesaurus, everydayEnglish, logger: createLogger('warn', (l) => lines.push(l)) }));
    expect(preloaded).toEqual(['thesaurus']);
    expect(lines.join('')).toContain('word counts missing; reinstall');
    expect((await bot.ask('What did Musk answer when asked if xAI distilled OpenAI models?')).kind).toBe('answer');
    await bot.close();
  });

  it('refuses a missing index with the command that builds it when rebuilding is off', async () => {
    const ws = await createWorkspace();
    await expect(openPolicyBot(botOptions(ws))).rejects.toMatchObject({ code: 'index_missing', message: expect.stringContaining('npm run index') });
  });

  it('detects an HNSW file whose passage count does not match, and rebuilds it when allowed', async () => {
    const ws = await createWorkspace();
    await withMismatchedVectors(ws);
    await expect(openPolicyBot(botOptions(ws))).rejects.toMatchObject({ code: 'index_corrupt', message: expect.stringMatching(/passage counts disagree/) });

    const lines: string[] = [];
    const bot = await openPolicyBot(botOptions(ws, { autoReindex: true, logger: createLogger('warn', (l) => lines.push(l)) }));
    expect(lines.join('')).toMatch(/passage counts disagree/);
    expect((await bot.listSources()).map((s) => s.source)).toContain('extra.md');
    await bot.close();
  });

  it('refuses an index built by another embedder without mixing vectors, naming both', async () => {
    const ws = await createWorkspace();
    await buildIndex(buildOptions(ws, new CountingEmbeddings(32)));
    const error = await openPolicyBot(botOptions(ws)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'index_mismatch' });
    expect((error as Error).message).toMatch(/built with offline-hash-v1.*:32 .* settings ask for offline-hash-v1.*:64/);
  });

  it('removes an upload again when re-indexing it fails, so a retry is not refused as a duplicate', async () => {
    const ws = await createWorkspace();
    class FailingOnUpload extends CountingEmbeddings {
      override async embedDocuments(texts: string[]): Promise<number[][]> {
        if (texts.some((t) => t.includes('Zephyr'))) throw new Error('embedding server unreachable');
        return super.embedDocuments(texts);
      }
    }
    const bot = await openPolicyBot(botOptions(ws, { autoReindex: true, embedder: embedderOf(new FailingOnUpload()) }));
    const upload = { fileName: 'zephyr.md', bytes: new TextEncoder().encode('# Zephyr\n\nThe Zephyr accord bans distillation.\n') };
    await expect(bot.addDocument(upload)).rejects.toMatchObject({ code: 'embeddings_failed' });
    expect((await readdir(ws.knowledgeDir)).includes('zephyr.md')).toBe(false);
    expect((await bot.listSources()).map((s) => s.source)).not.toContain('zephyr.md');
    await bot.close();
  });

  it('says the knowledge base is empty rather than that a question is not covered', async () => {
    const ws = await createWorkspace();
    for (const f of await readdir(ws.knowledgeDir)) await rm(join(ws.knowledgeDir, f));
    const bot = await openPolicyBot(botOptions(ws, { autoReindex: true }));
    const result = await bot.ask('What is distillation?');
    expect(result.kind === 'declined' && result.answer).toMatch(/no documents yet/);
    await bot.close();
  });
});
