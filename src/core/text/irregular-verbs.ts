import { createRequire } from 'node:module';

/**
 * WordNet's list of irregular verb forms ("began" → "begin", "told" → "tell"), as wink-lexicon
 * ships it. Porter stemming only strips suffixes, so without it "When did the trial begin?"
 * shares no term with "Jury selection began on…".
 */
const IRREGULAR = new Map(Object.entries(createRequire(import.meta.url)('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>));

/** The base form of an irregular verb form; any other word unchanged. */
export function verbBaseForm(word: string): string {
  return IRREGULAR.get(word) ?? word;
}
