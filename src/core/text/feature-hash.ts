/**
 * 32-bit feature hashing for sparse text features (words, word pairs, character n-grams).
 * FNV-1a over UTF-16 code units, finished with murmur3's mixer so that the low bits used as
 * bucket numbers are well spread. Hashes are part of the on-disk format of the lexical index
 * and of the offline embedder's id: changing this function changes both.
 */
export function hashString(text: string, seed = 0): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return mix(h);
}

export interface CharNgramOptions {
  min: number;
  max: number;
}

/**
 * Hashes of the character n-grams of `word` padded with a space on each side, so prefixes and
 * suffixes ("␣reg", "ion␣") are features of their own. Appends to `out` and returns it; a word
 * shorter than `min` still yields its padded whole.
 */
export function hashCharNgrams(word: string, { min, max }: CharNgramOptions, out: number[] = []): number[] {
  const padded = ` ${word} `;
  if (padded.length < min) {
    out.push(hashString(padded, min));
    return out;
  }
  for (let start = 0; start + min <= padded.length; start++) {
    let h = FNV_OFFSET;
    for (let n = 1; n <= max && start + n <= padded.length; n++) {
      h ^= padded.charCodeAt(start + n - 1);
      h = Math.imul(h, FNV_PRIME);
      // Mixing in n keeps "abc" as a 3-gram apart from the 3-char prefix of a 4-gram.
      if (n >= min) out.push(mix(h ^ n));
    }
  }
  return out;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function mix(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
