import type { Passage } from '../knowledge/document.js';
import { ENGLISH_STOPWORDS } from '../text/index.js';
import type { SearchableSnapshot } from './search-snapshot.js';

/** An expansion seen once may be chance ("in place" for "IP"); twice is a habit of the documents. */
const MIN_OCCURRENCES = 2;
/** Two letters spell more chance runs ("open the PR" is no "property rights", seen twice): three sightings. */
const MIN_OCCURRENCES_OF_TWO_LETTERS = 3;
const minOccurrences = (letters: string) => (letters.length > 2 ? MIN_OCCURRENCES : MIN_OCCURRENCES_OF_TWO_LETTERS);
/** Passages read for an abbreviation: those the rest of the question finds first. */
const CANDIDATES = 100;

/**
 * The phrase an abbreviation stands for in the passages about the rest of the question ("Is
 * distillation IP theft?" → "intellectual property"; "ToS" → "terms of service"): the most
 * frequent run of words whose initials spell it, neither end a stop word, seen at least twice
 * (three times for two letters).
 * Looking only where the question's other words lead keeps it cheap on a large index and keeps
 * chance runs from another subject ("trends of sepsis") out.
 */
export function findExpansion(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, abbreviation: string, context: string): string | undefined {
  const passages = snapshot.lexical
    .search(context, CANDIDATES)
    .map((hit) => snapshot.passages.get(hit.id))
    .filter((p): p is Passage => p !== undefined);
  return mostFrequentRun(passages, abbreviation.toLowerCase());
}

function mostFrequentRun(passages: Passage[], letters: string): string | undefined {
  const run = new RegExp(`(?<![\\p{L}\\p{N}])${[...letters].map((l) => `${l}[\\p{L}'’-]*`).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  const counts = new Map<string, number>();
  for (const passage of passages) {
    // Headings count too: "Terms of service" is often a section's name before its text says it.
    for (const [match] of [...passage.metadata.headingPath, passage.pageContent].join('\n').matchAll(run)) {
      const words = match.toLowerCase().split(/\s+/);
      if (ENGLISH_STOPWORDS.has(words[0]!) || ENGLISH_STOPWORDS.has(words.at(-1)!)) continue;
      const phrase = words.join(' ');
      counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
    }
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (entry[1] >= minOccurrences(letters) && (!best || entry[1] > best[1])) best = entry;
  return best?.[0];
}
