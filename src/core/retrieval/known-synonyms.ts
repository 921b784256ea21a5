import type { Thesaurus } from '../text/thesaurus.js';
import { tokenize } from '../text/tokenize.js';

export interface KnownSynonymsOptions {
  analyze: (text: string) => string[];
  /** True when some passage holds the term. */
  isKnown: (term: string) => boolean;
  thesaurus: Thesaurus;
}

/** Synonyms added per unknown word: enough for its common senses, not a cloud of rare ones. */
const MAX_SYNONYMS_PER_WORD = 3;
/** Passages the synonyms find that the question's own words did not: a few more candidates, not a new ranking. */
const MAX_EXTRA_PASSAGES = 2;
/** An extra passage ranks below every passage the question's own words found (see `withSynonymHits`). */
const EXTRA_SCORE_SHARE = 0.5;

/**
 * The query with the synonyms the passages use of each word they never use ("What did Musk
 * admit…" also searches "acknowledge"). A word no passage holds finds nothing, so the passages
 * that say it otherwise are ranked by the question's other words alone. Words the passages do
 * use are left as they are.
 */
export function withKnownSynonyms(query: string, options: KnownSynonymsOptions): string {
  const { analyze, isKnown, thesaurus } = options;
  const added = new Set<string>();
  for (const word of tokenize(query)) {
    const terms = analyze(word);
    if (terms.length === 0 || terms.some(isKnown)) continue;
    const known = thesaurus.synonyms(word).filter((synonym) => analyze(synonym).some(isKnown));
    for (const synonym of known.slice(0, MAX_SYNONYMS_PER_WORD)) added.add(synonym);
  }
  return added.size === 0 ? query : `${query} ${[...added].join(' ')}`;
}

type Search<Hit> = (query: string, within?: readonly string[]) => Promise<Hit[]>;

/**
 * A search that also looks with `withKnownSynonyms`, by words only (`searchByWords`), and adds
 * the best passages only that finds, after the others and scored below them. Searching with the
 * synonyms in place of the plain query lost golden questions: "queries" → "question" pulled the
 * brief on "legal questions" ahead of the passages the question's names found. As extra
 * candidates they only win when a sentence of theirs covers more of the question. Words only:
 * synonyms are the words' signal, an embedding already places "admit" near "acknowledge", and a
 * remote embedder is paid by the request.
 */
export function withSynonymHits<Hit extends { id: string; score: number }>(search: Search<Hit>, searchByWords: Search<Hit>, options: KnownSynonymsOptions): Search<Hit> {
  return async (query, within) => {
    const widened = withKnownSynonyms(query, options);
    if (widened === query) return search(query, within);
    const [plain, wider] = await Promise.all([search(query, within), searchByWords(widened, within)]);
    const found = new Set(plain.map((hit) => hit.id));
    const ceiling = (plain.at(-1)?.score ?? 0) * EXTRA_SCORE_SHARE;
    const extra = wider.filter((hit) => !found.has(hit.id)).slice(0, MAX_EXTRA_PASSAGES);
    return [...plain, ...extra.map((hit) => ({ ...hit, score: Math.min(hit.score, ceiling) }))];
  };
}
