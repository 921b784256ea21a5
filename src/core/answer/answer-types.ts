/**
 * What kind of thing a question asks for ("How long…" wants a duration, "Who…" a person), and
 * whether a sentence contains one, after Li & Roth's question classes. "How long was the trial?"
 * is answered by "about four weeks", not by every sentence that says "trial": the answerer
 * ranks sentences holding the kind asked for first, and for numbers and times requires one.
 */
export type AnswerType = 'duration' | 'date' | 'person' | 'place' | 'amount' | 'count';

const NUMBER = String.raw`(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many)`;
const UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

const AUXILIARY = '(?:is|was|are|were|do|does|did|will|would|can|could|has|have|had|should|shall|might|must)';

/** Question forms, most specific first. */
const QUESTION_FORMS: [RegExp, AnswerType][] = [
  [new RegExp(String.raw`^how long\b|\bhow many (?:${UNITS})\b|\bfor how long\b`, 'i'), 'duration'],
  // "When did…" asks for a time; "When people say X, which Y…?" does not.
  [new RegExp(String.raw`\bwhen (?:\w+ly )?${AUXILIARY}\b|\b(?:what|which) (?:year|date|day|month)\b|\bsince when\b`, 'i'), 'date'],
  [/\bhow much (?:money|cash|did|does|do|has|have|was|were|is)\b|\bhow much\b.*\b(?:cost|pay|paid|invest|worth|damages|fine)/i, 'amount'],
  [/\bhow many\b|\b(?:what|which) (?:\w+ )?(?:number|value|percentage|share|rate|figure|size)s?\b/i, 'count'],
  [/^who(?:m|se)?\b|\b(?:which|what) (?:lawyer|attorney|judge|person|people|executive|witness|founder|ceo)s?\b/i, 'person'],
  [new RegExp(String.raw`\bwhere (?:\w+ly )?${AUXILIARY}\b|\b(?:which|what) (?:court|city|state|country|venue)\b`, 'i'), 'place'],
];

const SENTENCE_EVIDENCE: Record<AnswerType, RegExp | ((sentence: string) => boolean)> = {
  duration: new RegExp(String.raw`\b${NUMBER}[\s-]+(?:${UNITS})\b`, 'i'),
  date: new RegExp(String.raw`\b(?:${MONTHS}|${WEEKDAYS})\b|\b(?:1[89]|20)\d\d\b|\b(?:yesterday|today|last (?:week|month|year))\b`),
  amount: /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:million |billion |trillion )?(?:dollars|euros|pounds|USD|EUR)\b/i,
  // Any number but a year or a day of the month ("in 2025", "29 January" say when, not how many).
  count: new RegExp(String.raw`(?<!(?:${MONTHS})\s)\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b(?!\s(?:${MONTHS}))|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b`, 'i'),
  person: namesAPerson,
  place: /\b(?:in|at|from)\s+(?:the\s+)?\p{Lu}\p{Ll}+|\bCourt\b/u,
};

/** Capitalised words that make a name an institution's or a place's, not a person's. */
const INSTITUTION_WORDS = new Set(
  ('Court District Circuit Northern Southern Eastern Western Office Committee House Senate Congress Select ' +
    'Department Agency Commission Council Union United States Act University Institute Times Journal News Post ' +
    'Inc Corp Company Group Labs Street').split(' '),
);

/** Two or more capitalised words in a row, not opening the sentence and not an institution: "William Savitt". */
function namesAPerson(sentence: string): boolean {
  for (const match of sentence.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)) {
    if (!match[0].split(/\s+/).some((word) => INSTITUTION_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * Words that belong to the question's form rather than its subject once the form is known: in
 * "How long did the trial take?" the answer is a duration, and "long" and "take" appear in no
 * sentence that gives one ("about four weeks").
 */
const FORM_WORDS: Partial<Record<AnswerType, RegExp>> = {
  duration: /\b(?:long|take|takes|took|taken|last|lasts|lasted)\b/gi,
  date: /\b(?:year|date|day|month)\b/gi,
};

/** The question's subject without the words of its form (see `FORM_WORDS`). */
export function withoutFormWords(subject: string, type: AnswerType | undefined): string {
  const form = type && FORM_WORDS[type];
  const stripped = form ? subject.replace(form, ' ').replace(/\s+/g, ' ').trim() : subject;
  return /[\p{L}\p{N}]/u.test(stripped) ? stripped : subject;
}

/** The kind of answer a question asks for, or undefined when its form says nothing ("What is…"). */
export function expectedAnswerType(question: string): AnswerType | undefined {
  const text = question.trim();
  return QUESTION_FORMS.find(([form]) => form.test(text))?.[1];
}

const MONTH_NAME = new RegExp(String.raw`^(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$`, 'i');

/** True for a month's name or its abbreviation ("May", "Sept."). */
export function isMonthName(word: string): boolean {
  return MONTH_NAME.test(word);
}

/** Kinds a pattern recognises reliably: numbers and times. Names and places have too many forms. */
export function isCheckable(type: AnswerType): boolean {
  return type === 'duration' || type === 'date' || type === 'amount' || type === 'count';
}

/** True when the sentence contains something of the given kind. */
export function hasAnswerOfType(sentence: string, type: AnswerType): boolean {
  const evidence = SENTENCE_EVIDENCE[type];
  return typeof evidence === 'function' ? evidence(sentence) : evidence.test(sentence);
}
