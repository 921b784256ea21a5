import { type CharNgramOptions, hashCharNgrams, hashString } from '../text/feature-hash.js';

/** Relative weights of the three feature kinds; each kind is normalised on its own first. */
export interface FeatureWeights {
  stems: number;
  stemPairs: number;
  charNgrams: number;
}

export interface HashFeatureOptions {
  dimensions: number;
  weights: FeatureWeights;
  ngram: CharNgramOptions;
}

/**
 * Signed feature hashing of analysed terms into a dense unit vector: stems, adjacent stem
 * pairs and character n-grams of stems, each with sublinear tf. The sign bit halves the bias
 * collisions add to dot products. Each kind is normalised before weighting, so long texts'
 * hundreds of n-grams do not drown their few stems.
 */
export function hashFeatures(terms: readonly string[], { dimensions, weights, ngram }: HashFeatureOptions): number[] {
  const out = new Float64Array(dimensions);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < terms.length; i++) pairs.push(`${terms[i]} ${terms[i + 1]}`);
  const grams: number[] = [];
  for (const term of terms) hashCharNgrams(term, ngram, grams);
  addKind(out, countHashes(terms.map((t) => hashString(t, STEM_SEED))), weights.stems);
  addKind(out, countHashes(pairs.map((p) => hashString(p, PAIR_SEED))), weights.stemPairs);
  addKind(out, countHashes(grams), weights.charNgrams);
  let sum = 0;
  for (const x of out) sum += x * x;
  const norm = Math.sqrt(sum);
  return Array.from(out, (x) => (norm > 0 ? x / norm : 0));
}

// Seeds keep a stem and an identical-looking n-gram or pair from sharing a hash.
const STEM_SEED = 0x5157;
const PAIR_SEED = 0x9a1b;

function countHashes(hashes: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  return counts;
}

function addKind(out: Float64Array, counts: Map<number, number>, weight: number): void {
  if (weight <= 0 || counts.size === 0) return;
  const dims = out.length;
  const part = new Float64Array(dims);
  for (const [h, tf] of counts) {
    const value = 1 + Math.log(tf);
    const bucket = (h & 0x7fffffff) % dims;
    part[bucket] = part[bucket]! + (h & 0x80000000 ? -value : value);
  }
  let sum = 0;
  for (const x of part) sum += x * x;
  const scale = sum > 0 ? Math.sqrt(weight / sum) : 0;
  for (let i = 0; i < dims; i++) out[i] = out[i]! + part[i]! * scale;
}
