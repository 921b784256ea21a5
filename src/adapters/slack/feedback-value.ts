import { SLACK_LIMITS } from './slack-limits.js';

/** What a 👍/👎 button carries, so recording a vote needs no per-process state. */
export interface FeedbackRef {
  answerId: string;
  question: string;
}

export const FEEDBACK_ACTIONS = { up: 'feedback_up', down: 'feedback_down' } as const;

/**
 * Packs the answer id and question into a button value within Slack's limit. The question is
 * shortened (never the id), measuring the JSON itself because escaping can lengthen it.
 */
export function encodeFeedbackValue(ref: FeedbackRef, max: number = SLACK_LIMITS.buttonValue): string {
  let question = ref.question;
  for (;;) {
    const value = JSON.stringify({ a: ref.answerId, q: question });
    if (value.length <= max) return value;
    if (question.length === 0) throw new RangeError(`answer id too long for a button value (${ref.answerId.length} chars)`);
    let keep = Math.max(0, question.length - (value.length - max) - 1);
    if (isHighSurrogate(question.charCodeAt(keep - 1))) keep -= 1;
    question = keep > 0 ? `${question.slice(0, keep)}…` : '';
  }
}

/** Reads a button value back; `undefined` when it was not made by `encodeFeedbackValue`. */
export function decodeFeedbackValue(value: string | undefined): FeedbackRef | undefined {
  if (!value) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { a, q } = parsed as Record<string, unknown>;
    return typeof a === 'string' && a !== '' && typeof q === 'string' ? { answerId: a, question: q } : undefined;
  } catch {
    return undefined;
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
