import { escapeRegExp } from './escape-regexp.js';

const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Where the text says the word as a whole word, in any case: "Musk" in "Musk's", not in
 * "Muskrat". The boundaries are checked by hand because a pattern opening on a lookbehind
 * (`(?<![\p{L}\p{N}])musk`) is tried at every position of the text, which made the name lookups
 * about twenty times as slow.
 */
export function* wholeWordsIn(text: string, word: string): Generator<{ at: number; form: string }> {
  if (word === '') return;
  const pattern = new RegExp(escapeRegExp(word), 'giu');
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const { 0: form, index: at } = match;
    // Two code units each side: a letter outside the BMP is a surrogate pair.
    const whole = !LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at)) && !LETTER_OR_DIGIT_AT_START.test(text.slice(at + form.length, at + form.length + 2));
    if (whole) yield { at, form };
    // A match that is not whole may hide one that is, starting inside it ("x-x" in "ax-x-x"). One
    // code point on: half a surrogate pair would send the "u" pattern back to `at`, for ever.
    else pattern.lastIndex = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  }
}
