import { everydayEnglish } from './everyday-english.js';
import { wordNet } from './thesaurus.js';

/** A word table read on first use, which can be read ahead of time instead. */
export interface PreloadableTable {
  preload?: () => void;
}

/** The tables answers use unless a bot is given others: WordNet and the everyday-English counts. */
export const BUILT_IN_TABLES: readonly PreloadableTable[] = [wordNet, everydayEnglish];

/**
 * Reads the given word tables now (WordNet takes about 0.4 s, the word counts 0.6 s), so that a
 * served bot's first question doesn't pay for them. A table that can't be read costs only what
 * it adds to answers; `onFailure` hears why.
 */
export function preloadLanguageTables(tables: readonly PreloadableTable[], onFailure: (error: Error) => void): void {
  for (const table of tables) {
    try {
      table.preload?.();
    } catch (error) {
      onFailure(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
