/**
 * What a sentence must say, beyond the question's words, to answer what the question asks: the
 * role it asks for, given to whom it asks ("Musk's lawyer"), the suit it asks about, the names a
 * number or date is asked of, the party it asks to have acted. Each check is built once per
 * question and judges one sentence; who speaks is `speakers.ts`'s.
 */
import type { AnswerType } from './answer-types.js';
import { actsIn, askedDoer } from './doers.js';
import { askedRole, givesToAnother, type Owned, type Possession, possessionsIn, possessivesIn, saysOrAround, saysTheOwner, sharesOnlyWhatIsOwned } from './possessions.js';
import type { ScoredSentence } from './select-sentences.js';
import { escapeRegExp } from '../text/escape-regexp.js';

export type SentenceFilter = (s: ScoredSentence) => boolean;

/** The question as the filters read it. */
export interface QuestionAsked {
  /** The question as read, before its question words went: where its forms and possessives are found. */
  read: string;
  /** The question stripped of its question words. */
  focus: string;
  expects?: AnswerType;
  /** The names the question uses, as they are written. */
  names: readonly string[];
  /** The place it sets what it asks in ("…in Oakland?"), if any. */
  place?: string;
  /** Who its pronoun subject stands for, when it names no one: the thread's names. */
  pronounNames?: readonly string[];
  analyze: (text: string) => string[];
  /** A term's synonyms. */
  related: (term: string) => Iterable<string>;
}

/** What every filter reads of a question, worked out once. */
export interface AskedOf extends QuestionAsked {
  /** The terms of `names`. */
  nameTerms: string[];
  /** Those of them that are not the place the question sets what it asks in: who or what it is about. */
  subjectTerms: string[];
  /** "Musk's lawyer", "the lawyer for Musk": what a capitalised or named owner has. */
  possessions: Possession[];
  /** Possessives in any case ("the jurors' names"). */
  owned: Owned[];
}

export function readAsked(q: QuestionAsked): AskedOf {
  const nameTerms = q.analyze(q.names.join(' '));
  const place = new Set(q.analyze(q.place ?? ''));
  return {
    ...q,
    nameTerms,
    subjectTerms: nameTerms.filter((n) => !place.has(n)),
    possessions: possessionsIn(q.focus, q.analyze, q.related, q.names),
    owned: possessivesIn(q.read, q.analyze),
  };
}

/** True when the sentence says the name's term, or its paragraph or headings do. */
function saysName(s: ScoredSentence, term: string): boolean {
  return s.terms.has(term) || s.around.has(term);
}

/**
 * "Who was Musk's lawyer?", "which lawyer questioned Musk?" ask for someone acting for another: a
 * sentence that names no lawyer ("Musk v. Altman was tried in Oakland") names no one who is.
 * "Which law firm…?" likewise asks for a firm (`ASKED_FIRM`).
 */
export function namesTheRoleAsked(q: AskedOf): SentenceFilter {
  const firm = q.analyze(ASKED_FIRM.exec(q.read)?.[1] ?? '');
  // And of every name it uses: "savitt, openai's lawyer - what firm does he work for" is not
  // answered by OpenAI's accusing "other firms", in a paragraph that never names Savitt. (Strict:
  // "…represented musk against openai?" needs OpenAI said too, in the sentence or around it.)
  if (q.expects !== 'person') return firm.length === 0 ? () => true : (s) => firm.every((t) => s.terms.has(t)) && q.subjectTerms.every((t) => saysName(s, t));
  const askedFor = askedRole(q.read, q.analyze, q.related);
  const roles = [...q.possessions.filter((p) => p.role).map((p) => p.thing), ...(askedFor ? [askedFor] : [])];
  return (s) => roles.every((thing) => [...thing].some((t) => s.terms.has(t)));
}

/**
 * "which openai model did xai use?", "which Claude models did Anthropic block?": a model of a
 * name's, asked for by kind. Only a sentence that names a model or a kind of the owner's answers:
 * a name before "model(s)" other than the owner's, with a digit or a capital inside the sentence
 * ("OpenAI's text-davinci-003 model", "Qwen and Llama models"; not "AI"), or a word right after
 * the owner's name ("its Claude coding models"). "xAI has utilized models from OpenAI", "its
 * Claude models" and "a larger AI model" name none.
 */
const ASKED_MODEL = /\b(?:which|what)\s+(?:(?:specific|exact|particular)\s+)?([\p{L}\p{N}-]+?)(?:['’]s)?\s+models?\b/iu;
const BEFORE_MODEL = /(?:([\p{L}\p{N}.'’-]+)\s+)?([\p{L}\p{N}.-]+)\s+models?\b/gu;
const MODEL_NAME = /\p{N}|^\p{Lu}.*\p{Ll}/u;

export function namesTheModelAsked(q: AskedOf): SentenceFilter {
  const owner = q.analyze(ASKED_MODEL.exec(q.read)?.[1] ?? '');
  if (owner.length === 0 || !owner.every((t) => q.nameTerms.includes(t))) return () => true;
  const isOwner = (word: string) => q.analyze(word).some((t) => owner.includes(t));
  const namesOne = (before: string | undefined, word: string) => !isOwner(word) && (MODEL_NAME.test(word) || (before !== undefined && isOwner(before)));
  // A capital that opens the sentence names nothing ("Larger models…", "Frontier models…").
  const opensTheSentence = (m: RegExpMatchArray) => m[1] === undefined && m.index === 0;
  return (s) => [...s.text.matchAll(BEFORE_MODEL)].some((m) => !opensTheSentence(m) && namesOne(m[1], m[2]!));
}

/**
 * "which company did google accuse?", "has google accused any specific company?": an
 * organisation asked for by kind. Only a sentence naming one other than the question's names
 * answers (a case's parties are no such name: "coverage of the Musk v. Altman trial"). Google's
 * calling distillation theft names no company it accused.
 */
const ASKED_ORGANISATION = /\b(?:which|what|any)\s+(?:(?:specific|exact|particular|other)\s+)?(?:compan(?:y|ies)|labs?|firms?|startups?|rivals?|competitors?)\b(?!['’])/iu;
const INNER_NAME = /(?<=\S\s+)(?<!\bv\.?\s+)\p{Lu}[\p{L}\p{N}'’-]*(?![\p{L}\p{N}'’-])(?!\s+v\.?\s)/gu;

export function namesTheOrganisationAsked(q: AskedOf): SentenceFilter {
  if (!ASKED_ORGANISATION.test(q.read)) return () => true;
  const asked = new Set(q.nameTerms);
  return (s) => [...s.text.matchAll(INNER_NAME)].some(([name]) => q.analyze(name).some((t) => !asked.has(t)));
}

/**
 * "which law firm represented Musk?", "which firm does savitt work for?", "what firm is savitt
 * with?", "what firm is savitt a partner at?": a law firm, asked for by kind, is named with the
 * words ("the law firm Wachtell"); a sentence saying whom Savitt was counsel for names none, and
 * "accused other firms" no law firm. Not any "firm": "which firm did anthropic pin the most
 * exchanges on?" asks for a lab, which the documents call a firm without saying so of each; nor a
 * firm's person ("what firm's lawyer…" asks for the lawyer).
 */
const EMPLOYS = String.raw`(?:employ(?:s|ed|ing)?|work(?:s|ed|ing)?|represent(?:s|ed|ing)?|hir(?:e|es|ed|ing))`;
const ASKED_FIRM = new RegExp(String.raw`\b(?:which|what)\s+(law\s+firm|firm(?=s?\b(?!['’])[^?.!]*\b${EMPLOYS}\b)|firm(?=\s+(?:is|was)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?\s+(?:with|at)\b))s?\b(?!['’])`, 'i');

/**
 * "Who was Musk's lead lawyer?" is not answered by "the lead counsel for OpenAI", which gives the
 * thing to another; nor "what were the jurors' names?" by a sentence sharing only "name" and
 * saying nothing of the jurors.
 */
export function keepsToWhatIsOwned(q: AskedOf, queryTerms: readonly string[]): SentenceFilter {
  return (s) => !q.possessions.some((p) => givesToAnother(s.text, p, q.analyze)) && !q.owned.some((p) => sharesOnlyWhatIsOwned(s, p, queryTerms, q.related));
}

const LAWSUIT = String.raw`\s+(?:a\s+)?(?:law)?suits?`;
const TO_COURT = String.raw`\s+(?:[\w'’-]+\s+){0,4}?to\s+court`;
/**
 * The verb in the form its auxiliary takes: after "did", bare ("did Musk sue…", "did DeepSeek get
 * sued?"), so "did the judge dismiss the case Musk filed a lawsuit in?" asks of the dismissal.
 */
const SUING = {
  did: String.raw`sue|suing|(?:file|bring)${LAWSUIT}|take${TO_COURT}`,
  has: String.raw`sued|suing|(?:filed|brought)${LAWSUIT}|taken${TO_COURT}`,
};
const SUED_AFTER = {
  did: String.raw`${SUING.did}|(?:get|got)\s+sued`,
  has: String.raw`${SUING.has}|been\s+(?:sued|taken${TO_COURT})`,
  was: String.raw`sued|suing|(?:filing|bringing)${LAWSUIT}|(?:taking|taken)${TO_COURT}`,
};
/**
 * The words between the auxiliary and the verb: the party, and perhaps "actually" or "end up".
 * Not a clause about a case ("was the case Musk sued over dismissed?"): no relative word, no
 * "case" or "claims", at most four words.
 */
const SUIT_SUBJECT = String.raw`\s+(?:(?!(?:that|which|who|whom|whose|case|cases|claims?)\b)[\w'’.-]+\s+){0,4}?`;
/** Words between a suit question's party and its verb: "has OpenAI ever sued…". */
const SUIT_ADVERBS = 'ever|actually|already|really|then';
/** A suit question's opening, past a lead-in. */
const SUIT_OPENER = String.raw`^\W*(?:(?:so|and|ok|okay|wait|but)\W+)?`;
/**
 * "did they end up suing…", "has Anthropic actually filed a lawsuit…", "was DeepSeek taken to
 * court?": whether a suit was brought, asked from the question's first word. Not whether one
 * could be or will be ("can a provider just sue…", "does Musk plan to sue…"), nor a suit said in
 * passing ("who was the judge when Musk sued OpenAI?").
 */
const ASKS_WHETHER_SUED = new RegExp(
  String.raw`${SUIT_OPENER}(?:did${SUIT_SUBJECT}(?:${SUED_AFTER.did})|(?:has|have|had)${SUIT_SUBJECT}(?:${SUED_AFTER.has})|(?:was|were)${SUIT_SUBJECT}(?:${SUED_AFTER.was}))\b`,
  'i',
);
/**
 * "has OpenAI ever sued anyone?", "did they file a lawsuit…": who is asked to have brought the
 * suit, if anyone is ("has anyone sued OpenAI?" asks of no one). The words before the verb, but
 * not those of the passive ("has OpenAI been sued?") or an adverb ("ever").
 */
const SUED_BY = new RegExp(
  String.raw`${SUIT_OPENER}(?:did|has|have|had)\s+((?:(?!(?:anyone|anybody|someone|somebody|been|get|got|end|up|${SUIT_ADVERBS})\b)[\w'’.-]+\s+){1,4}?)(?:(?:${SUIT_ADVERBS}|end\s+up)\s+)*(?:${SUING.did}|${SUING.has})\b`,
  'i',
);
/** A sentence's noun for a suit. */
const SUIT_NOUN = String.raw`(?:lawsuits?|suits?)`;
/** A sentence's word for a suit. */
const SUIT_WORD = String.raw`\b(?:sued|sues|suing|${SUIT_NOUN})\b`;
/** "sued OpenAI", "a lawsuit against OpenAI": the party just after, the one sued. */
const SUED_SLOT = String.raw`${SUIT_WORD}\s+(?:(?:against|of)\s+)?(?:the\s+)?`;
const SUIT_WORDS = ['sued', 'lawsuit', 'suit'];
/** A suit is between two parties: a third name need not be said with it. */
const SUIT_PARTIES = 2;

/**
 * "Did Anthropic actually sue DeepSeek?": whether a suit was brought is said only with the words
 * for one, and of the parties named; Anthropic "said that DeepSeek… had run distillation
 * campaigns" says it accused, and "Musk sued OpenAI" is no suit against DeepSeek.
 */
export function saysTheSuitAsked(q: AskedOf): SentenceFilter {
  const suitTerms = ASKS_WHETHER_SUED.test(q.read) ? SUIT_WORDS.flatMap((word) => q.analyze(word)) : [];
  if (suitTerms.length === 0) return () => true;
  // Not the place it was brought in ("was DeepSeek sued in Oakland?"): that is no party. "have
  // they sued anybody?" after a question on Google asks of Google: one of the thread's names.
  const parties = Math.min(SUIT_PARTIES, q.subjectTerms.length);
  const stoodFor = q.subjectTerms.length === 0 ? q.analyze((q.pronounNames ?? []).join(' ')) : [];
  // "has OpenAI ever sued anyone?" asks OpenAI to have sued: "Elon Musk sued OpenAI" has it sued.
  const suer = SUED_BY.exec(q.read)?.[1]?.trim();
  const sued = suer === undefined ? undefined : isSued(q.analyze(suer), stoodFor);
  return (s) =>
    suitTerms.some((t) => s.terms.has(t)) &&
    q.subjectTerms.filter((n) => saysName(s, n)).length >= parties &&
    (stoodFor.length === 0 || stoodFor.some((n) => saysName(s, n))) &&
    (sued === undefined || !sued(s.text));
}

/**
 * Whether the sentence has the party asked to have sued as the one sued instead ("Elon Musk
 * sued OpenAI", "OpenAI was sued by Musk"). A pronoun ("have they sued anyone?") is the thread's
 * names, none of which may be: "Musk's lawsuit claimed that OpenAI…" is no suit of OpenAI's.
 */
function isSued(party: string[], stoodFor: string[]): (text: string) => boolean {
  const terms = party.length > 0 ? party.slice(-1) : stoodFor;
  if (terms.length === 0) return () => false;
  const names = terms.map(escapeRegExp).join('|');
  const asSued = new RegExp(String.raw`${SUED_SLOT}(?:${names})|\b(?:${names})\w*\s+(?:was|were|has\s+been|had\s+been)\s+sued\b`, 'i');
  // Stems ("openai", "musk") are the words' beginnings: matched as prefixes of the sentence's words.
  return (text) => asSued.test(text) || (party.length === 0 ? !namesFirst(text, stoodFor) : isAnothersSuit(text, terms));
}

/** "Musk's lawsuit", "Musk's 2024 suit": a suit the possessive's owner brought. */
const OWNED_SUIT = new RegExp(String.raw`\b([\p{L}\p{N}-]+)['’]s\s+(?:[\p{L}\p{N}-]+\s+)?${SUIT_NOUN}\b`, 'iu');

/** True when the sentence's suit is another party's ("Musk's lawsuit claimed that OpenAI…" for OpenAI). */
function isAnothersSuit(text: string, terms: readonly string[]): boolean {
  const owner = OWNED_SUIT.exec(text)?.[1]?.toLowerCase();
  return owner !== undefined && !terms.some((t) => owner.startsWith(t));
}

const SUIT_WORD_IN = new RegExp(SUIT_WORD, 'i');

/** True when one of the names is said before the sentence's first word for a suit. */
function namesFirst(text: string, names: readonly string[]): boolean {
  const at = SUIT_WORD_IN.exec(text)?.index ?? -1;
  const before = (at < 0 ? text : text.slice(0, at)).toLowerCase();
  return names.some((n) => before.includes(n));
}

/**
 * "How many…", "When…": a number or a time answers only when said of what the question names:
 * the "$600" Alpaca's data cost is not what DeepSeek's R1 cost. One name, any name, is enough
 * ("the Musk v. Altman trial" for "when did Musk testify?"), but a name that owns what is asked
 * about must be said: "when did Anthropic revoke xAI's access?" is not answered by the day
 * Anthropic accused DeepSeek. Not when the possessive is only the topic ("when was Musk asked
 * about xAI's training?"), nor the place the question sets the event in ("what date did jury
 * selection begin in Oakland?"): that says where, and the date's sentence need not repeat it.
 */
export function saidOfTheNamesAsked(q: AskedOf): SentenceFilter {
  const subjects = q.subjectTerms;
  const owners = q.owned.filter((p) => !p.topic && p.owner.some((t) => q.nameTerms.includes(t)));
  // A name may go by another ("elon": Musk), in the sentence or the paragraph around it.
  return (s) => (subjects.length === 0 || subjects.some((n) => saysOrAround(s, n, q.related))) && owners.every((p) => saysTheOwner(s, p, q.related));
}

/**
 * "what did the committee do after…?", "has the appeals court ruled…?": only a sentence in which
 * that party acts (`doers.ts`).
 */
export function actsAsAsked(q: AskedOf): SentenceFilter {
  const doer = askedDoer(q.read, q.analyze);
  return doer.length === 0 ? () => true : (s) => actsIn(s.text, doer, q.analyze);
}
