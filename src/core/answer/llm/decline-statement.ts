/** The exact reply the prompt asks for when the passages do not answer. */
export const DECLINE_SENTENCE = 'The passages do not answer this question.';

const SUBJECT = String.raw`(?:passages?|sources?|documents?|context|excerpts?|knowledge base|provided (?:text|information))`;
const NEGATION = String.raw`(?:do(?:es)?\s+not|don['’]t|doesn['’]t|did\s+not|cannot|can['’]t|never)`;
const VERB = String.raw`(?:answer|address|cover|contain|mention|say|state|include|provide|discuss|specify|describe|explain|give)`;

// Phrasings models use to say the passages are silent on the question, beyond the exact sentence.
const DECLINE_PATTERNS = [
  new RegExp(String.raw`\b${SUBJECT}\b[^.?!]{0,60}?\b${NEGATION}\s+(?:\w+\s+){0,2}?${VERB}`, 'i'),
  new RegExp(String.raw`\b(?:no|none of the)\s+(?:\w+\s+){0,2}?${SUBJECT}\b[^.?!]{0,40}?\b${VERB}e?s\b`, 'i'),
  /^(?:i\s+)?(?:cannot|can['’]t|am unable to|am not able to)\s+(?:answer|find|determine)\b/i,
  /^(?:there is )?no (?:information|answer|mention)\b[^.?!]{0,40}\b(?:passages?|sources?|documents?|provided)\b/i,
];

/**
 * True when a sentence says the passages do not answer. Only sentences without a citation are
 * tested: "The passages do not say when it starts, but it covers all models [1]." is a partial
 * answer, not a refusal.
 */
export function isDeclineStatement(sentence: string): boolean {
  const text = sentence.trim();
  if (text.toLowerCase() === DECLINE_SENTENCE.toLowerCase()) return true;
  return DECLINE_PATTERNS.some((pattern) => pattern.test(text));
}
