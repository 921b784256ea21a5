/**
 * The `index` stage: embed, store and persist passages. Public: building an index, the live
 * (hot-swapping) view a running bot reads, the watcher, and the two search structures.
 *
 * Kept internal: the on-disk pieces (generations, manifest, snapshot files, lock), which change
 * with the format version and are only meant to be driven through `buildIndex` and `LiveIndex`.
 */
export { buildIndex } from './build-index.js';
export type { BuildIndexOptions, Embedder } from './build-index.js';
export { LiveIndex } from './live-index.js';
export type { LiveIndexOptions } from './live-index.js';
export type { IndexSnapshot } from './index-snapshot.js';
export { findDocument, listSources } from './snapshot-documents.js';
export { watchKnowledge } from './watch-knowledge.js';
export type { KnowledgeWatcher, WatchKnowledgeOptions } from './watch-knowledge.js';
export { LexicalIndex, LEXICAL_INDEX_DEFAULTS } from './lexical-index.js';
export { HnswIndex, HNSW_DEFAULTS } from './hnsw-index.js';
export { ExactVectorIndex } from './exact-vector-index.js';
export { OfflineEmbeddings } from './offline-embeddings.js';
export type { OfflineEmbeddingsOptions } from './offline-embeddings.js';
export type { LexicalMatch, LexicalQuery, LexicalSearch, SearchHit, VectorIndex } from './search-index.js';
