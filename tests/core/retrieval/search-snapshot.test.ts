import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { ExactVectorIndex } from '../../../src/core/index/exact-vector-index.js';
import { LexicalIndex } from '../../../src/core/index/lexical-index.js';
import { OfflineEmbeddings } from '../../../src/core/index/offline-embeddings.js';
import type { Passage } from '../../../src/core/knowledge/document.js';
import { searchSnapshot } from '../../../src/core/retrieval/search-snapshot.js';

function passage(id: string, text: string, paragraph: number): Passage {
  return new Document({ id, pageContent: text, metadata: { id, source: 'notes.md', title: 'Notes', urls: [], headingPath: ['Notes'], paragraph, locator: `Notes › ¶${paragraph}` } });
}

describe('searchSnapshot', () => {
  it('returns the snapshot’s passages, text included, best first', async () => {
    const embeddings = new OfflineEmbeddings({ dimensions: 64 });
    const passages = new Map([passage('a', 'Export controls on chips.', 1), passage('b', 'Fair use and copyrighted books.', 2)].map((p) => [p.metadata.id, p]));
    const lexical = new LexicalIndex();
    const vectors = new ExactVectorIndex(64);
    for (const p of passages.values()) {
      lexical.add(p.metadata.id, p.pageContent);
      vectors.add(p.metadata.id, await embeddings.embedQuery(p.pageContent));
    }
    const hits = await searchSnapshot({ passages, lexical, vectors }, embeddings, 'copyrighted books', { k: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.passage).toBe(passages.get('b'));
    expect(hits[0]?.evidence.termCoverage).toBeCloseTo(1, 10);
  });
});
