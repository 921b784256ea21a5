import { type Analyzer, wholeWordsIn } from '../text/index.js';
import type { SearchableSnapshot } from './search-snapshot.js';

/** Passages read at most: a name is capitalised in every one, so a sample decides. */
const MAX_READ = 200;

/**
 * True when the passages write the word with a capital wherever they say it, and at least once
 * inside a sentence: "deepseek" is DeepSeek's name; "distillation" is a word (lowercase too), and
 * so are "during" and "judge", which only open sentences and headings ("Judge Yvonne Gonzalez
 * Rogers presided…"). Lets a question typed in lowercase name what the documents name.
 */
export function writesAsName(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, analyze: Analyzer, word: string): boolean {
  let inside = 0;
  for (const { form, at, text } of usesOf(snapshot, analyze, word)) {
    if (!/\p{Lu}/u.test(form)) return false;
    if (!opensASentence(text, at)) inside++;
  }
  return inside > 0;
}

/**
 * True when the passages write the word with a capital before a number, inside a sentence:
 * "Part 2" of a report is one part of several, so a question typed in lowercase ("what did part
 * 3 say…") names another part, as "Part 3" would. "the copyright part turns on…" does not stop it.
 */
export function numbersAsName(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, analyze: Analyzer, word: string): boolean {
  for (const { form, at, text } of usesOf(snapshot, analyze, word)) {
    NUMBER_AFTER.lastIndex = at + form.length;
    if (/^\p{Lu}/u.test(form) && NUMBER_AFTER.test(text) && !opensASentence(text, at)) return true;
  }
  return false;
}

const NUMBER_AFTER = /[ -]\d/y;

/** Where the passages say one word (of one term), in up to `MAX_READ` passages: as written, and where. */
function* usesOf(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, analyze: Analyzer, word: string): Generator<{ form: string; at: number; text: string }> {
  const terms = analyze(word);
  if (terms.length !== 1 || !/^[\p{L}\p{N}-]+$/u.test(word)) return;
  for (const id of snapshot.lexical.withAllTerms(terms, MAX_READ)) {
    const text = snapshot.passages.get(id)?.pageContent ?? '';
    for (const { form, at } of wholeWordsIn(text, word)) yield { form, at, text };
  }
}

const NEXT_WORD = /\s+(\p{L}+)(?![\p{L}\p{N}])/uy;

/** The word of letters after the whitespace at `from`, if one follows, and where it ends. */
function wordAfter(text: string, from: number): { word: string; end: number } | undefined {
  NEXT_WORD.lastIndex = from;
  const word = NEXT_WORD.exec(text)?.[1];
  return word === undefined ? undefined : { word, end: NEXT_WORD.lastIndex };
}

/** True at the start of the text, a line, a sentence or a quotation ("Musk said \"Partly\""). */
function opensASentence(text: string, at: number): boolean {
  return at === 0 || /(?:[.!?:\n#]\s*|\s[-–—]\s*|["“‘(\[]\s*)$/u.test(text.slice(Math.max(0, at - 8), at));
}

/**
 * The surname the passages always write after a first name ("elon" → "Musk"), lowercase; undefined
 * when they ever write the word without it, or follow it with something else ("Stanford team",
 * "Moonshot AI": a surname is one capital and lowercase letters). Chat calls people by first name.
 */
export function surnameAfter(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, analyze: Analyzer, word: string): string | undefined {
  const terms = analyze(word);
  if (terms.length !== 1 || !/^\p{L}+$/u.test(word)) return undefined;
  let surname: string | undefined;
  for (const id of snapshot.lexical.withAllTerms(terms, MAX_READ)) {
    const text = snapshot.passages.get(id)?.pageContent ?? '';
    // "Walla Walla": the second "Walla" is the first one's surname, not a first name of its own.
    let read = 0;
    for (const { form, at } of wholeWordsIn(text, word)) {
      if (at < read) continue;
      const after = wordAfter(text, at + form.length);
      const next = after?.word;
      read = after?.end ?? at + form.length;
      const isSurname = next !== undefined && /^\p{Lu}\p{Ll}+$/u.test(next);
      if (!/^\p{Lu}/u.test(form) || !isSurname || (surname !== undefined && next !== surname)) return undefined;
      surname = next;
    }
  }
  return surname?.toLowerCase();
}
