import type { Passage } from '../knowledge/document.js';
import type { Citation } from '../ports.js';

/**
 * Numbers passages in order of first use, so `[1]` is the first source the reader meets. A
 * marker is only ever created from the passage a sentence was taken from, which is what keeps
 * every `[n]` pointing at a passage that contains the sentence it follows.
 */
export class CitationList {
  private readonly byId = new Map<string, Citation>();

  /** The marker number for `passage`, adding it to the list on first use. */
  cite(passage: Passage, score: number): number {
    const existing = this.byId.get(passage.metadata.id);
    if (existing) return existing.n;
    const n = this.byId.size + 1;
    this.byId.set(passage.metadata.id, toCitation(passage, n, score));
    return n;
  }

  get citations(): Citation[] {
    return [...this.byId.values()];
  }
}

export function toCitation(passage: Passage, n: number, score: number): Citation {
  const { id, source, title, locator } = passage.metadata;
  return { n, passageId: id, source, title, locator, text: passage.pageContent, score: Math.round(score * 1000) / 1000 };
}

/** Marker numbers that appear in `text`, in order of appearance (duplicates kept). */
export function markersIn(text: string): number[] {
  return [...text.matchAll(/\[(\d{1,3})\]/g)].map((m) => Number(m[1]));
}
