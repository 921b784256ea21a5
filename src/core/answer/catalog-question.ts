import type { DocumentRef } from '../ports.js';

const DOCUMENTS = String.raw`(?:documents?|docs?|files?|sources?|articles?|briefs?|topics?|subjects?)`;

/**
 * "What documents do you have?", "What do you know?", "What's in the knowledge base?", "What can
 * I ask you?": questions about the bot's own knowledge, which no passage answers. Searched like
 * any other, "documents" found "the paper calls…" through WordNet. "What do you know about
 * distillation?" names a subject and is an ordinary question.
 */
const CATALOG_QUESTION = new RegExp(
  String.raw`^(?:${[
    String.raw`(?:what|which) ${DOCUMENTS} (?:do|can) you (?:have|know|cover|read|use|search)`,
    String.raw`(?:what|which) ${DOCUMENTS} (?:are|were) (?:there|indexed|available|loaded|in (?:the|your) (?:knowledge base|index|knowledge folder))`,
    String.raw`what (?:do|can) you (?:know|cover|answer|help with)(?: about)?`,
    String.raw`what can (?:i|we) ask(?: you)?(?: about)?`,
    String.raw`what(?:['’]s| is) in (?:the|your) (?:knowledge base|index|knowledge folder)`,
    String.raw`(?:list|show)(?: me)? (?:the |your |all (?:the |your )?)?${DOCUMENTS}`,
  ].join('|')})\s*[?.!]*$`,
  'i',
);

/** Documents named in the reply; the rest are left to the sources command. */
const MAX_LISTED = 10;

/** True for a question about what the knowledge base holds rather than about its contents. */
export function asksWhatIsKnown(question: string): boolean {
  return CATALOG_QUESTION.test(question.trim());
}

/** The reply to such a question: how many documents there are, and the first few by title. */
export function describeCatalog(documents: DocumentRef[]): { answer: string; documents: DocumentRef[] } {
  const listed = documents.slice(0, MAX_LISTED);
  const count = documents.length === 1 ? 'one document' : `${documents.length} documents`;
  const more = documents.length > listed.length ? ` The first ${listed.length} are below; the sources command lists them all.` : '';
  return {
    answer: `I answer from the ${count} in the knowledge base; ask about anything in them, or ask for a summary of one.${more}`,
    documents: listed.map(({ source, title }) => ({ source, title })),
  };
}
