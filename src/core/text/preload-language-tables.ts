import { everydayEnglish } from './everyday-english.js';
import { wordNet } from './thesaurus.js';

/**
 * Reads WordNet and the everyday-English word counts now (about 0.4 s and 0.6 s), so that a
 * served bot's first question doesn't pay for them. A table that can't be read costs only what
 * it adds to answers; `onFailure` hears why.
 */
export function preloadLanguageTables(onFailure: (error: Error) => void): void {
  for (const table of [wordNet, everydayEnglish]) {
    try {
      table.preload?.();
    } catch (error) {
      onFailure(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
