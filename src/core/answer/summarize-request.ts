import { randomUUID } from 'node:crypto';
import type { Passage } from '../knowledge/document.js';
import type { AnswerOptions, SummaryResult } from '../ports.js';
import { LlmError } from '../errors.js';
import { type LlmDeps, NO_DOCUMENTS, NOT_COVERED, renumberCitations } from './ask-question.js';
import { closestDocuments } from './closest-documents.js';
import { describeLlmFailure } from './describe-llm-failure.js';
import { generateGroundedSummary } from './llm/index.js';
import type { Vocabulary } from './question-evidence.js';
import { withDocumentNames } from './team-names.js';
import { toCitation } from './citations.js';
import type { RankedPassage, SentenceScoring } from './select-sentences.js';
import { summarizeDocument, summarizeTopic, type SummaryOutcome } from './summarize.js';
import { validateQuestion } from './validate-question.js';
import { findDocumentReference, type ReferableDocument } from './document-reference.js';

export interface SummarizeDeps {
  search: (query: string) => Promise<RankedPassage[]>;
  /** The passages of the document a request names (file name or title), in order. */
  findDocument: (name: string) => { title: string; passages: Passage[] } | undefined;
  /** A named topic (knowledge/topics.yaml): its heading and what to search for. */
  findTopic: (name: string) => { heading: string; search: string } | undefined;
  /** The indexed documents: "/summary the article" summarises the one of kind "article". */
  listDocuments?: () => ReferableDocument[];
  scoring: SentenceScoring;
  /** The team's names for things (`knowledge/names.yaml`), read as the documents' names. */
  vocabulary?: Pick<Vocabulary, 'names' | 'mentions'>;
  minEvidence: number;
  maxQuestionChars: number;
  llm?: LlmDeps;
  isEmpty: () => boolean;
  onLlmFailure?: (error: unknown) => void;
}

/**
 * Summarises one document (when the request names one) or a topic, as 3–6 cited bullets. With an
 * LLM configured the bullets are generated from the same passages and checked the same way; a
 * failing LLM falls back to the extractive bullets.
 */
export async function summarizeRequest(raw: string, options: AnswerOptions, deps: SummarizeDeps): Promise<SummaryResult> {
  const checked = validateQuestion(raw, deps.maxQuestionChars);
  if (!checked.ok) return checked.invalid;
  const topic = checked.question;
  const id = randomUUID();
  const named = deps.findTopic(topic);
  const document = named ? undefined : (deps.findDocument(topic) ?? documentReferredTo(topic, deps));
  const query = named?.search ?? (deps.vocabulary ? withDocumentNames(topic, deps.vocabulary) : topic);
  const hits = document ? document.passages.map((passage) => ({ passage, score: 1 })) : await deps.search(query);
  const extractive: SummaryOutcome = document
    ? summarizeDocument(document.passages, deps.scoring)
    : // A topic the team named in topics.yaml is covered by definition; a typed one must prove it.
      summarizeTopic(query, hits, deps.scoring, named ? 0 : deps.minEvidence);
  if (extractive.kind === 'declined') {
    const answer = deps.isEmpty() ? NO_DOCUMENTS : NOT_COVERED;
    return { kind: 'declined', id, topic, answer, closest: extractive.closest, mode: 'extractive' };
  }
  const heading = document?.title ?? named?.heading ?? topic;
  const base = { kind: 'summary' as const, id, topic, heading };
  if (!deps.llm) return { ...base, bullets: extractive.bullets, citations: extractive.citations, mode: 'extractive' };
  const passages = hits.slice(0, deps.llm.passages ?? 8);
  try {
    // Partials carry the model's numbering; renumbered by first use, they read as the bullets will.
    const onPartial = options.onPartial && ((soFar: string) => options.onPartial!(renumberCitations(soFar, passages).text));
    const generated = await generateGroundedSummary({ ...deps.llm, topic: base.heading, passages, signal: options.signal, onPartial });
    if (generated.kind === 'declined' && generated.reason === 'model_declined') {
      return { kind: 'declined', id, topic, answer: NOT_COVERED, closest: closestDocuments(passages), mode: 'llm' };
    }
    if (generated.kind === 'declined') throw new LlmError(deps.llm.model.getName(), 'bad_response', 'no bullet cited a passage');
    return { ...base, ...renumberBullets(generated.bullets, passages), mode: 'llm' };
  } catch (error) {
    if (!(error instanceof LlmError)) throw error;
    deps.onLlmFailure?.(error);
    return { ...base, bullets: extractive.bullets, citations: extractive.citations, mode: 'extractive', notice: describeLlmFailure(error) };
  }
}

/** The one document a request refers to and nothing more: "the article", "the Musk article". */
function documentReferredTo(request: string, deps: SummarizeDeps): ReturnType<SummarizeDeps['findDocument']> {
  const reference = deps.listDocuments && findDocumentReference(request, deps.listDocuments, deps.scoring.analyze, { bare: true });
  if (reference?.sources.length !== 1 || deps.scoring.analyze(reference.rest).length > 0) return undefined;
  return deps.findDocument(reference.sources[0]!);
}

function renumberBullets(bullets: { text: string; cited: number[] }[], hits: RankedPassage[]) {
  const order = new Map<number, number>();
  const renumbered = bullets.map((b) => ({
    text: b.text.replace(/\s*\[\d{1,3}\]/g, '').trim(),
    citations: b.cited.filter((g) => g >= 1 && g <= hits.length).map((g) => {
      if (!order.has(g)) order.set(g, order.size + 1);
      return order.get(g)!;
    }),
  }));
  const citations = [...order.entries()].map(([g, n]) => toCitation(hits[g - 1]!.passage, n, hits[g - 1]!.score));
  return { bullets: renumbered.filter((b) => b.citations.length > 0), citations };
}
