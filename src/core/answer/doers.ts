/**
 * Questions about what someone did: "what did the house china committee do after getting
 * openai's memo?", "did the committee do anything about it?". Only a sentence in which that party
 * acts answers one. The documents say OpenAI wrote *to* the committee, never what the committee
 * did, and that sentence, sharing every word of the party's name, had answered.
 */
import { PREPOSITIONS } from '../text/prepositions.js';

/**
 * The party asked about, as typed: one to four words after the auxiliary, none of them a verb or a
 * pronoun. In the past or perfect only: "what do the access controls actually do?" asks what a
 * thing is for, not what it did.
 */
const PARTY = String.raw`((?:the\s+)?(?:(?!(?:it|they|he|she|we|you|i|that|this|say|says|said|think|thinks|should|could|might|would|will|can|must|been|gone|ever)\b)[\p{L}\p{N}.'’-]+\s+){1,4}?)`;
const DOES = [
  new RegExp(String.raw`\bwhat\s+(?:else\s+)?(?:did|has|have|had|will|would)\s+${PARTY}(?:actually\s+|ever\s+|end\s+up\s+|then\s+)?(?:do|done|doing)\b`, 'iu'),
  new RegExp(String.raw`\b(?:did|has|have|had)\s+${PARTY}(?:ever\s+|actually\s+|already\s+|then\s+)?(?:do|done)\s+(?:anything|something|much)\b`, 'iu'),
  // "has the appeals court ruled on…", "has california passed any law…": whether the party has
  // done something, asked from a clause's start. Not "has Mistral been accused…", which it
  // suffered, nor "has it gone to trial", nothing done.
  new RegExp(String.raw`(?:^|[,;:-]\s*|\b(?:so|and|but|ok)\s+)(?:has|have)\s+${PARTY}(?:(?:ever|actually|already|yet|now|since|\p{L}+ly)\s+)?(?!(?:been|gone)\b)\p{L}+(?:ed|en|wn|ne|ught|lt|id)\b`, 'iu'),
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
 * Words that open a phrase in which a party is acted on, not acting: "to the committee". Not
 * those that name a doer: "cross-examined by William Savitt", "a letter from the committee", "the
 * method of Hinton".
 */
const NAMES_A_DOER = new Set(['by', 'from', 'of']);
const OPENS_OBJECT = new RegExp(String.raw`^(?:${[...PREPOSITIONS, 'to', 'for', 'on', 'in', 'at', 'as'].filter((p) => !NAMES_A_DOER.has(p)).join('|')})$`, 'i');
/** Words that end the clause before a party: it opens a new subject after them. */
const OPENS_CLAUSE = /^(?:and|or|but|while|when|that|whether|if|because|who|which)$/i;
/** How far back a preposition may be in the party's noun phrase: "to the U.S. House Select Committee". */
const MAX_PHRASE_WORDS = 5;

/**
 * True when the party's last term is said in the sentence other than after a preposition in its
 * phrase ("a memo to the U.S. House Select Committee") or as an owner ("the committee's chair").
 */
export function actsIn(sentence: string, party: readonly string[], analyze: (text: string) => string[]): boolean {
  const head = party.at(-1);
  if (head === undefined) return true;
  const words = sentence.split(/\s+/);
  return words.some((word, i) => {
    if (!analyze(word.replace(/['’]s\b.*$/u, '')).includes(head) || /['’]s\b/u.test(word)) return false;
    for (let back = i - 1; back >= Math.max(0, i - MAX_PHRASE_WORDS); back--) {
      const before = words[back]!;
      if (endsAClause(before) || OPENS_CLAUSE.test(before) || NAMES_A_DOER.has(before.toLowerCase())) return true;
      if (OPENS_OBJECT.test(before)) return false;
    }
    return true;
  });
}

/** Punctuation ending a clause, not an abbreviation's stop ("U.S.", "v."). */
function endsAClause(word: string): boolean {
  return /[,;:.!?]$/u.test(word) && !/^(?:v|vs|Mr|Ms|Mrs|Dr|St|Jr|Inc|(?:\p{L}\.)+)$/iu.test(word);
}
