/**
 * Questions about what a party did: "what did the house china committee do after getting
 * openai's memo?", "did the committee do anything about it?", "has the appeals court ruled…?".
 * The documents say OpenAI wrote *to* the committee, never what the committee did, and that
 * sentence, sharing every word of the party's name, had answered. A sentence that names the
 * party only inside a phrase opened by "to", "for", "about"… does not answer; one naming it
 * otherwise may (no parser tells a subject from an object: "OpenAI briefed the committee" passes).
 */
import { endsAClause, isConjunction, isPreposition, PHRASE_PREPOSITIONS } from '../text/phrase-bounds.js';

/**
 * Words no party is made of: pronouns, indefinite ones too ("has anyone sued OpenAI?" asks
 * whether a suit exists), modals and "to" ("what did the judge have to do with…"), prepositions
 * ("the lawyers for musk": the party would end on Musk), "been"/"gone"/"gotten" (suffered or
 * nothing done) and "-ing" words ("has training gotten cheaper?").
 */
const NOT_A_PARTY = [
  'it|they|he|she|we|you|i|that|this|there',
  'anyone|anybody|anything|someone|somebody|something|everyone|everybody|everything|no\\s*one|nobody|nothing',
  'say|says|said|think|thinks|should|could|might|would|will|can|must|have|has|had|need|needs|want|wants|to',
  'been|gone|gotten|got|become|ever',
  PHRASE_PREPOSITIONS.join('|'),
].join('|');
/** One to four words after the auxiliary. */
const PARTY = String.raw`((?:the\s+)?(?:(?!(?:${NOT_A_PARTY})\b)(?![\p{L}-]+ing\b)[\p{L}\p{N}.'’-]+\s+){1,4}?)`;
/**
 * In the past or perfect: "what do the access controls actually do?" asks what a thing is for,
 * and "what will the committee do next?" what may come (a prospect), not what it did.
 */
const DOES = [
  new RegExp(String.raw`\bwhat\s+(?:else\s+)?(?:did|has|have|had)\s+${PARTY}(?:actually\s+|ever\s+|end\s+up\s+|then\s+)?(?:do|done|doing)\b`, 'iu'),
  new RegExp(String.raw`\b(?:did|has|have|had)\s+${PARTY}(?:ever\s+|actually\s+|already\s+|then\s+)?(?:do|done)\s+(?:anything|something|much)\b`, 'iu'),
  // "has the appeals court ruled on…", "has california passed any law…": whether the party has
  // done something, asked from a clause's start. Not "has Mistral been accused…" (suffered) nor
  // "has the case gone to trial?" (nothing done).
  new RegExp(String.raw`(?:^|[,;:-]\s*|\b(?:so|and|but|ok)\s+)(?:has|have)\s+${PARTY}(?:(?:ever|actually|already|yet|now|since|\p{L}+ly)\s+)?(?!(?:been|gone|gotten|become)\b)\p{L}+(?:ed|en|wn|ne|ught|lt|id)\b`, 'iu'),
];

/** The terms of the party a question asks to have done something; none if it asks no such thing. */
export function askedDoer(question: string, analyze: (text: string) => string[]): string[] {
  for (const form of DOES) {
    const party = form.exec(question)?.[1];
    if (party !== undefined) return analyze(party.replace(/^(?:the|a|an|any|some)\s+/i, ''));
  }
  return [];
}

/**
 * Prepositions that name the doer ("cross-examined by William Savitt", "a letter from the
 * committee", "the method of Hinton"), and those that open a clause in which the party may act
 * ("After the committee held a hearing…").
 */
const NAMES_A_DOER = /^(?:by|from|of)$/i;
const OPENS_A_CLAUSE = /^(?:after|before|since|until|as|once)$/i;
/** How far back a preposition may be in the party's noun phrase: "to the U.S. House Select Committee". */
const MAX_PHRASE_WORDS = 5;

/**
 * True when the party's last term is said in the sentence other than as an owner ("the
 * committee's chair", "the committees' chairs") or after a preposition that opens its phrase
 * ("a memo to the U.S. House Select Committee").
 */
export function actsIn(sentence: string, party: readonly string[], analyze: (text: string) => string[]): boolean {
  const head = party.at(-1);
  if (head === undefined) return true;
  const words = sentence.split(/\s+/);
  return words.some((word, i) => !/['’](?:s\b|$)/u.test(word) && analyze(word).includes(head) && !actedOn(words.slice(Math.max(0, i - MAX_PHRASE_WORDS), i)));
}

/** True when the words before a party, read backwards, reach a preposition before the phrase's start. */
function actedOn(before: string[]): boolean {
  for (const word of before.toReversed()) {
    if (endsAClause(word) || isConjunction(word) || NAMES_A_DOER.test(word) || OPENS_A_CLAUSE.test(word)) return false;
    if (isPreposition(word)) return true;
  }
  return false;
}
