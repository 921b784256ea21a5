import { IndexMismatchError } from '../errors.js';
import { type Analyzer, analyze, DEFAULT_ANALYZER_ID } from '../text/analyze.js';
import type { CharNgramOptions } from '../text/feature-hash.js';
import { packBundle } from './binary-bundle.js';
import { checkConsistent, decodeLexicalFile, LEXICAL_FORMAT, LEXICAL_FORMAT_VERSION, type SavedHeader } from './lexical-file.js';
import { bm25Idf, type PreparedQuery, prepareQuery } from './lexical-query.js';
import { matchPassage, PassageNorms, type ScoringContext, searchBm25, TermScoreCache } from './lexical-scoring.js';
import { NgramStatistics } from './ngram-statistics.js';
import type { LexicalMatch, LexicalQuery, LexicalSearch, SearchHit } from './search-index.js';
import { TermPostings } from './term-postings.js';
import { withDefaults } from '../support/with-defaults.js';

export interface LexicalIndexOptions {
  /** Must be the analyzer the index was built with; `analyzerId` names it in saved files. */
  analyzer?: Analyzer;
  analyzerId?: string;
  /** BM25 term-frequency saturation. */
  k1?: number;
  /** BM25 length normalisation (0: none, 1: full). */
  b?: number;
  /** Character n-gram lengths of the n-gram cosine. */
  ngram?: CharNgramOptions;
  /** log2 of the n-gram frequency table size (2^20 buckets = 4 MB). */
  ngramBits?: number;
}

/** k1/b tuned on SciFact train (grid 0.6–1.5 × 0.4–0.9); n-grams 3–5 measured against 2–5, 3–4, 4–5. */
export const LEXICAL_INDEX_DEFAULTS = {
  analyzer: analyze,
  analyzerId: DEFAULT_ANALYZER_ID,
  k1: 1.2,
  b: 0.75,
  ngram: { min: 3, max: 5 },
  ngramBits: 20,
} satisfies Required<LexicalIndexOptions>;


/**
 * BM25 keyword search plus an n-gram TF-IDF cosine, updatable one passage at a time, with a
 * compact binary form (`toBuffer` / `fromBuffer`). See DESIGN.md for why both signals exist.
 *
 * @example
 * const index = new LexicalIndex();
 * index.add('p1', 'Distillation of frontier models');
 * index.search('distilled model', 10); // [{ id: 'p1', score: … }]
 */
export class LexicalIndex implements LexicalSearch {
  private readonly options: Required<LexicalIndexOptions>;
  private store: TermPostings;
  private ngrams: NgramStatistics;
  private readonly termBuckets: (Uint32Array | undefined)[] = [];
  private norms = new PassageNorms();
  private readonly termScores = new TermScoreCache();
  private version = 0;
  private accumulator = new Float64Array(0);

  constructor(options: LexicalIndexOptions = {}) {
    this.options = withDefaults(LEXICAL_INDEX_DEFAULTS, options);
    const { k1, b, ngram, ngramBits } = this.options;
    if (!(k1 >= 0) || !(b >= 0 && b <= 1)) throw new RangeError(`BM25 needs k1 >= 0 and 0 <= b <= 1 (got k1=${k1}, b=${b})`);
    if (!(ngram.min >= 1 && ngram.max >= ngram.min)) throw new RangeError(`n-gram lengths must satisfy 1 <= min <= max`);
    if (!Number.isInteger(ngramBits) || ngramBits < 8 || ngramBits > 26) throw new RangeError('ngramBits must be an integer in 8..26');
    this.store = new TermPostings();
    this.ngrams = new NgramStatistics(ngramBits, ngram);
  }

  get size(): number {
    return this.store.size;
  }

  has(id: string): boolean {
    return this.store.slotOf.has(id);
  }

  add(id: string, text: string): void {
    this.remove(id);
    const slot = this.store.addDocument(id, this.options.analyzer(text));
    this.ngrams.addDocument(this.store.forward[slot]!, this.bucketsOfTerm);
    this.norms.invalidate(slot);
    this.version++;
  }

  remove(id: string): boolean {
    const removed = this.store.removeDocument(id);
    if (!removed) return false;
    this.ngrams.removeDocument(removed.forward, this.bucketsOfTerm);
    this.version++;
    return true;
  }

  prepare(query: string): PreparedQuery {
    return prepareQuery(query, this.options.analyzer(query), this.context(), { owner: this, version: this.version });
  }

  search(query: string | LexicalQuery, k: number): SearchHit[] {
    if (this.accumulator.length < this.store.ids.length) this.accumulator = new Float64Array(this.store.ids.length * 2);
    return searchBm25(this.prepared(query), k, this.context(), this.accumulator);
  }

  explain(query: string | LexicalQuery, ids: readonly string[]): LexicalMatch[] {
    const q = this.prepared(query);
    const ctx = this.context();
    this.norms.refreshIfDrifted(this.size);
    this.termScores.begin(this.store.terms.length);
    const matches: LexicalMatch[] = [];
    for (const id of ids) {
      const slot = this.store.slotOf.get(id);
      if (slot !== undefined) matches.push(matchPassage(q, id, slot, ctx, this.norms, this.termScores));
    }
    return matches;
  }

  idf(term: string): number {
    const termId = this.store.termIds.get(term);
    return bm25Idf(termId === undefined ? 0 : this.store.df(termId), this.size);
  }

  withAllTerms(terms: readonly string[], limit: number): string[] {
    const termIds = [...new Set(terms)].map((t) => this.store.termIds.get(t));
    if (termIds.length === 0 || termIds.some((id) => id === undefined || this.store.df(id) === 0)) return [];
    // Walk the rarest term's postings; check each passage's short forward list for the others.
    const [rarest, ...others] = (termIds as number[]).sort((a, b) => this.store.df(a) - this.store.df(b));
    const postings = this.store.postingsOf(rarest!);
    const found: string[] = [];
    for (let i = 0; i < postings.length && found.length < limit; i += 2) {
      const slot = postings[i]!;
      if (others.every((termId) => hasTerm(this.store.forward[slot]!, termId))) found.push(this.store.ids[slot]!);
    }
    return found;
  }

  terms(id: string): string[] | undefined {
    const slot = this.store.slotOf.get(id);
    if (slot === undefined) return undefined;
    const forward = this.store.forward[slot]!;
    const out: string[] = [];
    for (let i = 0; i < forward.length; i += 2) out.push(this.store.terms[forward[i]!]!);
    return out;
  }

  /** A compact binary copy; computes any missing norms first so a loaded index starts warm. */
  toBuffer(): Uint8Array {
    const ctx = this.context();
    this.norms.refreshIfDrifted(this.size);
    const slots = this.store.liveSlots();
    for (const slot of slots) this.norms.ensure(slot, ctx);
    const { terms, ids, docLength, forwardOffsets, forward } = this.store.toArrays();
    const { buckets, counts } = this.ngrams.toPairs();
    const { analyzerId, k1, b, ngram, ngramBits } = this.options;
    return packBundle({
      header: { format: LEXICAL_FORMAT, version: LEXICAL_FORMAT_VERSION, analyzerId, k1, b, ngram, ngramBits, normDocuments: this.norms.documents, terms, ids },
      arrays: {
        docLength,
        forwardOffsets,
        forward,
        gramBuckets: buckets,
        gramCounts: counts,
        stemNorms: Float32Array.from(slots, (s) => this.norms.stem[s]!),
        gramNorms: Float32Array.from(slots, (s) => this.norms.gram[s]!),
      },
    });
  }

  /**
   * Loads `toBuffer` output. k1 and b come from the file unless `options` sets them; the
   * n-gram shape always does. Another `analyzerId` or format version is refused with
   * `IndexMismatchError`, and inconsistent bytes with `IndexCorruptError`.
   */
  static fromBuffer(bytes: Uint8Array, options: LexicalIndexOptions = {}): LexicalIndex {
    const { header, arrays } = decodeLexicalFile(bytes);
    const saved = header as unknown as SavedHeader;
    const analyzerId = options.analyzerId ?? LEXICAL_INDEX_DEFAULTS.analyzerId;
    if (saved.analyzerId !== analyzerId) throw new IndexMismatchError(`analyzer ${analyzerId}`, `analyzer ${saved.analyzerId}`);
    const index = new LexicalIndex({ k1: saved.k1, b: saved.b, ...options, ngram: saved.ngram, ngramBits: saved.ngramBits });
    const u32 = (name: string) => arrays[name] as Uint32Array;
    checkConsistent(saved, arrays);
    index.store = TermPostings.fromArrays({ terms: saved.terms, ids: saved.ids, docLength: u32('docLength'), forwardOffsets: u32('forwardOffsets'), forward: u32('forward') });
    index.ngrams = NgramStatistics.fromPairs(saved.ngramBits, saved.ngram, u32('gramBuckets'), u32('gramCounts'));
    index.norms = new PassageNorms(Float64Array.from(arrays.stemNorms!), Float64Array.from(arrays.gramNorms!), saved.normDocuments);
    return index;
  }

  private prepared(query: string | LexicalQuery): PreparedQuery {
    const q = query as Partial<PreparedQuery>;
    if (typeof query !== 'string' && q.owner === this && q.version === this.version) return q as PreparedQuery;
    return this.prepare(typeof query === 'string' ? query : query.text);
  }

  /** Cached per term id: n-gram hashing is the costliest part of adding a passage. */
  private readonly bucketsOfTerm = (termId: number): Uint32Array =>
    (this.termBuckets[termId] ??= this.ngrams.bucketsOf(this.store.terms[termId]!));

  private context(): ScoringContext {
    const { k1, b } = this.options;
    return { store: this.store, ngrams: this.ngrams, bucketsOf: this.bucketsOfTerm, k1, b };
  }
}

function hasTerm(forward: Uint32Array, termId: number): boolean {
  for (let i = 0; i < forward.length; i += 2) if (forward[i] === termId) return true;
  return false;
}
