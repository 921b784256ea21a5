const LETTER_OR_DIGIT_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AT_START = /^[\p{L}\p{N}]/u;

/**
 * Where the text says the word (of letters, digits and hyphens) as a whole word, in any case:
 * "Musk" in "Musk's", not in "Muskrat". The boundaries are checked by hand because a pattern
 * opening on a lookbehind (`(?<![\p{L}\p{N}])musk`) is tried at every position of the text,
 * which made the name lookups about twenty times as slow.
 */
export function* wholeWordsIn(text: string, word: string): Generator<{ at: number; form: string }> {
  for (const { 0: form, index: at } of text.matchAll(new RegExp(word, 'giu'))) {
    // Two code units each side: a letter outside the BMP is a surrogate pair.
    if (LETTER_OR_DIGIT_AT_END.test(text.slice(Math.max(0, at - 2), at))) continue;
    if (LETTER_OR_DIGIT_AT_START.test(text.slice(at + form.length, at + form.length + 2))) continue;
    yield { at, form };
  }
}
