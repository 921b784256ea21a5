import { ASKING_AUXILIARIES } from './question-words.js';

/**
 * A statement, then a question pointing back at it: "our team wants to fine-tune on gpt answers
 * for a rival product. does openai's ToS allow that?". The question asks about "that", so the
 * statement is what a thread's last message would be to it, not words the answer must all say.
 * The statement is a dozen characters or more, a few words ("ok.", "got it!" tell nothing), and
 * one full stop or "!" ends it: "…no prob outputs exposed... how would distilling it even work"
 * trails off into one question. The question ends with "?": "I need a summary of the verdict. do
 * it in three bullets" asks nothing back.
 */
const TOLD_THEN_ASKED = new RegExp(String.raw`^([^?]{12,}?[^.…][.!])\s+((?:so\s+)?(?:${ASKING_AUXILIARIES}|what|how|why|when|where|who|which)\b[^.?]*\b(?:that|this|it)\b[^.?]*\?+)\s*$`, 'i');

/** The statement told and the question asked after it, or undefined when the message is not one of each. */
export function toldThenAsked(message: string): { told: string; asked: string } | undefined {
  const match = TOLD_THEN_ASKED.exec(message);
  return match ? { told: match[1]!, asked: match[2]! } : undefined;
}
