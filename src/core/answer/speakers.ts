import { endsAClause, isConjunction, isPreposition } from '../text/phrase-bounds.js';
import type { ScoredSentence } from './select-sentences.js';
import { SUBJECT_PRONOUNS } from './validate-question.js';

/**
 * Questions about what someone said: "what did Sam Altman say when he took the stand?", "did
 * DeepSeek deny the accusations?", "how did Moonshot AI respond publicly?". Only a sentence that
 * has that party speak answers one ("Musk said \"Partly\"", "according to Anthropic…"). The
 * documents report what others said of DeepSeek, not what DeepSeek said, and a sentence sharing
 * every other word ("Anthropic's statement about DeepSeek") had answered.
 */

/** A party, as the terms of its name: ["sam", "altman"]. */
export type Party = readonly string[];

/**
 * What a party is asked to have said or done in words ("has meta ever accused anyone…").
 * "respond" and "react" are below.
 */
const ASKED_VERBS = String.raw`say|said|tell|told|testify|testified|take the stand|took the stand|taken the stand|argue|argued|claim|claimed|comment|commented|deny|denied|admit|admitted|acknowledge|acknowledged|confirm|confirmed|accuse[ds]?|push(?:ed)? back|rebut(?:ted)?|(?:issue[ds]?|put out|make|made|release[ds]?) (?:a|any) (?:\w+ )?(?:denial|statement|response|comment|rebuttal)`;
/** "respond" and "react" are as often deeds ("how did the judge respond to the jury?"): words, when public, to words or a questioner, or "or deny". */
const RESPOND = String.raw`(?:respond(?:ed)?|react(?:ed)?)`;
/** "reply" and "answer" always ask for words. */
const REPLY = String.raw`(?:repl(?:y|ied)|answer(?:ed)?)`;
const RESPONDS_IN_WORDS = new RegExp(
  String.raw`\bpublicly\b|\b${RESPOND}\s+to\s+(?:(?:the|those|these|that|this|its|their|his|her|[\p{L}]+['’]s)\s+)?(?:[\p{L}-]+\s+)?(?:accusations?|claims?|allegations?|charges?|reports?|criticism|memo|statement|questions?)\b|\b${RESPOND}\s+to\s+(?:that|it|this|them)\b|\b${RESPOND}\s+(?:or|and)\s+(?:${ASKED_VERBS})\b|\b${RESPOND}\s+(?:when|after|once)\s+(?:\w+\s+)?(?:asked|pressed|questioned)\b|\b${RESPOND}\W*$`,
  'iu',
);
const IS_RESPOND = new RegExp(`^${RESPOND}$`, 'i');

/**
 * Nouns for words said ("Musk's response", "a statement from Moonshot"): one list for the forms
 * below and for the answerer, which lets them weigh nothing once a party must speak.
 */
export const SPEECH_NOUNS: readonly string[] = ['statement', 'reply', 'response', 'comment', 'remark', 'denial', 'rebuttal', 'reaction', 'answer', 'testimony', 'word', 'argument', 'defense', 'defence'];
/** Any of them, singular or plural. */
const SPEECH_NOUN = `(?:${SPEECH_NOUNS.map((noun) => (noun.endsWith('y') ? `${noun.slice(0, -1)}(?:y|ies)` : `${noun}s?`)).join('|')})`;
/** After "…from Musk": where the party's name ends ("…from musk after the verdict?", "…from deepseek denying it?"). */
const NAME_ENDS = String.raw`(?=['’]s\b|\s+(?:after|about|on|over|to|regarding|in|at|since|yet|so|when|following)\b|\s+\p{L}+ing\b|\s*[?!.,]|\s*$)`;
/** Where a part of a question opens, past its lead-in words. */
const PART_OPENS = String.raw`^\W*(?:(?:so|and|but|or|ok|also)\s+)*`;
/**
 * A part opening with a party's words, asked for: "deepseek's reaction to anthropic?", "and
 * Musk's response?". Not "musk's testimony date?" nor "…testimony, who cross-examined him?":
 * those ask of the event.
 */
const ASKS_FOR_WORDS = new RegExp(String.raw`${PART_OPENS}((?:[\p{L}\p{N}.-]+\s+){0,2}?[\p{L}\p{N}.-]+)['’]s\s+(?:(?:public|official)\s+)?${SPEECH_NOUN}(?=\s*(?:[?!.;:–—-]|$)|\s+(?:to|on|about|regarding|over)\b)`, 'iu');
/** The words between the auxiliary and the verb: the party, and perhaps "actually" or "flat out". */
const SPAN = String.raw`((?:[\p{L}\p{N}.'’&,-]+\s+){0,6}?)`;
const ASKED = [
  new RegExp(String.raw`\b(?:what|how)\s+(?:exactly\s+|else\s+)?(?:did|does|do|has|have|had|would)\s+${SPAN}(?:${ASKED_VERBS}|${RESPOND}|${REPLY})\b`, 'iu'),
  new RegExp(String.raw`(?:^|[,;:]\s*|\bor\s+)(?:did|does|do|has|have|had)\s+${SPAN}(?:${ASKED_VERBS}|${RESPOND}|${REPLY})\b`, 'iu'),
  // "what did Musk call the verdict?": what he called it, in words. Not "what did Musk call for?".
  new RegExp(String.raw`\bwhat\s+(?:did|has|have|had|would)\s+${SPAN}call(?:ed)?\b(?!\s+(?:for|off|up|on|in|out|back)\b)`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(?:was|is|were)\s+((?:[\p{L}\p{N}.-]+\s+){0,2}?[\p{L}\p{N}.-]+)['’]s\s+${SPEECH_NOUN}\b`, 'iu'),
  // "deepseek's reaction to anthropic - did they deny it?": a question opening with the party's words.
  ASKS_FOR_WORDS,
  // "any details on altman's testimony?": what the party said, asked for. Not "the date of
  // musk's testimony", "who cross-examined musk during musk's testimony": those ask of the event.
  new RegExp(String.raw`\b(?:details?|more|anything|info(?:rmation)?|specifics|news)\s+(?:on|about|of|from)\s+((?:[\p{L}\p{N}.-]+\s+){0,2}?[\p{L}\p{N}.-]+)['’]s\s+${SPEECH_NOUN}\b`, 'iu'),
  // "any reply from deepseek's side?", "a statement from Sam Altman?": whether the party said
  // anything. Not "the statement from anthropic": that asks about one already made.
  new RegExp(String.raw`\b(?:any|a|an)\s+(?:public\s+|official\s+)?${SPEECH_NOUN}\s+from\s+([\p{L}\p{N}.-]+(?:\s+(?:and|or)\s+[\p{L}\p{N}.-]+|\s+[\p{L}\p{N}.-]+)??)${NAME_ENDS}`, 'iu'),
];
/** Between the party and the verb: adverbs only ("did musk flat out admit", "did DeepSeek ever publicly deny"). */
const ADVERBS = String.raw`[\p{L}]+ly|ever|even|just|flat|out|straight|up|first|then|also|never|not|still|later|already|too|once`;
const ADVERB = new RegExp(`^(?:${ADVERBS})$`, 'iu');
const MAX_ADVERBS = 2;
const JOINS = /^(?:and|or|&|,)$/i;

const AUX = 'is|are|was|were|do|does|did|has|have|had|can|could|will|would|should';
const WH = 'what|how|who|whom|whose|when|where|which|why';
/** Where a question's parts meet: "…count, and what did OpenAI tell…?", "…say and when did…", "…losing? what did he call it". */
const PART_BREAK = new RegExp(String.raw`\?+\s*|(?:[,;]\s*(?:(?:and|or|but|also|plus)\s+)?|\s+(?:and|or|but)\s+)(?=(?:${WH}|${AUX})\b)`, 'i');
/** A part that asks, not one that sets a scene ("so when OpenAI's lawyer pushed him, did Musk…"). */
const ASKING_PART = new RegExp(String.raw`${PART_OPENS}(?:(?:${WH})\b(?:\s+\S+){0,3}?\s+(?:${AUX})\b|(?:${AUX})\b)`, 'i');

/**
 * A part asked of a pronoun ("…, did they deny it?"): of the party named in the part before, when
 * that part names no one else. Not "it": "did it mention…" is as often the memo or the ruling.
 */
const PARTY_PRONOUNS = SUBJECT_PRONOUNS.split('|').filter((pronoun) => pronoun !== 'it').join('|');
const PRONOUN_ASKED = new RegExp(String.raw`${PART_OPENS}(?:(?:${WH})\s+)?(?:${AUX})\s+(?:${PARTY_PRONOUNS})\s+(?:(?:${ADVERBS})\s+){0,${MAX_ADVERBS}}(?:${ASKED_VERBS}|${RESPOND}|${REPLY})\b`, 'iu');

/**
 * The parties a question asks to have said something, each as its name's words, lowercase: the
 * names it uses (`names`) between "did" and the verb, joined by "and" or "or". None for "what did
 * he say?", "what did the article say?" or "what did OpenAI lawyers say?", nor when another part
 * of the question asks something else ("how many accounts did Anthropic count, and what did
 * OpenAI tell the committee?").
 */
export function askedSpeakers(question: string, names: readonly string[]): Party[] {
  const known = new Set(names.map((n) => n.toLowerCase()));
  const pieces = question.split(PART_BREAK).filter((piece) => /\p{L}/u.test(piece));
  const parts = pieces.filter((part) => ASKING_PART.test(part));
  // "deepseek's reaction to anthropic, did they deny it?" asks for the party's words, when all
  // that follows asks it of them; not "altman's testimony, who cross-examined him?".
  const opensWithWords = ASKS_FOR_WORDS.test(pieces[0]!) && pieces.slice(1).every((part) => PRONOUN_ASKED.test(part));
  const asked = opensWithWords ? pieces : parts.length > 0 ? parts : [question];
  const first = partiesIn(asked[0]!, known);
  // "how did deepseek respond, did they deny it?" asks it of DeepSeek; "what did openai tell the
  // committee about deepseek, and did they deny it?" may mean either.
  const pronounIsFirst = !namesOthers(asked[0]!, first, known);
  const found = [first, ...asked.slice(1).filter((part) => !(pronounIsFirst && PRONOUN_ASKED.test(part))).map((part) => partiesIn(part, known))];
  const key = (parties: Party[]) => parties.map((p) => p.join(' ')).join('|');
  return found.every((parties) => key(parties) === key(found[0]!)) ? found[0]! : [];
}

const ANSWERED_PARTY = new RegExp(String.raw`\b(?:${RESPOND}|${REPLY}|${SPEECH_NOUN})\s+to\s+(?:(?:the|its|their|that|this)\s+)?[\p{L}\p{N}.-]+(?:\s+(?:and|or)\s+[\p{L}\p{N}.-]+)?`, 'giu');

/** True when `part` names a party besides `parties` and those they answered ("respond to anthropic", "reaction to the openai memo"). */
function namesOthers(part: string, parties: readonly Party[], known: ReadonlySet<string>): boolean {
  const asked = new Set(parties.flat());
  return (part.replace(ANSWERED_PARTY, ' ').toLowerCase().match(/[\p{L}\p{N}.-]+/gu) ?? []).some((word) => known.has(word) && !asked.has(word));
}

const RESPOND_TO = new RegExp(String.raw`\b${RESPOND}\s+to\s+([\p{L}\p{N}.-]+)`, 'iu');

/** "how did Musk respond to Savitt?": to a named party, in words. */
function respondsToAName(part: string, known: ReadonlySet<string>): boolean {
  const to = RESPOND_TO.exec(part)?.[1];
  return to !== undefined && known.has(to.toLowerCase());
}

function partiesIn(part: string, known: ReadonlySet<string>): Party[] {
  for (const form of ASKED) {
    const match = form.exec(part);
    if (!match) continue;
    if (IS_RESPOND.test(match[0].split(/\s+/).at(-1)!) && !RESPONDS_IN_WORDS.test(part) && !respondsToAName(part, known)) return [];
    const words = match[1]!.toLowerCase().replace(/,/g, ' , ').trim().split(/\s+/).filter(Boolean);
    const parties: string[][] = [[]];
    let adverbs = 0;
    for (const word of words) {
      if (known.has(word) && adverbs === 0) parties.at(-1)!.push(word);
      else if (JOINS.test(word) && parties.at(-1)!.length > 0 && adverbs === 0) parties.push([]);
      else if (ADVERB.test(word) && parties[0]!.length > 0 && ++adverbs <= MAX_ADVERBS) continue;
      else return [];
    }
    return parties.every((p) => p.length > 0) ? parties : [];
  }
  return [];
}

/** Verbs reporting speech or writing; "asked" is not the asked party's. */
const SPEECH = String.raw`(?:say|says|said|saying|state|states|stated|stating|testif(?:y|ies|ied|ying)|tell|tells|told|answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|den(?:y|ies|ied)|admit(?:s|ted)?|acknowledg(?:e|es|ed|ing)|confirm(?:s|ed)?|argu(?:e|es|ed)|claim(?:s|ed)?|wr(?:ite|ites|ote)|warn(?:s|ed)?|call(?:s|ed)?|describ(?:e|es|ed)|accus(?:e|es|ed)|alleg(?:e|es|ed)|conced(?:e|es|ed)|insist(?:s|ed)?|explain(?:s|ed)?|assert(?:s|ed)?|announc(?:e|es|ed)|comment(?:s|ed)?|react(?:s|ed)?|cit(?:e|es|ed)|not(?:e|es|ed)|post(?:s|ed)|maintain(?:s|ed)?|disput(?:e|es|ed)|reject(?:s|ed)?|counter(?:s|ed)?|report(?:s|ed)?|attribut(?:e|es|ed)|estimat(?:e|es|ed)|conclud(?:e|es|ed)|found|finds?|identifi(?:es|ed)|pushed back|pointed out|spoke)`;
const SPEECH_VERB = new RegExp(String.raw`(?<![\p{L}\p{N}])${SPEECH}(?![\p{L}\p{N}])`, 'giu');
/** Before a verb form, these make it a noun or a passive: "that answer", "Musk's claims", "is called". */
const NOT_A_SAYING = /^(?:the|a|an|that|this|its|his|her|their|our|is|was|are|were|be|been|being|[\p{L}\p{N}.-]+['’]s)$/iu;
/** Words that may stand between a speaker and the verb: "Musk also told", "Google has called". */
const BETWEEN = /^(?:[\p{L}]+ly|also|then|later|has|had|have|did|would|will|could|not|never|first|once|again|too)$/iu;
/** "…," said Musk: the speaker after the verb, after a quotation. */
const INVERTED = /[,"”]\s*$/u;
/** "according to Anthropic", "Anthropic's February 2026 statement". */
const ATTRIBUTED = /(?<![\p{L}\p{N}])according to\s+(?:the\s+)?([\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,2})|(?<![\p{L}\p{N}.-])([\p{L}\p{N}.-]+)['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:statement|testimony|response|reply|answer|denial|memo|letter|remarks?|words|view|claim)(?![\p{L}\p{N}])/giu;
const MAX_SUBJECT_WORDS = 8;

/**
 * True when one of the parties speaks in the sentence: named just before a verb of speech
 * ("Musk also told…", "Sam Altman, OpenAI's chief executive, said…"), just after one that follows
 * a quotation ("\"Partly,\" said Musk"), or as its source ("according to Anthropic").
 */
export function saidBy(sentence: string, parties: readonly Party[], analyze: (text: string) => string[]): boolean {
  const names = (words: string[]) => parties.some((party) => namesParty(words, party, analyze));
  for (const verb of sentence.matchAll(SPEECH_VERB)) {
    const before = sentence.slice(0, verb.index).trimEnd();
    const words = before.split(/\s+/).slice(-MAX_SUBJECT_WORDS * 2);
    if (words.length > 0 && NOT_A_SAYING.test(words.at(-1)!)) continue;
    if (names(subjectBefore(words))) return true;
    if (INVERTED.test(before)) {
      const after = sentence.slice(verb.index + verb[0].length).trim().split(/\s+/).slice(0, 4);
      const start = after.findIndex((w) => !/^(?:a|an|the)$/i.test(w));
      if (parties.some((party) => startsWithParty(after.slice(start), party, analyze))) return true;
    }
  }
  for (const match of sentence.matchAll(ATTRIBUTED)) {
    const source = (match[1] ?? match[2]!).split(/\s+/);
    if (parties.some((party) => startsWithParty(source, party, analyze) || namesParty(source, party, analyze))) return true;
  }
  return false;
}

const MAX_SUBJECT_NOUN_WORDS = 5;

/**
 * The noun phrase naming whoever speaks, before the verb: past "also" or "has" and an aside in
 * commas ("Sam Altman, OpenAI's chief executive, said"), back to a preposition, a conjunction or
 * punctuation. None when a preposition opens it: "the report about Musk said" is not Musk's.
 */
function subjectBefore(words: string[]): string[] {
  let end = words.length;
  while (end > 0 && BETWEEN.test(words[end - 1]!)) end--;
  if (end > 0 && words[end - 1]!.endsWith(',')) {
    const opening = words.slice(0, end - 1).findLastIndex((w) => w.endsWith(','));
    if (opening === -1 || end - 1 - opening > MAX_SUBJECT_WORDS) return [];
    end = opening + 1;
    words = [...words.slice(0, opening), words[opening]!.slice(0, -1)];
  }
  let start = end;
  // "A lawyer *for* Musk said" is the lawyer's saying.
  const opens = (word: string) => isPreposition(word) || isConjunction(word) || endsAClause(word);
  while (start > 0 && end - start < MAX_SUBJECT_NOUN_WORDS && !opens(words[start - 1]!)) start--;
  return start > 0 && isPreposition(words[start - 1]!) ? [] : words.slice(start, end);
}

/**
 * True when the words name the party: its whole name, or its last word written as a surname
 * ("Altman" for Sam Altman; not "AI" for Moonshot AI), at the end of the phrase or before what
 * speaks for it: names and one noun ("Musk's lawsuit", "The Stanford team", "A DeepSeek
 * spokesperson"). Not "DeepSeek released smaller models called…", nor a party to a case ("the
 * Musk v. Altman trial").
 */
function namesParty(words: string[], party: Party, analyze: (text: string) => string[]): boolean {
  const bare = words.map((w) => w.replace(/['’]s$/u, ''));
  const names = (from: number, length: number) => analyze(bare.slice(from, from + length).join(' ')).join(' ') === party.join(' ');
  const surname = (i: number) => party.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(bare[i]!.replace(/[^\p{L}]/gu, '')) && analyze(bare[i]!)[0] === party.at(-1);
  for (let i = 0; i < bare.length; i++) {
    const length = names(i, party.length) ? party.length : surname(i) ? 1 : 0;
    if (length === 0 || /^(?:v\.?|vs\.?)$/i.test(bare[i - 1] ?? '') || /^(?:v\.?|vs\.?)$/i.test(bare[i + length] ?? '')) continue;
    const after = bare.slice(i + length);
    if (after.filter((w) => !/^\p{Lu}/u.test(w)).length <= 1 && after.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))) return true;
  }
  return false;
}

function startsWithParty(words: string[], party: Party, analyze: (text: string) => string[]): boolean {
  const terms = analyze(words.slice(0, party.length).join(' '));
  return terms.length >= party.length && party.every((t, i) => terms[i] === t);
}

/** A sentence that puts a question to someone: "Savitt then asked whether xAI had…" (not "raises questions about"). */
const ASKS = /\b(?:ask(?:s|ed)?|press(?:es|ed)?|questioned|quer(?:ies|ied))\b[^.?!]*\b(?:whether|if|about|what|why|how)\b/i;
/** Sentences back, within a passage, that a reply may answer: "Musk replied…. When pressed…, Musk said \"Partly\"." */
const REPLY_REACH = 2;

/**
 * The sentences in which a party speaks (`saidBy`). A reply is scored as the question it answers,
 * asked up to two sentences before it in the same passage: "Musk said \"Partly\"" shares no word
 * with "did Musk admit xAI used OpenAI's models?", which "Savitt then asked whether xAI had used
 * OpenAI's models" does.
 */
export function spokenBy(sentences: ScoredSentence[], parties: readonly Party[], analyze: (text: string) => string[]): ScoredSentence[] {
  const at = new Map(sentences.map((s) => [`${s.passage.metadata.id}\u0000${s.position}`, s]));
  const askedBefore = (s: ScoredSentence) =>
    Array.from({ length: REPLY_REACH }, (_, back) => at.get(`${s.passage.metadata.id}\u0000${s.position - back - 1}`)).filter(
      (q): q is ScoredSentence => q !== undefined && ASKS.test(q.text),
    );
  return sentences
    .filter((s) => saidBy(s.text, parties, analyze))
    .map((s) => {
      const coverage = Math.max(s.coverage, ...askedBefore(s).map((q) => q.coverage));
      return coverage === s.coverage ? s : { ...s, coverage, score: s.score + coverage - s.coverage };
    })
    .sort((a, b) => b.score - a.score);
}
