import type { DocumentRef } from '../ports.js';

const DOCUMENTS = String.raw`(?:documents?|docs?|files?|sources?|articles?|briefs?|topics?|subjects?)`;

/**
 * "What documents do you have?", "What do you know?", "What's in the knowledge base?", "What can
 * I ask you?": questions about the bot's own knowledge, which no passage answers. Searched like
 * any other, "documents" found "the paper calls…" through WordNet. "What do you know about
 * distillation?" names a subject and is an ordinary question.
 */
const CATALOG_QUESTION = new RegExp(
  [
    String.raw`^(?:what|which) ${DOCUMENTS} (?:do|can) you (?:have|know|cover|read|use|search)\b`,
    String.raw`^(?:what|which) ${DOCUMENTS} (?:are|were) (?:there|indexed|available|loaded|in (?:the|your) (?:knowledge base|index|knowledge folder))\b`,
    String.raw`^what (?:do|can) you (?:know|cover|answer|help with)(?: about)?\s*[?.!]*$`,
    String.raw`^what can (?:i|we) ask(?: you)?(?: about)?\s*[?.!]*$`,
    String.raw`^what(?:['’]s| is) in (?:the|your) (?:knowledge base|index|knowledge folder)\b`,
    String.raw`^(?:list|show)(?: me)? (?:the |your |all (?:the |your )?)?${DOCUMENTS}\b`,
  ].join('|'),
  'i',
);

/** Documents named in the reply; the rest are left to the sources command. */
const MAX_LISTED = 10;

/** True for a question about what the knowledge base holds rather than about its contents. */
export function asksWhatIsKnown(question: string): boolean {
  return CATALOG_QUESTION.test(question.trim());
}

/** The reply to such a question: how many documents there are, and the first few by title. */
export function describeCatalog(documents: DocumentRef[]): string {
  const listed = documents.slice(0, MAX_LISTED);
  const count = documents.length === 1 ? 'one document' : `${documents.length} documents`;
  const more = documents.length > listed.length ? `\n…and ${documents.length - listed.length} more: the sources command lists them all.` : '';
  const lines = listed.map((d) => `• ${d.title} (${d.source})`).join('\n');
  return `I answer from the ${count} in the knowledge base; ask about anything in them, or ask for a summary of one:\n${lines}${more}`;
}
