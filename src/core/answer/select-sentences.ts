import type { Passage } from '../knowledge/document.js';
import { splitSentences } from '../text/split-sentences.js';
import { withDefaults } from '../support/with-defaults.js';
import { DOCUMENT_NOUNS } from '../text/document-nouns.js';
import { type AnswerType, hasAnswerOfType } from './answer-types.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** A passage found for a question, best first. */
export interface RankedPassage {
  passage: Passage;
  score: number;
}

/** A sentence quoted from a passage, with how well it answers the query. */
export interface ScoredSentence {
  text: string;
  passage: Passage;
  passageScore: number;
  passageRank: number;
  /** Index of the sentence within its passage. */
  position: number;
  terms: Set<string>;
  /** Terms of the sentence's paragraph and headings. */
  around: ReadonlySet<string>;
  /** Weighted share of the query's terms that the sentence contains (0..1). */
  coverage: number;
  score: number;
}

export interface SentenceScoring {
  /** Content terms of a text (tokenised, stop words dropped, stemmed). */
  analyze: (text: string) => string[];
  /** How informative a term is (e.g. its BM25 idf); rare terms count more. */
  termWeight: (term: string) => number;
  /** True for a term no passage contains; without it, none is taken as unseen. */
  isUnseen?: (term: string) => boolean;
  /** What a word no passage contains weighs (`termWeight` of an unseen term, a preposition aside). */
  unseenWeight?: number;
  /** Each term of a text mapped to the terms of its synonyms ("use" → "util", "employ"…). */
  relatedTerms?: (text: string) => Map<string, ReadonlySet<string>>;
  /**
   * Each term of a text → the most its weight may be, however rare the knowledge base makes it:
   * a brief that never says "first" does not make "first" a question's strongest word.
   */
  weightCeilings?: (text: string) => Map<string, number>;
  /**
   * Each term of a phrase the team lists, said in a text → what it weighs: its first term no
   * passage uses weighs as the documents' wording for the phrase ("moral" as "ethical"); the
   * phrase's other terms 0, used by passages or not: the phrase says the thing once ("the white
   * house" is no House).
   */
  listedWeights?: (text: string) => Map<string, number>;
  /**
   * The terms of the two-word names of things a text says that no passage mentions ("law
   * school"): together, the words name something the documents never do, whatever each means.
   */
  unmentionedCompounds?: (text: string) => ReadonlySet<string>;
}

/**
 * The scoring for one text (a question and its thread's words; `own`, the question's): a term it
 * says in a phrase the team lists weighs as the documents' wording (`listedWeights`), and no
 * term more than its `weightCeilings`.
 */
export function weighedForText(scoring: SentenceScoring, text: string, own = text): SentenceScoring {
  const ceilings = scoring.weightCeilings?.(text);
  // A word the question says takes a listed weight only from a phrase it says: "biggest" of
  // "what was their biggest concern?" is not "most" because the question before said "biggest
  // offender". A word only the thread says takes the thread's.
  const ownListed = scoring.listedWeights?.(own);
  const threadListed = own === text ? ownListed : scoring.listedWeights?.(text);
  if (!ceilings && !ownListed?.size && !threadListed?.size) return scoring;
  const ownTerms = threadListed === ownListed || !threadListed?.size ? undefined : new Set(scoring.analyze(own));
  const listed = (t: string) => (ownTerms === undefined || ownTerms.has(t) ? ownListed : threadListed)?.get(t);
  return { ...scoring, termWeight: (t) => Math.min(listed(t) ?? scoring.termWeight(t), ceilings?.get(t) ?? Infinity) };
}

/**
 * Whether a term names something no passage mentions in any words: unseen, not a word everyday
 * English makes commoner than unseen ("password", not "sit"), and with no synonym the passages
 * use (`related`). Such words make a question another subject's.
 */
export function namesAnotherThing(scoring: SentenceScoring, text: string, related: (term: string) => Iterable<string>): (term: string) => boolean {
  const everyday = scoring.weightCeilings?.(text);
  // A word that weighs nothing (an unseen preposition: "via") names nothing.
  return (t) => scoring.isUnseen?.(t) === true && scoring.termWeight(t) > 0 && (everyday?.get(t) ?? Infinity) >= scoring.termWeight(t) && [...related(t)].length === 0;
}

/** What a question asks beyond its terms. */
export interface QuestionShape {
  /** Synonym terms per query term (from `SentenceScoring.relatedTerms`). */
  related?: Map<string, ReadonlySet<string>>;
  /** The kind of answer the question's form asks for; a sentence holding one covers that part. */
  expects?: AnswerType;
  /** More document titles to discount when quoted, beyond those of the passages scored. */
  titles?: readonly string[];
}

/** Every question term counts a little, however common: a floor on `termWeight`. */
export const MIN_TERM_WEIGHT = 0.05;
const CONTEXT_SHARE = 0.5;
/** A term found in the sentence's own section heading, as a synonym counts. */
const HEADING_SHARE = 0.75;
/** About one question term's share of coverage: enough to reorder close sentences, not to rescue a poor one. */
const ANSWER_FORM_BONUS = 0.15;
/** A synonym is the word said differently, but sometimes in another sense: most, not all, of the credit. */
const SYNONYM_SHARE = 0.75;
/** A sentence opening on a pronoun ("That remark…") leans on the one before it; quoted alone it reads badly. */
const DANGLING_START = /^\s*["“]?(?:that|this|these|those|it|he|she|they|such)\b/i;
const DANGLING_PENALTY = 0.1;
/**
 * A sentence about the document rather than its subject ("Summary written for the knowledge base
 * on…", "This brief covers…") shares a question's words without answering it.
 */
const SELF_DESCRIPTION = new RegExp(String.raw`^\s*(?:(?:this|the present) (?:${DOCUMENT_NOUNS})\b|(?:a |this )?summary (?:written|prepared|compiled)\b)`, 'i');
const ABOUT_A_DOCUMENT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS})s?\b`, 'i');

/** Splits each passage into sentences and scores each against the query terms. */
export function scoreSentences(queryTerms: string[], hits: RankedPassage[], scoring: SentenceScoring, shape: QuestionShape = {}): ScoredSentence[] {
  const query = [...new Set(queryTerms)];
  const weights = new Map(query.map((t) => [t, Math.max(scoring.termWeight(t), MIN_TERM_WEIGHT)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const byWeight = query.toSorted((a, b) => weights.get(b)! - weights.get(a)!);
  const bigrams = new Set(queryTerms.slice(1).map((t, i) => `${queryTerms[i]} ${t}`));
  const topScore = hits[0]?.score || 1;
  const titles = quotedTitles(hits, shape.titles);
  const scored: ScoredSentence[] = [];
  hits.forEach((hit, passageRank) => {
    const { headingPath } = hit.passage.metadata;
    const context = new Set(scoring.analyze([...headingPath, hit.passage.pageContent].join(' ').replace(titles, ' ')));
    const heading = new Set(scoring.analyze((headingPath.at(-1) ?? '').replace(titles, ' ')));
    splitSentences(hit.passage.pageContent).forEach((sentence, position) => {
      const words = scoring.analyze(sentence.text.replace(titles, ' '));
      if (words.length < 3) return;
      const terms = new Set(words);
      // One word of the sentence stands for one word of the question: "challenges" is WordNet's
      // synonym of both "sue" and "rival", but says only one of them. The question's own words
      // are not synonyms for others, and the weightiest question words claim synonyms first.
      const spoken = new Set(query.filter((t) => terms.has(t)));
      const share = (t: string) => {
        if (terms.has(t)) return 1;
        const synonym = firstShared(shape.related?.get(t), terms, spoken);
        if (synonym !== undefined) {
          spoken.add(synonym);
          return SYNONYM_SHARE;
        }
        // Terms found only around the sentence (its paragraph, its headings) count half: they say
        // the sentence is about the question's subject without stating it. Its own section's
        // heading says so more plainly ("The verdict" over the jury's finding): three quarters.
        // (+3 cited over the sets, none lost, at 0.75.)
        return heading.has(t) ? HEADING_SHARE : context.has(t) ? CONTEXT_SHARE : 0;
      };
      const matched = byWeight.reduce((sum, t) => sum + share(t) * (weights.get(t) ?? 0), 0);
      const coverage = total > 0 ? matched / total : 0;
      // Ranks a sentence that gives the kind of answer asked for first, but is no evidence on its
      // own: "When did that happen?" is not covered by any sentence with a date in it.
      const form = shape.expects && hasAnswerOfType(sentence.text, shape.expects) ? ANSWER_FORM_BONUS : 0;
      const phrase = Math.min(2, words.slice(1).filter((w, i) => bigrams.has(`${words[i]} ${w}`)).length) * 0.05;
      const prior = 0.25 * Math.max(0, hit.score / topScore);
      scored.push({
        text: sentence.text.trim(),
        passage: hit.passage,
        passageScore: hit.score,
        passageRank,
        position,
        terms,
        around: context,
        coverage,
        score: coverage + phrase + prior + form - (isSelfContained(sentence.text) ? 0 : DANGLING_PENALTY),
      });
    });
  });
  return scored.sort((a, b) => b.score - a.score);
}

/**
 * The retrieved documents' titles in quotation marks. A sentence that names a document ("the
 * article \"xAI used OpenAI models, Musk confirms in court\" notes…") does not state what the
 * title says, so the title's words don't count for it.
 */
function quotedTitles(hits: RankedPassage[], more: readonly string[] = []): RegExp {
  const titles = [...new Set([...hits.map((h) => h.passage.metadata.title), ...more])].filter((t) => t.length > 0);
  const escaped = titles.map(escapeRegExp);
  return escaped.length === 0 ? /(?!)/ : new RegExp(`["“'‘](?:${escaped.join('|')})["”'’]`, 'gi');
}

/** The first of the candidates the sentence's terms hold that is not already taken. */
function firstShared(candidates: ReadonlySet<string> | undefined, terms: Set<string>, taken: ReadonlySet<string>): string | undefined {
  if (candidates) for (const candidate of candidates) if (terms.has(candidate) && !taken.has(candidate)) return candidate;
  return undefined;
}

export interface PickOptions {
  maxSentences: number;
  /** A sentence below this share of the best sentence's score is left out. */
  relativeFloor: number;
  /** Sentences sharing more than this share of their terms with a picked one are redundant. */
  maxOverlap: number;
}

export const defaultPickOptions = { maxSentences: 3, relativeFloor: 0.6, maxOverlap: 0.6 } satisfies Required<PickOptions>;

/**
 * Picks the best non-redundant sentences. The passage holding the best sentence comes first, the
 * others by their best sentence; within a passage, sentences keep their reading order.
 */
export function pickSentences(scored: ScoredSentence[], options: Partial<PickOptions> = {}): ScoredSentence[] {
  const { maxSentences, relativeFloor, maxOverlap } = withDefaults(defaultPickOptions, options);
  const best = scored[0];
  if (!best) return [];
  const picked: ScoredSentence[] = [];
  for (const candidate of scored) {
    if (picked.length >= maxSentences) break;
    if (candidate.score < best.score * relativeFloor) break;
    if (picked.some((p) => termOverlap(p.terms, candidate.terms) > maxOverlap)) continue;
    picked.push(candidate);
  }
  // `picked` is best first, so a passage's first appearance is its best sentence.
  const passageOrder = [...new Set(picked.map((s) => s.passageRank))];
  return picked.sort((a, b) => passageOrder.indexOf(a.passageRank) - passageOrder.indexOf(b.passageRank) || a.position - b.position);
}

/** Shared terms as a share of the smaller set: 1 when one sentence's terms contain the other's. */
export function termOverlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** True for a sentence about the document itself rather than its subject (see `SELF_DESCRIPTION`). */
export function describesItsDocument(text: string): boolean {
  return SELF_DESCRIPTION.test(text);
}

/** True for a question about a document ("What does our accusations brief cover?"), which a self-description answers. */
export function asksAboutADocument(question: string): boolean {
  return ABOUT_A_DOCUMENT.test(question);
}

/** False for a sentence that opens on a pronoun and so needs the sentence before it. */
export function isSelfContained(text: string): boolean {
  return !DANGLING_START.test(text);
}

/**
 * A sentence an answer can quote: no link (a "Sources" item), and no bracketed numbers of its
 * own ("…in 2024 [3].") that a reader would take for citation markers pointing at nothing.
 */
export function isQuotable(text: string): boolean {
  return !/https?:\/\//.test(text) && !/\[\d{1,3}\]/.test(text);
}
