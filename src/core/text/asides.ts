import { hasWords } from './question-words.js';

/**
 * What chat adds to a question about the asker, not its subject: "asking for a friend lol",
 * "just curious". Left in, "asking" found the brief on "legal questions". Its tail is not
 * question-words.ts's `CHAT_ASIDES`: it reads only "lol" and "haha" of them, and "tho" and
 * "though", which are none; derived from that list, it would leave out more.
 */
const ASIDE = String.raw`(?:(?:i['’]?m\s+)?asking for a friend|just (?:curious|wondering)|out of curiosity|no rush)(?:\s+(?:lol|haha|tho|though))?`;
// The run of spaces or commas before it is matched from its start only: tried from each of its
// characters, a long run took quadratic time.
const ASIDES = new RegExp(String.raw`^\s*${ASIDE}[\s,;:.!…-]*|(?<![\s,;])[\s,;]*\b${ASIDE}(?=[\s.!?)…]*$)`, 'giu');

/**
 * "did musk admit it, or is that just twitter noise?", "…or was it only a rumour": the asker's
 * doubt that the claim is more than talk. Its words ("twitter", "noise") are not what the answer
 * says. Not an alternative asked ("or is it just a contract thing?"): that is half the question.
 */
const DOUBT = /,?\s+or\s+(?:is|was)\s+(?:that|it|this)\s+(?:just|only|purely|simply|mostly)\s+(?:(?:a|an|the|some)\s+)?(?:[\p{L}'’-]+\s+)?(?:noise|talk|rumou?rs?|gossip|hype|speculation|spin|hearsay|clickbait)[?!.]*$/iu;

/**
 * "where was it held? i assumed SF but someone said it wasnt", "…? i remember some appeals
 * ruling": what the asker believed, told after the question. Its words ("SF") are the asker's
 * guess, not what the answer must say. Not when a clause of it asks again ("…? i heard rogers,
 * what about the appeal").
 */
const BELIEF = /(?<=\?)\s+(?:i|we)\s+(?:(?:had\s+)?(?:assumed|thought|figured|guessed|heard|believed|remember|recall|was told|were told)|(?:always|originally)\s+thought|(?:keep|kept|was|were)\s+thinking)\b(?:(?![,.;:]\s*(?:so\s+)?(?:what|why|how|who|when|where|which|is that|isn['’]?t it)\b)[^?])*$/iu;

/** The question without chat's asides (`ASIDES`), doubts (`DOUBT`) and beliefs (`BELIEF`); unchanged if nothing would be left. */
export function withoutAsides(question: string): string {
  const stripped = question.replace(ASIDES, '').replace(DOUBT, '?').replace(BELIEF, '').trim();
  return hasWords(stripped) ? stripped : question;
}
