import { join } from 'node:path';
import type { Embeddings } from '@langchain/core/embeddings';
import { BotError, EmbeddingsError, UnreadableFileError } from '../errors.js';
import { isCitable, type KnowledgeFile, listKnowledgeFiles, loadDocument, splitDocument } from '../knowledge/index.js';
import type { Passage } from '../knowledge/document.js';
import type { IndexProgress, IndexReport, SkippedFile } from '../ports.js';
import { silentLogger, type Logger } from '../support/logger.js';
import { HnswIndex } from './hnsw-index.js';
import { createPartialGeneration, generationNumber, publishGeneration, readCurrentGeneration } from './index-generations.js';
import { acquireWriterLock, type WriterLock } from './index-lock.js';
import { INDEX_FORMAT_VERSION, type IndexManifest, type ManifestDocument } from './index-manifest.js';
import { type IndexSnapshot, loadCurrentSnapshot, readManifest, saveSnapshot, searchableText } from './index-snapshot.js';
import { LexicalIndex } from './lexical-index.js';
import { planChanges } from './plan-changes.js';

/** The embedder an index is built with; `id` and `dimensions` go into the manifest. */
export interface Embedder {
  embeddings: Embeddings;
  /**
   * The client for one question at a time: a remote one gives up after the question's deadline
   * and does not retry, so a stuck server does not collect requests. `embeddings` when absent.
   */
  questions?: Pick<Embeddings, 'embedQuery'>;
  id: string;
  dimensions: number;
}

export interface BuildIndexOptions {
  knowledgeDir: string;
  indexDir: string;
  embedder: Embedder;
  hnsw: { m: number; efConstruction: number; efSearch: number };
  maxFileBytes: number;
  onProgress?: (progress: IndexProgress) => void;
  /** Wait this long for another writer instead of failing at once. */
  lockWaitMs?: number;
  /** A lock not refreshed for this long belongs to a crashed writer and is taken over. */
  lockStaleMs?: number;
  /** Passages per `embedDocuments` call. */
  batchSize?: number;
  logger?: Logger;
  /**
   * Called with the new generation once it is live. The snapshot is complete and no longer
   * changed, so a bot in this process can serve it without reading it back from disk.
   */
  onPublished?: (generation: string, snapshot: IndexSnapshot) => void;
  /**
   * The generation this process serves, loaded whole; asked once the writer lock is held. While
   * it is still the live one and no readable file was added, changed or removed, the re-index
   * ends there: loading a second copy of a large index only to find nothing to do took seconds
   * and doubled the bot's memory for that time. (So such a re-index does not notice, or repair,
   * damage done on disk since it was loaded; `npm run index` does.)
   */
  serving?: () => { generation: string; manifest: IndexManifest };
}

/**
 * Brings the index in line with the knowledge folder: parses and embeds only added or changed
 * documents, drops removed ones from both indexes, and publishes the result as a new
 * generation. Runs under the writer lock; the previous generation stays live until the switch.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<IndexReport> {
  const started = Date.now();
  const lock = await acquireWriterLock(options.indexDir, { waitMs: options.lockWaitMs ?? 0, staleMs: options.lockStaleMs });
  try {
    return await rebuildUnderLock(options, started, lock);
  } finally {
    await lock.release();
  }
}

type Timings = NonNullable<IndexReport['timings']>;

/** Where reading the knowledge folder reports to: files skipped, progress, time taken, warnings. */
interface Reporting {
  skipped: SkippedFile[];
  progress: (p: IndexProgress) => void;
  timings: Timings;
  logger: Logger;
}

async function rebuildUnderLock(options: BuildIndexOptions, started: number, lock: WriterLock): Promise<IndexReport> {
  const progress = options.onProgress ?? (() => {});
  const timings: Timings = { parseMs: 0, embedMs: 0, lexicalMs: 0, vectorMs: 0, writeMs: 0 };
  progress({ phase: 'scan', done: 0, total: 0 });
  const listing = await listKnowledgeFiles(options.knowledgeDir);
  const skipped: SkippedFile[] = [...listing.skipped];
  const changes = await readChanges(listing.files, options, { skipped, progress, timings, logger: options.logger ?? silentLogger });
  if ('unchanged' in changes) {
    const { documents, passageCount } = changes.unchanged;
    return { ...countChanges(changes.plan, new Map(), documents, passageCount), skipped, timings, ms: Date.now() - started };
  }
  const { previous, plan, parsed } = changes;
  const state = previous ?? emptySnapshot(options);
  const documents = { ...(previous?.manifest.documents ?? {}) };
  for (const source of [...plan.removed, ...parsed.keys()]) dropDocument(state, documents, source);
  const fresh = [...parsed.values()].flatMap((p) => p.passages);
  await embedInto(state, fresh, options, progress, timings);
  const indexedAt = new Date().toISOString();
  for (const { file, title, date, urls, kind, passages } of parsed.values()) {
    documents[file.source] = { hash: file.hash, title, date, urls, kind, passageIds: passages.map((p) => p.metadata.id), indexedAt };
  }
  const report = countChanges(plan, parsed, documents, state.passages.size);
  const writeStarted = performance.now();
  await publish(options, state, documents, progress, lock);
  timings.writeMs = performance.now() - writeStarted;
  return { ...report, skipped, timings, ms: Date.now() - started };
}

type Plan = ReturnType<typeof planChanges>;
type Changes = { unchanged: IndexManifest; plan: Plan } | { previous: IndexSnapshot | undefined; plan: Plan; parsed: Map<string, ParsedDocument> };

/**
 * What the knowledge folder changes, and the documents it adds or changes, parsed. The plan is
 * made against the generation this process serves when it is still the live one
 * (`servedManifest`), else against the index on disk; the index is loaded only when something
 * readable was added or changed, or something removed.
 */
async function readChanges(files: KnowledgeFile[], options: BuildIndexOptions, reporting: Reporting): Promise<Changes> {
  const served = await servedManifest(options);
  const previous = served ? undefined : await loadPrevious(options, reporting.logger);
  const before = served ?? previous?.manifest;
  const plan = planChanges(files, before);
  const parseStarted = performance.now();
  const toRead = [...plan.added, ...plan.changed];
  const parsed = await parseFiles(toRead, options, reporting);
  reporting.timings.parseMs = performance.now() - parseStarted;
  if (before && parsed.size === 0 && plan.removed.length === 0) return { unchanged: before, plan };
  if (!served) return { previous, plan, parsed };
  const loaded = await loadPrevious(options, reporting.logger);
  if (loaded) return { previous: loaded, plan, parsed };
  // Damaged on disk since it was served: built from scratch, so every document is read, once
  // (an unreadable one too: it is skipped once).
  const read = new Set(toRead.map((f) => f.source));
  const fromScratch = planChanges(files, undefined);
  const rest = await parseFiles(fromScratch.added.filter((f) => !read.has(f.source)), options, reporting);
  reporting.timings.parseMs = performance.now() - parseStarted;
  return { previous: undefined, plan: fromScratch, parsed: new Map([...parsed, ...rest]) };
}

/** The report's counts; documents skipped as unreadable count as neither added nor changed. */
function countChanges(plan: Plan, parsed: Map<string, ParsedDocument>, documents: Record<string, ManifestDocument>, passages: number) {
  const changedSources = new Set(plan.changed.map((f) => f.source));
  return {
    added: plan.added.filter((f) => parsed.has(f.source)).length,
    changed: [...parsed.keys()].filter((s) => changedSources.has(s)).length,
    removed: plan.removed.length,
    unchanged: Object.keys(documents).length - parsed.size,
    passages,
  };
}

interface ParsedDocument {
  file: KnowledgeFile;
  title: string;
  date?: string;
  urls: string[];
  kind?: string;
  passages: Passage[];
}

async function parseFiles(files: KnowledgeFile[], options: BuildIndexOptions, { skipped, progress }: Reporting): Promise<Map<string, ParsedDocument>> {
  const parsed = new Map<string, ParsedDocument>();
  for (const [i, file] of files.entries()) {
    progress({ phase: 'load', done: i, total: files.length, source: file.source });
    try {
      const doc = await loadDocument(file, { maxFileBytes: options.maxFileBytes });
      const passages = splitDocument(doc).filter(isCitable);
      parsed.set(file.source, { file, ...doc.meta, passages });
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      skipped.push({ source: file.source, reason: error.reason, detail: error.detail });
    }
  }
  return parsed;
}

/**
 * The served generation's manifest, while that generation is still the live one and was built by
 * this embedder: `CURRENT` names it, and its manifest on disk is the one served (a wiped and
 * rebuilt index reuses generation names). The writer lock keeps both still until the re-index ends.
 */
async function servedManifest({ serving, indexDir, embedder }: BuildIndexOptions): Promise<IndexManifest | undefined> {
  const served = serving?.();
  if (!served || (await readCurrentGeneration(indexDir)) !== served.generation) return undefined;
  if (served.manifest.embedder.id !== embedder.id || served.manifest.embedder.dimensions !== embedder.dimensions) return undefined;
  const onDisk = await readManifest(join(indexDir, served.generation)).catch(() => undefined);
  return onDisk?.createdAt === served.manifest.createdAt ? served.manifest : undefined;
}

async function loadPrevious(options: BuildIndexOptions, logger: Logger): Promise<IndexSnapshot | undefined> {
  const embedder = { id: options.embedder.id, dimensions: options.embedder.dimensions };
  try {
    return await loadCurrentSnapshot(options.indexDir, { embedder, efSearch: options.hnsw.efSearch });
  } catch (error) {
    if (!(error instanceof BotError)) throw error;
    // A missing, damaged or mismatched index is rebuilt from scratch: nothing of it is reused.
    if (error.code !== 'index_missing') logger.warn('rebuilding the index from scratch', { reason: error.message });
    return undefined;
  }
}

function emptySnapshot(options: BuildIndexOptions): IndexSnapshot {
  const { m, efConstruction, efSearch } = options.hnsw;
  return {
    manifest: undefined as unknown as IndexManifest,
    passages: new Map(),
    lexical: new LexicalIndex(),
    vectors: new HnswIndex({ dimensions: options.embedder.dimensions, m, efConstruction, efSearch }),
  };
}

function dropDocument(state: IndexSnapshot, documents: Record<string, ManifestDocument>, source: string): void {
  for (const id of documents[source]?.passageIds ?? []) {
    state.passages.delete(id);
    state.lexical.remove(id);
    state.vectors.remove(id);
  }
  delete documents[source];
}

async function embedInto(state: IndexSnapshot, passages: Passage[], options: BuildIndexOptions, progress: (p: IndexProgress) => void, timings: Timings) {
  const batchSize = options.batchSize ?? 256;
  for (let start = 0; start < passages.length; start += batchSize) {
    progress({ phase: 'embed', done: start, total: passages.length });
    const batch = passages.slice(start, start + batchSize);
    const texts = batch.map(searchableText);
    let t = performance.now();
    const vectors = await options.embedder.embeddings.embedDocuments(texts).catch((error: unknown) => {
      throw new EmbeddingsError(options.embedder.id, error instanceof Error ? error.message : String(error), { cause: error });
    });
    timings.embedMs += performance.now() - t;
    checkVectors(vectors, batch.length, options.embedder);
    t = performance.now();
    batch.forEach((passage, i) => {
      state.passages.set(passage.metadata.id, passage);
      state.lexical.add(passage.metadata.id, texts[i]!);
    });
    timings.lexicalMs += performance.now() - t;
    t = performance.now();
    batch.forEach((passage, i) => state.vectors.add(passage.metadata.id, vectors[i]!));
    timings.vectorMs += performance.now() - t;
  }
  progress({ phase: 'embed', done: passages.length, total: passages.length });
}

/** A remote embedder can return too few vectors or the wrong size; never index those. */
function checkVectors(vectors: number[][], expected: number, embedder: Embedder): void {
  if (vectors.length !== expected) throw new EmbeddingsError(embedder.id, `${vectors.length} vectors for ${expected} passages`);
  const wrong = vectors.find((v) => v.length !== embedder.dimensions);
  if (wrong) throw new EmbeddingsError(embedder.id, `expected ${embedder.dimensions} dimensions, got ${wrong.length}`);
}

async function publish(
  options: BuildIndexOptions,
  state: IndexSnapshot,
  documents: Record<string, ManifestDocument>,
  progress: (p: IndexProgress) => void,
  lock: WriterLock,
): Promise<void> {
  progress({ phase: 'write', done: 0, total: 1 });
  const partial = await createPartialGeneration(options.indexDir, await readCurrentGeneration(options.indexDir));
  // An incremental build extends the loaded graph, which keeps the settings it was built with.
  const graph = (state.manifest as IndexManifest | undefined)?.hnsw ?? { m: options.hnsw.m, efConstruction: options.hnsw.efConstruction };
  state.manifest = {
    formatVersion: INDEX_FORMAT_VERSION,
    generation: generationNumber(partial.name) ?? 0,
    createdAt: new Date().toISOString(),
    embedder: { id: options.embedder.id, dimensions: options.embedder.dimensions },
    hnsw: graph,
    passageCount: state.passages.size,
    documents,
  };
  await saveSnapshot(partial.dir, state);
  lock.assertHeld();
  await publishGeneration(options.indexDir, partial);
  options.onPublished?.(partial.name, state);
  progress({ phase: 'done', done: 1, total: 1 });
}
