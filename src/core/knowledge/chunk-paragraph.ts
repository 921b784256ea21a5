import type { Sentence } from '../text/split-sentences.js';

/**
 * Cuts a paragraph longer than `maxChars` into chunks of whole sentences, each at most `maxChars`
 * (UTF-16 code units) and each an exact slice of the paragraph. Only a sentence longer than
 * `maxChars` is cut inside, at the last whitespace that fits, or mid-word when a word is longer.
 */
export function chunkParagraph(text: string, maxChars: number, splitSentences: (text: string) => Sentence[]): string[] {
  if (text.length <= maxChars) return [text];
  const chunks: string[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) chunks.push(text.slice(start, end));
    start = -1;
  };
  for (const sentence of splitSentences(text)) {
    if (sentence.end - sentence.start > maxChars) {
      flush();
      chunks.push(...cutAtWhitespace(text.slice(sentence.start, sentence.end), maxChars));
    } else if (start >= 0 && sentence.end - start <= maxChars) end = sentence.end;
    else {
      flush();
      start = sentence.start;
      end = sentence.end;
    }
  }
  flush();
  return chunks;
}

/** Linear: each step scans back at most `maxChars` and then moves past what it scanned. */
function cutAtWhitespace(text: string, maxChars: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > maxChars) {
    let cut = start + maxChars;
    while (cut > start && !isSpace(text[cut]!)) cut -= 1;
    if (cut > start) {
      pieces.push(text.slice(start, cut).trimEnd());
      start = cut;
      while (start < text.length && isSpace(text[start]!)) start += 1;
      continue;
    }
    cut = start + maxChars;
    // Never cut a surrogate pair in half.
    if (/[\uD800-\uDBFF]/.test(text[cut - 1]!)) cut -= 1;
    pieces.push(text.slice(start, cut));
    start = cut;
  }
  if (start < text.length) pieces.push(text.slice(start));
  return pieces.filter((piece) => piece !== '');
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r';
}
