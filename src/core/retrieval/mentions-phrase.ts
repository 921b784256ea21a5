import type { Analyzer } from '../text/index.js';
import type { SearchableSnapshot } from './search-snapshot.js';

/**
 * Passages whose text is checked at most. A phrase whose words share more passages than this is
 * taken as mentioned: declining a question wrongly costs more than answering it.
 */
const MAX_CANDIDATES = 20_000;

/**
 * True when some passage contains the phrase, ignoring case, spacing and punctuation ("GPT 4"
 * finds "GPT-4"). Only the passages holding all of its terms (from the lexical index's postings)
 * have their text read, so this stays cheap on a large index.
 */
export function mentionsPhrase(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, analyze: Analyzer, phrase: string): boolean {
  const wanted = ` ${normalize(phrase)} `;
  const terms = analyze(phrase);
  if (wanted.trim() === '' || terms.length === 0) return false;
  const candidates = snapshot.lexical.withAllTerms(terms, MAX_CANDIDATES + 1);
  if (candidates.length > MAX_CANDIDATES) return true;
  return candidates.some((id) => ` ${normalize(snapshot.passages.get(id)?.pageContent ?? '')} `.includes(wanted));
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
