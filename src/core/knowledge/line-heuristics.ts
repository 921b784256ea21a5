/** At most this many words, and not ending like a sentence, for a stand-alone line to be a heading. */
export const MAX_HEADING_WORDS = 8;

const SENTENCE_END = /[.?!…:;。！？]["'”’)\]]*$/;
const FRAGMENT_END = /[.,;]["'”’)\]]*$/;

/** True when a line ends with sentence punctuation (closing quotes or brackets allowed after it). */
export function endsSentence(line: string): boolean {
  return SENTENCE_END.test(line.slice(-8));
}

/** True when the first letter-like character of a line is lower case ("one, effectively ..."). */
export function startsLowerCase(line: string): boolean {
  const match = /[\p{L}\p{N}]/u.exec(line.slice(0, 16));
  return match !== null && /\p{Ll}/u.test(match[0]);
}

/**
 * Counts words up to `limit + 1`, so a 20 MB line costs no more than a short one.
 */
export function countWords(line: string, limit = MAX_HEADING_WORDS): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length && words <= limit; i += 1) {
    const space = line[i] === ' ' || line[i] === '\t';
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return words;
}

/**
 * A short stand-alone line ("What's Happening?") followed by a longer paragraph reads as a heading
 * in plain text and PDF: at most eight words, not ending in `.`, `,` or `;`, not starting in lower case.
 */
export function isHeadingLine(line: string, next: string | undefined): boolean {
  if (next === undefined || line === '') return false;
  const words = countWords(line);
  if (words > MAX_HEADING_WORDS || FRAGMENT_END.test(line.slice(-8)) || startsLowerCase(line)) return false;
  return countWords(next, words) > words;
}

// Only runs and non-space whitespace are replaced: rewriting every single space made a 20 MB line
// take 40 times longer.
const SPACE_RUN = /\s\s+|[^\S ]/g;

/** Collapses runs of whitespace, as passages quote text on one line. */
export function normalizeSpace(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}
