import type { SearchableSnapshot } from './search-snapshot.js';

/** Passages checked: a passage holding every word of a short phrase ranks near the top by BM25. */
const CANDIDATES = 50;

/**
 * True when some passage contains the phrase, ignoring case, spacing and punctuation ("GPT 4"
 * finds "GPT-4"). The lexical index narrows the search to the passages sharing its words, so
 * this stays cheap on a large index.
 */
export function mentionsPhrase(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, phrase: string): boolean {
  const wanted = ` ${normalize(phrase)} `;
  if (wanted.trim() === '') return false;
  return snapshot.lexical
    .search(phrase, CANDIDATES)
    .some((hit) => ` ${normalize(snapshot.passages.get(hit.id)?.pageContent ?? '')} `.includes(wanted));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
