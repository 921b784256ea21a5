import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './english-stopwords.js';
import { tokenize } from './tokenize.js';
import { withDefaults } from '../support/with-defaults.js';

/** Turns text into the terms an index stores and a query looks up. */
export type Analyzer = (text: string) => string[];

export interface AnalyzerOptions {
  /** Splits text into lowercase words. */
  tokenize?: (text: string) => string[];
  /** Words dropped before stemming. */
  stopwords?: ReadonlySet<string>;
  /** Reduces a word to its stem; applied to Latin-script words only (Porter is English). */
  stem?: ((word: string) => string) | false;
}

const defaults = {
  tokenize,
  stopwords: ENGLISH_STOPWORDS,
  stem: stemmer,
} satisfies Required<AnalyzerOptions>;

/**
 * Builds an analyzer: tokenize, drop stopwords, stem English words.
 *
 * @example
 * const analyze = createAnalyzer({ stopwords: new Set() });
 * analyze('The models were distilled'); // ['the', 'model', 'were', 'distil']
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const { tokenize: split, stopwords, stem } = withDefaults(defaults, options);
  const stemOf = stem === false ? undefined : memoize(stem);
  return function analyzeText(text: string): string[] {
    const terms: string[] = [];
    for (const word of split(text)) {
      if (stopwords.has(word)) continue;
      terms.push(stemOf !== undefined && LATIN_WORD.test(word) ? stemOf(word) : word);
    }
    return terms;
  };
}

/** The default analyzer: Unicode words, Lucene's English stopwords, Porter stems. */
export const analyze: Analyzer = createAnalyzer();

/**
 * Names the default analyzer in saved indexes and embedder ids. Change it whenever `analyze`
 * changes its output, so that old indexes are rebuilt instead of silently mismatched.
 */
export const DEFAULT_ANALYZER_ID = 'unicode-lucene33-porter-v1';

const LATIN_WORD = /^[a-z]+$/;

/** Porter stemming dominates analysis time, and vocabularies repeat heavily. */
function memoize(fn: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return function cachedStem(word: string): string {
    let stem = cache.get(word);
    if (stem === undefined) {
      // A bound keeps a pathological input (all distinct words) from growing memory forever.
      if (cache.size >= 100_000) cache.clear();
      stem = fn(word);
      cache.set(word, stem);
    }
    return stem;
  };
}
