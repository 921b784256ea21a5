/**
 * The words people use for a document ("the article", "our brief", "this report"), as a regular
 * expression alternation. Source references, self-descriptions and questions about a document
 * are all recognised by them.
 */
export const DOCUMENT_NOUNS = 'article|brief|document|doc|report|story|piece|paper|memo|guide|page|summary|write-?up|knowledge base|docs';
