import { unseenIdf, type Vocabulary } from './question-evidence.js';
import { isChatShorthand } from '../text/question-words.js';

/** Shorter words have too many neighbours one letter away ("grok", "groq", "group"). */
const MIN_TYPO_LENGTH = 5;
/** Unknown words looked up per question, corrected or not: each costs a few hundred index lookups. */
const MAX_LOOKUPS = 4;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORD = /(?<![\p{L}\p{N}'’-])\p{L}+(?![\p{L}\p{N}-])/gu;

/**
 * The question with each word chat mistyped written as the documents write it: "Anthropc",
 * "deepseak", "acounts". A word counts as a typo when no passage uses it, it is no word of
 * English (`isEnglishWord`) or chat ("tbh"), and one letter deleted, added, changed or two letters
 * swapped, past the first letter, makes a word the passages use. ("distilation" is no typo here: its stem is the
 * documents'.) Left as typed,
 * a mistyped name was declined as one the documents never mention, and a mistyped word counted
 * for nothing. Without `isEnglishWord` nothing is corrected: any unknown English word would be.
 */
export function withTyposCorrected(question: string, vocabulary: Pick<Vocabulary, 'analyze' | 'idf' | 'isEnglishWord'>): string {
  const { isEnglishWord } = vocabulary;
  if (!isEnglishWord) return question;
  const unseen = unseenIdf(vocabulary);
  const isKnown = (word: string) => {
    const terms = vocabulary.analyze(word);
    return terms.length > 0 && terms.every((t) => vocabulary.idf(t) < unseen);
  };
  let lookups = 0;
  return question.replace(WORD, (typed) => {
    const word = typed.toLowerCase();
    if (lookups >= MAX_LOOKUPS || word.length < MIN_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return typed;
    if (isKnown(word) || isEnglishWord(word) || isChatShorthand(word)) return typed;
    lookups++;
    // Typing rarely misses the first letter; on a large index, another word one edit away in
    // front ("Baidu" → "Maidu") is more likely a different word than the one meant.
    const best = oneEditAway(word)
      .filter((w) => w[0] === word[0] && isKnown(w))
      .reduce<string | undefined>((top, w) => (top === undefined || isBetter(w, top) ? w : top), undefined);
    return best === undefined ? typed : withCaseOf(typed, best);
  });

  // The commonest in the passages; of two as common (one stem: "anthropic", "anthrop"), the
  // longer, as a typo more often drops a letter than adds one.
  function isBetter(word: string, than: string): boolean {
    const [a, b] = [rarity(word), rarity(than)];
    return a < b || (a === b && word.length > than.length);
  }

  function rarity(word: string): number {
    return Math.max(...vocabulary.analyze(word).map((t) => vocabulary.idf(t)));
  }
}

/** Every string one deletion, insertion, substitution or swap of neighbours away (Norvig's `edits1`). */
function oneEditAway(word: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [before, after] = [word.slice(0, i), word.slice(i)];
    if (after) found.add(before + after.slice(1));
    if (after.length > 1) found.add(before + after[1] + after[0] + after.slice(2));
    for (const letter of LETTERS) {
      if (after) found.add(before + letter + after.slice(1));
      found.add(before + letter + after);
    }
  }
  found.delete(word);
  return [...found];
}

/** `word` with the first letter of `typed` in its case: "Anthropc" → "Anthropic". */
function withCaseOf(typed: string, word: string): string {
  return /^\p{Lu}/u.test(typed) ? word[0]!.toUpperCase() + word.slice(1) : word;
}
