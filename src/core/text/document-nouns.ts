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

/** Every noun that names a kind of document, singular or plural. */
export const KIND_NOUN_WORDS: readonly string[] = NOUN_FAMILIES.flat().flatMap(withPlural);
/** The same, as a regular expression alternation. */
export const KIND_NOUNS = KIND_NOUN_WORDS.join('|');

/**
 * The words people use for a document ("the article", "our brief", "this report"), as a regular
 * expression alternation (singular; patterns add the "s"). Source references, self-descriptions
 * and questions about a document are all recognised by them. Narrower than `KIND_NOUNS`: "an
 * overview of distillation" and "this study found" are not about a document of the team's.
 */
export const DOCUMENT_NOUNS = 'article|brief|document|doc|report|story|piece|paper|memo|guide|page|source text|summary|write-?up|knowledge base|docs';

/**
 * Words for a part of a document: "per the what's next bit", "in the 'why it matters' section".
 * Where to look, like the document's own noun; the heading words before it stay.
 */
export const PART_NOUNS = 'part|section|paragraph|bit';

/**
 * Words that say what sort of writing a document is, not which one: "the news piece", "the
 * original article", "the linked story". Left in a question, "news" would be looked for (and
 * WordNet makes it "intelligence").
 */
const GENRE_WORDS = 'news|press|online|web|magazine|newspaper|media|original|full|whole|linked|main|source';

/** The text without genre words (`GENRE_WORDS`). */
export function withoutGenreWords(text: string): string {
  return text.replace(new RegExp(String.raw`\b(?:${GENRE_WORDS})\b`, 'giu'), ' ');
}

/** The nouns that name the same kind of document as `noun`; empty when it fits any document. */
export function sameKindNouns(noun: string): readonly string[] {
  const word = noun.toLowerCase();
  const singular = [word, word.replace(/ies$/, 'y'), word.replace(/s$/, '')];
  return NOUN_FAMILIES.find((family) => singular.some((form) => family.includes(form))) ?? [];
}

/**
 * Verbs that attribute what follows to the document ("the article says…", "does the piece
 * suggest…", "what does the article expect…"). They belong to the reference: "expect" is not what
 * the reader wants found. Not "called": "Is the article called X…?" names it.
 */
export const ATTRIBUTING_VERBS = [
  'say|says|said|saying|think|thinks|thought|thinking|reckon|reckons|reckoned|get into|gets into|go into|goes into|talk about|talks about',
  'suggest|suggests|suggested|suggesting|expect|expects|expected|expecting|mention|mentions|mentioned|mentioning',
  'claim|claims|claimed|claiming|predict|predicts|predicted|predicting|argue|argues|argued|arguing',
  'note|notes|noted|noting|state|states|stated|stating|believe|believes|believed|believing|imply|implies|implied|implying',
  'treat|treats|treated|treating|describe|describes|described|describing|explain|explains|explained|explaining',
  'frame|frames|framed|framing|portray|portrays|portrayed|portraying|characteri[sz]e|characteri[sz]es|characteri[sz]ed|characteri[sz]ing',
  'conclude|concludes|concluded|concluding|warn|warns|warned|warning|view|views|viewed|viewing|consider|considers|considered|considering',
  'see|sees|saw|seeing|point to|points to|pointed to|pointing to|highlight|highlights|highlighted|highlighting',
  'bring up|brings up|brought up|bringing up|touch on|touches on|touched on|touching on',
].join('|');
