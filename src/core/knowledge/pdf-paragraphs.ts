import { endsSentence, isHeadingLine, normalizeSpace, startsLowerCase } from './line-heuristics.js';

/** A paragraph or heading recovered from the text of one PDF page. */
export interface PdfUnit {
  kind: 'heading' | 'paragraph';
  text: string;
}

// A line this much shorter than the page's longest line, ending a sentence, ends its paragraph.
const SHORT_LINE = 0.85;
const PAGE_NUMBER = /^(?:-+\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*-+)?$/i;
const BULLET = /^(?:[•▪◦‣∙·*-]|\d{1,3}[.)])\s/;

/**
 * Recovers paragraphs from PDF page text, which has one line per visual line and usually no blank
 * lines: a paragraph ends at a blank line, before a bullet, or after a line that ends a sentence
 * and stops well short of the page's longest line. Lines are joined with a space, and a word
 * hyphenated across lines is rejoined. Stand-alone page numbers are dropped.
 */
export function pdfParagraphs(pageText: string): PdfUnit[] {
  const lines = pageText
    .split('\n')
    .map(normalizeSpace)
    .filter((line) => !PAGE_NUMBER.test(line));
  const width = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const units: PdfUnit[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) units.push({ kind: 'paragraph', text: current.reduce(joinLines) });
    current = [];
  };
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (line === '') return flush();
    if (current.length === 0 && isHeadingLine(line, next) && !endsSentence(line)) {
      units.push({ kind: 'heading', text: line });
      return;
    }
    if (BULLET.test(line)) flush();
    current.push(line);
    if (endsSentence(line) && line.length < width * SHORT_LINE) flush();
  });
  flush();
  return units;
}

function joinLines(previous: string, line: string): string {
  return /\p{L}-$/u.test(previous) && startsLowerCase(line) ? previous.slice(0, -1) + line : `${previous} ${line}`;
}
