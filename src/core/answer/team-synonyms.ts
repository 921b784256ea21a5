/**
 * What the team's `knowledge/synonyms.yaml` does to a question: the phrases it says that the file
 * lists are related to the documents' wording for them, and weigh as that wording does.
 */
import { listedIn, type TeamNames } from '../knowledge/team-names.js';
import { isParticle } from '../text/particles.js';
import { prepositionTerms } from '../text/prepositions.js';
import type { Vocabulary } from './question-evidence.js';

/** Each vocabulary's wording for the listed entries looked up, by the documents' name for them. */
const wordingByVocabulary = new WeakMap<Vocabulary, Map<string, string[]>>();

/**
 * The terms of the documents' wording for a listed phrase that the passages use, prepositions
 * aside: "from" of "come from" would be found in any sentence. Remembered per vocabulary: the
 * listed weights and the related terms of a reading look up the same entries. A vocabulary is one
 * index generation's, and `unseen` its own (`unseenIdf`), so the wording does not change.
 */
function documentsWording(documentName: string, vocabulary: Vocabulary, unseen: number): string[] {
  let wordings = wordingByVocabulary.get(vocabulary);
  if (!wordings) wordingByVocabulary.set(vocabulary, (wordings = new Map()));
  let wording = wordings.get(documentName);
  if (!wording) {
    const relating = prepositionTerms(vocabulary.analyze);
    wording = vocabulary.analyze(documentName).filter((term) => vocabulary.idf(term) < unseen && !relating.has(term));
    wordings.set(documentName, wording);
  }
  return wording;
}

/** The last texts looked up per synonyms file, with the entries each says. */
const saidBySynonyms = new WeakMap<TeamNames, Map<string, TeamNames>>();
/** Texts remembered per synonyms file: a question's few readings ask of the same ones. */
const MAX_REMEMBERED_TEXTS = 8;
const NO_SYNONYMS: TeamNames = [];

/**
 * The team's synonyms a text says (`listedIn`), remembered for the last few texts: the related
 * terms and the listed weights of one reading look up the same text, each with a hundred
 * patterns.
 */
function synonymsSaidIn(text: string, vocabulary: Vocabulary): TeamNames {
  const synonyms = vocabulary.synonyms ?? NO_SYNONYMS;
  let said = saidBySynonyms.get(synonyms);
  if (!said) saidBySynonyms.set(synonyms, (said = new Map()));
  let found = said.get(text);
  if (!found) {
    found = listedIn(text, synonyms);
    if (said.size >= MAX_REMEMBERED_TEXTS) said.delete(said.keys().next().value!);
    said.set(text, found);
  }
  return found;
}

/** The text without the phrases the team lists, whatever their words: "the White House" names nothing unknown. */
export function withoutListedPhrases(text: string, vocabulary: Vocabulary): string {
  return synonymsSaidIn(text, vocabulary).reduce((rest, { pattern }) => rest.replace(pattern, ' '), text);
}

/**
 * What a word no passage uses weighs when the text says it in a phrase the team lists as another
 * way to say the documents' wording (`Vocabulary.synonyms`): as much as that wording's rarest
 * term. "Any moral angle…?" asks as much as "any ethical angle…?"; weighed as an unseen
 * paraphrase, "moral" came second to "legal" in "…, or is it purely legal?". Only where the
 * phrase is said: "push" of "pushed him on whether…" is "press", of "push AI companies to…" not.
 */
export function listedWeights(text: string, vocabulary: Vocabulary, unseen: number): Map<string, number> {
  const weights = new Map<string, number>();
  for (const { typed, documentName } of synonymsSaidIn(text, vocabulary)) {
    const idfs = documentsWording(documentName, vocabulary, unseen).map(vocabulary.idf);
    if (idfs.length === 0) continue;
    // A phrase is one thing said: one word carries the wording's weight, its other words none
    // ("biggest offender" is "most" once; a sentence's "most" covers only one of the two). The
    // one is its first unseen term, particles aside. Words the passages use weigh nothing either:
    // the "house" of "the white house" is not the House committee, the "original" of "original
    // purpose" not any original (+3 on read sets).
    const content = withoutParticles(typed);
    const contentTerms = vocabulary.analyze(content);
    const first = contentTerms.find((term) => vocabulary.idf(term) >= unseen);
    if (first === undefined) continue;
    weights.set(first, Math.max(weights.get(first) ?? 0, ...idfs));
    // Most listed phrases have no particle: the same text, analysed once.
    const terms = content === typed ? contentTerms : vocabulary.analyze(typed);
    for (const term of terms) if (!weights.has(term)) weights.set(term, 0);
  }
  return weights;
}

/** A listed phrase without its particles, its words one space apart. */
function withoutParticles(typed: string): string {
  return typed
    .split(/\s+/)
    .filter((word) => !isParticle(word))
    .join(' ');
}

/**
 * Relates the team's synonyms (`Vocabulary.synonyms`) the text says: each content word of a phrase
 * typed ("team up") is related to the documents' wording for it ("collaborate"). A word of a
 * phrase of two or more terms means what the phrase does, and only that: "big" of "big deal" is
 * not WordNet's "large" ("AI labs routinely distil their own large models" answered "why is it
 * such a big deal?"). A word listed alone keeps WordNet's too: dropping those of "normal" and the
 * like lost five questions over the sets for three gained.
 */
export function withTeamSynonyms(text: string, related: Map<string, ReadonlySet<string>>, vocabulary: Vocabulary, unseen: number): Map<string, ReadonlySet<string>> {
  const said = synonymsSaidIn(text, vocabulary).map(({ typed, documentName }) => ({ terms: vocabulary.analyze(typed), wording: documentsWording(documentName, vocabulary, unseen) }));
  for (const { terms } of said) if (terms.length > 1) for (const term of terms) related.delete(term);
  for (const { terms, wording } of said) {
    for (const term of terms) related.set(term, new Set([...(related.get(term) ?? []), ...wording.filter((w) => w !== term)]));
  }
  return related;
}
