import { Document } from '@langchain/core/documents';
import { LexicalIndex } from '../../src/core/index/lexical-index.js';
import type { Passage, PassageMetadata } from '../../src/core/knowledge/document.js';

/** A passage with the given id and text; the source is `<id>.md`, the title the id unless given. */
export function createDummyPassage(id: string, text: string, headingPath: string[] = [], overrides: Partial<PassageMetadata> = {}): Passage {
  const metadata: PassageMetadata = { id, source: `${id}.md`, title: id, urls: [], headingPath, paragraph: 1, locator: '¶1', ...overrides };
  return new Document({ pageContent: text, metadata });
}

/** Passages `p0`, `p1`… with these texts (and heading paths), in a lexical index: what the retrieval helpers read. */
export function createWordSnapshot(texts: string[], headings: string[][] = []) {
  const lexical = new LexicalIndex();
  const passages = new Map(texts.map((text, i) => [`p${i}`, createDummyPassage(`p${i}`, text, headings[i] ?? [])]));
  for (const [id, p] of passages) lexical.add(id, [...p.metadata.headingPath, p.pageContent].join(' '));
  return { lexical, passages };
}
