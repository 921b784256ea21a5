/**
 * Splits text into chunks of at most `max` characters, cutting at the most natural boundary that
 * keeps chunks reasonably full: a paragraph, then a line, a sentence, a clause, a word. Only text
 * with no spaces at all is cut mid-word, and never inside an HTML entity (`&amp;`) or a
 * surrogate pair, since Slack counts and renders the escaped text.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 16) throw new RangeError(`splitText: max must be at least 16, got ${max}`);
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

// Separators in order of preference; the part before the space stays with the first chunk.
const SEPARATORS = ['\n\n', '\n', '. ', '? ', '! ', '; ', ', ', ' '];

function findCut(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const sep of SEPARATORS) {
    const at = window.lastIndexOf(sep);
    const end = at + sep.trimEnd().length;
    // A far-back paragraph break would leave a tiny chunk; prefer a later, weaker boundary.
    const floor = sep === ' ' ? 1 : Math.floor(max / 2);
    if (at >= 0 && end >= floor && end <= max) return end;
  }
  return safeHardCut(text, max);
}

function safeHardCut(text: string, max: number): number {
  let cut = max;
  const amp = text.lastIndexOf('&', cut - 1);
  if (amp >= 0 && cut - amp < 8 && !text.slice(amp, cut).includes(';')) cut = amp;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return cut > 0 ? cut : max;
}
