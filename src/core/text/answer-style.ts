/**
 * What a question says of the answer it wants rather than of its subject: how to put it ("in
 * simple terms", "ballpark"), in what respect ("legally speaking") and what it is for ("need a
 * one-liner for a deck").
 */
import { hasWords, LOWER_WORD, MADE_FOR_A_TEAM, ASKERS_OWN } from './question-words.js';

/**
 * How the reader wants the answer put: "in simple terms", "in plain English", "in a nutshell",
 * "briefly". Left in, "terms" matched "terms of use", and "What is model distillation in simple
 * terms?" got OpenAI's terms.
 */
const STYLE_PHRASES = String.raw`in (?:simple|simpler|plain|plainer|layman['’]?s|laymans|lay|basic|everyday|non-?technical|a few|one|few) (?:terms|words|english|language|sentence|line)|in human terms|in a (?:nutshell|sentence|word|few words)|in short|in brief|(?:simply|briefly) put|put (?:simply|briefly)|briefly|tl;?dr|eli5`;
/**
 * At the start of the question, or where a clause ends, perhaps after "please": "in simple
 * terms, …", "…in plain English please", not "in human language models".
 */
const ANSWER_STYLE = new RegExp(String.raw`(?:^\s*(?:${STYLE_PHRASES})\b|\b(?:${STYLE_PHRASES})(?:\s*(?:please|for me|for us|for the team|thanks)\b)?(?=\s*(?:[,;:?!.)…]|$)))`, 'gi');

/**
 * How precise the answer need be, after a comma at the end or on its own after the question:
 * "…of the trial, ballpark?", "…, roughly", "was it expensive? ballpark $" (the sign stays: an
 * amount is asked). Only there: elsewhere "more or less" and "ballpark" may be asked about ("does
 * it cost more or less?", "was it in the ballpark?", "is it cheaper? more or less?"), and a word
 * of the question may follow ("cost roughly, and who paid?"). Before the question word, a hedge
 * is a lead-in (question-words.ts's `HEDGE`).
 */
const ROUGHLY = String.raw`(?:a |the )?ballpark(?: figure| number| estimate)?|(?:a )?rough (?:estimate|number|figure)|roughly|approx(?:imately)?`;
const APPROXIMATION = new RegExp(String.raw`(?:,\s*(?:${ROUGHLY}|give or take|more or less)|(?<=\?)\s*(?:${ROUGHLY}))(?=\s*[$€£]?[\s?!.…]*$)`, 'giu');

/**
 * "…, legally speaking", "strictly speaking, is it…": the adverb says in what respect, and
 * "speaking" is no word of the subject (it found the speakers of the hearing). Only as a clause of
 * its own: "which senator was openly speaking against it" asks who spoke.
 */
const SPEAKING = /(?<=^\s*|[,;:]\s*)(\p{L}{3,}ly)\s+speaking(?=\s*(?:[,;:?!.]|$))/giu;

/**
 * "…? need a one-liner for a deck", "…? i need it for our memo", "…? need the number for a
 * slide": after the question, what the answer is for. Like a purpose before it (question-words.ts's
 * `PURPOSE`), it says nothing of the subject, and "deck" or "liner" would be looked for. Up to the
 * sentence's end: "…? need it for a deck. also who was the judge" asks again.
 */
const NEEDED_FOR = new RegExp(String.raw`(?<=\?)\s*(?:(?:i|we)\s+)?need(?:s|ed)?\s+(?:it|this|that|(?:a|an|some|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+for\s+(?:(?:a|an|the|this|${ASKERS_OWN})\s+)(?:${LOWER_WORD}\s+)?(?:${MADE_FOR_A_TEAM})\b[^?.!;]*[.!;]?`, 'iu');

/**
 * The question without words on how to put the answer; unchanged if nothing would be left.
 * "ELI5: what is distillation?" → "what is distillation?", whose form then asks what it is.
 */
export function withoutAnswerStyle(question: string): string {
  const stripped = question.replace(ANSWER_STYLE, ' ').replace(APPROXIMATION, ' ').replace(NEEDED_FOR, '').replace(SPEAKING, '$1').replace(/\s+/g, ' ').replace(/^[ ,;:!.…-]+/, '').replace(/[ ,;:-]+(?=[?!.…]*$)/, '').replace(/ ([?!.,])/g, '$1').trim();
  return hasWords(stripped) ? stripped : question;
}
