import { stemmer } from 'stemmer';
import { ENGLISH_STOPWORDS } from './english-stopwords.js';
import { verbBaseForm } from './irregular-verbs.js';
import { tokenize } from './tokenize.js';
import { withDefaults } from '../support/with-defaults.js';

/** Turns text into the terms an index stores and a query looks up. */
export type Analyzer = (text: string) => string[];

export interface AnalyzerOptions {
  /** Splits text into lowercase words. */
  tokenize?: (text: string) => string[];
  /** Words dropped before stemming. */
  stopwords?: ReadonlySet<string>;
  /** Reduces a word to its stem; applied to Latin-script words only (Porter is English). The default undoes irregular verb forms first. */
  stem?: ((word: string) => string) | false;
}

const defaults = {
  tokenize,
  stopwords: ENGLISH_STOPWORDS,
  stem: (word: string) => porterStem(verbBaseForm(word)),
} satisfies Required<AnalyzerOptions>;

/**
 * Builds an analyzer: tokenize, drop stopwords, stem English words.
 *
 * @example
 * const analyze = createAnalyzer({ stopwords: new Set() });
 * analyze('The models were distilled'); // ['the', 'model', 'be', 'distil']
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const { tokenize: split, stopwords, stem } = withDefaults(defaults, options);
  const stemOf = stem === false ? undefined : memoize(stem);
  const recent = new Map<string, readonly string[]>();
  return function analyzeText(text: string): string[] {
    // Indexing analyses each passage twice (embedder, then lexical index) in the same batch.
    const cached = recent.get(text);
    if (cached) return cached.slice();
    const terms: string[] = [];
    for (const word of split(text)) {
      if (stopwords.has(word)) continue;
      terms.push(stemOf !== undefined && LATIN_WORD.test(word) ? stemOf(word) : word);
    }
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    recent.set(text, terms);
    return terms.slice();
  };
}

/** More than one embedding batch (256 passages), so a batch's texts are still cached when the lexical index reads them. */
const RECENT_TEXTS = 1024;

/**
 * Porter, with one stem for a one-syllable word ending in a vowel and "e" and its inflections.
 * Porter keeps "sue" and "tie" whole but strips "sued", "suing" and "ties" to "su" and "ti", so
 * "Who did Musk sue?" shared no term with "Musk sued OpenAI". Such a stem loses its "e" too
 * ("goes" and "does" then meet "go" and "do"); "free" and "see" are stemmed as Porter does.
 */
function porterStem(word: string): string {
  const kept = KEPT_APART.get(word);
  if (kept !== undefined) return kept;
  const stem = stemmer(word);
  return /^[^aeiouy]*[aiou]e$/.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * Words Porter joins to another sense's stem: a court's "ruling" (and "ruled") is no "rule" to
 * follow, so "will there be actual rules on distillation?" found the D.C. Circuit's ruling. The
 * verb "rule" keeps its stem, so "when did the court rule?" meets "the court ruled" only by its
 * other words; joining "ruled" with "rule" instead cost four questions over the golden sets.
 */
const KEPT_APART = new Map([
  ['ruling', 'ruling'],
  ['rulings', 'ruling'],
  ['ruled', 'ruling'],
]);

/** The default analyzer: Unicode words, Lucene's English stopwords, irregular verbs to their base form, Porter stems. */
export const analyze: Analyzer = createAnalyzer();

/**
 * Names the default analyzer in saved indexes and embedder ids. Change it whenever `analyze`
 * changes its output, so that old indexes are rebuilt instead of silently mismatched.
 */
export const DEFAULT_ANALYZER_ID = 'unicode-lucene33-wnverbs-porter-v7';

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
