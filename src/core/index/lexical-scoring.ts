import type { NgramStatistics } from './ngram-statistics.js';
import { type PreparedQuery, smoothIdf, sublinearTf } from './lexical-query.js';
import type { LexicalMatch, SearchHit } from './search-index.js';
import type { TermPostings } from './term-postings.js';
import { TopK } from './top-k.js';

/** What scoring one passage reads from the lexical index. */
export interface ScoringContext {
  store: TermPostings;
  ngrams: NgramStatistics;
  bucketsOf: (termId: number) => Uint32Array;
  k1: number;
  b: number;
}

/** Document norms are recomputed once the passage count drifts this far from when they were. */
const NORM_DRIFT = 0.1;

/**
 * Per-passage L2 norms of the stem and n-gram TF-IDF vectors, computed lazily (NaN = not yet)
 * because they depend on idf, which moves while an index is built. Saved with the index so a
 * loaded one starts warm.
 */
export class PassageNorms {
  constructor(
    public stem: Float64Array = new Float64Array(0),
    public gram: Float64Array = new Float64Array(0),
    /** Passage count the norms were computed at. */
    public documents = 0,
  ) {}

  invalidate(slot: number): void {
    this.grow(slot + 1);
    this.stem[slot] = Number.NaN;
    this.gram[slot] = Number.NaN;
  }

  /** Idf moves as passages come and go; norms from a much smaller or larger index are redone. */
  refreshIfDrifted(documents: number): void {
    if (Math.abs(documents - this.documents) <= NORM_DRIFT * Math.max(this.documents, 1)) return;
    this.stem.fill(Number.NaN);
    this.gram.fill(Number.NaN);
    this.documents = documents;
  }

  ensure(slot: number, ctx: ScoringContext): void {
    this.grow(slot + 1);
    if (!Number.isNaN(this.stem[slot]!) && !Number.isNaN(this.gram[slot]!)) return;
    const forward = ctx.store.forward[slot]!;
    const n = ctx.store.size;
    let sum = 0;
    for (let i = 0; i < forward.length; i += 2) {
      const weight = sublinearTf(forward[i + 1]!) * smoothIdf(ctx.store.df(forward[i]!), n);
      sum += weight * weight;
    }
    this.stem[slot] = Math.sqrt(sum);
    this.gram[slot] = ctx.ngrams.norm(forward, ctx.bucketsOf, n);
  }

  private grow(length: number): void {
    if (this.stem.length >= length) return;
    const size = Math.max(length, this.stem.length * 2, 64);
    const stem = new Float64Array(size).fill(Number.NaN);
    const gram = new Float64Array(size).fill(Number.NaN);
    stem.set(this.stem);
    gram.set(this.gram);
    this.stem = stem;
    this.gram = gram;
  }
}

/**
 * Per-query cache of Σ over a term's n-grams of (query weight × idf), indexed by term id.
 * Candidates share most of their vocabulary, so each term's n-grams are looked up once.
 */
export class TermScoreCache {
  private values = new Float64Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;

  /** Starts a new query; previous entries become invisible without clearing. */
  begin(vocabulary: number): void {
    if (this.values.length < vocabulary) {
      this.values = new Float64Array(vocabulary * 2);
      this.stamps = new Uint32Array(vocabulary * 2);
      this.stamp = 0;
    }
    this.stamp++;
  }

  gramScore(q: PreparedQuery, termId: number, ctx: ScoringContext): number {
    if (this.stamps[termId] === this.stamp) return this.values[termId]!;
    let score = 0;
    const n = ctx.store.size;
    for (const bucket of ctx.bucketsOf(termId)) {
      const weight = q.gramWeights.get(bucket);
      if (weight !== undefined) score += weight * ctx.ngrams.idf(bucket, n);
    }
    this.stamps[termId] = this.stamp;
    this.values[termId] = score;
    return score;
  }
}

/** BM25, n-gram cosine and coverage of one passage, in one pass over its terms. */
export function matchPassage(q: PreparedQuery, id: string, slot: number, ctx: ScoringContext, norms: PassageNorms, cache: TermScoreCache): LexicalMatch {
  const { store, k1, b } = ctx;
  const n = store.size;
  const forward = store.forward[slot]!;
  const lengthNorm = k1 * (1 - b + (b * store.docLength[slot]!) / (store.totalLength / Math.max(n, 1) || 1));
  let bm25 = 0;
  let matchedIdf = 0;
  let stemDot = 0;
  let gramDot = 0;
  const matchedTerms: string[] = [];
  for (let i = 0; i < forward.length; i += 2) {
    const termId = forward[i]!;
    const tf = forward[i + 1]!;
    const idf = q.bm25Idf.get(termId);
    if (idf !== undefined) {
      bm25 += (idf * tf * (k1 + 1)) / (tf + lengthNorm);
      matchedIdf += idf;
      stemDot += q.stemWeights.get(termId)! * sublinearTf(tf) * smoothIdf(store.df(termId), n);
      matchedTerms.push(store.terms[termId]!);
    }
    gramDot += tf * cache.gramScore(q, termId, ctx);
  }
  norms.ensure(slot, ctx);
  const stemCos = norms.stem[slot]! > 0 ? stemDot / norms.stem[slot]! : 0;
  const gramCos = norms.gram[slot]! > 0 ? gramDot / norms.gram[slot]! : 0;
  const coverage = q.idfMass > 0 ? matchedIdf / q.idfMass : 0;
  return { id, bm25, ngramCosine: Math.min(1, (stemCos + gramCos) / 2), coverage, matchedTerms };
}

/**
 * Top k passages by BM25, term at a time: each query term's postings add into a per-slot
 * accumulator (zeroed again on the way out, so it is reused across queries).
 */
export function searchBm25(q: PreparedQuery, k: number, ctx: ScoringContext, accumulator: Float64Array): SearchHit[] {
  const { store, k1, b } = ctx;
  const avgLength = store.totalLength / Math.max(store.size, 1) || 1;
  const touched: number[] = [];
  for (const [termId, idf] of q.bm25Idf) {
    const postings = store.postingsOf(termId);
    for (let i = 0; i < postings.length; i += 2) {
      const slot = postings[i]!;
      const tf = postings[i + 1]!;
      if (accumulator[slot] === 0) touched.push(slot);
      accumulator[slot] = accumulator[slot]! + (idf * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * store.docLength[slot]!) / avgLength));
    }
  }
  const top = new TopK(k);
  for (const slot of touched) {
    top.push(slot, accumulator[slot]!);
    accumulator[slot] = 0;
  }
  return top.sorted().map(({ item, score }) => ({ id: store.ids[item]!, score }));
}
