import type { Vocabulary } from './question-evidence.js';

/** Listed names a question may contain that are looked up in the passages; past this, the rest stay as typed. */
const MAX_LOOKED_UP = 20;

/**
 * The question with each name the team listed in `knowledge/names.yaml` replaced by the name the
 * documents use ("Can I train on ChatGPT output?" → "Can I train on OpenAI output?"), as whole
 * words, ignoring case. A name some passage does use is left alone: once the documents say
 * "ChatGPT", the question means it.
 */
export function withDocumentNames(question: string, vocabulary: Pick<Vocabulary, 'names' | 'mentions'>): string {
  const { names = [], mentions } = vocabulary;
  let lookedUp = 0;
  let read = question;
  for (const { typed, documentName, pattern } of names) {
    if (read.search(pattern) === -1) continue;
    if (++lookedUp > MAX_LOOKED_UP) break;
    if (mentions?.(typed)) continue;
    read = read.replace(pattern, () => documentName);
  }
  return read;
}
