import { ATTRIBUTING_VERBS, KIND_NOUNS, sameKindNouns, withoutGenreWords } from '../text/document-nouns.js';
import { LEAD_IN_MARK } from '../text/question-words.js';

/** An indexed document, as a question may refer to it. */
export interface ReferableDocument {
  source: string;
  title: string;
  /** What the document is, in the team's words ("commissioned article", "brief"). */
  kind?: string;
}

/** Which documents a question refers to, and what it asks of them. */
export interface DocumentReference {
  sources: string[];
  /** The question without the words that refer to the documents ("according to the Musk article"). */
  rest: string;
  /**
   * The words describing the documents that their kind does not ("Musk" of "the Musk article",
   * not "commissioned" of "the commissioned article"): they may be what is asked about too.
   */
  describing: string;
}

const DETERMINER = 'the|this|that|these|those|our|your';
/** Words that can't describe the document: "the hearing in the article" refers to "the article". */
const NOT_DESCRIBING = String.raw`(?:${DETERMINER}|an?|in|of|on|about|from|for|to|by|with|at|and|or)\s`;

/**
 * "according to the article", "in our memos", "the Musk article says", "does that xAI piece get
 * into", "the article's": a kind of document with at most three describing words, which the
 * question quotes or cites. A bare "the brief hearing" or "the summary judgment" is not one.
 * Global, for `matchAll`, which copies it: never `test` or `exec` it directly.
 */
const REFERENCE = new RegExp(
  String.raw`\b(?:(according to|in|from|per)\s+)?(?:${DETERMINER})\s+((?:(?!${NOT_DESCRIBING})[\p{L}\p{N}/.'’-]+\s+){0,3}?)(${KIND_NOUNS})\b(?:(['’]s\b)|\s+(${ATTRIBUTING_VERBS})\b)?`,
  'giu',
);

/**
 * What may follow a document cited only by "in"/"from the article": the end of a clause, or a
 * word that starts another ("in the article, who…", "in the brief about…"). "in the brief
 * hearing" and "from the piece of evidence" are something else. Chat drops the apostrophe: "per
 * the commissioned article whats…".
 */
const CLAUSE_END = /^\s*(?:[,.;:?!)]|$|(?:about|on|regarding|concerning|that|which|whom|whether|is|was|are|were|does|did|do|and|or|but)\b|(?:who|what|when|where|why|how)(?:['’]?s)?\b)/i;

/**
 * A document named first, as the topic, before the question about it: "the xai hearing article,
 * who does it want to get together?". Only before the mark that ends a lead-in (a comma, colon,
 * dash…).
 */
const TOPIC_MARK = new RegExp(`^${LEAD_IN_MARK}`);

/** Whether a match cites the document rather than merely naming a kind of document. */
function cites(match: RegExpMatchArray, question: string): boolean {
  const [phrase, cue, , , possessive, attribution] = match;
  if (possessive || attribution) return true;
  const at = match.index ?? 0;
  const after = question.slice(at + phrase.length);
  if (cue === undefined) return question.slice(0, at).trim() === '' && TOPIC_MARK.test(after);
  return CLAUSE_END.test(after);
}

/**
 * The documents a question refers to by kind ("the article", "the piece" for an article) and by
 * the words that describe them ("the Musk article": "Musk" must be in its title, kind or file
 * name). Undefined when the question refers to none, or to every one, of the documents: then it
 * is read against them all. `documents` is only listed when the question cites a document.
 * `bare` accepts a reference no word cites: a request that is only "the article" (`/summary`).
 */
export function findDocumentReference(
  question: string,
  documents: () => readonly ReferableDocument[],
  analyze: (text: string) => string[],
  { bare = false } = {},
): DocumentReference | undefined {
  let match: RegExpMatchArray | undefined;
  for (const candidate of question.matchAll(REFERENCE)) {
    if (bare || cites(candidate, question)) {
      match = candidate;
      break;
    }
  }
  if (!match) return undefined;
  const [phrase, , describing = '', noun = ''] = match;
  const kind = sameKindNouns(noun);
  const all = documents();
  const describedBy = (words: string) => {
    const described = analyze(words);
    return all.filter((d) => isOfKind(d, kind) && (described.length === 0 || isDescribedBy(d, described, analyze))).map((d) => d.source);
  };
  // "the news piece" is any article, unless a title says "news": then it is that one.
  const matching = describedBy(describing);
  const described = matching.length > 0 ? describing : withoutGenreWords(describing);
  const sources = matching.length > 0 ? matching : describedBy(described);
  if (sources.length === 0 || sources.length === all.length) return undefined;
  const at = match.index ?? 0;
  // "commissioned" of "the commissioned article" says what the document is, as its kind does; "xAI" may be what it is about.
  const kindTerms = new Set(all.filter((d) => sources.includes(d.source)).flatMap((d) => analyze(d.kind ?? '')));
  // A genre word ("original", "news") that no title says describes no document, and is no subject either.
  const about = described.split(/\s+/).filter((word) => word !== '' && !analyze(word).every((t) => kindTerms.has(t)));
  return { sources, rest: `${question.slice(0, at)} ${question.slice(at + phrase.length)}`, describing: about.join(' ') };
}

/** A document is of a kind when its kind says so, or, with no kind given, its title ("Annual report 2025"). */
function isOfKind(document: ReferableDocument, kind: readonly string[]): boolean {
  const words = (document.kind ?? document.title).split(/[^\p{L}-]+/u);
  return kind.length > 0 && words.some((word) => sameKindNouns(word) === kind);
}

function isDescribedBy(document: ReferableDocument, described: string[], analyze: (text: string) => string[]): boolean {
  const words = new Set(analyze(`${document.title} ${document.kind ?? ''} ${document.source}`));
  return described.every((term) => words.has(term));
}
