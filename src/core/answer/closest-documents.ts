import type { DocumentRef } from '../ports.js';
import type { RankedPassage } from './select-sentences.js';

/** The distinct documents behind the best passages, best first: what a declined answer points to. */
export function closestDocuments(hits: RankedPassage[], limit = 3): DocumentRef[] {
  const seen = new Map<string, DocumentRef>();
  for (const { passage } of hits) {
    if (seen.size >= limit) break;
    const { source, title } = passage.metadata;
    if (!seen.has(source)) seen.set(source, { source, title });
  }
  return [...seen.values()];
}
