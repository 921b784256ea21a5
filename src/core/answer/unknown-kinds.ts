/**
 * Kinds of thing a question asks about that the documents never mention in any words, whatever
 * a sentence on the same subject says: a count of them ("how many gpus…"), what a text of rules
 * says ("what does meta's llama license say…") or who holds a role ("who was the top scorer…").
 */
import type { AskDeps } from './ask-question.js';
import { AUXILIARY, COUNT_AFTER } from './answer-types.js';
import { unseenIdf } from './question-evidence.js';
import { WHO_IS } from './possessions.js';
import { namesAnotherThing } from './select-sentences.js';
import { irregularVerbBase } from '../text/irregular-verbs.js';
import { isPreposition } from '../text/phrase-bounds.js';

/**
 * "how many gpus went into training it?", "…, gpu count?": a count of something no passage
 * mentions, in any words, is not one the documents give, whatever number a sentence on the same
 * subject holds ("52,000 instruction-following examples"). Only the words counted, up to the
 * verb: "how many phony accounts did it take" counts accounts. A verb in the present is not told
 * from a noun ("how many gpus deepseek needs"): the count then names something known, and is not
 * declined.
 */
export function countsSomethingUnknown(read: string, deps: Pick<AskDeps, 'scoring'>): boolean {
  const after = /\bhow many\s+([^?!.,;:]+)/iu.exec(read)?.[1] ?? COUNTED_AFTER.exec(read)?.[1];
  if (after === undefined) return false;
  const counted = [];
  for (const word of after.toLowerCase().split(/\s+/).slice(0, MAX_COUNTED_WORDS)) {
    if (isPreposition(word) || IS_AUXILIARY.test(word) || irregularVerbBase(word) !== undefined || /ed$/.test(word)) break;
    counted.push(word);
  }
  // Not a word everyday English makes common ("people"): such a word is said of anyone.
  return namesOnlyAnotherThing(counted.join(' '), deps);
}

const MAX_COUNTED_WORDS = 3;
const COUNTED_AFTER = new RegExp(COUNT_AFTER, 'iu');

// Not "policy", "agreement" or "guidelines": the documents' terms of service go by them ("what
// does openai's policy say…", "anthropic's user agreement").
const RULE_TEXTS = 'licen[cs]es?|bills?|contracts?|statutes?|regulations?|charters?|eula|bylaws';
const OWNER = String.raw`(?:the|its|their|his|her|[\p{L}\p{N}-]+['’]s)\s+(?:[\p{L}\p{N}-]+\s+)?`;
const RULES_ASKED = new RegExp(
  String.raw`\bwhat\s+(?:does|did|do)\s+${OWNER}(${RULE_TEXTS})\s+(?:say|said|state|allow|permit)\b|\b(?:which|what)\s+(?:[\p{L}-]+\s+)?(${RULE_TEXTS})\b`,
  'iu',
);

/**
 * "what does meta's llama license say about…", "which licence did stanford release it under?":
 * what a text of rules says, or which one applies, when no passage mentions such a text in any
 * words. A sentence on Llama's use is not what its licence says. Only such texts: a person who
 * says things ("what did openai's lawyer say?") may be called otherwise ("counsel").
 */
export function quotesSomethingUnknown(read: string, deps: Pick<AskDeps, 'scoring' | 'vocabulary'>): boolean {
  const asked = RULES_ASKED.exec(read);
  const terms = deps.scoring.analyze(asked?.[1] ?? asked?.[2] ?? '');
  const unseen = unseenIdf(deps.vocabulary);
  return terms.length > 0 && terms.every((t) => deps.vocabulary.idf(t) >= unseen);
}

/**
 * "who was the top scorer that year?", "who's their head coach": the role, last before the clause
 * ends. Not a participle after it ("who was the judge presiding?").
 */
const ROLE_ASKED = new RegExp(
  String.raw`${WHO_IS}\s+(?:the|their|his|her|its)\s+(?:[\p{L}-]+\s+)?(?![\p{L}-]+ing\b)([\p{L}-]+)(?=\s+(?:of|at|for|in|on|that|this|last|next)\b|\s*[,;]|[\s?!.]*$)`,
  'iu',
);

/**
 * "who was the top scorer that year?": someone asked for by a role no passage mentions in any
 * words. The documents name no one so, and a sentence naming "Qwen and Llama" (built "on top of"
 * them) names no scorer. Only a person's role: a thing asked for by kind ("what justification did
 * they give", "which outlet") is often one the passages give in other words.
 */
export function asksForSomeoneUnknown(read: string, deps: Pick<AskDeps, 'scoring'>): boolean {
  return namesOnlyAnotherThing(ROLE_ASKED.exec(read)?.[1] ?? '', deps);
}

/** True when every term of the text names something no passage mentions in any words (`namesAnotherThing`). */
function namesOnlyAnotherThing(text: string, deps: Pick<AskDeps, 'scoring'>): boolean {
  const related = deps.scoring.relatedTerms?.(text);
  const terms = deps.scoring.analyze(text);
  return terms.length > 0 && terms.every(namesAnotherThing(deps.scoring, text, (t) => related?.get(t) ?? []));
}

const IS_AUXILIARY = new RegExp(`^${AUXILIARY}$`, 'i');
