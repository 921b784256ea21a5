import type { InvalidInput } from '../ports.js';
import { withoutLeadIn } from '../text/question-words.js';

/**
 * Checks a question before any search runs. Returns the trimmed question, or why it was refused:
 * an empty question and one longer than `maxChars` each get a message the user can act on.
 */
export function validateQuestion(raw: string, maxChars: number): { ok: true; question: string } | { ok: false; invalid: InvalidInput } {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(question)) return { ok: false, invalid: { kind: 'invalid', reason: 'empty' } };
  if (question.length > maxChars) {
    return { ok: false, invalid: { kind: 'invalid', reason: 'too_long', limit: maxChars, received: question.length } };
  }
  return { ok: true, question };
}

const FOLLOW_UP = /\b(he|she|it|they|them|his|her|its|their|that|this|those|these|there|then|so|and|also|what about|how about)\b/i;

/**
 * A follow-up ("and what did the jury decide?") is read together with the question before it,
 * which supplies the subject the follow-up leaves out; a self-contained question stands alone.
 * `subject` is the question stripped of question words; pronouns are looked for in the original.
 * @returns the previous subject when the question is a follow-up.
 */
export function followUpContext(question: string, contentTerms: number, previousSubject: string | undefined): string | undefined {
  if (!previousSubject) return undefined;
  return contentTerms <= 3 || FOLLOW_UP.test(question) ? previousSubject : undefined;
}

/** "what about OpenAI?", "and the judge?": forms that only the question before completes. */
const CONTINUES = /^\s*(?:(?:what|how) about|and)\b/i;
/** The personal pronouns that may be a verb's subject, as a pattern's alternatives. */
export const SUBJECT_PRONOUNS = 'he|she|they|it';
const PRONOUNS = `${SUBJECT_PRONOUNS}|him|her|them|his|its|their`;
/**
 * A personal pronoun, "those" / "these" ("those smaller ones", "how are those produced?") or
 * "ones" ("what were the small ones based on?"; not "which ones…" nor "the ones who…", which
 * name their own). "that" and "this" often point at nothing ("the claim that…").
 */
const LEANING_WORDS = `${PRONOUNS}|those|these|(?<!\\bwhich\\s+)ones(?!\\s+(?:that|who|which)\\b)`;
const LEANING = new RegExp(String.raw`\b(?:${LEANING_WORDS})\b`, 'i');

/**
 * "did they…", "why would she…", "they said…", "what's his legal bill…": a person as the subject,
 * or what a person has, named by a pronoun. A question rarely names someone after calling them
 * "they", so they are the thread's ("do they say it breaks their terms?" after a question about
 * Google). "it" is left out: "is it legal…".
 */
const PRONOUN_SUBJECT = new RegExp(
  String.raw`^(?:(?:who|what|whats|what's|when|where|which|why|how)\s+)?(?:(?:do|does|did|can|could|will|would|should|have|has|had|is|are|was|were)(?:n['’]?t)?\s+)?(?:he|she|they|his|her|their)\b`,
  'i',
);

/**
 * "that" or "this" standing for what was said: last in the question ("who reported that?",
 * "wasn't there a court case on that too?") or after a form of "be" ("what court case was that
 * about?", "is this one legal?"); opening the question after an auxiliary, below. Not "the claim
 * that…", "what did that ruling say" nor "is this information public?".
 */
const DEMONSTRATIVE = /\b(?:was|is|were|are)\s+(?:that|this)\b(?!\s+(?!(?:about|from|for|in|on|to|with|one|only|really|also|just|even|still)\b)\p{L})|\b(?:that|this)(?:\s+one)?(?:\s+(?:too|also|as well|either))?[\s?!.…]*$/iu;
/**
 * What an opening auxiliary asks of, past any lead-in ("so does that count as a yes??", "hmm does
 * that approach have a name?"), pronoun or not: "did that ruling get appealed?" asks of the
 * thread's ruling. After "be" only the pronoun leans, as before ("was that ruling appealed?"
 * does not). Not `AUXILIARY` (answer-types.ts), which adds "be", "have", "shall", "might" and
 * "must": sharing it would change what leans.
 */
const OPENING_DEMONSTRATIVE = /^\W*(?:does|did|do|can|could|would|will|should|has|had)\s+(?:that|this)\b/i;
/**
 * "is there a name for that approach?", "is that a problem?", "is that a contract thing or
 * what": "that" or "this" before a word is what the thread said, but the word may be a subject
 * of its own ("is that a copyright question?"): it leans only when it is the question's one word.
 * Not a time ("what happened this year?").
 */
const POINTED_NOUN = /\b(?:that|this)\s+(?!(?:is|was|are|were|one|year|week|month|day|morning|time|weekend)\b)\p{L}/iu;

/**
 * True for a follow-up by its form: "what about X?", "and X?", a pronoun or a pointing "that"
 * (`DEMONSTRATIVE`) with at most two other words ("what did she decide?", "who reported that?"),
 * or a pronoun as the subject (`PRONOUN_SUBJECT`). Such a question is read with the previous
 * subject even when its own words would find something: "OpenAI" alone finds any sentence naming
 * OpenAI, and "report" the Copyright Office's report.
 */
export function leansOnPrevious(question: string, contentTerms: number): boolean {
  const demonstrative = DEMONSTRATIVE.test(question) || OPENING_DEMONSTRATIVE.test(withoutLeadIn(question)) || (contentTerms <= 1 && POINTED_NOUN.test(question));
  return continuesThread(question) || (contentTerms <= 2 && (LEANING.test(question) || demonstrative)) || hasPronounSubject(question);
}

/** True for "what about X?", "and X?" (`CONTINUES`). */
export function continuesThread(question: string): boolean {
  return CONTINUES.test(question);
}

/** True for a question whose subject is a pronoun (`PRONOUN_SUBJECT`): only the thread says who. */
export function hasPronounSubject(question: string): boolean {
  return PRONOUN_SUBJECT.test(question.trim());
}

const POINTING = new RegExp(String.raw`\b(?:${LEANING_WORDS}|that|this|there)\b`, 'i');

/** True for a question with a pronoun or demonstrative that may point at the question before ("what was the reaction to that?"). */
export function pointsBack(question: string): boolean {
  return POINTING.test(question);
}
