import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { RankedPassage } from '../select-sentences.js';
import { callModel } from './call-model.js';
import { DECLINE_SENTENCE } from './decline-statement.js';
import { buildGroundedMessages } from './grounded-prompt.js';
import { verifiedPartials, verifyCitations } from './verify-citations.js';

/** How the LLM path behaves; `config.llm` supplies the first two. */
export interface AnswerSettings {
  /** LLM_TIMEOUT_MS: the longest wait for the reply, or when streaming for the next token. */
  timeoutMs: number;
  /** LLM_UNCITED_SENTENCES: leave out sentences without a valid citation, or keep them flagged. */
  uncitedSentences: 'drop' | 'flag';
  /** Most sentences the prompt asks for. */
  maxSentences: number;
}

export const defaultAnswerSettings = {
  timeoutMs: 30_000,
  uncitedSentences: 'drop',
  maxSentences: 5,
} satisfies Required<AnswerSettings>;

export interface GenerateAnswerOptions extends Partial<AnswerSettings> {
  model: BaseChatModel;
  question: string;
  /** Earlier questions of the conversation, oldest first. */
  history?: string[];
  /** What the model may use, best first; `[n]` in the reply is the n-th of these. */
  passages: RankedPassage[];
  /** When given, the reply is streamed and this receives the text so far, in order. */
  onPartial?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

export type GroundedAnswer =
  | {
      kind: 'answer';
      /** Verified text; each `[n]` is a passage number as given (1-based), to be renumbered. */
      text: string;
      /** Passage numbers cited, in order of first use. */
      cited: number[];
      /** What verification removed or flagged, for logs and evaluation. */
      removedMarkers: string[];
      dropped: string[];
      flagged: string[];
    }
  | {
      kind: 'declined';
      /** The model's own statement when it declined, else a standard one. */
      text: string;
      reason: 'model_declined' | 'no_valid_citation' | 'no_passages';
    };

/**
 * Asks the model for an answer grounded in the numbered passages and verifies its citations.
 * Rejects with `LlmError` on any failure of the call (HTTP 5xx or 4xx, 429, timeout, malformed
 * reply, connection refused), so the caller can fall back to the extractive answer.
 *
 * @example
 * const result = await generateGroundedAnswer({ model, question: 'Is distillation allowed?', passages });
 * if (result.kind === 'answer') console.log(result.text, result.cited); // "… [1].", [1]
 */
export async function generateGroundedAnswer(options: GenerateAnswerOptions): Promise<GroundedAnswer> {
  const { model, question, passages, history, onPartial, signal } = options;
  const timeoutMs = options.timeoutMs ?? defaultAnswerSettings.timeoutMs;
  const uncitedSentences = options.uncitedSentences ?? defaultAnswerSettings.uncitedSentences;
  if (passages.length === 0) return { kind: 'declined', text: DECLINE_SENTENCE, reason: 'no_passages' };
  const messages = buildGroundedMessages({ task: 'answer', question, history, passages, maxItems: options.maxSentences ?? defaultAnswerSettings.maxSentences });
  // A reader sees only what verification will keep: complete sentences with a valid marker.
  const onText = onPartial && verifiedPartials(onPartial, passages.length, { uncitedSentences });
  const reply = await callModel({ model, messages, timeoutMs, onText, signal });
  const verified = verifyCitations(reply, passages.length, { uncitedSentences });
  if (verified.declined) {
    const reason = verified.declineReason ?? 'no_valid_citation';
    return { kind: 'declined', text: reason === 'model_declined' ? declineText(verified.text) : DECLINE_SENTENCE, reason };
  }
  const { text, cited, removedMarkers, dropped, flagged } = verified;
  return { kind: 'answer', text, cited, removedMarkers, dropped, flagged };
}

function declineText(text: string): string {
  const plain = text.replace(/\s*\[\d{1,3}\]/g, '').trim();
  return plain === '' ? DECLINE_SENTENCE : plain;
}
