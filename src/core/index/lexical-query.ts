import type { ScoringContext } from './lexical-scoring.js';
import type { LexicalQuery } from './search-index.js';

/**
 * A query analysed against one state of one lexical index: term ids, idf weights and the
 * normalised TF-IDF weights of its stems and n-grams. The index re-prepares it when it has
 * changed since (`version`).
 */
export interface PreparedQuery extends LexicalQuery {
  readonly owner: object;
  readonly version: number;
  /** Known distinct terms → BM25 idf. */
  readonly bm25Idf: ReadonlyMap<number, number>;
  /** Σ BM25 idf over all distinct query terms, unseen ones included: coverage's denominator. */
  readonly idfMass: number;
  /** Known distinct terms → unit-normalised TF-IDF weight (unseen terms count in the norm). */
  readonly stemWeights: ReadonlyMap<number, number>;
  /** N-gram bucket → unit-normalised TF-IDF weight. */
  readonly gramWeights: ReadonlyMap<number, number>;
}

/** BM25's idf as Lucene computes it; always positive. */
export function bm25Idf(df: number, documents: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** Smoothed idf for the cosine channel, as scikit-learn's TfidfVectorizer. */
export function smoothIdf(df: number, documents: number): number {
  return Math.log((documents + 1) / (df + 1)) + 1;
}

/** Sublinear term frequency: a tenth mention adds less than the second. */
export function sublinearTf(tf: number): number {
  return tf > 0 ? 1 + Math.log(tf) : 0;
}

/** Scales a weight map in place to unit L2 norm, with extra squared mass counted in the norm. */
export function normalizeWeights<K>(weights: Map<K, number>, extraSquares = 0): Map<K, number> {
  let sum = extraSquares;
  for (const w of weights.values()) sum += w * w;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (const [key, w] of weights) weights.set(key, w / norm);
  return weights;
}

/**
 * Analyses a query against the index's current statistics. Terms the index has never seen
 * still count in the idf mass and the stem norm, so they lower coverage and cosine: a question
 * about something absent looks less answered.
 */
export function prepareQuery(text: string, terms: string[], ctx: ScoringContext, stamp: { owner: object; version: number }): PreparedQuery {
  const { store, ngrams } = ctx;
  const n = store.size;
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const bm25 = new Map<number, number>();
  const stems = new Map<number, number>();
  const grams = new Map<number, number>();
  let idfMass = 0;
  let unseenSquares = 0;
  for (const [term, tf] of counts) {
    const termId = store.termIds.get(term);
    const df = termId === undefined ? 0 : store.df(termId);
    idfMass += bm25Idf(df, n);
    const weight = sublinearTf(tf) * smoothIdf(df, n);
    if (termId !== undefined && df > 0) {
      bm25.set(termId, bm25Idf(df, n));
      stems.set(termId, weight);
    } else unseenSquares += weight * weight;
    for (const bucket of ngrams.bucketsOf(term)) grams.set(bucket, (grams.get(bucket) ?? 0) + tf);
  }
  for (const [bucket, tf] of grams) grams.set(bucket, tf * ngrams.idf(bucket, n));
  normalizeWeights(stems, unseenSquares);
  normalizeWeights(grams);
  return { ...stamp, text, terms, bm25Idf: bm25, idfMass, stemWeights: stems, gramWeights: grams };
}
