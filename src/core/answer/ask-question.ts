import { randomUUID } from 'node:crypto';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { LlmError } from '../errors.js';
import type { AnswerOptions, AskResult } from '../ports.js';
import type { ExtractiveDeps, ExtractiveOutcome } from './answer-question.js';
import { expectedAnswerType } from './answer-types.js';
import { asksWhatIsKnown, describeCatalog } from './catalog-question.js';
import { toCitation } from './citations.js';
import { closestDocuments } from './closest-documents.js';
import { describeLlmFailure } from './describe-llm-failure.js';
import type { ReferableDocument } from './document-reference.js';
import { documentScope, findEvidence, subjectOf, threadDocumentScope } from './find-evidence.js';
import { generateGroundedAnswer } from './llm/index.js';
import type { Vocabulary } from './question-evidence.js';
import { spellOutAbbreviations, withCaseNames } from './question-names.js';
import type { RankedPassage } from './select-sentences.js';
import { withDocumentNames } from './team-names.js';
import { withFullWords, withChatNumbersInFull } from '../text/chat-clippings.js';
import { withShortDatesInFull } from './short-dates.js';
import { namesASubject, leavesTheSubjectBefore, returnsToFirstQuestion, withoutLeadIn } from '../text/question-words.js';
import { withoutAnswerStyle } from '../text/answer-style.js';
import { withAuxiliariesSpelledOut, withoutAsTo, withPlainQuantities } from '../text/chat-forms.js';
import { asksForAWritingTask, asksForSource, isSmallTalk } from '../text/requests.js';
import { withoutAsides } from '../text/asides.js';
import { toldThenAsked } from '../text/told-then-asked.js';
import { followUpContext, hasPronounSubject, leansOnPrevious, validateQuestion } from './validate-question.js';

export interface AskDeps extends ExtractiveDeps {
  vocabulary: Vocabulary;
  /**
   * Searches the whole index, or only the passages of the documents `within` (by source), for
   * the query and the words a follow-up `borrowed` from the question before it.
   */
  search: (query: string, within?: readonly string[], borrowed?: string) => Promise<RankedPassage[]>;
  maxQuestionChars: number;
  /** Set when an LLM is configured (`LLM_PROVIDER`); answers are then generated and verified. */
  llm?: LlmDeps;
  /** True when the index holds no passage at all (an empty knowledge folder). */
  isEmpty: () => boolean;
  /** The indexed documents: the reply to "What documents do you have?", and what "the article" may mean. */
  listDocuments?: () => ReferableDocument[];
  /** Told about every LLM failure the reader only sees as a fallback notice (for the logs). */
  onLlmFailure?: (error: unknown) => void;
}

export interface LlmDeps {
  model: BaseChatModel;
  timeoutMs: number;
  uncitedSentences: 'drop' | 'flag';
  /** Passages handed to the model. */
  passages?: number;
  /**
   * Questions whose best sentence covers at least this share of their words go to the model,
   * even below the extractive answerer's threshold; the model may still decline. Defaults to
   * that threshold.
   */
  minEvidence?: number;
}

export const NOT_COVERED = 'The knowledge base does not cover this question, so I won’t guess.';
export const NO_DOCUMENTS = 'The knowledge base has no documents yet: add files to the knowledge folder and re-index.';
/** The reply to "thanks", "hello", "ok": nothing was asked, so nothing is declined either. */
export const SMALL_TALK_REPLY = 'Ask me anything about the documents in the knowledge base, and I’ll answer with the passages I rely on.';
export const WRITING_TASK_REPLY = 'I answer questions from the documents in the knowledge base, citing the passages I rely on; I don’t write code or messages.';

/**
 * The whole answer flow: validate, put the question in the documents' words (the team's names,
 * spelled-out abbreviations), widen a follow-up with the question before it, retrieve, and
 * answer — extractively, or with the LLM when one is configured, falling back to the extractive
 * outcome when it fails. Evidence is judged before any LLM call: a question
 * naming something unknown, or whose words the passages barely hold, never reaches the model.
 */
export async function askQuestion(raw: string, options: AnswerOptions, deps: AskDeps): Promise<AskResult> {
  const checked = validateQuestion(raw, deps.maxQuestionChars);
  if (!checked.ok) return checked.invalid;
  // As the question itself: a thread's messages come as typed, with any run of whitespace, and
  // any length (no one checked them): only as much of each as a question may hold is read.
  const history = (options.history ?? []).map((h) => h.slice(0, deps.maxQuestionChars * 2).replace(/\s+/g, ' ').trim().slice(0, deps.maxQuestionChars));
  // "our team wants to… . does openai's ToS allow that?" asks about what it told first, as a
  // thread would; "Thanks, that helps. where did you get that?" asks for the last answer's source.
  const split = toldThenAsked(checked.question);
  if (!split) return askInThread(checked.question, history, options, deps);
  const thread = asksForSource(split.asked) ? history : [...history, split.told];
  const result = await askInThread(split.asked, thread, options, deps);
  return 'question' in result ? { ...result, question: checked.question } : result;
}

/** The answer flow for a validated question asked after `history`, the thread's messages oldest first. */
async function askInThread(question: string, history: string[], options: AnswerOptions, deps: AskDeps): Promise<AskResult> {
  // "ok back to my first q - …" follows up the thread's first question, not its last; so does
  // the question after it, when the return named nothing of its own ("ok back to my first q - why?").
  const returning = returnsToFirstQuestion(question);
  const last = lastAskedAt(history);
  const backToFirst = returning || (last >= 0 && returnedWithoutASubject(history[last]!));
  const at = backToFirst ? firstAskedAt(history) : last;
  const previous = at < 0 ? undefined : history[at];
  const read = inDocumentWords(question, deps.vocabulary, previous);
  const forSource = asksForSource(read);
  // "source?" asks for the last answer's passages: that answer is given again, with them.
  if (forSource && previous !== undefined) return askQuestion(previous, { ...options, history: history.slice(0, at) }, deps);
  // With nothing asked before, "sources?" asks what the answers come from: the documents.
  if (deps.listDocuments && !deps.isEmpty() && (asksWhatIsKnown(read) || forSource)) {
    return { kind: 'catalog', id: randomUUID(), question, ...describeCatalog(deps.listDocuments()) };
  }
  const asksNothingOfThem = (answer: string): AskResult => ({ kind: 'declined', id: randomUUID(), question, answer, closest: [], mode: 'extractive' });
  if (isSmallTalk(read) && !deps.isEmpty()) return asksNothingOfThem(SMALL_TALK_REPLY);
  // However many of the documents' words it uses ("…to fine-tune llama with lora"), a request to
  // write code or a message asks nothing the documents answer.
  if (asksForAWritingTask(read)) return asksNothingOfThem(WRITING_TASK_REPLY);
  const expects = expectedAnswerType(read);
  const subject = subjectOf(read, expects);
  const contentTerms = deps.scoring.analyze(subject).length;
  // "ok back to deepseek, …" leaves the subject before it.
  const context = leavesTheSubjectBefore(question) && !returning ? undefined : borrowedSubject(question, contentTerms, previous, deps, history[lastAskedAt(history.slice(0, at))]);
  // "going back to my first q, does it…" says outright whose subject it asks about; so does the
  // question after a return that named nothing of its own.
  const leans = context !== undefined && (backToFirst || leansOnPrevious(question, contentTerms));
  const own = documentScope(read, expects, deps);
  const fromThread = !own && context !== undefined ? threadDocumentScope({ read, expects, subject, context }, deps) : undefined;
  const scope = own ?? fromThread?.scope;
  // Whose subject it is is read past the lead-in ("ok so do they think…"); whether it leans, from
  // the question as typed (read past the lead-in, an unread set lost a question as one chat).
  const { hits, extractive } = await findEvidence({ read, expects, subject, context: fromThread?.context ?? context, leansOnPrevious: leans, pronounSubject: hasPronounSubject(read), scope }, deps);
  const id = randomUUID();
  const standIn = (notice?: string): AskResult => {
    const extra = { id, question, mode: 'extractive', ...(notice && { notice }) } as const;
    if (extractive.kind === 'answer') return { kind: 'answer', answer: extractive.answer, citations: extractive.citations, ...extra };
    return { kind: 'declined', answer: deps.isEmpty() ? NO_DOCUMENTS : NOT_COVERED, closest: extractive.closest, ...extra };
  };
  // An LLM reads meaning a word count misses, and may decline itself: it is asked about
  // questions a little below the extractive threshold too (`LlmDeps.minEvidence`).
  if (!deps.llm || extractive.evidence < (deps.llm.minEvidence ?? deps.minEvidence)) return standIn();
  try {
    return await answerWithLlm(deps.llm, { id, question, history, hits: passagesForModel(hits, extractive, deps.llm.passages ?? 6), options });
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    deps.onLlmFailure?.(error);
    return standIn(describeLlmFailure(error, extractive.kind === 'answer' ? 'answer' : 'declined'));
  }
}

/**
 * The passages the model reads: the one holding the best evidence, then those the extractive
 * answer quoted, in its order, then the best of the rest. A passage found through a synonym
 * comes after the top 8 (`withSynonymHits`) and would otherwise be cut, though it may be why the
 * model is asked at all.
 */
export function passagesForModel(hits: RankedPassage[], extractive: ExtractiveOutcome, n: number): RankedPassage[] {
  const cited = extractive.kind === 'answer' ? extractive.citations.map((c) => c.passageId) : [];
  const first = [...new Set([extractive.strongest, ...cited])].filter((id) => id !== undefined);
  const byId = new Map(hits.map((hit) => [hit.passage.metadata.id, hit]));
  const leading = first.map((id) => byId.get(id)).filter((hit) => hit !== undefined);
  return [...leading, ...hits.filter((hit) => !leading.includes(hit))].slice(0, n);
}

/** Where the thread's last question is (-1: none): small talk ("thanks!") and "source?" in between ask nothing. */
function lastAskedAt(history: string[]): number {
  return history.findLastIndex(asksSomething);
}

function returnedWithoutASubject(message: string): boolean {
  return returnsToFirstQuestion(message) && !namesASubject(withoutLeadIn(message));
}

/** Where the thread's first question is (-1: none). */
function firstAskedAt(history: string[]): number {
  return history.findIndex(asksSomething);
}

function asksSomething(message: string): boolean {
  const plain = withoutLeadIn(message);
  return !isSmallTalk(plain) && !asksForSource(plain);
}

/**
 * The subject of the previous question, when this one may follow it up, with what that one
 * borrowed from the question `before` it. "What documents do you have?" has no subject to lend.
 */
function borrowedSubject(question: string, contentTerms: number, asked: string | undefined, deps: AskDeps, before?: string): string | undefined {
  if (!asked) return undefined;
  const previous = inDocumentWords(asked, deps.vocabulary);
  if (!previous || asksWhatIsKnown(previous)) return undefined;
  // The lead-in ("and…", "so…") that inDocumentWords drops is what marks many follow-ups.
  const lent = subjectOf(previous, expectedAnswerType(previous));
  // A follow-up lends what it borrowed too: "who won it?" after "what is the thaler case about?"
  // lends the case. One step back only: a thread's subject rarely lasts longer unnamed. Not
  // one that left that subject ("ok back to deepseek, who made it?").
  const lentTerms = deps.scoring.analyze(lent).length;
  const leaned = before !== undefined && !leavesTheSubjectBefore(asked) && leansOnPrevious(asked, lentTerms);
  const borrowedByIt = leaned ? borrowedSubject(asked, lentTerms, before, deps) : undefined;
  return followUpContext(question, contentTerms, borrowedByIt ? `${lent} ${borrowedByIt}` : lent);
}

/**
 * The question as the documents would put it: no chat lead-in or words on how to put the answer
 * ("in simple terms"), "most of" for "the bulk of", the team's names for things, abbreviations
 * spelled out as the passages about it, or about the thread's last question, do.
 */
function inDocumentWords(question: string, vocabulary: Vocabulary, previous?: string): string {
  // A lead-in may come before or after the style words: "ok so ELI5: what is…", "ELI5: wait, what is…".
  const plain = withFullWords(
    [(text: string) => withShortDatesInFull(text, vocabulary.mentions), withAuxiliariesSpelledOut, withoutAsides, withoutLeadIn, withoutAnswerStyle, withoutLeadIn, withPlainQuantities, withChatNumbersInFull, withoutAsTo].reduce((text, step) => step(text), question),
    (word) => vocabulary.mentions?.(word) ?? false,
  );
  return spellOutAbbreviations(withCaseNames(withDocumentNames(plain, vocabulary), vocabulary), vocabulary, previous);
}

async function answerWithLlm(
  llm: LlmDeps,
  input: { id: string; question: string; history: string[]; hits: RankedPassage[]; options: AnswerOptions },
): Promise<AskResult> {
  const { id, question, history, hits, options } = input;
  const onPartial = options.onPartial;
  const result = await generateGroundedAnswer({
    ...llm,
    question,
    history,
    passages: hits,
    // Partials carry the model's numbering; renumber them the way the final answer will be.
    onPartial: onPartial && ((soFar) => onPartial(renumberCitations(soFar, hits).text)),
    signal: options.signal,
  });
  if (result.kind === 'declined') {
    if (result.reason === 'no_valid_citation') throw new LlmError(llm.model.getName(), 'bad_response', 'no sentence of the answer cited a passage');
    return { kind: 'declined', id, question, answer: NOT_COVERED, closest: closestDocuments(hits), mode: 'llm' };
  }
  const { text, citations } = renumberCitations(result.text, hits);
  return { kind: 'answer', id, question, answer: text, citations, mode: 'llm' };
}

/** Rewrites the LLM's `[n]` (1-based into `hits`) to the order of first use, as the extractive path numbers them. */
export function renumberCitations(text: string, hits: RankedPassage[]) {
  const order = new Map<number, number>();
  const renumbered = text.replace(/\[(\d{1,3})\]/g, (_marker, digits: string) => {
    const given = Number(digits);
    if (given < 1 || given > hits.length) return '';
    if (!order.has(given)) order.set(given, order.size + 1);
    return `[${order.get(given)}]`;
  });
  const citations = [...order.entries()].map(([given, n]) => toCitation(hits[given - 1]!.passage, n, hits[given - 1]!.score));
  return { text: renumbered.replace(/\s{2,}/g, ' ').trim(), citations };
}
