import { KIND_NOUNS, sameKindNouns } from '../text/document-nouns.js';

/** An indexed document, as a question may refer to it. */
export interface ReferableDocument {
  source: string;
  title: string;
  /** What the document is, in the team's words ("commissioned article", "brief"). */
  kind?: string;
}

/** Which documents a question refers to, and the words that do it. */
export interface DocumentReference {
  /** "the Musk article says": where to look, not what to find. */
  phrase: string;
  sources: string[];
}

/**
 * Verbs that attribute what follows to the document ("the article says…", "does the piece
 * suggest…", "what does the article expect…"). They belong to the reference: "expect" is not what
 * the reader wants found.
 */
const ATTRIBUTION = String.raw`(?:say|think|suggest|expect|mention|argue|claim|reckon|note|state|imply|believe|predict)(?:s|ed|ing)?|said|thought|(?:get|gets|go|goes) into|talks? about`;

const DETERMINER = 'the|this|that|these|those|our|your';
/** Words that can't describe the document: "the hearing in the article" refers to "the article". */
const NOT_DESCRIBING = String.raw`(?:${DETERMINER}|an?|in|of|on|about|from|for|to|by|with|at|and|or)\s`;

/** "the article", "that xAI article", "our memos": at most three describing words before the noun. */
const REFERENCE = new RegExp(
  String.raw`\b(?:${DETERMINER})\s+((?:(?!${NOT_DESCRIBING})[\p{L}\p{N}/'’-]+\s+){0,3}?)(${KIND_NOUNS})s?\b(?:\s+(?:${ATTRIBUTION})\b)?`,
  'iu',
);

/**
 * The documents a question refers to by kind ("the article", "the piece" for an article) and by
 * the words that describe them ("the Musk article": "Musk" must be in its title, kind or file
 * name). Undefined when the question refers to none, or to every one, of the documents: then it
 * is read against them all.
 */
export function findDocumentReference(
  question: string,
  documents: readonly ReferableDocument[],
  analyze: (text: string) => string[],
): DocumentReference | undefined {
  const match = REFERENCE.exec(question);
  if (!match) return undefined;
  const [phrase, describing = '', noun = ''] = match;
  const kind = sameKindNouns(noun);
  const described = analyze(describing);
  const sources = documents
    .filter((d) => isOfKind(d, kind) && described.every((term) => analyze(`${d.title} ${d.kind ?? ''} ${d.source}`).includes(term)))
    .map((d) => d.source);
  return sources.length > 0 && sources.length < documents.length ? { phrase, sources } : undefined;
}

/** A document is of a kind when its kind or title uses one of the kind's nouns ("Annual report 2025"). */
function isOfKind(document: ReferableDocument, kind: readonly string[]): boolean {
  const words = `${document.kind ?? ''} ${document.title}`.split(/[^\p{L}-]+/u);
  return kind.length > 0 && words.some((word) => sameKindNouns(word) === kind);
}
