import { DOCUMENT_NOUNS } from '../text/document-nouns.js';

/**
 * What a question says belongs to a name: "Musk's lead lawyer" is Musk's, and "William Savitt,
 * the lead counsel for OpenAI" does not answer "Who was Musk's lead lawyer?", however many of its
 * words the sentence shares.
 */
export interface Possession {
  /** The owner's terms ("musk"). */
  owner: readonly string[];
  /** The terms of the thing owned: the head noun and its synonyms ("lawyer", "counsel"…). */
  thing: ReadonlySet<string>;
  /** True when the thing is someone acting for the owner ("lawyer", "spokesperson"). */
  role: boolean;
}

/** Words that end the noun after a possessive: "Musk's lawyer *at* the trial", "Anthropic's claims *were*…". */
const ENDS_NOUN = new Set(
  ('at in on for of to with by from about into over under after before during than as and or but that which who ' +
    'is are was were be been did does do has have had will would can could should may might say says said').split(' '),
);
/**
 * Participles that name what comes after them ("xAI's chatbot *called* Grok"): they end the noun
 * past its first word, and not after a word of degree ("DeepSeek's known violations", "lesser
 * known models").
 */
const NAMING_PARTICIPLES = new Set(['called', 'named', 'known']);
const DEGREE = /^(?:less|lesser|least|well|better|best|most|more|\p{L}+ly)$/iu;
/** True when `word` ends the noun whose words so far are `words`. */
function endsNoun(word: string, words: readonly string[]): boolean {
  const lower = word.toLowerCase();
  return ENDS_NOUN.has(lower) || (NAMING_PARTICIPLES.has(lower) && words.length > 0 && !DEGREE.test(words.at(-1)!));
}
/** A name as written, opening with a capital or with one after a lowercase letter ("xAI", "iPhone"). */
const NAME = String.raw`\p{Ll}?\p{Lu}[\p{L}\p{N}.-]*`;
const STARTS_A_NAME = new RegExp(`^${NAME}`, 'u');
const MAX_NOUN_WORDS = 4;
/** Who acts for someone: "the lawyer for Musk" is Musk's lawyer. */
const ROLES = 'lawyers?|attorneys?|counsel|representatives?|spokes(?:person|man|woman)|advocates?|agents?|advisers?|advisors?';
const IS_ROLE = new RegExp(`^(?:${ROLES})$`);
const ACTING_FOR = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?<noun>[\p{Ll}-]{1,40})\s+representing|(?<role>${ROLES})\s+for)\s+(?:the\s+)?(?<owner>${NAME})`, 'gu');
/** "which attorney represented elon at trial": the role asked, and whom it acted for, a name maybe typed in lowercase. */
const ROLE_REPRESENTED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<role>${ROLES})\s+(?:(?:who|that)\s+)?represent(?:ed|s)\s+(?:the\s+)?(?<owner>\p{L}[\p{L}\p{N}.-]*)`, 'giu');

/**
 * "Musk's own lead trial lawyer" → owner "Musk", thing "lawyer" with its synonyms. The owner is a
 * capitalised word, or one of `names` typed in lowercase ("musk's lawyer"); the thing is the last
 * word of the noun after it, or the role it names.
 */
export function possessionsIn(question: string, analyze: (text: string) => string[], synonyms: (term: string) => Iterable<string> = () => [], names: readonly string[] = []): Possession[] {
  const possessions: Possession[] = [];
  const lowercaseNames = new Set(names.map((n) => n.toLowerCase()));
  // The noun in a lookahead: a lowercase owner passed over ("the jury's verdict") must not take
  // the rest of the clause, and a later owner with it ("…Musk's lawyer"). Owners are bounded, so
  // a long run of word characters is not scanned from every start.
  for (const match of question.matchAll(/(?<![\p{L}\p{N}.-])(\p{L}[\p{L}\p{N}.-]{0,40})['’]s(?=\s+([^?!.;:,()]+))/gu)) {
    if (!STARTS_A_NAME.test(match[1]!) && !lowercaseNames.has(match[1]!.toLowerCase())) continue;
    const words: string[] = [];
    for (const word of match[2]!.trim().split(/\s+/)) {
      if (words.length === MAX_NOUN_WORDS || endsNoun(word, words) || !/^[\p{Ll}-]+$/u.test(word)) break;
      words.push(word);
      // A role ends the noun: in "Musk's attorney ask him…" the verb after it is no noun.
      if (IS_ROLE.test(word)) break;
    }
    add(words.at(-1) ?? '', match[1]!);
  }
  // "the lead attorney representing Musk", "the lawyer for Musk": Musk's too. Only a role is
  // someone's by "for": "the court for Musk v. Altman" is the court that heard the case.
  for (const match of question.matchAll(ACTING_FOR)) {
    add(match.groups!.noun ?? match.groups!.role!, match.groups!.owner!);
  }
  for (const match of question.matchAll(ROLE_REPRESENTED)) {
    const owner = match.groups!.owner!;
    if (STARTS_A_NAME.test(owner) || lowercaseNames.has(owner.toLowerCase())) add(match.groups!.role!, owner);
  }
  return possessions;

  function add(noun: string, name: string): void {
    const [head] = analyze(noun);
    const owner = analyze(name);
    if (head !== undefined && owner.length > 0) possessions.push({ owner, thing: new Set([head, ...synonyms(head)]), role: IS_ROLE.test(noun.toLowerCase()) });
  }
}

/**
 * Roles a question asks for that are always people ("which lawyer…", "who represented him as his
 * main attorney?", "who was the judge running it?"): an "agent" may be software, "counsel" advice.
 */
const PERSON_ROLES = 'lawyers?|attorneys?|judges?|spokes(?:person|man|woman)|spokespeople';
/**
 * Who heads a company, asked as "who's the ceo of moonshot ai?" or "…, like who's the ceo": only
 * so. As a kind ("which ceo admitted…?") it may be a word for someone the documents name otherwise.
 */
const HEADS = String.raw`ceo|cto|cfo|chief executive|chair(?:man|woman|person)?`;
/** "who's", "who was": asking who holds a role. */
export const WHO_IS = String.raw`\bwho(?:['’]s|\s+(?:is|was|were|are))`;
const ASKED_ROLE = new RegExp(
  String.raw`\b(?:which|what|as\s+(?:his|her|their|its)|${WHO_IS}\s+the)\s+(?:[\p{L}-]+\s+)?(${PERSON_ROLES})\b(?!['’])` +
    String.raw`|${WHO_IS}\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(${HEADS})s?\b(?=\s+(?:of|at)\b|[\s?!.]*$)`,
  'iu',
);

/** The terms of the role a question asks for ("which lawyer questioned Musk?"), with its synonyms; none if it asks for none. */
export function askedRole(question: string, analyze: (text: string) => string[], synonyms: (term: string) => Iterable<string> = () => []): ReadonlySet<string> | undefined {
  const asked = ASKED_ROLE.exec(question);
  const role = asked?.[1] ?? asked?.[2];
  const [head] = role ? analyze(role) : [];
  return head === undefined ? undefined : new Set([head, ...synonyms(head)]);
}

/**
 * True when the sentence gives the thing to a name other than its owner and never to the owner:
 * "the lead counsel for OpenAI", "OpenAI's lead counsel" for Musk's lawyer.
 */
export function givesToAnother(sentence: string, possession: Possession, analyze: (text: string) => string[]): boolean {
  const owners = ownersOf(sentence, possession.thing, analyze);
  const isOwner = (name: string) => analyze(name).some((term) => possession.owner.includes(term));
  return owners.length > 0 && !owners.some(isOwner);
}

const OWNED_BY_NAME = new RegExp(String.raw`(?<![\p{L}\p{N}])(${NAME})['’]s((?:\s+[\p{L}-]+){1,3})`, 'gu');
/**
 * "the lawyer for X", "the chatbot made by X". Not "made by" after a preposition: in "accusations
 * of distillation made by OpenAI" the accusations are OpenAI's, not distillation. (No "i" flag:
 * with it, `\p{Lu}` in `NAME` matches lowercase too.)
 */
const THING_OF_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:([\p{L}-]+)\s+(?:for|of|representing)|(?<!\b(?:of|for|about|on|in|with|from)\s+)([\p{L}-]+)\s+(?:made|built|developed|created|owned)\s+by)\s+(?:the\s+)?(${NAME})`,
  'gu',
);

/** The names a sentence gives the thing to: "X's [up to two words] thing", "thing for / of / representing X", "the thing made by X". */
function ownersOf(sentence: string, thing: ReadonlySet<string>, analyze: (text: string) => string[]): string[] {
  const isThing = (word: string) => analyze(word).some((term) => thing.has(term));
  const owners: string[] = [];
  for (const m of sentence.matchAll(OWNED_BY_NAME)) {
    if (m[2]!.trim().split(/\s+/).some(isThing)) owners.push(m[1]!);
  }
  for (const m of sentence.matchAll(THING_OF_NAME)) {
    if (isThing(m[1] ?? m[2]!)) owners.push(m[3]!);
  }
  return owners;
}

/** Owners that say nothing of whose: pronouns, question words, "the article's…" (a document's own sentences rarely name it). */
const NO_OWNER = new RegExp(String.raw`^(?:it|he|she|that|this|what|who|where|when|how|why|there|here|let|one|today|tonight|yesterday|tomorrow|${DOCUMENT_NOUNS})$`, 'i');

/** A possessive in any case ("the jurors' names", "musk's lawyer"): the owner's terms, and those of the up to three words owned. */
export interface Owned {
  owner: readonly string[];
  owned: ReadonlySet<string>;
  /** Whether the possessive is only what the question is about ("asked about xAI's training"), after a preposition. */
  topic: boolean;
}

const AFTER_PREPOSITION = /\b(?:about|on|regarding|concerning|over|into|of|for|in|with|from)\s+$/i;

/**
 * The possessives of a question, in any case. A sentence that shares only the words owned
 * ("name") and says nothing of the owner, nor has it around, does not answer: "The name
 * knowledge distillation…" does not give the jurors' names.
 */
export function possessivesIn(question: string, analyze: (text: string) => string[]): Owned[] {
  return [...question.matchAll(/(?<![\p{L}\p{N}'’.-])(\p{L}[\p{L}\p{N}.-]{0,40})['’]s?((?:\s+[\p{L}-]+){1,3})/gu)]
    .filter((m) => !NO_OWNER.test(m[1]!))
    .map((m) => {
      const words: string[] = [];
      for (const word of m[2]!.trim().split(/\s+/)) {
        if (endsNoun(word, words)) break;
        words.push(word);
      }
      const topic = AFTER_PREPOSITION.test(question.slice(0, m.index));
      return { owner: analyze(m[1]!), owned: new Set(analyze(words.join(' '))), topic };
    })
    .filter((p) => p.owner.length > 0 && p.owned.size > 0);
}

/** A sentence's terms and those around it (its paragraph, its headings), as `scoreSentences` gives them. */
interface SentenceTerms {
  terms: ReadonlySet<string>;
  around: ReadonlySet<string>;
}

/**
 * True when the sentence shares none of the question's terms but those the possessive owns, and
 * says nothing of their owner, by itself or a synonym (`related`), in it or around it.
 */
export function sharesOnlyWhatIsOwned(sentence: SentenceTerms, possessive: Owned, queryTerms: readonly string[], related: (term: string) => Iterable<string>): boolean {
  return !saysTheOwner(sentence, possessive, related) && queryTerms.every((t) => possessive.owned.has(t) || !within(sentence.terms, t, related));
}

/** True when the sentence, or its paragraph or headings, says the possessive's owner, by itself or a synonym (`related`). */
export function saysTheOwner(sentence: SentenceTerms, possessive: Owned, related: (term: string) => Iterable<string>): boolean {
  return possessive.owner.some((t) => saysOrAround(sentence, t, related));
}

/** True when the sentence or the paragraph around it says the term, or a term related to it ("elon": Musk). */
export function saysOrAround(sentence: SentenceTerms, t: string, related: (term: string) => Iterable<string>): boolean {
  return within(sentence.terms, t, related) || within(sentence.around, t, related);
}

function within(terms: ReadonlySet<string>, t: string, related: (term: string) => Iterable<string>): boolean {
  return terms.has(t) || [...related(t)].some((r) => terms.has(r));
}
