import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { PassageMetadata } from '../knowledge/document.js';
import type { LexicalMatch, LexicalSearch, VectorIndex } from '../index/search-index.js';
import { diversify, type DiversifyOptions, DIVERSIFY_DEFAULTS } from './diversify.js';
import { type FusionMethod, fuseRankings } from './fuse-rankings.js';
import { withDefaults } from '../support/with-defaults.js';

/** Weights of the three signals in the fused score (only their ratios matter). */
export interface FusionWeights {
  bm25: number;
  ngram: number;
  vector: number;
}

/** Tuned on SciFact train with the offline embedder (see DESIGN.md). */
export const OFFLINE_FUSION_WEIGHTS: FusionWeights = { bm25: 0.55, ngram: 0.35, vector: 0.1 };
/** A starting point for neural embedders, not measured here (no model offline). */
export const NEURAL_FUSION_WEIGHTS: FusionWeights = { bm25: 0.4, ngram: 0.2, vector: 0.4 };

export interface RetrieveOptions extends DiversifyOptions {
  lexical: LexicalSearch;
  vectors: VectorIndex;
  /** Embeds the query for the vector channel; must be the embedder the index was built with. */
  embeddings: Pick<EmbeddingsInterface, 'embedQuery'>;
  /** Passages the index holds; a candidate without metadata (a stale id) is skipped. */
  metadata: (id: string) => PassageMetadata | undefined;
  /**
   * Return only these passages (one document's, when a question names it), each scored whether
   * or not a channel found it. Past `MAX_SCORED_WHOLE` of them, only those the channels find are
   * scored: scoring one costs about 20 µs, and "the briefs" may be most of the index.
   */
  among?: readonly string[];
  /** Passages returned. */
  k?: number;
  /** Candidates taken from each channel before fusion. */
  candidates?: number;
  weights?: FusionWeights;
  fusion?: FusionMethod;
  /** Called when the query cannot be embedded; retrieval then goes on with the lexical signals. */
  onVectorError?: (error: unknown) => void;
  /**
   * Longest a query waits for its embedding before going on with the lexical signals. A remote
   * embedder's own timeout and retries are sized for indexing (minutes); a person asking a
   * question should not wait that long for one of three signals.
   */
  queryEmbeddingTimeoutMs?: number;
}

type Tunables = Omit<RetrieveOptions, 'lexical' | 'vectors' | 'embeddings' | 'metadata' | 'among'>;

/** The most passages of `among` scored whether or not a channel found them. */
export const MAX_SCORED_WHOLE = 2_000;

export const RETRIEVE_DEFAULTS = {
  ...DIVERSIFY_DEFAULTS,
  k: 8,
  candidates: 100,
  weights: OFFLINE_FUSION_WEIGHTS,
  fusion: 'minmax',
  onVectorError: () => {},
  queryEmbeddingTimeoutMs: 10_000,
} satisfies Required<Tunables>;

/** What says how well a passage answers the query; calibrate an abstain threshold on these. */
export interface PassageEvidence {
  /** Share of the query's idf mass whose terms the passage contains (0..1). */
  termCoverage: number;
  /** Analysed query terms found in the passage. */
  matchedTerms: string[];
  /** Stem and character n-gram TF-IDF cosine (0..1). */
  ngramCosine: number;
  /** Cosine of query and passage embeddings; undefined when the vector channel is off (weight 0) or the query could not be embedded. */
  vectorCosine: number | undefined;
}

export interface RetrievedPassage {
  id: string;
  /** Fused score: comparable within one query only. */
  score: number;
  /** BM25. */
  lexicalScore: number;
  /** Embedding cosine (0 when unavailable). */
  vectorScore: number;
  evidence: PassageEvidence;
  metadata: PassageMetadata;
}

/**
 * Hybrid retrieval: BM25 and vector candidates, every candidate scored by all signals (BM25,
 * n-gram cosine, embedding cosine), fused, then diversified so that no paragraph or near-copy
 * fills the results. Best first.
 *
 * @example
 * const hits = await retrieve('Who must disclose distillation?', {
 *   lexical, vectors, embeddings, metadata: (id) => passages.get(id)?.metadata,
 * });
 * hits[0]?.evidence.termCoverage; // 0.83
 */
export async function retrieve(query: string, options: RetrieveOptions): Promise<RetrievedPassage[]> {
  const o: Required<Tunables> & RetrieveOptions = withDefaults(RETRIEVE_DEFAULTS, options);
  const q = o.lexical.prepare(query);
  const queryVector = o.weights.vector > 0 && o.vectors.size > 0 ? await embedQuery(query, o) : undefined;
  const vectorHits = queryVector ? o.vectors.search(queryVector, o.candidates) : [];
  const found = [...o.lexical.search(q, o.candidates), ...vectorHits].map((h) => h.id);
  const scoredWhole = o.among && o.among.length <= MAX_SCORED_WHOLE ? o.among : [];
  const ids = [...new Set([...found, ...scoredWhole])].filter((id) => o.metadata(id) !== undefined);
  const matches = new Map(o.lexical.explain(q, ids).map((m) => [m.id, m]));
  const cosines = new Map(vectorHits.map((h) => [h.id, h.score]));
  // A passage no vector search found would rank last on that channel; compared, it ranks fairly.
  if (queryVector) fillCosines(scoredWhole.map((id) => ({ id })), queryVector, cosines, o.vectors);
  const fused = fuseRankings(
    ids,
    [
      { weight: o.weights.bm25, scores: mapScores(matches, (m) => m.bm25) },
      { weight: o.weights.ngram, scores: mapScores(matches, (m) => m.ngramCosine) },
      { weight: o.weights.vector, scores: cosines },
    ],
    { method: o.fusion },
  );
  // Normalised together with the whole index's candidates, as an unrestricted search scores them.
  const among = o.among && new Set(o.among);
  const kept = diversify(among ? fused.filter((f) => among.has(f.id)) : fused, o.k, { metadata: o.metadata, terms: (id) => o.lexical.terms(id) }, o);
  if (queryVector) fillCosines(kept, queryVector, cosines, o.vectors);
  return kept.map(({ id, score }) => toResult(id, score, matches.get(id), queryVector ? (cosines.get(id) ?? 0) : undefined, o.metadata(id)!));
}

async function embedQuery(query: string, o: Required<Tunables> & RetrieveOptions): Promise<number[] | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the query embedding took over ${o.queryEmbeddingTimeoutMs} ms`)), o.queryEmbeddingTimeoutMs);
  });
  try {
    return await Promise.race([o.embeddings.embedQuery(query), deadline]);
  } catch (error) {
    o.onVectorError(error);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Lexical-only candidates have no cosine from the vector search. Fusion treats them as the
 * channel's worst (fetching every stored vector costs more than the rest of the query), but
 * the evidence of the passages returned is completed from their stored vectors.
 */
function fillCosines(kept: { id: string }[], query: number[], cosines: Map<string, number>, vectors: VectorIndex): void {
  let sum = 0;
  for (const x of query) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  for (const { id } of kept) {
    if (cosines.has(id)) continue;
    const stored = vectors.getVector(id);
    if (stored !== undefined) cosines.set(id, stored.reduce((dot, x, j) => dot + x * query[j]!, 0) / norm);
  }
}

function mapScores(matches: Map<string, LexicalMatch>, pick: (m: LexicalMatch) => number): Map<string, number> {
  return new Map([...matches].map(([id, m]) => [id, pick(m)]));
}

function toResult(id: string, score: number, match: LexicalMatch | undefined, cosine: number | undefined, metadata: PassageMetadata): RetrievedPassage {
  return {
    id,
    score,
    lexicalScore: match?.bm25 ?? 0,
    vectorScore: cosine ?? 0,
    evidence: {
      termCoverage: match?.coverage ?? 0,
      matchedTerms: match?.matchedTerms ?? [],
      ngramCosine: match?.ngramCosine ?? 0,
      vectorCosine: cosine,
    },
    metadata,
  };
}
