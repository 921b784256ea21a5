import { z } from 'zod';
import { isAdverbParticle, isParticle } from '../text/particles.js';
import { NAMES_FILE, normalizeName, readTeamFile, SYNONYMS_FILE } from './team-files.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/** Each name the documents use → the names people type for it ("OpenAI: [ChatGPT]"). */
const namesSchema = z.record(z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1));

/** A name people type, and the name the documents use for the same thing. */
export interface TeamName {
  /** As listed, in `normalizeName` form. */
  typed: string;
  documentName: string;
  /** Finds `typed` as whole words, ignoring case and spacing (global: for `replace`). */
  pattern: RegExp;
}

/** The names of `knowledge/names.yaml`, longest first, so "GPT-4 Turbo" is read before "GPT-4". */
export type TeamNames = readonly TeamName[];

/**
 * Reads `knowledge/names.yaml`. No word list or thesaurus knows that a product stands for its
 * maker ("ChatGPT" for "OpenAI"); the team does. A name listed under two entries keeps the first,
 * and the file's problem says so.
 */
export async function loadTeamNames(knowledgeDir: string): Promise<{ names: TeamNames; problem?: string }> {
  const read = await readTeamFile(knowledgeDir, NAMES_FILE, namesSchema, {});
  const { names, clashes } = compileTeamNames(read.value);
  return { names, problem: read.problem ?? (clashes.length > 0 ? `${NAMES_FILE}: ${clashes.join('; ')}` : undefined) };
}

/**
 * Reads `knowledge/synonyms.yaml`, in the names file's form: the documents' wording → what people
 * type for it ("rely on: [lean on, count on]"). Unlike a name, such a phrase is not replaced: the
 * documents' wording is one more synonym for it (everyday English that WordNet lacks, or the
 * team's own jargon), and the question keeps its words.
 */
export async function loadTeamSynonyms(knowledgeDir: string): Promise<{ synonyms: TeamNames; problem?: string }> {
  const read = await readTeamFile(knowledgeDir, SYNONYMS_FILE, namesSchema, {});
  const { synonyms, clashes } = compileTeamSynonyms(read.value);
  return { synonyms, problem: read.problem ?? (clashes.length > 0 ? `${SYNONYMS_FILE}: ${clashes.join('; ')}` : undefined) };
}

/** A synonyms file's entries (`compileTeamNames`), each found in any inflection and, for a verb and its particle, apart. */
export function compileTeamSynonyms(entries: Record<string, string[]>): { synonyms: TeamNames; clashes: string[] } {
  const { names, clashes } = compileTeamNames(entries);
  return { synonyms: names.map((name) => ({ ...name, pattern: wholeWords(name.typed, INFLECTION, apartBy(name.typed)) })), clashes };
}

/** The endings a listed phrase's words may take as typed: "leaned on", "teaming up", "backlashes". */
const INFLECTION = '(?:s|es|ed|d|ing)?';

/** Words a verb and its particle may hold between them: "lock their models down", "team them up". */
const MAX_WORDS_BETWEEN = 3;
/** A word between them, and none that opens another clause: "lock it and sit down" is no "lock down". */
const WORD_BETWEEN = String.raw`(?!(?:and|or|but|to|then|so)(?![\p{L}\p{N}'’-]))[\p{L}\p{N}'’-]+`;
/**
 * Before a particle that takes words after it ("lean on", "push on"), only a pronoun or an
 * adverb: "push him on it", "lean heavily on", not "count the votes on monday".
 */
const PRONOUN_OR_ADVERB = String.raw`(?:him|her|them|it|us|me|[\p{L}]+ly)`;

/**
 * How far apart a verb and its particle may stand: by the verb's object before an adverb
 * particle ("lock their models down"), by a pronoun or an adverb before another ("push him on").
 */
function apartBy(typed: string): 'object' | 'pronoun' | undefined {
  const words = typed.split(' ');
  if (words.length !== 2 || !isParticle(words[1]!)) return undefined;
  return isAdverbParticle(words[1]!) ? 'object' : 'pronoun';
}

/** The entries whose typed phrase the text says. */
export function listedIn(text: string, entries: TeamNames): TeamName[] {
  return entries.filter(({ pattern }) => text.search(pattern) !== -1);
}

/** The names of a names file's entries (documents' name → names typed), and any name listed twice. */
export function compileTeamNames(entries: Record<string, string[]>): { names: TeamNames; clashes: string[] } {
  const byTyped = new Map<string, TeamName>();
  const clashes: string[] = [];
  for (const [documentName, listed] of Object.entries(entries)) {
    for (const typed of listed.map(normalizeName)) {
      const earlier = byTyped.get(typed);
      if (earlier) clashes.push(`"${typed}" is listed under both ${earlier.documentName} and ${documentName}; ${earlier.documentName} is used`);
      else byTyped.set(typed, { typed, documentName, pattern: wholeWords(typed) });
    }
  }
  return { names: [...byTyped.values()].sort((a, b) => b.typed.length - a.typed.length), clashes };
}

/** Abbreviations of units a listed name may also spell ("FT" for the Financial Times: "ft"). */
const UNITS = new Set('ft in yd mi m cm mm km kg g lb lbs oz gb mb kb tb'.split(' '));

/**
 * A listed name that also spells a unit is the unit after a measure: "5 ft", "a 6-ft wall", "sq
 * ft" are feet, not the FT. A year is no measure ("the jan 2025 FT piece"); "in" is no measure
 * either ("what did openai say in FT interview"), so "the height in ft" stays the FT.
 */
const NOT_A_UNIT = String.raw`(?<!(?<![\p{N}])\d{1,3}(?:[.,]\d+)?[\s-]?|\b(?:sq|square|cubic|per)\s+)`;

const BETWEEN = { object: String.raw`(?:\s+${WORD_BETWEEN}){0,${MAX_WORDS_BETWEEN}}?\s+`, pronoun: String.raw`(?:\s+${PRONOUN_OR_ADVERB})?\s+` };

function wholeWords(typed: string, inflection = '', apart?: keyof typeof BETWEEN): RegExp {
  const escaped = typed
    .split(' ')
    // Not "a" or "of": "a problem" is no "as problems". An apostrophe may be typed curly ("openai’s").
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]") + (word.length > 2 ? inflection : ''))
    .join(apart ? BETWEEN[apart] : '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${UNITS.has(typed) ? NOT_A_UNIT : ''}${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}
