import type { Vocabulary } from './question-evidence.js';

/** Names a question is checked for: a long names file must not cost a phrase lookup per entry. */
const MAX_REPLACED = 20;

/**
 * The question with each name the team listed in `knowledge/names.yaml` replaced by the name the
 * documents use ("Can I train on ChatGPT output?" → "Can I train on OpenAI output?"), as whole
 * words, ignoring case. A name some passage does use is left alone: once the documents say
 * "ChatGPT", the question means it.
 */
export function withDocumentNames(question: string, vocabulary: Pick<Vocabulary, 'names' | 'mentions'>): string {
  const { names, mentions } = vocabulary;
  if (!names || names.size === 0) return question;
  let replaced = 0;
  let read = question;
  // Longest first, so "GPT-4 Turbo" wins over "GPT-4".
  for (const typed of [...names.keys()].sort((a, b) => b.length - a.length)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(typed).replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    if (!pattern.test(read) || mentions?.(typed)) continue;
    read = read.replace(pattern, names.get(typed)!);
    if (++replaced >= MAX_REPLACED) break;
  }
  return read;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
