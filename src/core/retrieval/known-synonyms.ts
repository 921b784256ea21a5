import type { Thesaurus } from '../text/thesaurus.js';
import { tokenize } from '../text/tokenize.js';

export interface KnownSynonymsOptions {
  analyze: (text: string) => string[];
  /** True when some passage holds the term. */
  isKnown: (term: string) => boolean;
  thesaurus?: Thesaurus;
  /** The documents' wording the team lists for phrases the query says (`knowledge/synonyms.yaml`). */
  listed?: (query: string) => string[];
  /** False for a synonym too common to stand for anything ("about" for "roughly"); all count by default. */
  meansSomething?: (word: string) => boolean;
}

/** Synonyms added per unknown word: enough for its common senses, not a cloud of rare ones. */
const MAX_SYNONYMS_PER_WORD = 3;
/** Passages the synonyms find that the question's own words did not: a few more candidates, not a new ranking. */
const MAX_EXTRA_PASSAGES = 2;
/** An extra passage scores at most this share of the last passage the question's own words found. */
const EXTRA_SCORE_SHARE = 0.5;

/**
 * The synonyms the passages use of each word of the query they never use ("admit" →
 * "acknowledge"), and the broader noun of its commonest sense ("proof" → "evidence"). A word no
 * passage holds finds nothing, so the passages that say it otherwise are ranked by the question's
 * other words alone. Words the passages do use get none.
 */
export function knownSynonyms(query: string, options: KnownSynonymsOptions): string[] {
  const { analyze, isKnown, thesaurus, meansSomething = () => true } = options;
  // The team's first: a whole phrase the query says ("touchy"), not a word of one ("up").
  const added = new Set((options.listed?.(query) ?? []).filter((wording) => analyze(wording).some(isKnown)));
  for (const word of tokenize(query)) {
    const terms = analyze(word);
    if (!thesaurus || terms.length === 0 || terms.some(isKnown)) continue;
    const known = (words: string[]) => words.filter((synonym) => meansSomething(synonym) && analyze(synonym).some(isKnown));
    for (const synonym of known(thesaurus.synonyms(word)).slice(0, MAX_SYNONYMS_PER_WORD)) added.add(synonym);
    // And its commonest sense's broader noun, as the sentence scorer counts it: "proof" is
    // "evidence" in the passages, however many synonyms "proof" has.
    for (const broader of known(thesaurus.broader?.(word) ?? []).slice(0, 1)) added.add(broader);
  }
  return [...added];
}

/** A search for the query, within some documents, with words borrowed from an earlier question. */
type Search<Hit> = (query: string, within?: readonly string[], borrowed?: string) => Promise<Hit[]>;

export interface SynonymSearches<Hit> {
  /** The search as the question asks it. */
  search: Search<Hit>;
  /** The same search by the words alone, for the widened query. */
  searchByWords: Search<Hit>;
  /** The paragraph a hit belongs to: an extra passage never repeats one already found. */
  paragraphOf: (hit: Hit) => string;
  /** The query's index terms the hit holds. */
  termsOf: (hit: Hit) => readonly string[];
  /** True when `search` returned every passage of these documents: a second search could add none. */
  foundAll: (within: readonly string[], found: number) => boolean;
}

/**
 * A search that also looks with the query's `knownSynonyms` after it, by words only ("What did
 * Musk admit…" also searches "acknowledge"), and adds the best passages
 * that search finds holding one of the synonyms, after the others and scored at or below them.
 * Searching with the synonyms in place of the plain query lost golden questions: "queries" →
 * "question" pulled the brief on "legal questions" ahead of the passages the question's names
 * found. As extra candidates they only win when a sentence of theirs covers more of the
 * question. Words only, because synonyms are a words signal, and a remote embedder is paid by
 * the request; a neural one already places "admit" near "acknowledge" (the offline embedder,
 * hashing words, does not).
 */
export function withSynonymHits<Hit extends { score: number }>(searches: SynonymSearches<Hit>, options: KnownSynonymsOptions): Search<Hit> {
  const { search, searchByWords, paragraphOf, termsOf, foundAll } = searches;
  // Only the query's own words: those borrowed were widened, if at all, when they were asked.
  return async (query, within, borrowed) => {
    const synonyms = knownSynonyms(query, options);
    const plain = await search(query, within, borrowed);
    if (synonyms.length === 0 || (within && foundAll(within, plain.length))) return plain;
    const synonymTerms = new Set(synonyms.flatMap(options.analyze));
    const found = new Set(plain.map(paragraphOf));
    const ceiling = (plain.at(-1)?.score ?? 0) * EXTRA_SCORE_SHARE;
    const extra = (await searchByWords(`${query} ${synonyms.join(' ')}`, within, borrowed))
      .filter((hit) => !found.has(paragraphOf(hit)) && termsOf(hit).some((term) => synonymTerms.has(term)))
      .slice(0, MAX_EXTRA_PASSAGES);
    return [...plain, ...extra.map((hit) => ({ ...hit, score: Math.min(hit.score, ceiling) }))];
  };
}
