import type { Qrels } from './read-beir.js';

/**
 * nDCG@k as trec_eval's `ndcg_cut` computes it: the gain is the judged grade (not 2^grade − 1),
 * discounted by log2(rank + 1), divided by the DCG of the ideal ordering of all positive
 * judgements. Unjudged and non-positive documents gain nothing.
 */
export function ndcgAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    const gain = judged.get(id) ?? 0;
    if (gain > 0) dcg += gain / Math.log2(i + 2);
  });
  const ideal = [...judged.values()].filter((g) => g > 0).sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, gain, i) => sum + gain / Math.log2(i + 2), 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Share of the positively judged documents that appear in the top k. */
export function recallAtK(ranked: readonly string[], judged: ReadonlyMap<string, number>, k: number): number {
  const relevant = [...judged].filter(([, g]) => g > 0).length;
  if (relevant === 0) return 0;
  const found = ranked.slice(0, k).filter((id) => (judged.get(id) ?? 0) > 0).length;
  return found / relevant;
}

export interface RunScores {
  ndcgAt10: number;
  recallAt100: number;
  /** Queries scored: those in the run with at least one positive judgement. */
  queries: number;
}

/**
 * Averages nDCG@10 and Recall@100 over the run's queries that have a positive judgement, as
 * pytrec_eval does for BEIR (queries absent from the qrels are not scored).
 */
export function evaluateRun(run: ReadonlyMap<string, readonly string[]>, qrels: Qrels): RunScores {
  let ndcg = 0;
  let recall = 0;
  let queries = 0;
  for (const [queryId, ranked] of run) {
    const judged = qrels.get(queryId);
    if (judged === undefined || ![...judged.values()].some((g) => g > 0)) continue;
    ndcg += ndcgAtK(ranked, judged, 10);
    recall += recallAtK(ranked, judged, 100);
    queries++;
  }
  return queries === 0 ? { ndcgAt10: 0, recallAt100: 0, queries } : { ndcgAt10: ndcg / queries, recallAt100: recall / queries, queries };
}
