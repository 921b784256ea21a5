/**
 * The names a question uses, and whether the documents know them: abbreviations spelled out, case
 * names, a place the question sets itself in, and names no passage mentions in any words.
 */
import { AUXILIARY, isCalendarWord } from './answer-types.js';
import { unseenIdf, type Vocabulary } from './question-evidence.js';
import { withoutListedPhrases } from './team-synonyms.js';
import { EXAMPLES_END, isChatShorthand, isQuestionWord } from '../text/question-words.js';
import { splitSentences } from '../text/split-sentences.js';

/** "IP", "ToS", "KB", "LLMs": two to five Latin letters, at least two of them capitals. */
const ABBREVIATION = /(?<![\p{L}\p{N}])(?=(?:[a-z]*[A-Z]){2})[A-Z][A-Za-z]{0,3}[A-Z](?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[A-Z]{2,4}(?=s(?![\p{L}\p{N}]))/gu;

/**
 * The question with each abbreviation the knowledge base never uses spelled out as the
 * knowledge base does ("Is distillation IP theft?" → "Is distillation intellectual property
 * theft?"). People write "IP" and "ToS" where documents write the words in full. The passages
 * looked at are those about the question and the question before it (`thread`): "do they say it
 * breaks their tos?" has little of its own to find them with.
 */
export function spellOutAbbreviations(question: string, vocabulary: Vocabulary, thread = ''): string {
  const { expand, isEnglishWord } = vocabulary;
  if (!expand) return question;
  const context = `${question} ${thread}`.replace(ABBREVIATION, ' ');
  // Each lookup searches the index: a question of made-up words must not cost one per word.
  const found = new Map<string, string | undefined>();
  let lookups = 0;
  const lookUp = (abbreviation: string) => (lookups < MAX_EXPANSIONS ? (lookups++, expand(abbreviation, context)) : undefined);
  const spelledOut = (abbreviation: string) => {
    const key = abbreviation.toLowerCase();
    if (!found.has(key)) found.set(key, isUnknownWord(abbreviation, vocabulary) ? lookUp(abbreviation) : undefined);
    return found.get(key) ?? abbreviation;
  };
  const withCapitals = question.replace(ABBREVIATION, spelledOut);
  // Chat drops the capitals ("do openai's tos allow it?"): a lowercase word that is no English
  // word, no chat shorthand ("pls", "tbh") and no word of the documents is read as one.
  if (!isEnglishWord) return withCapitals;
  return withCapitals.replace(LOWERCASE_ABBREVIATION, (word) => (isEnglishWord(word) || isChatShorthand(word) ? word : spelledOut(word)));
}

/** Abbreviations looked up per question. */
const MAX_EXPANSIONS = 3;

/**
 * Three or four lowercase letters standing alone: not part of a word, a contraction ("isn't")
 * or a hyphenated name. Two ("rt", "wp") spell too many chance runs ("rather than", "what providers").
 */
const LOWERCASE_ABBREVIATION = /(?<![\p{L}\p{N}'’-])[a-z]{3,4}(?![\p{L}\p{N}'’-])/gu;

/**
 * The days ahead of the asker: "is it gonna rain in Oakland tomorrow?", "what's on this
 * weekend?", "the forecast for the weekend", "tomorrow's hearing", "in the next week". Documents
 * are written before they are read, and say what they say of these only if they name them.
 * "Today" and "right now" are left out: "what do labs do today to stop distillers?" asks about
 * the present the documents describe. "This week" holds days behind too: asked in the past tense
 * ("what did Musk admit this week?") it is the news the documents may be, and only then is it
 * left out (`PAST_TENSE`); so is "for the weekend" ("was the trial paused for the weekend?").
 * "This coming week" never is.
 */
const DAYS_AHEAD = /(?<![\p{L}\p{N}'’-])(?:tomorrow|tmrw|tonight|this (?:coming )?(?:week|weekend|morning|afternoon|evening)|(?:next|for the) (?:week|weekend)|next month)(?![\p{L}\p{N}-]|['’](?!s\b))/giu;

/**
 * Words said as examples, before "etc", "and so on" or "and co" (`EXAMPLES_END`): "people
 * distilling gemini etc" and "models like Gemini, Llama etc" ask about distilling anyone's
 * models, not about Gemini. Not right after an auxiliary or "about", where the example is what
 * is asked about ("did Tesla etc distil Claude?", "what about Tesla etc?").
 */
const EXAMPLE_WORD = String.raw`[\p{L}\p{N}'’-]+`;
const EXAMPLE_GIVEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?<!\b(?:${AUXILIARY}|about)\s+)${EXAMPLE_WORD}(?:\s*,\s*${EXAMPLE_WORD})*(?:\s+(?:and|or)\s+${EXAMPLE_WORD})?(?=\s*,?\s*\(?${EXAMPLES_END})`,
  'giu',
);

/**
 * True when the question names something the knowledge base never mentions: a capitalised or
 * numbered word that does not open a sentence ("Tesla", "LoRA", "GPT-4", "2019"), none of whose
 * terms or other names occur in any passage ("Chinese" is known through "China"), a versioned
 * name ("Llama 3", "Part 3") that no passage contains, though each of its words may ("LLaMA 7B",
 * "Part 2"), a case whose first party no passage knows ("nyt v openai"), or a day ahead no
 * passage names ("tomorrow", "this weekend"). Such a question is about another subject, however
 * well its other words match; an example given is not (`EXAMPLE_GIVEN`), nor a phrase the team
 * lists in synonyms.yaml ("the White House").
 */
export function namesSomethingUnknown(asked: string, vocabulary: Vocabulary): boolean {
  const { mentions } = vocabulary;
  const withoutExamples = withoutListedPhrases(asked.replace(EXAMPLE_GIVEN, ' '), vocabulary);
  const saidOtherwise = (w: string) => (vocabulary.otherNames?.(w) ?? []).some((name) => !isUnknownWord(name, vocabulary));
  const isUnknownName = (w: string) => isUnknownWord(w, vocabulary) && !saidOtherwise(w);
  const question = withoutUnknownAlternative(withoutExamples, isUnknownName);
  return (
    namedWords(question).some(isUnknownName) ||
    properNamesKnownToTheDictionary(question, vocabulary).some(isUnknownName) ||
    caseParties(question).some(isUnknownName) ||
    (mentions !== undefined && [...versionedNames(question, vocabulary), ...daysAhead(question)].some((name) => !mentions(name)))
  );
}

/**
 * "was that via the FT or the WSJ?": two names offered at the end of a question, one of them
 * known. The known one is the answer asked for; the other is no subject the documents must cover.
 */
const ALTERNATIVE_NAMES = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.'’-]*)\s+or\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.'’-]*)(?=[\s?!.]*$)/u;

/** "which is faster, DistilBERT or TinyBERT?": a comparison asks of both. */
const COMPARES = /\bwhich\s+(?:is|was|one|of)\b|\b(?:than|better|worse|faster|slower|bigger|smaller|larger|cheaper|newer|older)\b/i;

function withoutUnknownAlternative(question: string, isUnknownName: (word: string) => boolean): string {
  if (COMPARES.test(question)) return question;
  return question.replace(ALTERNATIVE_NAMES, (both, first: string, second: string) => {
    const [firstUnknown, secondUnknown] = [isUnknownName(first), isUnknownName(second)];
    return firstUnknown === secondUnknown ? both : firstUnknown ? second : first;
  });
}

/**
 * "nyt v openai", "Kadrey v. Meta": the first party of a case, typed in lowercase or not. A party
 * no passage knows makes it another case than the documents'. "teacher v student" compares two
 * things the documents know, and "distilbert vs bert" is no case.
 */
const CASE_PARTY = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}'’&-]*)\s+v\.?\s+(?=\p{L})/giu;

function caseParties(question: string): string[] {
  return [...question.matchAll(CASE_PARTY)].slice(0, MAX_CASE_NAMES).map(([, party]) => party!);
}

/** An "-ed" word that tells what was done: not after "is", "be", "get" or a determiner, where it describes. */
const TOLD_IN_ED = String.raw`(?<!\b(?:is|are|am|be|been|being|get|gets|the|a|an|any|our|your|their|my)\s+)\b(?!supposed\s+to\b)\p{L}{3,}ed\b`;

/**
 * A question asked in the past tense: a past auxiliary ("did", "was"), a verb of report ("said",
 * "told"), a perfect ("has it been…", "has Musk admitted…") or a verb in "-ed" ("who accused
 * DeepSeek this week?"). Not "have" alone, nor an "-ed" word that describes rather than tells:
 * after "is", "be" or "get" ("is the courthouse closed this week?"), after "the" or "our" ("do we
 * have the updated schedule this week?"), or just before the days it names ("any lab tests
 * scheduled this week?").
 */
const PAST_TENSE = new RegExp(
  String.raw`\b(?:did|didn['’]t|was|wasn['’]t|were|weren['’]t|had|said|told)\b` +
    String.raw`|${TOLD_IN_ED}(?!\s+(?:this|next|for)\b)` +
    String.raw`|\b(?:has|have|hasn['’]t|haven['’]t)\s+(?:\p{L}+\s+){0,2}?(?:${TOLD_IN_ED}|been\b)`,
  'iu',
);

/** True for a question asked in the past tense (`PAST_TENSE`): "who testified on thursday?". */
export function isAskedInThePast(question: string): boolean {
  return PAST_TENSE.test(question);
}

function daysAhead(question: string): string[] {
  const days = question.match(DAYS_AHEAD) ?? [];
  return isAskedInThePast(question) ? days.filter((day) => !/^(?:this|for the) week(?:end)?$/i.test(day)) : days;
}

/** A word named last, after "in" or "at": "…begin in Oakland?". */
const SET_IN = /\b(in|at)\s+(\p{L}[\p{L}'’-]*)\W*$/iu;

/**
 * The place a question sets what it asks in ("what date did jury selection begin in Oakland?"):
 * a word named last after "in" or "at" that the dictionary knows as a proper name and the
 * documents also say after that word. It says where, not what: "in DeepSeek" or "in OpenAI" is
 * no place, and the dictionary knows neither.
 */
export function placeSetIn(question: string, vocabulary: Vocabulary): string | undefined {
  const match = SET_IN.exec(question.trim());
  if (!match || !vocabulary.isProperName || !vocabulary.mentions) return undefined;
  const [, preposition, word] = match;
  return vocabulary.isProperName(word!.toLowerCase()) && vocabulary.mentions(`${preposition} ${word}`) ? word : undefined;
}

/** Words looked up per question by `properNamesKnownToTheDictionary`: each costs a WordNet read. */
const MAX_PROPER_NAME_LOOKUPS = 8;

/**
 * The question's words that no passage uses and the dictionary knows mainly as proper names,
 * however they are written: chat types "has japan passed…", "distilling gemini's outputs" and
 * "is the eu doing anything?" as it types "openai", and a capital that opens a sentence ("Japan
 * passed…?") is no sign either way.
 */
function properNamesKnownToTheDictionary(question: string, vocabulary: Vocabulary): string[] {
  const { isProperName } = vocabulary;
  if (!isProperName) return [];
  // Not a question word ("who": WordNet's WHO), and before a possessive, but not in a
  // contraction ("shan't": "Shan" is a name in WordNet).
  const words = [...new Set((question.match(/(?<![\p{L}\p{N}'’-])\p{L}{2,}(?![\p{L}\p{N}]|['’](?!s\b)\p{L})/gu) ?? []).map((w) => w.toLowerCase()))];
  // Two letters only when speech hardly says them: "is the eu doing anything?", "in the uk", not
  // "us", "la" or "ny", which chat types as words too.
  const typedAsName = (w: string) => w.length > 2 || vocabulary.isSpokenWord?.(w) === false;
  return words
    .filter((w) => typedAsName(w) && !isQuestionWord(w) && !isChatShorthand(w) && !isCalendarWord(w) && isUnknownWord(w, vocabulary))
    .slice(0, MAX_PROPER_NAME_LOOKUPS)
    .filter((w) => isProperName(w));
}

/**
 * The question's capitalised or numbered words that don't open a sentence ("Tesla", "GPT-4",
 * "2019"), months and weekdays aside: the names it uses. None in Title Case or shouting, where
 * capitals carry no signal.
 */
export function namedWords(question: string): string[] {
  // "…in Musk's case? Just OpenAI?": a capital that opens a sentence is grammar. The sentence
  // splitter knows "U.S." and "Dr." don't end one.
  const opening = new Set(splitSentences(question).map((sentence) => sentence.start));
  const raw = [...question.matchAll(/\S+/g)];
  const words = raw.map((m) => ({ word: m[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, ''), at: m.index }));
  // A label ends with a colon, and what follows it starts afresh ("Follow-up: What did…").
  const opens = (at: number, i: number) => opening.has(at) || (i > 0 && raw[i - 1]![0].endsWith(':'));
  const named = words.filter(({ word, at }, i) => !opens(at, i) && word.length > 1 && (/\p{Lu}/u.test(word) || /\p{N}/u.test(word)) && !isCalendarWord(word));
  return named.length > words.length / 2 ? [] : named.map(({ word }) => word);
}

/**
 * "musk vs openai", "Thaler versus Perlmutter": people type "vs" where documents write a case
 * name "X v. Y". Only where some passage writes the first party so ("Musk v."): "distilbert vs
 * bert" compares two models. At most three are looked up.
 */
const VERSUS = /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}'’-]*)\s+(?:vs\.?|versus)(?=\s)/giu;
const MAX_CASE_NAMES = 3;

/**
 * "the thaler case": a case called by one party's name, as people do, where some passage
 * writes that party in a case name ("Thaler v."). So written, the question finds the case's own
 * sentences rather than any that say "case": "what did the appeals court decide in the Thaler
 * case?" had led with "The Musk v. Altman verdict did not decide the merits of the case".
 * Written in full ("Thaler v. Perlmutter"), "the musk case" outweighed what was asked of it.
 */
const PARTY_CASE = /\bthe\s+(\p{L}[\p{L}-]*)\s+case\b/giu;

/** The question with case names written as the documents write them (above). */
export function withCaseNames(question: string, vocabulary: Pick<Vocabulary, 'mentions' | 'writesAsName'>): string {
  const { mentions, writesAsName } = vocabulary;
  if (!mentions || !writesAsName) return question;
  let lookedUp = 0;
  // A party is a name: on a large index `mentions` answers yes for any two common words.
  const isParty = (party: string) => lookedUp++ < MAX_CASE_NAMES && writesAsName(party) && mentions(`${party} v`);
  return question
    .replace(VERSUS, (typed, party: string) => (isParty(party) ? `${party} v.` : typed))
    .replace(PARTY_CASE, (typed, party: string) => (isParty(party) ? `${party} v.` : typed));
}

/** Lowercase words looked up per question by `lowercaseNames`. */
const MAX_LOWERCASE_LOOKUPS = 8;

/**
 * The question's lowercase words that the documents write as names: chat types "deepseek" and
 * "openai". A question in lowercase names what they name as one with capitals would.
 */
export function lowercaseNames(question: string, vocabulary: Pick<Vocabulary, 'analyze' | 'writesAsName'>): string[] {
  const { writesAsName } = vocabulary;
  if (!writesAsName) return [];
  // A possessive's owner too: "musk's lawyer" names Musk.
  const typed = question.match(/(?<![\p{L}\p{N}'’-])[\p{Ll}][\p{Ll}\p{N}-]+(?![\p{L}\p{N}-]|['’](?!s(?![\p{L}\p{N}])))/gu) ?? [];
  // A hyphenated word's parts too, after the whole words: "deepseek-r1" names DeepSeek, whose
  // name then keeps Alpaca's "$600" from answering what R1 cost. Not past a prefix that negates
  // or opposes ("non-openai"), and not before the whole words: "state-of-the-art" must not use
  // up the lookups.
  const parts = typed.filter((w) => w.includes('-')).flatMap((w) => w.split('-').filter((part, i, all) => /^\p{Ll}/u.test(part) && !NEGATING_PREFIX.test(all[i - 1] ?? '')));
  const words = [...new Set([...typed, ...parts])];
  return words
    .filter((w) => vocabulary.analyze(w).length === 1)
    .slice(0, MAX_LOWERCASE_LOOKUPS)
    .filter((w) => writesAsName(w));
}

/** Prefixes written with a hyphen that make the word after them something else: "non-openai". */
const NEGATING_PREFIX = /^(?:non|anti|un|ex|pre|post|counter|pseudo|quasi|semi)$/i;

/** True for a word with terms, none of which any passage contains. */
function isUnknownWord(word: string, vocabulary: Vocabulary): boolean {
  const unseen = unseenIdf(vocabulary);
  const terms = vocabulary.analyze(word);
  return terms.length > 0 && terms.every((t) => vocabulary.idf(t) >= unseen);
}

/** Names checked per question: a long question must not cost a phrase lookup per word. */
const MAX_VERSIONED_NAMES = 5;

/**
 * "Llama 3", "GPT-4o", "Part 2": a capitalised content word past the first, followed by a
 * number that is not a year. Dates ("May 18", "Monday 27") are not names. In lowercase, a word
 * the documents write as a name, or as one before a number: "grok 3" is Grok's version, "part 3"
 * a part of a report beside "Part 2", "section 2" no name.
 */
function versionedNames(question: string, vocabulary: Vocabulary): string[] {
  const writesAsName = (word: string) => vocabulary.writesAsName?.(word) ?? false;
  const numbersAsName = (word: string) => vocabulary.numbersAsName?.(word) ?? false;
  // The first word takes a capital anyway: there, only one the documents write as a name
  // ("grok 3 - how big…").
  const isName = (word: string, opensQuestion: boolean) => (!opensQuestion && /^\p{Lu}/u.test(word)) || writesAsName(word) || numbersAsName(word);
  const names = [...question.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)[\s-](\d[\p{L}\p{N}.]*)/gu)]
    .filter(([, word, number]) => !isCalendarWord(word!) && !/^(?:1[89]|20)\d\d$/.test(number!) && vocabulary.analyze(word!).length > 0)
    .slice(0, MAX_VERSIONED_NAMES)
    .filter(({ 1: word, index }) => isName(word!, question.slice(0, index).trim() === ''))
    .map(([name]) => name.replace(/\.$/, ''));
  return [...new Set(names)];
}
