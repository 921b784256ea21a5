import { type CharNgramOptions, hashCharNgrams } from '../text/feature-hash.js';

/** A term id's n-gram buckets (cached by the lexical index). */
export type BucketsOf = (termId: number) => Uint32Array;

/**
 * Document frequencies of character n-grams of stems, for the lexical index's n-gram cosine.
 *
 * N-grams are hashed into 2^bits buckets, so the table is a fixed-size count array that
 * supports adding and removing one document at a time; a document's n-grams are derived from
 * its distinct terms, which the lexical index keeps anyway, so nothing else is stored per
 * document. Collisions only merge the frequencies of rare n-grams.
 */
export class NgramStatistics {
  readonly df: Uint32Array;
  private readonly mask: number;
  /** Dedupes a document's buckets without a Set: stamp[bucket] === current document's stamp. */
  private stampTable: Uint32Array | undefined;
  private stampValue = 0;
  /** Per-bucket tf of the document being normed; reset through `touched` after each use. */
  private scratchTable: Float64Array | undefined;

  constructor(
    readonly bits: number,
    readonly ngram: CharNgramOptions,
    df?: Uint32Array,
  ) {
    const size = 2 ** bits;
    this.df = df ?? new Uint32Array(size);
    if (this.df.length !== size) throw new Error(`n-gram table has ${this.df.length} buckets, expected ${size}`);
    this.mask = size - 1;
  }

  // Allocated on first use: a loaded index that is only queried never needs them.
  private get stamp(): Uint32Array {
    return (this.stampTable ??= new Uint32Array(this.df.length));
  }

  private get scratch(): Float64Array {
    return (this.scratchTable ??= new Float64Array(this.df.length));
  }

  /** Bucket numbers of a term's n-grams, with repeats (a repeated n-gram counts twice). */
  bucketsOf(term: string): Uint32Array {
    const hashes = hashCharNgrams(term, this.ngram);
    const out = new Uint32Array(hashes.length);
    for (let i = 0; i < hashes.length; i++) out[i] = hashes[i]! & this.mask;
    return out;
  }

  /** Counts a passage given its forward list: (termId, tf) pairs of its distinct terms. */
  addDocument(forward: Uint32Array, bucketsOf: BucketsOf): void {
    this.forEachDistinct(forward, bucketsOf, (bucket) => (this.df[bucket] = this.df[bucket]! + 1));
  }

  removeDocument(forward: Uint32Array, bucketsOf: BucketsOf): void {
    this.forEachDistinct(forward, bucketsOf, (bucket) => {
      if (this.df[bucket]! > 0) this.df[bucket] = this.df[bucket]! - 1;
    });
  }

  /** Smoothed idf, as scikit-learn's TfidfVectorizer: ln((N + 1) / (df + 1)) + 1. */
  idf(bucket: number, documents: number): number {
    return Math.log((documents + 1) / (this.df[bucket]! + 1)) + 1;
  }

  /**
   * L2 norm of a passage's n-gram TF-IDF vector, from its forward list; an n-gram's tf is
   * summed over the passage's terms containing it.
   */
  norm(forward: Uint32Array, bucketsOf: BucketsOf, documents: number): number {
    const scratch = this.scratch;
    const touched: number[] = [];
    for (let i = 0; i < forward.length; i += 2) {
      const tf = forward[i + 1]!;
      for (const bucket of bucketsOf(forward[i]!)) {
        if (scratch[bucket] === 0) touched.push(bucket);
        scratch[bucket] = scratch[bucket]! + tf;
      }
    }
    let sum = 0;
    for (const bucket of touched) {
      const weight = scratch[bucket]! * this.idf(bucket, documents);
      sum += weight * weight;
      scratch[bucket] = 0;
    }
    return Math.sqrt(sum);
  }

  /** Sparse (bucket → count) pairs of the non-zero frequencies, for saving. */
  toPairs(): { buckets: Uint32Array; counts: Uint32Array } {
    let n = 0;
    for (const count of this.df) if (count > 0) n++;
    const buckets = new Uint32Array(n);
    const counts = new Uint32Array(n);
    let j = 0;
    this.df.forEach((count, bucket) => {
      if (count === 0) return;
      buckets[j] = bucket;
      counts[j++] = count;
    });
    return { buckets, counts };
  }

  static fromPairs(bits: number, ngram: CharNgramOptions, buckets: Uint32Array, counts: Uint32Array): NgramStatistics {
    const df = new Uint32Array(2 ** bits);
    for (let i = 0; i < buckets.length; i++) df[buckets[i]! & (df.length - 1)] = counts[i]!;
    return new NgramStatistics(bits, ngram, df);
  }

  private forEachDistinct(forward: Uint32Array, bucketsOf: BucketsOf, visit: (bucket: number) => void): void {
    const stamp = this.stamp;
    this.stampValue = this.stampValue === 0xffffffff ? 1 : this.stampValue + 1;
    if (this.stampValue === 1) stamp.fill(0);
    for (let i = 0; i < forward.length; i += 2) {
      for (const bucket of bucketsOf(forward[i]!)) {
        if (stamp[bucket] === this.stampValue) continue;
        stamp[bucket] = this.stampValue;
        visit(bucket);
      }
    }
  }
}
