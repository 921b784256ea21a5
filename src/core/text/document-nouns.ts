/**
 * Nouns that name the same kind of document: "the piece" is the article, "the summary" the
 * brief. A noun in no family ("document", "page") fits every document, so names none.
 */
const NOUN_FAMILIES: readonly (readonly string[])[] = [
  ['article', 'piece', 'story', 'write-up', 'writeup'],
  ['brief', 'summary', 'explainer', 'overview'],
  ['report'],
  ['memo', 'memorandum', 'memoranda'],
  ['paper', 'study'],
  ['guide', 'handbook'],
];

/** A noun and its plural: "summary", "summaries". */
function withPlural(noun: string): string[] {
  if (noun === 'memoranda') return [noun];
  return [noun, noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`];
}

/** Every noun that names a kind of document, singular or plural, as a regular expression alternation. */
export const KIND_NOUNS = NOUN_FAMILIES.flat().flatMap(withPlural).join('|');

/**
 * The words people use for a document ("the article", "our brief", "this report"), as a regular
 * expression alternation (singular; patterns add the "s"). Source references, self-descriptions
 * and questions about a document are all recognised by them. Narrower than `KIND_NOUNS`: "an
 * overview of distillation" and "this study found" are not about a document of the team's.
 */
export const DOCUMENT_NOUNS = 'article|brief|document|doc|report|story|piece|paper|memo|guide|page|summary|write-?up|knowledge base|docs';

/** The nouns that name the same kind of document as `noun`; empty when it fits any document. */
export function sameKindNouns(noun: string): readonly string[] {
  const word = noun.toLowerCase();
  const singular = [word, word.replace(/ies$/, 'y'), word.replace(/s$/, '')];
  return NOUN_FAMILIES.find((family) => singular.some((form) => family.includes(form))) ?? [];
}
