import { readFileSync } from 'node:fs';
import matter from 'gray-matter';

/** A knowledge file split the way the golden checks read it. */
export interface KnowledgeText {
  /** Front matter (Markdown) or `{}` (plain text). */
  data: Record<string, unknown>;
  /** Prose paragraphs: no headings, no list items. */
  paragraphs: string[];
  headings: string[];
  listItems: string[];
  /** Everything after the front matter. */
  body: string;
}

/**
 * Reads a knowledge file. Markdown paragraphs are separated by blank lines. Plain-text files
 * are split at every line break, which is stricter than any loader can be: the commissioned
 * `.txt` wraps one paragraph across two lines, so a passage that fits inside one line fits
 * inside one paragraph whichever way a loader joins lines.
 */
export function readKnowledgeText(path: string): KnowledgeText {
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.md')) {
    const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    return { data: {}, paragraphs: lines, headings: [], listItems: [], body: raw };
  }
  const parsed = matter(raw);
  const blocks = parsed.content.split(/\n[ \t]*\n/).map((b) => b.trim()).filter((b) => b !== '');
  return {
    data: parsed.data as Record<string, unknown>,
    paragraphs: blocks.filter((b) => !b.startsWith('#') && !b.startsWith('- ')),
    headings: blocks.filter((b) => b.startsWith('#')),
    listItems: blocks.filter((b) => b.startsWith('- ')).flatMap((b) => b.split('\n')),
    body: parsed.content,
  };
}

// Abbreviations whose full stop does not end a sentence in our briefs.
const ABBREVIATIONS = ['U.S.', 'D.C.', 'N.D.', 'v.', 'al.'];

/** Splits prose into sentences, good enough for our own briefs (not a general splitter). */
export function splitSentences(paragraph: string): string[] {
  let text = paragraph;
  ABBREVIATIONS.forEach((abbr, i) => {
    // Only whole words: "trial." must still end a sentence although it ends in "al.".
    const whole = new RegExp(`(?<![A-Za-z])${abbr.replace(/\./g, '\\.')}`, 'g');
    text = text.replace(whole, `\u0000${i}\u0000`);
  });
  return text
    .split(/(?<=[.!?]["”]?)\s+(?=["“A-Z0-9])/)
    .map((s) => s.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => ABBREVIATIONS[Number(i)] ?? ''));
}

/** Counts occurrences of `needle` in `haystack`. */
export function countOccurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
