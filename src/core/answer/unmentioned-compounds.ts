import { isQuestionWord } from '../text/question-words.js';
import type { Thesaurus } from '../text/thesaurus.js';
import { tokenize } from '../text/tokenize.js';

/** What the passages say, as `unmentionedCompounds` asks it. */
export interface CompoundVocabulary {
  analyze: (text: string) => string[];
  idf: (term: string) => number;
  /** True when some passage contains the phrase. */
  mentions: (phrase: string) => boolean;
  /** The idf of a term no passage uses. */
  unseen: number;
}

/**
 * The terms of the two words in a row that WordNet lists as a noun and not a verb ("law school",
 * "appeals court"; not "push back") which no passage says, nor anything WordNet calls it. Each
 * word alone may be the documents' ("law", "court"); together they name something the documents
 * never do: "where did she go to law school?" asks about a school, not the law they discuss.
 */
export function unmentionedCompounds(text: string, vocabulary: CompoundVocabulary, thesaurus: Pick<Thesaurus, 'isNoun' | 'isVerb' | 'synonyms'>): Set<string> {
  const words = tokenize(text).map((word) => (/^\p{L}{2,}$/u.test(word) && !isQuestionWord(word) ? word.toLowerCase() : undefined));
  const terms = new Set<string>();
  words.forEach((first, i) => {
    const second = words[i + 1];
    if (first === undefined || second === undefined) return;
    const entry = `${first}_${second}`;
    if (!thesaurus.isNoun?.(entry) || thesaurus.isVerb?.(entry) || saysOtherwise(entry, vocabulary, thesaurus)) return;
    if (!vocabulary.mentions(`${first} ${second}`)) for (const term of vocabulary.analyze(`${first} ${second}`)) terms.add(term);
  });
  return terms;
}

/**
 * True when some passage says a synonym WordNet gives the compound ("class action": lawsuit). Not
 * one of its own words ("court", the broader term of "appeals court"), and a synonym of two
 * words only said whole.
 */
function saysOtherwise(entry: string, vocabulary: CompoundVocabulary, thesaurus: Pick<Thesaurus, 'synonyms'>): boolean {
  const own = new Set(vocabulary.analyze(entry.replace(/_/g, ' ')));
  return thesaurus.synonyms(entry).some((synonym) => {
    const terms = vocabulary.analyze(synonym.replace(/_/g, ' '));
    if (terms.length === 1) return !own.has(terms[0]!) && vocabulary.idf(terms[0]!) < vocabulary.unseen;
    return terms.length > 1 && vocabulary.mentions(synonym.replace(/_/g, ' '));
  });
}
