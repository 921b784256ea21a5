/**
 * The words people use for a document ("the article", "our brief", "this report"), as a regular
 * expression alternation. Source references, self-descriptions and questions about a document
 * are all recognised by them.
 */
export const DOCUMENT_NOUNS = 'article|brief|document|doc|report|story|piece|paper|memo|guide|page|summary|write-?up|knowledge base|docs';

/**
 * Nouns that name the same kind of document: "the piece" is the article, "the summary" the
 * brief. A noun in no family ("document", "page") fits every document, so names none.
 */
const NOUN_FAMILIES: readonly (readonly string[])[] = [
  ['article', 'piece', 'story', 'write-up', 'writeup'],
  ['brief', 'summary', 'explainer', 'overview'],
  ['report'],
  ['memo', 'memorandum'],
  ['paper', 'study'],
  ['guide', 'handbook'],
];

/** Every noun that names a kind of document, as a regular expression alternation. */
export const KIND_NOUNS = NOUN_FAMILIES.flat().join('|');

/** The nouns that name the same kind of document as `noun`; empty when it fits any document. */
export function sameKindNouns(noun: string): readonly string[] {
  const singular = noun.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return NOUN_FAMILIES.find((family) => family.includes(singular)) ?? [];
}
