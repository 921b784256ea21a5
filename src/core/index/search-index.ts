/**
 * The two index contracts retrieval reads. Each has a contract test suite that every
 * implementation runs (tests/core/index/*-contract.ts).
 */

/** One ranked passage from one channel; higher scores are better. */
export interface SearchHit {
  id: string;
  score: number;
}

/**
 * Nearest neighbours by cosine similarity over vectors from any embedder. Adding an id that is
 * present replaces its vector.
 */
export interface VectorIndex {
  readonly dimensions: number;
  /** Live (not removed) vectors. */
  readonly size: number;
  has(id: string): boolean;
  add(id: string, vector: ArrayLike<number>): void;
  /** False when the id was not present. */
  remove(id: string): boolean;
  /** Up to k hits, best first; `score` is the cosine similarity in [-1, 1]. */
  search(vector: ArrayLike<number>, k: number): SearchHit[];
  /** The stored vector, L2-normalised (cosine indexes keep unit vectors). */
  getVector(id: string): number[] | undefined;
}

/** A query analysed once and reused across a lexical index's methods. */
export interface LexicalQuery {
  readonly text: string;
  /** The analysed terms, in order, with repeats. */
  readonly terms: readonly string[];
}

/** What a lexical index can tell about one passage for one query. */
export interface LexicalMatch {
  id: string;
  /** BM25; 0 when no query term occurs. */
  bm25: number;
  /**
   * Cosine of TF-IDF vectors over stems and character n-grams of stems, in [0, 1]. It credits
   * partial matches ("regulator" for "regulation") that BM25 scores as misses.
   */
  ngramCosine: number;
  /** Share of the query's idf mass whose terms occur in the passage, in [0, 1]. */
  coverage: number;
  /** Query terms (analysed) that occur in the passage. */
  matchedTerms: string[];
}

/** Keyword search over analysed text, updatable one passage at a time. */
export interface LexicalSearch {
  readonly size: number;
  has(id: string): boolean;
  /** Adds or replaces a passage. */
  add(id: string, text: string): void;
  /** False when the id was not present. */
  remove(id: string): boolean;
  prepare(query: string): LexicalQuery;
  /** Top k by BM25, best first; passages without any query term are not returned. */
  search(query: string | LexicalQuery, k: number): SearchHit[];
  /** Scores chosen passages (e.g. another channel's candidates); unknown ids are skipped. */
  explain(query: string | LexicalQuery, ids: readonly string[]): LexicalMatch[];
  /** Inverse document frequency of an analysed term; unseen terms get the largest value. */
  idf(term: string): number;
  /** Ids of passages holding every one of the analysed terms, at most `limit`, in no particular order. */
  withAllTerms(terms: readonly string[], limit: number): string[];
  /** The distinct analysed terms of a passage, or undefined for an unknown id. */
  terms(id: string): string[] | undefined;
}
