import { Document } from '@langchain/core/documents';
import type { Passage, PassageMetadata } from '../../src/core/knowledge/document.js';

/** A passage with the given id and text; the source is `<id>.md`, the title the id unless given. */
export function createDummyPassage(id: string, text: string, headingPath: string[] = [], overrides: Partial<PassageMetadata> = {}): Passage {
  const metadata: PassageMetadata = { id, source: `${id}.md`, title: id, urls: [], headingPath, paragraph: 1, locator: '¶1', ...overrides };
  return new Document({ pageContent: text, metadata });
}
