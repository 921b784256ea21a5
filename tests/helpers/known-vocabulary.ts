import { analyze } from '../../src/core/text/analyze.js';
import type { Vocabulary } from '../../src/core/answer/question-evidence.js';

/** A vocabulary that knows a few stems; every other term gets the largest idf, as an index does. */
export function knownVocabulary(known: Record<string, number>): Vocabulary {
  return { analyze, idf: (term) => known[term] ?? 5 };
}
