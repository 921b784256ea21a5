import { appendFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPolicyBot } from '../create-policy-bot.js';
import { buildIndex, type Embedder } from '../index/build-index.js';
import { readCurrentGeneration } from '../index/index-generations.js';
import { loadCurrentSnapshot } from '../index/index-snapshot.js';
import { searchSnapshot } from '../retrieval/search-snapshot.js';
import { percentiles } from './percentiles.js';
import type { SyntheticPassage } from './synthesize-passages.js';
import { BUILT_IN_TABLES, preloadLanguageTables } from '../text/index.js';

export interface PipelineBenchmarkOptions {
  passages: SyntheticPassage[];
  /** Questions to time; cycled to reach `queryCount`. */
  queries: string[];
  /** Empty folder for the generated knowledge folder and its index. */
  workDir: string;
  embedder: Embedder;
  hnsw: { m: number; efConstruction: number; efSearch: number };
  queryCount?: number;
  recallQueries?: number;
  passagesPerFile?: number;
  onProgress?: (message: string) => void;
}

type Latency = ReturnType<typeof percentiles>;

export interface PipelineReport {
  passages: number;
  documents: number;
  build: {
    seconds: number;
    passagesPerSecond: number;
    embedPerSecond: number;
    hnswInsertPerSecond: number;
    lexicalPerSecond: number;
    parseSeconds: number;
    writeSeconds: number;
    indexMb: number;
    peakRssMb: number;
  };
  loadSeconds: number;
  latencyMs: { lexical: Latency; hnsw: Latency; hybrid: Latency; ask: Latency; queries: number };
  recall: { ef: number; recallAt10: number; hnswMs: number; exactMs: number; speedup: number };
  reindexOne: { seconds: number; passagesReembedded: number; fullRebuildSeconds: number };
  /** `/reindex` in a running bot when no file changed: it lists and hashes the files, nothing more. */
  reindexUnchangedSeconds: number;
}

/**
 * The product's own pipeline, timed end to end: writes the passages as Markdown files, builds
 * the index with `buildIndex`, loads it, times lexical, HNSW, hybrid and whole offline answers,
 * checks HNSW against exact search, re-indexes in the bot with nothing changed, and re-indexes
 * one changed document.
 */
export async function benchmarkPipeline(options: PipelineBenchmarkOptions): Promise<PipelineReport> {
  const say = options.onProgress ?? (() => {});
  const knowledgeDir = join(options.workDir, 'knowledge');
  const indexDir = join(options.workDir, 'index');
  const documents = await writeKnowledge(knowledgeDir, options.passages, options.passagesPerFile ?? 50);
  say(`building the index of ${options.passages.length} passages in ${documents} files`);
  const build = await buildIndex({ knowledgeDir, indexDir, embedder: options.embedder, hnsw: options.hnsw, maxFileBytes: 50 * 1024 * 1024 });
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const indexMb = (await directoryBytes(join(indexDir, (await readCurrentGeneration(indexDir))!))) / 1024 / 1024;

  say('loading the index');
  const started = performance.now();
  const snapshot = await loadCurrentSnapshot(indexDir, { embedder: describe(options.embedder), efSearch: options.hnsw.efSearch });
  const loadSeconds = (performance.now() - started) / 1000;

  const questions = Array.from({ length: options.queryCount ?? 500 }, (_, i) => options.queries[i % options.queries.length]!);
  say(`timing ${questions.length} queries`);
  const embeddings = options.embedder.embeddings;
  const lexical = await time(questions, async (q) => void snapshot.lexical.search(q, 100));
  const hnsw = await time(questions, async (q) => void snapshot.vectors.search(await embeddings.embedQuery(q), 100));
  const hybrid = await time(questions, async (q) => void (await searchSnapshot(snapshot, embeddings, q)));
  const bot = await openPolicyBot({
    knowledgeDir,
    indexDir,
    feedbackLog: join(options.workDir, 'feedback.jsonl'),
    embedder: options.embedder,
    hnsw: options.hnsw,
    limits: { maxQuestionChars: 2000, maxFileBytes: 50 * 1024 * 1024, uploadMaxBytes: 1024 },
    autoReindex: false,
  });
  // openPolicyBot read them already, logging a failure; here a failure must stop the run.
  preloadLanguageTables(BUILT_IN_TABLES, (error) => {
    throw error;
  });
  const ask = await time(questions, async (q) => void (await bot.ask(q)));
  const unchanged = await bot.reindex();
  await bot.close();

  say('measuring HNSW recall against exact search');
  const recall = await measureRecall(snapshot.vectors, embeddings, questions.slice(0, options.recallQueries ?? 200), options.hnsw.efSearch);

  say('re-indexing one changed document');
  await appendFile(join(knowledgeDir, 'doc-00000.md'), '\nA late paragraph about distillation audits, added to time an incremental re-index.\n');
  const one = await buildIndex({ knowledgeDir, indexDir, embedder: options.embedder, hnsw: options.hnsw, maxFileBytes: 50 * 1024 * 1024 });
  const changed = (await loadCurrentSnapshot(indexDir, { embedder: describe(options.embedder), efSearch: options.hnsw.efSearch })).manifest.documents['doc-00000.md'];

  const t = build.timings!;
  const perSecond = (ms: number) => (ms > 0 ? build.passages / (ms / 1000) : 0);
  return {
    passages: build.passages,
    documents,
    build: {
      seconds: build.ms / 1000,
      passagesPerSecond: build.passages / (build.ms / 1000),
      embedPerSecond: perSecond(t.embedMs),
      hnswInsertPerSecond: perSecond(t.vectorMs),
      lexicalPerSecond: perSecond(t.lexicalMs),
      parseSeconds: t.parseMs / 1000,
      writeSeconds: t.writeMs / 1000,
      indexMb,
      peakRssMb,
    },
    loadSeconds,
    latencyMs: { lexical, hnsw, hybrid, ask, queries: questions.length },
    recall,
    reindexOne: { seconds: one.ms / 1000, passagesReembedded: changed?.passageIds.length ?? 0, fullRebuildSeconds: build.ms / 1000 },
    reindexUnchangedSeconds: unchanged.ms / 1000,
  };
}

/** Passages as Markdown files: a title, a section heading every ten paragraphs. */
async function writeKnowledge(dir: string, passages: SyntheticPassage[], perFile: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  for (let start = 0; start < passages.length; start += perFile, files += 1) {
    const body = passages.slice(start, start + perFile).map((p, i) => `${i % 10 === 0 ? `## Part ${i / 10 + 1}\n\n` : ''}${p.text.replace(/\s+/g, ' ')}`);
    await writeFile(join(dir, `doc-${String(files).padStart(5, '0')}.md`), `# Benchmark document ${files}\n\n${body.join('\n\n')}\n`);
  }
  return files;
}

async function time(questions: string[], run: (q: string) => Promise<void>): Promise<Latency> {
  const latencies: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await run(q);
    latencies.push(performance.now() - t);
  }
  return percentiles(latencies);
}

async function measureRecall(
  vectors: { search(v: number[], k: number): { id: string }[]; exactSearch(v: number[], k: number): { id: string }[] },
  embeddings: Embedder['embeddings'],
  questions: string[],
  ef: number,
): Promise<PipelineReport['recall']> {
  const queryVectors = await embeddings.embedDocuments(questions);
  let found = 0;
  let total = 0;
  let hnswMs = 0;
  let exactMs = 0;
  for (const v of queryVectors) {
    let t = performance.now();
    const got = new Set(vectors.search(v, 10).map((h) => h.id));
    hnswMs += performance.now() - t;
    t = performance.now();
    const truth = vectors.exactSearch(v, 10);
    exactMs += performance.now() - t;
    found += truth.filter((h) => got.has(h.id)).length;
    total += truth.length;
  }
  const n = Math.max(1, queryVectors.length);
  return { ef, recallAt10: found / Math.max(1, total), hnswMs: hnswMs / n, exactMs: exactMs / n, speedup: exactMs / Math.max(hnswMs, 1e-9) };
}

async function directoryBytes(dir: string): Promise<number> {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    bytes += entry.isDirectory() ? await directoryBytes(path) : (await stat(path)).size;
  }
  return bytes;
}

function describe(embedder: Embedder) {
  return { id: embedder.id, dimensions: embedder.dimensions };
}
