import { createRequire } from 'node:module';

/**
 * WordNet's list of irregular verb forms ("began" → "begin", "told" → "tell"), as wink-lexicon
 * ships it. Porter stemming only strips suffixes, so without it "When did the trial begin?"
 * shares no term with "Jury selection began on…".
 */
const IRREGULAR = new Map(Object.entries(createRequire(import.meta.url)('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>));

/**
 * Forms that are also nouns in WordNet, kept as they are: mapping them would make "left" mean
 * "leave", "saw" "see" and "ground" "grind". (Forms in -ing are left out of this list because
 * Porter stems them to the same base anyway.) A test derives the list again from WordNet.
 */
export const NOUN_FORMS = new Set(
  ('abode am are ate bade bed bent bit bore born bound chosen classified cleft clove dove drew drove drunk dug fed feed ' +
    'fell felt found gelt gilt given ground handicapped kent lay led left lent lit lost married might overlay red rent ' +
    'rose rung sang sat saw seed sent shed shook shot signified slain slew smelt spat spelt spoke stole stove sung taxis ' +
    'thought tore underlay weed won wound').split(' '),
);

/** The base form of an irregular verb form; any other word (and any form that is also a noun) unchanged. */
export function verbBaseForm(word: string): string {
  return NOUN_FORMS.has(word) ? word : (IRREGULAR.get(word) ?? word);
}

/** The base form WordNet lists for an irregular verb form, nouns too ("led" → "lead"); undefined for any other word. */
export function irregularVerbBase(word: string): string | undefined {
  return IRREGULAR.get(word);
}

/** Auxiliaries and modals among WordNet's irregular forms: "were", "had", "could" help a verb, none is a participle. */
const AUXILIARY_FORMS = new Set(['am', 'are', 'were', 'did', 'had', 'could', 'might', 'would']);

/**
 * WordNet's irregular forms that may be past participles ("told", "given", "led"), past tenses
 * among them: WordNet doesn't tell them apart, and "told" is both. Not its forms in -ing or -s
 * ("lying", "goes", "was"), nor auxiliaries, which never are.
 */
export const IRREGULAR_PAST_FORMS: readonly string[] = [...IRREGULAR.keys()].filter((form) => !/(?:ing|s)$/.test(form) && !AUXILIARY_FORMS.has(form));
