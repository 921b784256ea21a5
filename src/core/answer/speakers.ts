import type { ScoredSentence } from './select-sentences.js';

/**
 * Questions about what someone said: "what did Sam Altman say when he took the stand?", "did
 * DeepSeek deny the accusations?", "how did Musk react?". Only a sentence that has that party
 * speak answers one ("Musk said \"Partly\"", "according to Anthropic…"). The documents report
 * what others said of DeepSeek, not what DeepSeek said, and a sentence sharing every other word
 * ("Anthropic's statement about DeepSeek") had answered.
 */

/** What a party is asked to have said, done in words. */
const ASKED_VERBS = String.raw`say|said|tell|told|testify|testified|respond|responded|react|reacted|reply|replied|answer|answered|argue|argued|claim|claimed|comment|commented|deny|denied|admit|admitted|acknowledge|acknowledged|confirm|confirmed|push(?:ed)? back|issue[ds]? (?:a|any) (?:\w+ )?(?:denial|statement|response|comment)`;
/** The party and up to two other words ("actually", "flat out", "ever publicly"), before the verb. */
const SPAN = String.raw`((?:[\p{L}\p{N}.'’-]+\s+){0,4}?)`;
const ASKED = [
  new RegExp(String.raw`\b(?:what|how)\s+(?:exactly\s+|else\s+)?(?:did|does|do|has|have|had|would)\s+${SPAN}(?:${ASKED_VERBS})\b`, 'iu'),
  new RegExp(String.raw`(?:^|[,;:]\s*|\bor\s+)(?:did|does|do|has|have|had)\s+${SPAN}(?:${ASKED_VERBS})\b`, 'iu'),
  new RegExp(String.raw`\bwhat\s+(?:was|is|were)\s+((?:[\p{L}\p{N}.-]+\s+){0,2}?[\p{L}\p{N}.-]+)['’]s\s+(?:response|reaction|reply|answer|denial|statement|comment)\b`, 'iu'),
];
const MAX_OTHER_WORDS = 2;

const AUX = 'is|are|was|were|do|does|did|has|have|had|can|could|will|would|should';
/** Where a question's parts meet: "…count, and what did OpenAI tell…?", "…losing? what did he call it". */
const PART_BREAK = new RegExp(String.raw`\?+\s*|[,;]\s*(?:(?:and|but|also|plus)\s+)?(?=(?:what|how|who|whom|whose|when|where|which|why|${AUX})\b)`, 'i');
/** A part that asks, not one that sets a scene ("so when OpenAI's lawyer pushed him, did Musk…"). */
const ASKING_PART = new RegExp(String.raw`^\W*(?:(?:so|and|but|ok|also)\s+)*(?:(?:what|how|who|whom|whose|when|where|which|why)\b(?:\s+\S+){0,3}?\s+(?:${AUX})\b|(?:${AUX})\b)`, 'i');

/**
 * The words naming the party a question asks to have said something, lowercase: the names it
 * uses (`names`) that open the words between "did" and the verb. None for "what did he say?" or
 * "what did the article say?", nor when another part of the question asks something else ("how
 * many accounts did Anthropic count, and what did OpenAI tell the committee?").
 */
export function askedSpeaker(question: string, names: readonly string[]): string[] {
  const known = new Set(names.map((n) => n.toLowerCase()));
  const parts = question.split(PART_BREAK).filter((part) => ASKING_PART.test(part));
  const parties = (parts.length > 0 ? parts : [question]).map((part) => speakerIn(part, known).join(' '));
  return parties.every((party) => party === parties[0]) && parties[0] ? parties[0].split(' ') : [];
}

function speakerIn(part: string, known: ReadonlySet<string>): string[] {
  for (const form of ASKED) {
    const words = form.exec(part)?.[1]?.toLowerCase().trim().split(/\s+/) ?? [];
    const others = words.findIndex((w) => !known.has(w));
    const party = others === -1 ? words : words.slice(0, others);
    if (party.length > 0 && words.length - party.length <= MAX_OTHER_WORDS) return party;
  }
  return [];
}

/** Verbs reporting speech or writing; "asked" is not the asked party's. */
const SPEECH = String.raw`(?:say|says|said|saying|state|states|stated|stating|testif(?:y|ies|ied|ying)|tell|tells|told|answer(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)?|den(?:y|ies|ied)|admit(?:s|ted)?|acknowledg(?:e|es|ed|ing)|confirm(?:s|ed)?|argu(?:e|es|ed)|claim(?:s|ed)?|wr(?:ite|ites|ote)|warn(?:s|ed)?|call(?:s|ed)?|describ(?:e|es|ed)|accus(?:e|es|ed)|alleg(?:e|es|ed)|conced(?:e|es|ed)|insist(?:s|ed)?|explain(?:s|ed)?|assert(?:s|ed)?|announc(?:e|es|ed)|comment(?:s|ed)?|react(?:s|ed)?|cit(?:e|es|ed)|pushed back|spoke)`;
/** The party, then up to five words in the same clause, then a verb of speech: "Musk also told". */
const SPEAKS = new RegExp(String.raw`([\p{L}\p{N}.'’-]+(?:\s+[^\s.,;:?!"“”]+){0,5}?)\s+${SPEECH}\b`, 'giu');
/** "according to Anthropic", "Anthropic's February 2026 statement". */
const ATTRIBUTED = /\baccording to\s+(?:the\s+)?([\p{L}\p{N}.-]+(?:\s+[\p{L}\p{N}.-]+){0,2})|([\p{L}\p{N}.-]+)['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(?:statement|testimony|response|reply|answer|denial|memo|letter|remarks?|words|view|claim)\b/giu;

/** True when the sentence has one of the party's words (`party`, as terms) speak: before a verb of speech, or as its source. */
export function saidBy(sentence: string, party: readonly string[], analyze: (text: string) => string[]): boolean {
  const wanted = new Set(party);
  const names = (text: string) => analyze(text).some((term) => wanted.has(term));
  for (const match of sentence.matchAll(SPEAKS)) if (names(match[1]!)) return true;
  for (const match of sentence.matchAll(ATTRIBUTED)) if (names(match[1] ?? match[2]!)) return true;
  return false;
}

/** A sentence that puts a question to someone: "Savitt then asked whether xAI had…". */
const ASKS = /\b(?:ask(?:s|ed)?|press(?:es|ed)?|question(?:s|ed)?|quer(?:y|ies|ied))\b[^.?!]*\b(?:whether|if|about|what|why|how)\b/i;
/** Sentences back, within a passage, that a reply may answer: "Musk replied…. When pressed…, Musk said \"Partly\"." */
const REPLY_REACH = 2;

/**
 * The sentences in which the party speaks (`saidBy`). A reply is scored as the question it
 * answers, asked up to two sentences before it in the same passage: "Musk said \"Partly\"" shares
 * no word with "did Musk admit xAI used OpenAI's models?", which "Savitt then asked whether xAI
 * had used OpenAI's models" does.
 */
export function spokenBy(sentences: ScoredSentence[], party: readonly string[], analyze: (text: string) => string[]): ScoredSentence[] {
  const at = new Map(sentences.map((s) => [`${s.passage.metadata.id}\u0000${s.position}`, s]));
  const askedBefore = (s: ScoredSentence) =>
    Array.from({ length: REPLY_REACH }, (_, back) => at.get(`${s.passage.metadata.id}\u0000${s.position - back - 1}`)).filter(
      (q): q is ScoredSentence => q !== undefined && ASKS.test(q.text),
    );
  return sentences
    .filter((s) => saidBy(s.text, party, analyze))
    .map((s) => {
      const coverage = Math.max(s.coverage, ...askedBefore(s).map((q) => q.coverage));
      return coverage === s.coverage ? s : { ...s, coverage, score: s.score + coverage - s.coverage };
    })
    .sort((a, b) => b.score - a.score);
}
