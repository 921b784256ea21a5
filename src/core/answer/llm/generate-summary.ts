import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { RankedPassage } from '../select-sentences.js';
import { callModel } from './call-model.js';
import { DECLINE_SENTENCE, isDeclineStatement } from './decline-statement.js';
import { buildGroundedMessages } from './grounded-prompt.js';
import { verifiedPartials, verifyCitations } from './verify-citations.js';

export interface SummarySettings {
  /** LLM_TIMEOUT_MS: the longest wait for the reply, or when streaming for the next token. */
  timeoutMs: number;
  /** Within a kept bullet, what happens to an extra sentence without a citation. */
  uncitedSentences: 'drop' | 'flag';
  /** Most bullets kept (the prompt asks for 3 to this many). */
  maxBullets: number;
}

export const defaultSummarySettings = {
  timeoutMs: 30_000,
  uncitedSentences: 'drop',
  maxBullets: 6,
} satisfies Required<SummarySettings>;

export interface GenerateSummaryOptions extends Partial<SummarySettings> {
  model: BaseChatModel;
  /** A topic, or the title of the document the passages come from. */
  topic: string;
  passages: RankedPassage[];
  /** When given, the reply is streamed and this receives the text so far, in order. */
  onPartial?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

export interface GroundedBullet {
  /** Bullet text without its list marker; `[n]` are passage numbers as given. */
  text: string;
  cited: number[];
}

export type GroundedSummary =
  | { kind: 'summary'; bullets: GroundedBullet[]; /** Bullets left out for lack of a valid citation. */ dropped: string[] }
  | { kind: 'declined'; text: string; reason: 'model_declined' | 'no_valid_citation' | 'no_passages' };

const BULLET = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+(.*)$/;

/**
 * Asks the model for a 3–6 bullet summary grounded in the numbered passages, with the same
 * checks as answers: invented markers are removed and a bullet without a valid citation is
 * dropped. Rejects with `LlmError` when the call fails, so the caller can fall back.
 *
 * @example
 * const result = await generateGroundedSummary({ model, topic: 'distillation', passages });
 * if (result.kind === 'summary') result.bullets.forEach((b) => console.log(`- ${b.text}`));
 */
export async function generateGroundedSummary(options: GenerateSummaryOptions): Promise<GroundedSummary> {
  const { model, topic, passages, onPartial, signal } = options;
  const timeoutMs = options.timeoutMs ?? defaultSummarySettings.timeoutMs;
  const uncitedSentences = options.uncitedSentences ?? defaultSummarySettings.uncitedSentences;
  const maxBullets = options.maxBullets ?? defaultSummarySettings.maxBullets;
  if (passages.length === 0) return { kind: 'declined', text: DECLINE_SENTENCE, reason: 'no_passages' };
  const messages = buildGroundedMessages({ task: 'summary', question: topic, passages, maxItems: maxBullets });
  // As for answers, a reader sees only complete sentences that carry a valid marker.
  const onText = onPartial && verifiedPartials(onPartial, passages.length, { uncitedSentences });
  const reply = await callModel({ model, messages, timeoutMs, onText, signal });
  const bullets: GroundedBullet[] = [];
  const dropped: string[] = [];
  for (const item of splitBullets(reply)) {
    const verified = verifyCitations(item, passages.length, { uncitedSentences });
    if (verified.declined || bullets.length >= maxBullets) dropped.push(item);
    else bullets.push({ text: verified.text, cited: verified.cited });
  }
  if (bullets.length > 0) return { kind: 'summary', bullets, dropped };
  const modelDeclined = splitBullets(reply).some((item) => isDeclineStatement(item.replace(/\s*\[[^\]]*\]/g, '')));
  return modelDeclined
    ? { kind: 'declined', text: DECLINE_SENTENCE, reason: 'model_declined' }
    : { kind: 'declined', text: DECLINE_SENTENCE, reason: 'no_valid_citation' };
}

/**
 * The items of a bulleted reply. Lines before the first bullet (a heading or preamble) are not
 * items; an indented or unmarked line after a bullet continues it. A reply with no bullets at
 * all is taken line by line.
 */
function splitBullets(reply: string): string[] {
  const lines = reply.split('\n').filter((line) => line.trim() !== '');
  if (!lines.some((line) => BULLET.test(line))) return lines.map((line) => line.trim());
  const items: string[] = [];
  for (const line of lines) {
    const bullet = BULLET.exec(line);
    if (bullet) items.push(bullet[1]!.trim());
    else if (items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}
