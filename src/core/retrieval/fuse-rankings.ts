import type { SearchHit } from '../index/search-index.js';
import { withDefaults } from '../support/with-defaults.js';

/** One signal's scores for the candidates; a missing candidate counts as the channel's worst. */
export interface ScoreChannel {
  weight: number;
  scores: ReadonlyMap<string, number>;
}

export type FusionMethod = 'minmax' | 'rrf';

export interface FuseOptions {
  /**
   * `minmax`: each channel rescaled to [0, 1] over the candidates, then a weighted sum; keeps
   * how far apart scores are. `rrf`: weighted Σ 1 / (rrfK + rank); uses ranks only.
   */
  method?: FusionMethod;
  rrfK?: number;
}

const defaults = { method: 'minmax', rrfK: 60 } satisfies Required<FuseOptions>;

/**
 * Combines several channels' scores for the same candidates into one ranking, best first.
 * Ties keep the order of `ids`. On SciFact train min-max beat RRF by about 0.01 nDCG@10.
 *
 * @example
 * fuseRankings(['a', 'b'], [
 *   { weight: 0.6, scores: new Map([['a', 12.1], ['b', 3.4]]) },
 *   { weight: 0.4, scores: new Map([['a', 0.2], ['b', 0.9]]) },
 * ]); // [{ id: 'a', score: 0.6 }, { id: 'b', score: 0.4 }]
 */
export function fuseRankings(ids: readonly string[], channels: readonly ScoreChannel[], options: FuseOptions = {}): SearchHit[] {
  const { method, rrfK } = withDefaults(defaults, options);
  const fused = new Float64Array(ids.length);
  for (const channel of channels) {
    if (channel.weight === 0) continue;
    const contribution = method === 'rrf' ? reciprocalRanks(ids, channel.scores, rrfK) : rescale(ids, channel.scores);
    contribution.forEach((value, i) => (fused[i] = fused[i]! + channel.weight * value));
  }
  return ids
    .map((id, i) => ({ id, score: fused[i]!, order: i }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id, score }) => ({ id, score }));
}

function rescale(ids: readonly string[], scores: ReadonlyMap<string, number>): number[] {
  let low = Infinity;
  let high = -Infinity;
  for (const id of ids) {
    const s = scores.get(id);
    if (s === undefined) continue;
    low = Math.min(low, s);
    high = Math.max(high, s);
  }
  // One distinct value tells nothing about order: the channel abstains rather than add a constant.
  if (!(high > low)) return ids.map(() => 0);
  return ids.map((id) => {
    const s = scores.get(id);
    return s === undefined ? 0 : (s - low) / (high - low);
  });
}

function reciprocalRanks(ids: readonly string[], scores: ReadonlyMap<string, number>, k: number): number[] {
  const ranked = ids.filter((id) => scores.has(id)).sort((a, b) => scores.get(b)! - scores.get(a)!);
  const rank = new Map(ranked.map((id, r) => [id, r + 1]));
  return ids.map((id) => {
    const r = rank.get(id);
    return r === undefined ? 0 : 1 / (k + r);
  });
}
