import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Passage } from '../knowledge/document.js';
import type { LexicalSearch, VectorIndex } from '../index/search-index.js';
import { retrieve, type RetrievedPassage, type RetrieveOptions } from './retrieve.js';

/** The parts of an index snapshot that retrieval reads. */
export interface SearchableSnapshot {
  passages: ReadonlyMap<string, Passage>;
  lexical: LexicalSearch;
  vectors: VectorIndex;
}

/** A retrieved passage with its text, ready for the answerer and citations. */
export interface SnapshotHit extends RetrievedPassage {
  passage: Passage;
}

export type SearchSnapshotOptions = Partial<Omit<RetrieveOptions, 'lexical' | 'vectors' | 'embeddings' | 'metadata'>>;

/**
 * `retrieve` over one loaded index generation: passage metadata and text come from the
 * snapshot's passage map, so a passage is always cited from the generation that found it.
 *
 * @example
 * const hits = await searchSnapshot(live.current, embeddings, 'What did xAI distil?');
 * hits[0]?.passage.pageContent;
 */
export async function searchSnapshot(
  snapshot: SearchableSnapshot,
  embeddings: Pick<EmbeddingsInterface, 'embedQuery'>,
  query: string,
  options: SearchSnapshotOptions = {},
): Promise<SnapshotHit[]> {
  const hits = await retrieve(query, {
    ...options,
    lexical: snapshot.lexical,
    vectors: snapshot.vectors,
    embeddings,
    metadata: (id) => snapshot.passages.get(id)?.metadata,
  });
  return hits.map((hit) => ({ ...hit, passage: snapshot.passages.get(hit.id)! }));
}
