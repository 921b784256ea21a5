import type { Citation, DocumentRef } from '../ports.js';
import { capitalised } from '../text/capitalised.js';
import { KIND_NOUN_WORDS } from '../text/document-nouns.js';
import { termsOnce } from '../text/terms-once.js';
import { type AnswerType, CALENDAR_NAMES, hasAnswerOfType, isCheckable } from './answer-types.js';
import { PRICE_NOUNS } from './price-forms.js';
import { CitationList } from './citations.js';
import { closestDocuments } from './closest-documents.js';
import { actsAsAsked, keepsToWhatIsOwned, namesTheModelAsked, namesTheOrganisationAsked, namesTheRoleAsked, readAsked, saidOfTheNamesAsked, saysTheSuitAsked } from './sentence-filters.js';
import { askedSpeakers, SPEECH_NOUNS, spokenBy } from './speakers.js';
import { isAskedInThePast } from './question-names.js';
import { pointsBack } from './validate-question.js';
import { asksAboutADocument, describesItsDocument, isQuotable, MIN_TERM_WEIGHT, namesAnotherThing, pickSentences, type RankedPassage, type ScoredSentence, scoreSentences, type SentenceScoring, weighedForText } from './select-sentences.js';

const CONTEXT_WEIGHT = 0.5;
/** Words a question with a premise must ask of its own for the premise to weigh nothing. */
const MIN_ASKED_TERMS = 2;

/** How the extractive answerer finds and judges evidence. */
export interface ExtractiveDeps {
  scoring: SentenceScoring;
  /** Below this weighted share of the query's terms in the best sentence, the bot declines. */
  minEvidence: number;
}

export interface ExtractiveQuery {
  focus: string;
  /** The subject of the question before, for a follow-up: weighs half. */
  context?: string;
  /** What the question states as given ("if labs do it all the time, why…"), and what it asks: the given's own words are not looked for in the answer. */
  premise?: { given: string; asked: string };
  expects?: AnswerType;
  /** The question as read, before its question words went: where its possessives are found ("the government's adviser say about…"). */
  read?: string;
  /** The names the question uses: a number must be said of one of them. */
  names?: string[];
  /** The thread's names, for a question that names no one and whose subject is a pronoun ("have they sued anybody?"). */
  pronounNames?: string[];
  /** The place the question sets what it asks in ("…in Oakland?", `placeSetIn`): not one of those names. */
  place?: string;
  /** Document titles a quoted mention of which says nothing, beyond those of `hits`. */
  titles?: readonly string[];
}

/** `evidence` is the best sentence's coverage; `strongest`, the id of the passage it is in. */
export type ExtractiveOutcome =
  | { kind: 'answer'; answer: string; citations: Citation[]; evidence: number; strongest?: string }
  | { kind: 'declined'; closest: DocumentRef[]; evidence: number; strongest?: string };

/** The words of the question's premise that the rest of it does not say; none if it asks too little else ("given X, why?"). */
function premiseOnly({ focus, premise, expects }: ExtractiveQuery, analyze: (text: string) => string[]): string[] {
  if (!premise) return [];
  const asked = new Set(analyze(premise.asked));
  const terms = analyze(focus);
  // Weighed alone, one word asked ("of the two limitation periods, which was longer?") would be
  // covered by any sentence saying it: the premise then counts as usual. Its "if" weighs nothing.
  // A "why" asks for the reason too: "if every lab does it, why is anyone mad?" asks two things.
  const askedTerms = new Set(terms.filter((t) => asked.has(t)));
  const enough = expects === 'reason' ? MIN_ASKED_TERMS - 1 : MIN_ASKED_TERMS;
  return askedTerms.size >= enough ? terms.filter((t) => !askedTerms.has(t)) : [];
}

/**
 * Uncommon words no passage uses, nor any synonym of them, that make a question another
 * subject's. One is often the documents' subject put otherwise ("the venue" for Oakland); two
 * ("wifi password", "podcast … commute") rarely are.
 */
const MIN_UNKNOWN_WORDS = 2;
/** Shorter terms are left out of that count: "w" of "w/", "q" of "quick q". */
const MIN_UNKNOWN_TERM_LENGTH = 3;

/**
 * True when the sentence shares only one word, itself or by a synonym, with a question that names
 * two or more things no passage mentions in any words: "what's the wifi password for the guest
 * network?" is not answered by the "neural network" of Hinton's paper, nor "can you suggest a
 * podcast for a 40 minute commute?" by "40% smaller". However rare the one word is in the
 * documents, the question is about something else. Only the question's own words count, even
 * when it points back: "can you write me a pytorch training loop for it?" after a question on
 * black-box distillation shares the thread's words, not its own.
 */
function sharesOneWordOfAnotherSubject(best: ScoredSentence, query: ExtractiveQuery, own: string[], scoring: SentenceScoring, related: (t: string) => Iterable<string>): boolean {
  // A name of two or more words ("Sam Altman", "the House China committee") is one thing shared.
  const says = (t: string) => best.terms.has(t) || [...related(t)].some((r) => best.terms.has(r));
  const shared = new Set(own.filter(says));
  const repeats = [...withNamesCapitalised(query.focus, query.names ?? []).matchAll(MULTIWORD_NAME)].reduce((n, [name]) => n + Math.max(0, new Set(scoring.analyze(name).filter(says)).size - 1), 0);
  if (shared.size - repeats > 1) return false;
  // Everyday words no passage uses are mostly paraphrase ("sit down together" for "collaborate"):
  // only those everyday English does not make commoner than unseen count ("password", "podcast").
  // A word for a document ("the writeup pins the controversy on…") names the documents themselves.
  const another = namesAnotherThing(scoring, `${query.focus} ${query.context ?? ''}`, related);
  const documentWords = documentNounTerms(scoring.analyze);
  const counts = (t: string) => t.length >= MIN_UNKNOWN_TERM_LENGTH && !documentWords.has(t);
  const unknown = new Set(own.filter((t) => counts(t) && another(t)));
  // A day or month shared is only when, not what: "is it supposed to rain on thursday?" is not
  // about the Thursday Musk was cross-examined. Words no passage uses, even ones WordNet links to
  // a passage's ("rain": "fall"), say so: one in a question looking ahead, two otherwise ("any
  // tips for marathon training, first one in march"). Not in the past tense, which may ask what
  // the documents report in other words ("who testified on thursday?").
  const calendar = calendarTerms(scoring.analyze);
  const read = query.read ?? query.focus;
  if (shared.size > 0 && [...shared].every((t) => calendar.has(t)) && !isAskedInThePast(read)) {
    const unseen = new Set(own.filter((t) => counts(t) && scoring.isUnseen?.(t) === true));
    if (unseen.size >= (LOOKS_AHEAD.test(read) ? 1 : MIN_UNKNOWN_WORDS)) return true;
  }
  // Two known words may name one thing the documents never do ("law school"): looked up only when needed.
  if (unknown.size < MIN_UNKNOWN_WORDS) for (const t of scoring.unmentionedCompounds?.(query.focus) ?? []) if (own.includes(t) && counts(t)) unknown.add(t);
  return unknown.size >= MIN_UNKNOWN_WORDS;
}

/** Nouns for words said: what a question asking someone to have spoken calls them. */
const speechNounTerms = termsOnce(SPEECH_NOUNS);
/**
 * Once an amount is asked, the price is what the answer gives, not what it must be about: "how
 * much does a subscription cost?" is about a subscription, and the Alpaca data's "cost less than
 * $600" shares only the price.
 */
const priceTerms = termsOnce(PRICE_NOUNS);
/** Days of the week and months. */
const calendarTerms = termsOnce(CALENDAR_NAMES);
/** "is it supposed to rain…", "…gonna…", "book a room for thursday": asked of days ahead. */
const LOOKS_AHEAD = /\b(?:will|won['’]t|gonna|going to|supposed to|expected to|scheduled to|plan(?:ning)? to|next|upcoming)\b|\bfor\s+(?:this\s+|next\s+)?\p{L}+day\b/iu;
/** What people call a document ("writeup", "piece", "explainer"). */
const documentNounTerms = termsOnce(KIND_NOUN_WORDS);

/**
 * The coverage of a sentence that gives the kind of answer a "how long", "when" or "how many"
 * question asks for (only such sentences are scored for one): its form asks for something no word
 * of it names, and the sentence says it. That counts as one more word of the question. It weighs
 * as a word no passage uses because no passage can say it in the question's words: like an unseen
 * word, it is something asked that coverage would otherwise count as missed.
 *
 * Only for a sentence that says, in the question's own words (a pointing-back follow-up's
 * thread counts as its own), two or more of its terms that weigh something (not the floor every
 * term gets), and not only its names. One shared word and a date is what everyday questions
 * find ("which day is the recycling picked up at our building?" → "…released in March 2023…"
 * through "build"); names and a date are what a question about an event the documents never
 * report finds ("When did OpenAI sue DeepSeek?" → the day OpenAI told the FT about DeepSeek).
 * Synonyms do not count: "over" in "closed over the holidays" is WordNet's "concluded".
 */
function withTheKindAsked(s: ScoredSentence, terms: { asked: string[]; all: string[]; names: string[] }, scoring: SentenceScoring): number {
  const kind = scoring.unseenWeight ?? 0;
  const shared = [...new Set(terms.asked)].filter((t) => scoring.termWeight(t) > MIN_TERM_WEIGHT && s.terms.has(t));
  if (kind === 0 || shared.length < MIN_SHARED_WITH_KIND || shared.every((t) => terms.names.includes(t))) return s.coverage;
  const total = [...new Set(terms.all)].reduce((sum, t) => sum + Math.max(scoring.termWeight(t), MIN_TERM_WEIGHT), 0);
  return (s.coverage * total + kind) / (total + kind);
}

const MIN_SHARED_WITH_KIND = 2;

/** A second question after the first: "…, and what was his answer?", "who presided? what did she decide?". */
const ASKS_MORE = /\?\s*\p{L}|\b(?:and|or|but)\s+(?:what|how|why|when|where|which|did|does|do|was|were|is|are|has|have)\b/iu;

/** Two or more capitalised words in a row: one name ("Sam Altman", "House China"). */
const MULTIWORD_NAME = /\p{Lu}[\p{L}\p{N}.'’-]{0,40}(?:\s+\p{Lu}[\p{L}\p{N}.'’-]{0,40})+/gu;
/** A title written before a name, part of it: "judge gonzalez rogers" is Judge Gonzalez Rogers. */
const TITLE_BEFORE_A_NAME = /\b(?:judge|justice|senator|president|professor|prof|dr|mr|mrs|ms)\.?\s+(?=\p{Lu})/gu;

/**
 * The text with the names it uses, typed in lowercase, capitalised as written, and a title before
 * one: chat's "judge gonzalez rogers" is one name, as "Judge Gonzalez Rogers" is.
 */
function withNamesCapitalised(text: string, names: readonly string[]): string {
  const lowercase = new Set(names.map((name) => name.toLowerCase()));
  return text.replace(/[\p{L}\p{N}-]+/gu, (word) => (lowercase.has(word.toLowerCase()) ? capitalised(word) : word)).replace(TITLE_BEFORE_A_NAME, capitalised);
}

/**
 * Answers from the retrieved passages by quoting the sentences that best cover the question,
 * each followed by the marker of the passage it was taken from. Declines, naming the closest
 * documents, when even the best sentence covers too little of the question.
 */
export function answerExtractively(query: ExtractiveQuery, hits: RankedPassage[], deps: ExtractiveDeps): ExtractiveOutcome {
  const focus = deps.scoring.analyze(query.focus);
  const contextOnly = new Set(deps.scoring.analyze(query.context ?? '').filter((t) => !focus.includes(t)));
  const queryTerms = [...focus, ...contextOnly];
  // The question as read too: a listed phrase may hold a question word ("go public about").
  const own = `${query.focus} ${query.read ?? ''}`;
  const capped = weighedForText(deps.scoring, `${own} ${query.context ?? ''}`, own);
  const read = query.read ?? query.focus;
  const speakers = askedSpeakers(read, query.names ?? []);
  // "was there any statement from musk…?": once Musk must speak, "statement" is said by his
  // speaking, and no sentence reporting what he said need use the word.
  const speaking = speakers.length > 0 ? speechNounTerms(deps.scoring.analyze) : new Set<string>();
  // A follow-up's own words matter more than those it borrows from the question before it. What
  // a question takes as given is found by the search, but is not what the answer must say:
  // weighed even at a quarter, "labs distil their own models" outscored the "why" (at 0: +4 over
  // the sets, none lost).
  const priced = query.expects === 'amount' ? priceTerms(deps.scoring.analyze) : new Set<string>();
  const given = new Set([...premiseOnly(query, deps.scoring.analyze), ...focus.filter((t) => speaking.has(t) || priced.has(t))]);
  const scoring = { ...capped, termWeight: (t: string) => (given.has(t) ? 0 : capped.termWeight(t) * (contextOnly.has(t) ? CONTEXT_WEIGHT : 1)) };
  const { expects } = query;
  const shape = { related: deps.scoring.relatedTerms?.(own), expects, titles: query.titles };
  const aboutADocument = asksAboutADocument(query.focus);
  const related = (t: string) => shape.related?.get(t) ?? [];
  const askedOf = readAsked({ read, focus: query.focus, expects, names: query.names ?? [], pronounNames: query.pronounNames, place: query.place, analyze: deps.scoring.analyze, related });
  const names = askedOf.nameTerms;
  const fits = [namesTheRoleAsked(askedOf), namesTheModelAsked(askedOf), namesTheOrganisationAsked(askedOf), saysTheSuitAsked(askedOf), actsAsAsked(askedOf), keepsToWhatIsOwned(askedOf, queryTerms)];
  const quotable = scoreSentences(queryTerms, hits, scoring, shape).filter((s) => isQuotable(s.text) && (aboutADocument || !describesItsDocument(s.text)) && fits.every((fit) => fit(s)));
  // "How many…", "When…": only a sentence that gives a number or a time answers it, however
  // many of the question's words it shares, and only if it is said of what the question names.
  const saidOfTheNames = saidOfTheNamesAsked(askedOf);
  const typed = expects && isCheckable(expects) ? quotable.filter((s) => hasAnswerOfType(s.text, expects) && saidOfTheNames(s)) : quotable;
  // "What did Sam Altman say…?", "did DeepSeek deny…?": only a sentence that has them speak. A
  // party of one word may go by what its related terms give ("elon": Musk).
  const parties = speakers.map((party) => deps.scoring.analyze(party.join(' ')));
  const alsoCalled = parties.filter((party) => party.length === 1).flatMap(([term]) => [...related(term!)].map((other) => [other]));
  const scored = parties.length > 0 ? spokenBy(typed, [...parties, ...alsoCalled], deps.scoring.analyze) : typed;
  // A follow-up pointing back ("when did he testify under oath?") asks about the thread's words
  // too; one that does not ("and what's the wifi password?") is about its own.
  const asked = pointsBack(read) ? queryTerms : focus;
  const lifted = new Map<ScoredSentence, number>();
  const evidenceOf = (s: ScoredSentence) => {
    if (!expects || !isCheckable(expects)) return s.coverage;
    if (!lifted.has(s)) lifted.set(s, withTheKindAsked(s, { asked, all: queryTerms, names }, scoring));
    return lifted.get(s)!;
  };
  const best = scored.reduce<ScoredSentence | undefined>((top, s) => (top && evidenceOf(top) >= evidenceOf(s) ? top : s), undefined);
  const evidence = best ? evidenceOf(best) : 0;
  const strongest = best?.passage.metadata.id;
  if (queryTerms.length === 0 || evidence < deps.minEvidence || (best && sharesOneWordOfAnotherSubject(best, query, focus, deps.scoring, related))) {
    return { kind: 'declined', closest: closestDocuments(hits), evidence, strongest };
  }
  // A sentence the kind asked for lifts is quoted beside the best one, not only as it: the date
  // "OpenAI told the Financial Times" came second to the sentence on Sacks (raw coverage: −2 read).
  // "Who coined the term?" answered by the sentence naming Hinton, Vinyals and Dean is not helped
  // by one on "the legal questions about distillation" beside it: once the best names someone,
  // so must the others. Only people: a reason or a place is said in too many ways to require.
  // Not when the question asks more ("…and what was his answer?"): that answer names no one.
  const namesSomeone = best !== undefined && expects === 'person' && hasAnswerOfType(best.text, 'person') && !ASKS_MORE.test(read);
  const relevant = scored.filter((s) => evidenceOf(s) >= deps.minEvidence && (!namesSomeone || hasAnswerOfType(s.text, 'person')));
  const picked = pickSentences(relevant);
  const list = new CitationList();
  const parts = picked.map((s) => `${s.text} [${list.cite(s.passage, s.passageScore)}]`);
  return { kind: 'answer', answer: parts.join(' '), citations: list.citations, evidence, strongest };
}
