import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { KnowledgeFile } from '../../../src/core/knowledge/index.js';
import { hashKnowledgeFile } from '../../../src/core/knowledge/knowledge-file.js';

/** The folder of committed loader fixtures (see scripts/make-fixtures.ts). */
export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures', 'files');

/** A byte-for-byte copy of the commissioned source document (no blank lines, one hard wrap). */
export const COMMISSIONED_TXT = join(FIXTURES, 'xai-openai-distillation-hearing.txt');

/** Builds the KnowledgeFile that listKnowledgeFiles would report for `path`. */
export async function knowledgeFile(path: string, source = path.slice(path.lastIndexOf('/') + 1)): Promise<KnowledgeFile> {
  const absolute = resolve(path);
  return { source, path: absolute, bytes: (await stat(absolute)).size, hash: await hashKnowledgeFile(absolute) };
}

/** A fixture from tests/fixtures/files by name. */
export function fixture(name: string): Promise<KnowledgeFile> {
  return knowledgeFile(join(FIXTURES, name), name);
}

/** Loader options generous enough for every fixture. */
export const LOAD = { maxFileBytes: 50 * 1024 * 1024 };
