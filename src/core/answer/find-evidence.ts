import { answerExtractively, type ExtractiveOutcome } from './answer-question.js';
import { type AnswerType, expectedAnswerType, withoutFormWords } from './answer-types.js';
import type { AskDeps } from './ask-question.js';
import { closestDocuments } from './closest-documents.js';
import { type DocumentReference, findDocumentReference, type ReferableDocument } from './document-reference.js';
import { ATTRIBUTING_VERBS } from '../text/document-nouns.js';
import { isVague, unseenIdf, type Vocabulary } from './question-evidence.js';
import { lowercaseNames, namedWords, namesSomethingUnknown, placeSetIn } from './question-names.js';
import { asksForSomeoneUnknown, countsSomethingUnknown, quotesSomethingUnknown } from './unknown-kinds.js';
import { asksAboutADocument, type RankedPassage } from './select-sentences.js';
import { premiseOf } from '../text/premise.js';
import { namesASubject, stripQuestionWords, withoutClaimFrame } from '../text/question-words.js';
import { continuesThread, hasPronounSubject, pointsBack } from './validate-question.js';

/** A question as `askQuestion` has read it, with what it may lean on. */
export interface ReadQuestion {
  /** In the documents' words (`inDocumentWords`). */
  read: string;
  expects: AnswerType | undefined;
  subject: string;
  /** The subject of the question before it, when this one may be a follow-up. */
  context: string | undefined;
  /** True when its form asks to be read with the question before ("what about OpenAI?"). */
  leansOnPrevious: boolean;
  /** True when its subject is a pronoun ("what's his legal bill…"; `hasPronounSubject` of `read`). */
  pronounSubject: boolean;
  /** The documents it refers to ("according to the article"), and what it asks of them. */
  scope: DocumentScope | undefined;
}

export interface DocumentScope {
  sources: string[];
  /** The question without the words that refer to the documents. */
  read: string;
  /**
   * What that asks for: "what is model distillation, according to the article?" is asked what
   * something is once "according to the article" is gone.
   */
  expects: AnswerType | undefined;
  subject: string;
  /** The words describing the documents ("xAI" of "the xAI article"): read against every document, they may be the subject. */
  describing: string;
  /** Every document's title: one quoted by a document in scope is not what it says. */
  titles: string[];
  /** The thread's words, when the question before named the documents (`threadDocumentScope`). */
  context?: string;
}

type Evidence = { hits: RankedPassage[]; extractive: ExtractiveOutcome };
/** Scores one search's passages for the question; `titles` when they are one scope's documents. */
type Reading = (hits: RankedPassage[], focus: string, context?: string, titles?: string[]) => Evidence;
/** A question with the names it uses (`namesIn` of `read`), found once for all its readings. */
type NamedQuestion = ReadQuestion & { names: string[] };
/** What a reading needs of the question. */
type Asked = Pick<NamedQuestion, 'read' | 'expects' | 'pronounSubject' | 'names'>;

/**
 * The passages and the extractive outcome for a question. One that refers to a document ("what
 * does the article expect…") is answered from that document's passages when they answer it, and
 * read against every document when they don't.
 */
export async function findEvidence(q: ReadQuestion, deps: AskDeps): Promise<Evidence> {
  const { scope } = q;
  // Without the words referring to the documents ("according to the article, …"), the question
  // may have another subject: whether it is a pronoun is asked again only then, once for both
  // of the scope's readings.
  const pronounSubject = !scope || scope.read === q.read ? q.pronounSubject : hasPronounSubject(scope.read);
  const asked = scope ? { read: scope.read, expects: scope.expects, pronounSubject } : q;
  // What is read of the question (its names, premise, place…) is read once, for both readings;
  // its names also say whether only the thread names its subject (`onlyTheThreadSays`).
  const names = namesIn(asked.read, deps.vocabulary);
  const reading = readingOf({ ...asked, names }, deps);
  const inDocument = async (s: DocumentScope) => reading(await deps.search(s.subject, s.sources, s.context), s.subject, s.context, s.titles);
  // "the article" says where to look, not what to find: read against every document with it
  // left in, the briefs' sentences about "the commissioned article" outscored the article's own.
  const everywhere = scope ? { ...q, read: scope.read, subject: withDescribingWords(scope, deps.scoring.analyze), expects: scope.expects, pronounSubject } : q;
  // Both at once: a remote embedder's latency is paid once.
  const [scoped, whole] = await Promise.all([scope && inDocument(scope), findInAll({ ...everywhere, names }, deps, reading)]);
  return scoped && prefersDocument(scoped.extractive, whole.extractive) ? scoped : whole;
}

/**
 * The subject with the words describing the document it names that it does not say itself ("xAI"
 * of "the xAI article"). A word said in both is added once: twice, it would weigh double in the
 * lexical search and in each sentence's coverage ("the xAI article on xAI's models?"). Compared
 * as terms, so "xAI's" and "xAI?" say "xAI".
 */
export function withDescribingWords(scope: DocumentScope, analyze: (text: string) => string[]): string {
  const said = new Set(analyze(scope.subject));
  const unsaid = scope.describing.split(/\s+/).filter((word) => word !== '' && !analyze(word).every((t) => said.has(t)));
  return [scope.subject, ...unsaid].join(' ');
}

/**
 * How much less of the question the named document may cover than the best of all documents and
 * still answer it. Reading "the article" as a hint, not a filter: the Osprey rule's own document
 * answers "According to the article, what does the Osprey rule require?" (0.1 lost nothing over
 * the golden sets; 0 lost one).
 */
const DOCUMENT_MARGIN = 0.1;

/** When neither answers, the closer one decides whether an LLM is asked, and what it reads. */
function prefersDocument(scoped: ExtractiveOutcome, whole: ExtractiveOutcome): boolean {
  if (whole.kind !== 'answer') return scoped.kind === 'answer' || scoped.evidence > whole.evidence;
  return scoped.kind === 'answer' && scoped.evidence >= whole.evidence - DOCUMENT_MARGIN;
}

/** Scores passages for a question as read (`read`): declined outright when it names something unknown. */
function readingOf({ read, expects, pronounSubject, names }: Asked, deps: AskDeps): Reading {
  const unknown =
    namesSomethingUnknown(read, deps.vocabulary) ||
    (expects === 'count' && countsSomethingUnknown(read, deps)) ||
    (expects === 'person' && asksForSomeoneUnknown(read, deps)) ||
    quotesSomethingUnknown(read, deps);
  const premise = premiseOf(read);
  const place = placeSetIn(read, deps.vocabulary);
  // "have they sued anybody yet?" after a question on Google asks it of Google: a pronoun
  // subject that the question names no one for stands for the thread's names.
  const standsFor = (context?: string) => (names.length === 0 && context && pronounSubject ? namesIn(context, deps.vocabulary) : undefined);
  return (hits, focus, context, titles) => ({
    hits,
    extractive: unknown ? declined(hits) : answerExtractively({ focus, context, premise, read, expects, names, pronounNames: standsFor(context), place, titles }, hits, deps),
  });
}


/**
 * Evidence from every document (`findWithThread`). "and google?" after "anthropic's complaints
 * against the chinese labs?" puts Google in the place of the thread's names: read with them, no
 * sentence about Google covers enough, so it is read once more with the thread's other words.
 * Only when the first reading declines: "what about xAI?" after "Did OpenAI accuse DeepSeek…?"
 * is answered by a sentence naming OpenAI too.
 */
async function findInAll(q: NamedQuestion, deps: AskDeps, reading: Reading): Promise<Evidence> {
  const found = await findWithThread(q, deps, reading);
  if (found.extractive.kind === 'answer' || !q.context || !asksAboutAnother(q, deps)) return found;
  const rest = withoutNames(q.context, deps);
  if (deps.scoring.analyze(rest).length === 0) return found;
  const instead = reading(await deps.search(q.subject, undefined, rest), q.subject, rest);
  return instead.extractive.kind === 'answer' ? instead : found;
}

/**
 * Evidence from every document. A question that names a subject of its own is answered on its
 * own, even after another question: the "they" of "How long were the jurors out before they came
 * back?" are the jurors. A follow-up it doesn't answer, one that names nothing ("When did that
 * happen?", "Why?") and one whose form leans on the question before ("what about OpenAI?") are
 * read with the previous question's subject. One that leans but names more than a word of its
 * own ("and when did the jury decide?") is answered on its own when that reading fails: one
 * word alone ("OpenAI") would find any sentence that says it. Not one whose subject only the
 * thread names (`onlyTheThreadSays`).
 */
async function findWithThread(q: NamedQuestion, deps: AskDeps, reading: Reading): Promise<Evidence> {
  const namesNothing = !namesASubject(withoutFormWords(q.read, q.expects)) || isVague(q.subject, deps.scoring);
  const { context, subject } = q;
  if (!context) {
    const hits = await deps.search(subject);
    return namesNothing ? { hits, extractive: declined(hits) } : reading(hits, subject);
  }
  const terms = new Set(deps.scoring.analyze(subject));
  if (!namesNothing && namesOnlyTheUnknown(q, terms, deps)) return reading(await deps.search(subject), subject);
  const standsAlone = !namesNothing && !onlyTheThreadSays(q) && (!q.leansOnPrevious || terms.size > 1);
  if (!standsAlone) return reading(await deps.search(subject, undefined, context), subject, context);
  // Both readings at once: a remote embedder's latency is paid once.
  const [aloneHits, followUpHits] = await Promise.all([deps.search(subject), deps.search(subject, undefined, context)]);
  const alone = reading(aloneHits, subject);
  const followUp = reading(followUpHits, subject, context);
  const answers = (e: Evidence) => e.extractive.kind === 'answer' && (e === alone || saysWhatItAsks(q, e.extractive.answer, deps));
  const [first, second] = q.leansOnPrevious ? [followUp, alone] : [alone, followUp];
  if (answers(first)) return first;
  if (answers(second)) return second;
  // Neither answers: the closer one decides whether an LLM is asked.
  return asDeclined(followUp.extractive.evidence >= alone.extractive.evidence ? followUp : alone);
}

/** Words no passage uses that a question naming someone must ask for the thread's answer to need one of its words. */
const MIN_UNSEEN_OWN = 2;

/**
 * False when the question names someone, asks two or more words no passage uses, and the answer
 * found with the thread's words says none of its words beyond the names: "is minimax publicly
 * listed? what's their stock doing", after a question on Anthropic's accusations, asks what no
 * passage says, and the thread's words alone had found the accusation. A question that names no
 * one ("how long was it expected to go on?") asks about the thread's subject, in any words.
 */
function saysWhatItAsks(q: NamedQuestion, answer: string, deps: AskDeps): boolean {
  if (q.names.length === 0) return true;
  const names = nameTerms(q.read, deps);
  const own = deps.scoring.analyze(q.subject).filter((t) => !names.has(t));
  const unseen = unseenIdf(deps.vocabulary);
  if (new Set(own.filter((t) => deps.vocabulary.idf(t) >= unseen)).size < MIN_UNSEEN_OWN) return true;
  const said = new Set(deps.scoring.analyze(answer));
  const related = deps.scoring.relatedTerms?.(q.subject);
  return own.some((t) => said.has(t) || [...(related?.get(t) ?? [])].some((r) => said.has(r)));
}

/** The evidence as a decline, keeping how close it came. */
function asDeclined({ hits, extractive }: Evidence): Evidence {
  return { hits, extractive: extractive.kind === 'answer' ? declined(hits, extractive) : extractive };
}

/**
 * True for a question whose subject is a pronoun and that names no one: "whats his legal bill for
 * the whole thing" is about the thread's Musk. Read alone, "legal" found the article's outlook.
 * Not "when he was pushed…, what did elon say": the question names him itself.
 */
function onlyTheThreadSays(q: NamedQuestion): boolean {
  return q.pronounSubject && q.names.length === 0;
}

/**
 * True for a question that names two or more things no passage mentions and points at nothing
 * before it ("and the banana bread recipe?", "what's the capital of france?"): it is not about
 * the question before, however well that one's words are covered. Read with it, the judge
 * sentence answered the recipe. A pronoun ("when did he testify?") or a document ("and what
 * does the piece think?") may tie it to the question before. One such word may be the thread's
 * subject put otherwise ("and the venue?" for Oakland, "and the proof?" for the evidence).
 */
function namesOnlyTheUnknown(q: ReadQuestion, terms: ReadonlySet<string>, deps: AskDeps): boolean {
  const unseen = unseenIdf(deps.vocabulary);
  return terms.size > 1 && [...terms].every((t) => deps.vocabulary.idf(t) >= unseen) && !pointsBack(withoutClaimFrame(q.read)) && !asksAboutADocument(q.read);
}

/** "what about google?", "and xAI?": only a name, of its own, in the place of the thread's. */
function asksAboutAnother(q: ReadQuestion, deps: AskDeps): boolean {
  if (!continuesThread(q.read)) return false;
  const terms = deps.scoring.analyze(q.subject);
  const own = nameTerms(q.read, deps);
  return terms.length > 0 && terms.every((t) => own.has(t));
}

/** The text without the names it uses. */
function withoutNames(text: string, deps: AskDeps): string {
  const names = nameTerms(text, deps);
  return text.split(/\s+/).filter((word) => !deps.scoring.analyze(word).some((t) => names.has(t))).join(' ');
}

/** The terms of the names a text uses (`namesIn`). */
function nameTerms(text: string, deps: AskDeps): ReadonlySet<string> {
  return new Set(deps.scoring.analyze(namesIn(text, deps.vocabulary).join(' ')));
}

/** A decline naming the closest documents; from an answer set aside, with how close it came. */
function declined(hits: RankedPassage[], { evidence, strongest }: Pick<ExtractiveOutcome, 'evidence' | 'strongest'> = { evidence: 0 }): Evidence['extractive'] {
  return { kind: 'declined', closest: closestDocuments(hits), evidence, ...(strongest !== undefined && { strongest }) };
}

/**
 * The documents a question refers to ("the Musk article"), and what it asks of them; undefined
 * when it asks nothing of them ("What does the article say?").
 */
export function documentScope(read: string, expects: AnswerType | undefined, deps: AskDeps): DocumentScope | undefined {
  const reference = referenceIn(read, deps);
  if (!reference) return undefined;
  // " , what is model distillation?" once "According to the article" is gone: its form, and any
  // pronoun subject ("did they appeal?"), start after the comma.
  const rest = reference.rest.replace(/^[\s,;:.!?…-]+/, '');
  const asks = expects ?? expectedAnswerType(rest);
  const subject = subjectOf(rest, asks);
  if (!namesASubject(withoutFormWords(rest, asks)) || isVague(subject, deps.scoring)) return undefined;
  return { sources: reference.sources, read: rest, expects: asks, subject, describing: reference.describing, titles: reference.titles };
}

/**
 * The documents a text refers to (`findDocumentReference`), with every document's title. The
 * documents are listed only when the text refers to one: most questions refer to none.
 */
function referenceIn(text: string, deps: AskDeps, options?: { bare: boolean }): (DocumentReference & { titles: string[] }) | undefined {
  let documents: readonly ReferableDocument[] = [];
  const reference = findDocumentReference(text, () => (documents = deps.listDocuments?.() ?? []), deps.scoring.analyze, options);
  return reference && { ...reference, titles: documents.map((d) => d.title) };
}

/** "according to it", "what does it say…", "does it mention…": the document the thread named, cited by a pronoun. */
const CITES_IT = new RegExp(String.raw`\b(?:according to|per)\s+(?:it|them|that(?!\s+\p{L}))\b|\b(?:it|they)\s+(?:${ATTRIBUTING_VERBS})\b`, 'iu');

/**
 * The documents the question before referred to ("what's the commissioned article about?"), for
 * a follow-up that cites them by a pronoun ("ok so what happens next according to it?"): it is
 * read against them first, as if it named them, and its thread's words lose the reference, which
 * the briefs about the article say too ("The commissioned article … notes that…").
 */
export function threadDocumentScope(q: { read: string; expects: AnswerType | undefined; subject: string; context: string }, deps: AskDeps): { scope: DocumentScope; context: string } | undefined {
  if (!CITES_IT.test(q.read)) return undefined;
  const reference = referenceIn(q.context, deps, { bare: true });
  if (!reference) return undefined;
  const rest = `${reference.rest} ${reference.describing}`.replace(/\s+/g, ' ').trim();
  const context = deps.scoring.analyze(rest).length > 0 ? rest : q.context;
  return { scope: { sources: reference.sources, read: q.read, expects: q.expects, subject: q.subject, describing: '', titles: reference.titles, context }, context };
}

/** The names a question uses, each with the other names it goes by ("Chinese", "China"). */
function namesIn(question: string, vocabulary: Vocabulary): string[] {
  return [...namedWords(question).filter((w) => /\p{Lu}/u.test(w)), ...lowercaseNames(question, vocabulary)].flatMap((w) => [w, ...(vocabulary.otherNames?.(w) ?? [])]);
}

/** What a question is about: without its question words, source references and form words. */
export function subjectOf(question: string, expects: AnswerType | undefined): string {
  return stripQuestionWords(withoutFormWords(question, expects));
}
