/** One sentence of a text, with its offsets into that text (`end` is exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Never end a sentence: titles, months, Latin abbreviations.
const NEVER_FINAL = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'st', 'gen', 'sen', 'rep', 'gov', 'hon', 'rev', 'capt', 'col', 'lt', 'sgt',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'vs', 'v', 'e.g', 'i.e', 'cf', 'approx', 'dept', 'mt', 'ft', 'est', 'viz',
]);
// Abbreviations that usually precede a number ("No. 5", "p. 3") and may otherwise end a sentence ("No.").
const BEFORE_NUMBER = new Set(['no', 'nos', 'vol', 'p', 'pp', 'fig', 'figs', 'art', 'sec', 'ch', 'para', 'eq']);
// Abbreviations that often end a sentence too ("...sold in the U.S. The company..."): they end one only
// when the next word is a typical sentence opener.
const MAYBE_FINAL = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'llc', 'plc', 'etc', 'al', 'bros']);
const OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his',
  'her', 'their', 'our', 'but', 'and', 'or', 'so', 'yet', 'however', 'in', 'on', 'at', 'for', 'after', 'before',
  'when', 'while', 'if', 'as', 'there', 'then', 'meanwhile', 'also', 'still', 'what', 'why', 'how', 'both',
]);

const TERMINALS = new Set(['.', '?', '!', '…', '؟', '۔', '।']);
// Full-width marks end a sentence without a following space.
const CJK_TERMINALS = new Set(['。', '！', '？', '．']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '」', '』', '）', '】', '〉', '》']);
const OPENING_PUNCT = /^["'“‘(\[{«]+/;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;
const MAX_TOKEN = 32;

/**
 * Splits text into sentences in one linear pass. A `.`, `?`, `!` or `…` (and any closing quotes or
 * brackets after it) ends a sentence when whitespace follows and the next word does not start in
 * lower case; abbreviations, initials and decimals ("3.4", "arXiv:1503.02531") do not end one.
 * A blank line always ends a sentence; a single newline is treated as a space.
 *
 * @example
 * splitSentences('Dr. Smith left. He said "Partly." Then he sat.').map((s) => s.text)
 * // ['Dr. Smith left.', 'He said "Partly."', 'Then he sat.']
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    // Most characters cannot end a sentence; skip them without building strings.
    if (!mayEnd(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    const ch = text[i]!;
    if (ch === '\n' && isBlankLineAt(text, i)) {
      push(sentences, text, start, i);
      start = skipSpace(text, i);
      i = start;
      continue;
    }
    if (CJK_TERMINALS.has(ch) || TERMINALS.has(ch)) {
      const end = skipClosers(text, skipTerminals(text, i));
      if (endsSentence(text, i, end, CJK_TERMINALS.has(ch))) {
        push(sentences, text, start, end);
        start = skipSpace(text, end);
        i = start;
        continue;
      }
      i = end;
      continue;
    }
    i += 1;
  }
  push(sentences, text, start, text.length);
  return sentences;
}

/** `.`, `?`, `!`, newline, or a non-ASCII character that may be a terminal mark. */
function mayEnd(code: number): boolean {
  return code === 46 || code === 63 || code === 33 || code === 10 || code > 0x7f;
}

function endsSentence(text: string, mark: number, end: number, cjk: boolean): boolean {
  if (end >= text.length) return true;
  if (cjk) return true;
  if (!isSpace(text[end]!)) return false;
  const next = skipSpace(text, end);
  if (next >= text.length) return true;
  const nextChar = String.fromCodePoint(text.codePointAt(next)!);
  if (/\p{Ll}/u.test(nextChar)) return false;
  if (text[mark] !== '.' || text[mark + 1] === '.') return true;
  return !isAbbreviation(tokenBefore(text, mark), text, next);
}

function isAbbreviation(token: string, text: string, next: number): boolean {
  if (token === '') return false;
  const lower = token.toLowerCase();
  if (NEVER_FINAL.has(lower)) return true;
  if (BEFORE_NUMBER.has(lower)) return /\d/.test(text[next]!);
  // A single capital is an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(token)) return true;
  if (MAYBE_FINAL.has(lower) || INITIALISM.test(token)) return !OPENERS.has(wordAt(text, next).toLowerCase());
  return false;
}

/** The word ending just before `mark`, without leading quotes or brackets; '' when too long. */
function tokenBefore(text: string, mark: number): string {
  let i = mark;
  while (i > 0 && mark - i <= MAX_TOKEN && !isSpace(text[i - 1]!)) i -= 1;
  if (mark - i > MAX_TOKEN) return '';
  return text.slice(i, mark).replace(OPENING_PUNCT, '');
}

function wordAt(text: string, at: number): string {
  let i = at;
  while (i < text.length && i - at < MAX_TOKEN && /[\p{L}\p{N}]/u.test(text[i]!)) i += 1;
  return text.slice(at, i);
}

function skipTerminals(text: string, i: number): number {
  let j = i;
  while (j < text.length && (TERMINALS.has(text[j]!) || CJK_TERMINALS.has(text[j]!))) j += 1;
  return j;
}

function skipClosers(text: string, i: number): number {
  let j = i;
  while (j < text.length && CLOSERS.has(text[j]!)) j += 1;
  return j;
}

function skipSpace(text: string, i: number): number {
  let j = i;
  while (j < text.length && isSpace(text[j]!)) j += 1;
  return j;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\u00a0' || ch === '\u3000';
}

/** True when the newline at `i` is followed (after spaces or tabs) by another newline. */
function isBlankLineAt(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j += 1;
  return text[j] === '\n';
}

function push(sentences: Sentence[], text: string, start: number, end: number): void {
  let e = end;
  while (e > start && isSpace(text[e - 1]!)) e -= 1;
  if (e > start) sentences.push({ text: text.slice(start, e), start, end: e });
}
