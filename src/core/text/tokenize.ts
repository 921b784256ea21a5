/**
 * Splits text into lowercase word tokens in any script.
 *
 * A token is a run of letters, combining marks and digits. An apostrophe between letters stays
 * inside the word ("don't" → "dont", "OpenAI's" → "openai") so contractions and possessives do
 * not leave stray one-letter tokens; a dot or comma between digits keeps numbers such as "3.5"
 * and "1,000" whole, and dots between single letters join them ("D.C." → "dc", as "DC"). Han and kana runs have no spaces between words, so they become overlapping
 * character bigrams, as Lucene's CJK analyzer does. Emoji and punctuation are dropped.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const normalized = text.normalize('NFKC').toLowerCase();
  for (const match of normalized.matchAll(WORD)) {
    // Most tokens are plain ASCII words; they need none of cleanWord's regular expressions.
    if (PLAIN_ASCII.test(match[0])) {
      if (match[0].length <= MAX_TOKEN_LENGTH) tokens.push(match[0]);
      continue;
    }
    // "D.C." is written "DC" as often: one token, whichever way it is written.
    const word = cleanWord(DOTTED_INITIALS.test(match[0]) ? match[0].replaceAll('.', '') : match[0]);
    if (word.length === 0) continue;
    if (CJK.test(word)) pushCjk(word, tokens);
    else if (word.length <= MAX_TOKEN_LENGTH) tokens.push(word);
  }
  return tokens;
}

/** Longer runs are identifiers, hashes or base64, not words anyone asks about. */
const MAX_TOKEN_LENGTH = 40;

const WORD = /(?<![\p{L}\p{M}\p{N}.])\p{L}(?:\.\p{L})+(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+(?:(?:['’][\p{L}\p{M}]+)|(?:(?<=\p{N})[.,](?=\p{N})[\p{N}]+))*/gu;
/** Single letters joined by dots: "D.C.", "U.S.", "e.g.". */
const DOTTED_INITIALS = /^\p{L}(?:\.\p{L})+$/u;
const PLAIN_ASCII = /^[a-z0-9]+$/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;

function cleanWord(word: string): string {
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  w = w.replace(/['’]/g, '').replace(/(?<=\p{N}),(?=\p{N})/gu, '');
  // Accents and Hebrew/Arabic vowel points are optional in writing, so "résumé" meets "resume".
  // Other marks (e.g. Devanagari vowel signs) spell the word and stay.
  return OPTIONAL_MARK_HOST.test(w) ? w.normalize('NFD').replace(OPTIONAL_MARK, '').normalize('NFC') : w;
}

const OPTIONAL_MARK_HOST = /[\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0591-\u05c7\u064b-\u065f\u0670\u1e00-\u1eff]/u;
const OPTIONAL_MARK = /[\u0300-\u036f\u0591-\u05c7\u064b-\u065f\u0670]/gu;

function pushCjk(word: string, tokens: string[]): void {
  for (const part of word.match(CJK_RUN) ?? []) {
    if (!CJK.test(part)) {
      if (part.length <= MAX_TOKEN_LENGTH) tokens.push(part);
      continue;
    }
    const chars = Array.from(part);
    if (chars.length === 1) tokens.push(part);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  }
}
