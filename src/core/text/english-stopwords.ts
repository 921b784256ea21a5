/**
 * Lucene's English stopword list (33 words). It is the list behind Pyserini's published BM25
 * figures, so scores stay comparable with them; a longer list removes words such as "should"
 * that carry meaning in policy questions.
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'but', 'by', 'for', 'if', 'in', 'into', 'is', 'it',
  'no', 'not', 'of', 'on', 'or', 'such', 'that', 'the', 'their', 'then', 'there', 'these',
  'they', 'this', 'to', 'was', 'will', 'with',
]);
