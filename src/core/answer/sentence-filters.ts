import type { AnswerType } from './answer-types.js';
import { askedRole, givesToAnother, possessionsIn, possessivesIn, saysTheOwner, sharesOnlyWhatIsOwned } from './possessions.js';
import type { ScoredSentence } from './select-sentences.js';

/**
 * What a sentence must say, beyond the question's words, to answer what the question asks: the
 * role it asks for, given to whom it asks ("Musk's lawyer"), the suit it asks about, the names a
 * number or date is asked of. Each check is built once per question and judges one sentence;
 * who speaks is `speakers.ts`'s.
 */
export type SentenceFilter = (s: ScoredSentence) => boolean;

/** The question as the filters read it. */
export interface AskedOf {
  /** The question as read, before its question words went: where its forms and possessives are found. */
  read: string;
  /** The question stripped of its question words. */
  focus: string;
  expects?: AnswerType;
  /** The names the question uses, as they are written. */
  names: readonly string[];
  analyze: (text: string) => string[];
  /** A term's synonyms. */
  related: (term: string) => Iterable<string>;
}

/** True when the sentence says the name's term, or its paragraph or headings do. */
function saysName(s: ScoredSentence, term: string): boolean {
  return s.terms.has(term) || s.around.has(term);
}

/**
 * "Who was Musk's lawyer?", "which lawyer questioned Musk?" ask for someone acting for another: a
 * sentence that names no lawyer ("Musk v. Altman was tried in Oakland") names no one who is.
 */
export function namesTheRoleAsked(q: AskedOf): SentenceFilter {
  if (q.expects !== 'person') return () => true;
  const askedFor = askedRole(q.read, q.analyze, q.related);
  const roles = [...possessionsOf(q).filter((p) => p.role).map((p) => p.thing), ...(askedFor ? [askedFor] : [])];
  return (s) => roles.every((thing) => [...thing].some((t) => s.terms.has(t)));
}

/**
 * "Who was Musk's lead lawyer?" is not answered by "the lead counsel for OpenAI", which gives the
 * thing to another; nor "what were the jurors' names?" by a sentence sharing only "name" and
 * saying nothing of the jurors.
 */
export function keepsToWhatIsOwned(q: AskedOf, queryTerms: readonly string[]): SentenceFilter {
  const possessions = possessionsOf(q);
  const owned = possessivesIn(q.read, q.analyze);
  return (s) => !possessions.some((p) => givesToAnother(s.text, p, q.analyze)) && !owned.some((p) => sharesOnlyWhatIsOwned(s, p, queryTerms, q.related));
}

/**
 * "did they end up suing…", "has Anthropic actually filed a lawsuit…", "have they taken anyone to
 * court…": whether a suit was brought, asked from the question's first word. Not whether one
 * could be ("can a provider just sue…"), nor a suit said in passing ("who was the judge when Musk
 * sued OpenAI?").
 */
const TO_COURT = String.raw`\s+(?:[\w'’-]+\s+){1,3}?to\s+court`;
const LAWSUIT = String.raw`\s+(?:a\s+)?(?:law)?suit`;
/** After "did", the verb is bare ("did Musk sue…"): "did the judge dismiss the case Musk filed a lawsuit in?" asks of the dismissal. */
const SUIT_VERB: Record<string, string> = {
  did: String.raw`sue|suing|(?:file|filing|bring|bringing)${LAWSUIT}|(?:take|taking)${TO_COURT}`,
  has: String.raw`sued|suing|(?:filed|brought)${LAWSUIT}|taken${TO_COURT}`,
  was: String.raw`sued|suing|(?:filing|bringing)${LAWSUIT}|taking${TO_COURT}`,
};
const ASKS_WHETHER_SUED = new RegExp(
  String.raw`^\W*(?:(?:so|and|ok|okay|wait|but)\W+)?(?:(?:did|do|does)\b[^?!.,;]*?\b(?:${SUIT_VERB.did})|(?:has|have|had)\b[^?!.,;]*?\b(?:${SUIT_VERB.has})|(?:was|were)\b[^?!.,;]*?\b(?:${SUIT_VERB.was}))\b`,
  'i',
);
const SUIT_WORDS = ['sued', 'lawsuit', 'suit'];
/** A suit is between two parties: a third name ("…in Oakland?") need not be said with it. */
const SUIT_PARTIES = 2;

/**
 * "Did Anthropic actually sue DeepSeek?": whether a suit was brought is said only with the words
 * for one, and of the parties named; Anthropic "said that DeepSeek… had run distillation
 * campaigns" says it accused, and "Musk sued OpenAI" is no suit against DeepSeek.
 */
export function saysTheSuitAsked(q: AskedOf): SentenceFilter {
  if (!ASKS_WHETHER_SUED.test(q.read)) return () => true;
  const suitTerms = SUIT_WORDS.flatMap((word) => q.analyze(word));
  const names = q.analyze(q.names.join(' '));
  return (s) => suitTerms.some((t) => s.terms.has(t)) && names.filter((n) => saysName(s, n)).length >= Math.min(SUIT_PARTIES, names.length);
}

/** "…in Oakland?", "…at the courthouse": where it happened, said last. */
const SETTING = /\b(?:in|at)\s+(?:the\s+)?([\p{L}\p{N}.'’-]+(?:\s+[\p{L}\p{N}.'’-]+){0,2})\W*$/u;

/**
 * "How many…", "When…": a number or a time answers only when said of what the question names:
 * the "$600" Alpaca's data cost is not what DeepSeek's R1 cost. One name, any name, is enough
 * ("the Musk v. Altman trial" for "when did Musk testify?"), but a name that owns what is asked
 * about must be said: "when did Anthropic revoke xAI's access?" is not answered by the day
 * Anthropic accused DeepSeek. Not when the possessive is only the topic ("when was Musk asked
 * about xAI's training?"), nor a place the question sets the event in ("what date did jury
 * selection begin in Oakland?"): that is where, not what, and the date's sentence need not
 * repeat the city.
 */
export function saidOfTheNamesAsked(q: AskedOf): SentenceFilter {
  const names = q.analyze(q.names.join(' '));
  const setting = new Set(q.analyze(SETTING.exec(q.read)?.[1] ?? ''));
  const subjects = names.filter((n) => !setting.has(n));
  const owners = possessivesIn(q.read, q.analyze).filter((p) => !p.topic && p.owner.some((t) => names.includes(t)));
  return (s) => (subjects.length === 0 || subjects.some((n) => saysName(s, n))) && owners.every((p) => saysTheOwner(s, p, q.related));
}

function possessionsOf(q: AskedOf) {
  return possessionsIn(q.focus, q.analyze, q.related, q.names);
}
