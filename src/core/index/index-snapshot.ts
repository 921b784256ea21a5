import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Document } from '@langchain/core/documents';
import { IndexCorruptError, IndexMismatchError, IndexMissingError } from '../errors.js';
import type { Passage, PassageMetadata } from '../knowledge/document.js';
import { HnswIndex } from './hnsw-index.js';
import { describeEmbedder, INDEX_FORMAT_VERSION, type IndexManifest, parseManifest } from './index-manifest.js';
import { readCurrentGeneration } from './index-generations.js';
import { LexicalIndex } from './lexical-index.js';

/**
 * One generation of the index, fully in memory: what retrieval reads. A snapshot is never
 * mutated after it is published to readers; a re-index builds the next one.
 */
export interface IndexSnapshot {
  manifest: IndexManifest;
  passages: Map<string, Passage>;
  lexical: LexicalIndex;
  vectors: HnswIndex;
}

/** What a loaded index must match: the embedder the current settings produce. */
export interface SnapshotExpectations {
  embedder: IndexManifest['embedder'];
  efSearch: number;
}

const FILES = { manifest: 'manifest.json', passages: 'passages.jsonl', lexical: 'lexical.bin', vectors: 'vectors' } as const;

/** The text both indexes see for a passage: headings add the context a bare paragraph lacks. */
export function searchableText(passage: Passage): string {
  const { title, headingPath } = passage.metadata;
  return [title, ...headingPath, passage.pageContent].join('\n');
}

export async function saveSnapshot(dir: string, snapshot: IndexSnapshot): Promise<void> {
  await mkdir(dir, { recursive: true });
  const lines = [...snapshot.passages.values()].map((p) => JSON.stringify({ text: p.pageContent, metadata: p.metadata }));
  await writeFile(join(dir, FILES.passages), lines.length > 0 ? `${lines.join('\n')}\n` : '');
  await writeFile(join(dir, FILES.lexical), snapshot.lexical.toBuffer());
  await snapshot.vectors.save(join(dir, FILES.vectors));
  // The manifest goes last: a generation directory without one is never considered complete.
  await writeFile(join(dir, FILES.manifest), JSON.stringify(snapshot.manifest, null, 1));
}

/** Loads the live generation of `indexDir`, checking it is complete and built by the expected embedder. */
export async function loadCurrentSnapshot(indexDir: string, expected: SnapshotExpectations): Promise<IndexSnapshot> {
  const generation = await readCurrentGeneration(indexDir);
  if (!generation) throw new IndexMissingError(indexDir);
  return loadSnapshot(join(indexDir, generation), expected);
}

export async function loadSnapshot(dir: string, expected: SnapshotExpectations): Promise<IndexSnapshot> {
  const manifest = await readManifest(dir);
  if (manifest.formatVersion !== INDEX_FORMAT_VERSION) {
    throw new IndexMismatchError(`index format ${INDEX_FORMAT_VERSION}`, `index format ${manifest.formatVersion}`);
  }
  if (manifest.embedder.id !== expected.embedder.id || manifest.embedder.dimensions !== expected.embedder.dimensions) {
    throw new IndexMismatchError(describeEmbedder(expected.embedder), describeEmbedder(manifest.embedder));
  }
  // The graph is read off the main thread (hnswlib's worker) while the passages and the
  // lexical index are parsed on it: at 100k passages, about a third of the load.
  const [vectors, passages, lexical] = await Promise.all([
    guard(dir, 'vectors', () => HnswIndex.load(join(dir, FILES.vectors), { dimensions: manifest.embedder.dimensions, efSearch: expected.efSearch })),
    guard(dir, 'passages.jsonl', () => readPassages(join(dir, FILES.passages))),
    guard(dir, 'lexical.bin', async () => LexicalIndex.fromBuffer(await readFile(join(dir, FILES.lexical)))),
  ]);
  const counts = { manifest: manifest.passageCount, passages: passages.size, lexical: lexical.size, vectors: vectors.size };
  if (new Set(Object.values(counts)).size !== 1) {
    throw new IndexCorruptError(dir, `passage counts disagree: ${JSON.stringify(counts)}`);
  }
  return { manifest, passages, lexical, vectors };
}

/** A generation's manifest; an `IndexCorruptError` when it is missing or malformed. */
export async function readManifest(dir: string): Promise<IndexManifest> {
  const json = await guard(dir, 'manifest.json', () => readFile(join(dir, FILES.manifest), 'utf8'));
  const parsed = parseManifest(json);
  if (!parsed.ok) throw new IndexCorruptError(dir, parsed.problem);
  return parsed.manifest;
}

async function readPassages(path: string): Promise<Map<string, Passage>> {
  const passages = new Map<string, Passage>();
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    const { text, metadata } = JSON.parse(line) as { text: string; metadata: PassageMetadata };
    passages.set(metadata.id, new Document({ pageContent: text, metadata, id: metadata.id }));
  }
  return passages;
}

/** Turns any read/parse failure of one index file into an `IndexCorruptError` naming the file. */
async function guard<T>(dir: string, file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof IndexCorruptError) throw error;
    const detail = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${file} is missing` : `${file} is unreadable`;
    throw new IndexCorruptError(dir, detail, { cause: error });
  }
}
