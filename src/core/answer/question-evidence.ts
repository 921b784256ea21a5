import type { SentenceScoring } from './select-sentences.js';
import { type EverydayEnglish, meansSomething } from '../text/everyday-english.js';
import type { Thesaurus } from '../text/thesaurus.js';
import type { TeamNames } from '../knowledge/team-names.js';
import { prepositionTerms } from '../text/prepositions.js';
import { listedWeights, withoutListedPhrases, withTeamSynonyms } from './team-synonyms.js';
import { tokenize } from '../text/tokenize.js';
import { unmentionedCompounds } from './unmentioned-compounds.js';

/** What the answerer needs to know about the indexed vocabulary. */
export interface Vocabulary {
  analyze: (text: string) => string[];
  /** Inverse document frequency; terms the index has never seen get the largest value. */
  idf: (term: string) => number;
  /** True when some passage contains the phrase (case, spacing and hyphens aside). */
  mentions?: (phrase: string) => boolean;
  /** True when the passages write the word with a capital wherever they say it: a name ("deepseek"). */
  writesAsName?: (word: string) => boolean;
  /** True when the passages write the word with a capital before a number ("Part 2"): one of a numbered series. */
  numbersAsName?: (word: string) => boolean;
  /** The surname the passages always write after a first name ("elon" → "musk"), if any. */
  surnameAfter?: (word: string) => string | undefined;
  /** What an abbreviation stands for in the passages about `context` ("IP" → "intellectual property"), if anything. */
  expand?: (abbreviation: string, context: string) => string | undefined;
  /** Names people type and the names the documents use instead (`knowledge/names.yaml`). */
  names?: TeamNames;
  /** Words people type and the documents' wording for them (`knowledge/synonyms.yaml`): synonyms, not replacements. */
  synonyms?: TeamNames;
  /** Other names a name goes by, lowercase ("Chinese" → "china", "prc"; WordNet's). */
  otherNames?: (name: string) => string[];
  /** True for a word the dictionary knows mainly as a proper name ("japan", "gemini"). */
  isProperName?: (word: string) => boolean;
  /**
   * True for a word of everyday English, however plain ("ban", "sue"); false for "tos" or "eu",
   * which people type in lowercase for "ToS" and "EU". Without it, only capitals mark an abbreviation.
   */
  isEnglishWord?: (word: string) => boolean;
  /** True for a word everyday speech says now and then, whatever the dictionary lists: "us", "la", not "eu" or "uk". */
  isSpokenWord?: (word: string) => boolean;
}

/** The idf of a term no passage contains: the lexical index's largest. */
export function unseenIdf(vocabulary: Pick<Vocabulary, 'idf'>): number {
  return vocabulary.idf('\u0000unseen');
}

/**
 * Share of its own idf that a term never seen in the knowledge base contributes. A question's
 * unseen common word is usually a paraphrase ("picking" the jury for "jury selection"); weighing
 * it fully would make every paraphrase look uncovered. Tuned on tests/golden.
 */
export const UNSEEN_TERM_WEIGHT = 0.2;

/**
 * Sentence scoring whose weights treat unseen question terms as above, and which, given a
 * thesaurus, lets a sentence cover a question's word with a synonym the knowledge base uses.
 */
export function createSentenceScoring(vocabulary: Vocabulary, thesaurus?: Thesaurus, everyday?: EverydayEnglish): SentenceScoring {
  const unseen = unseenIdf(vocabulary);
  const isUnseen = (term: string) => vocabulary.idf(term) >= unseen;
  // A preposition no passage happens to use ("via") says nothing of what is asked: it relates.
  const relating = prepositionTerms(vocabulary.analyze);
  const { mentions } = vocabulary;
  const compounds = mentions && { analyze: vocabulary.analyze, idf: vocabulary.idf, mentions, unseen };
  return {
    analyze: vocabulary.analyze,
    termWeight: (term) => (isUnseen(term) ? (relating.has(term) ? 0 : vocabulary.idf(term) * UNSEEN_TERM_WEIGHT) : vocabulary.idf(term)),
    isUnseen,
    unseenWeight: unseen * UNSEEN_TERM_WEIGHT,
    weightCeilings: everyday?.idf,
    listedWeights: vocabulary.synonyms && ((text) => listedWeights(text, vocabulary, unseen)),
    unmentionedCompounds: thesaurus && compounds && ((text) => unmentionedCompounds(withoutListedPhrases(text, vocabulary), compounds, thesaurus)),
    relatedTerms: (thesaurus || vocabulary.synonyms || vocabulary.surnameAfter) &&
      ((text) => withSurnames(text, withTeamSynonyms(text, thesaurus ? relatedTerms(text, vocabulary, thesaurus, unseen, everyday) : new Map(), vocabulary, unseen), vocabulary, unseen)),
  };
}

/** First names looked up per question by `withSurnames`. */
const MAX_FIRST_NAMES = 5;

/**
 * Adds the surname the passages always write after a first name the text says ("elon" →
 * "musk"): chat calls people by first name, and "Savitt pressed Musk" is about Elon.
 */
function withSurnames(text: string, related: Map<string, ReadonlySet<string>>, vocabulary: Vocabulary, unseen: number): Map<string, ReadonlySet<string>> {
  const { surnameAfter, writesAsName } = vocabulary;
  if (!surnameAfter) return related;
  // A first name is a name: most words need no surname lookup (a name's answer is remembered).
  const isName = (word: string) => writesAsName?.(word) ?? true;
  const known = new Map<string, string>();
  for (const word of tokenize(text)) {
    const terms = vocabulary.analyze(word);
    if (/^\p{L}+$/u.test(word) && terms.length === 1 && vocabulary.idf(terms[0]!) < unseen) known.set(word.toLowerCase(), terms[0]!);
  }
  for (const [word, term] of [...known].slice(0, MAX_FIRST_NAMES)) {
    const surname = isName(word) ? surnameAfter(word) : undefined;
    const [surnameTerm] = surname ? vocabulary.analyze(surname) : [];
    if (surnameTerm !== undefined && surnameTerm !== term) related.set(term, new Set([...(related.get(term) ?? []), surnameTerm]));
  }
  return related;
}

/** Each term of the text → the terms of its synonyms that occur in the knowledge base, meaningless ones (`meansSomething`) aside. */
function relatedTerms(text: string, vocabulary: Vocabulary, thesaurus: Thesaurus, unseen: number, everyday?: EverydayEnglish): Map<string, ReadonlySet<string>> {
  const related = new Map<string, ReadonlySet<string>>();
  // The terms of those words that the knowledge base uses, other than the term itself.
  const knownTerms = (words: string[], term: string) =>
    words
      .filter((word) => meansSomething(word, everyday))
      .flatMap((word) => vocabulary.analyze(word))
      .filter((s) => s !== term && vocabulary.idf(s) < unseen);
  const synonymTerms = (entry: string, term: string) => knownTerms(thesaurus.synonyms(entry), term);
  const words = tokenize(text);
  for (const word of words) {
    const [term] = vocabulary.analyze(word);
    if (term === undefined || related.has(term)) continue;
    // A word no passage uses is likely said more plainly there: its commonest sense's broader
    // term too, however many senses it has ("proof" → "evidence").
    // Any noun, used or not, has the verbs WordNet derives it from or to ("founders":
    // "co-founded"; "where was the trial held?": "was tried in…"), which stemming does not join.
    const unused = vocabulary.idf(term) >= unseen;
    const broader = unused ? knownTerms(thesaurus.broader?.(word) ?? [], term) : [];
    const verbs = knownTerms(thesaurus.derived?.(word) ?? [], term);
    // An adjective's other degrees: "softer" asks of the "soft targets", "small" of "40% smaller".
    const degrees = knownTerms(thesaurus.degrees?.(word) ?? [], term);
    related.set(term, new Set([...synonymTerms(word, term), ...broader, ...verbs, ...degrees]));
  }
  // Two words WordNet lists as one ("going forward": "continue"; "look into": "investigate") have
  // the phrase's synonyms too, each of the two.
  for (let i = 0; i + 1 < words.length; i++) {
    const entry = `${words[i]}_${words[i + 1]}`;
    for (const term of vocabulary.analyze(`${words[i]} ${words[i + 1]}`)) {
      const synonyms = synonymTerms(entry, term);
      if (synonyms.length > 0) related.set(term, new Set([...(related.get(term) ?? []), ...synonyms]));
    }
  }
  return related;
}

/**
 * Everyday idf below which a word names nothing in particular: "hello", "thanks", "more",
 * "people", "money" (each in over a third of 1,000-word stretches of speech).
 */
const VAGUE_IDF = 1;

/**
 * True for a question all of whose words are among everyday English's commonest ("hello",
 * "tell me more", "so what?"): it names nothing to look up, however well some sentence covers
 * its words. A name, a number or a less common word ("verdict", "judge") makes it specific.
 */
export function isVague(subject: string, scoring: SentenceScoring): boolean {
  const ceilings = scoring.weightCeilings?.(subject);
  const terms = scoring.analyze(subject);
  return ceilings !== undefined && terms.length > 0 && terms.every((t) => (ceilings.get(t) ?? Infinity) < VAGUE_IDF);
}
