import type { Block } from './document.js';
import { endsSentence, isHeadingLine, normalizeSpace, startsLowerCase } from './line-heuristics.js';
import type { ReadResult } from './read-result.js';

interface Unit {
  text: string;
  /** Came from a single line, so it may be a heading. */
  single: boolean;
}

/**
 * Reads plain text. Paragraphs are separated by blank lines, and a short first line directly above
 * a longer one may be a heading. A file without blank lines has one paragraph per line, where a
 * line that does not end a sentence is joined to a next line that starts in lower case (a hard wrap
 * like "a smaller\none,"). Short stand-alone lines followed by a longer paragraph become headings;
 * each heading replaces the last, as plain text has no levels.
 */
export function readText(text: string): ReadResult {
  const lines = text.split('\n').map((line) => line.trim());
  const units = hasBlankLineBetween(lines) ? byBlankLines(lines) : byLines(lines);
  const blocks: Block[] = [];
  let heading: string | undefined;
  units.forEach((unit, i) => {
    if (unit.single && isHeadingLine(unit.text, units[i + 1]?.text)) heading = unit.text;
    else blocks.push({ text: unit.text, headingPath: heading ? [heading] : [] });
  });
  return { blocks };
}

function hasBlankLineBetween(lines: string[]): boolean {
  const first = lines.findIndex((line) => line !== '');
  const last = lines.findLastIndex((line) => line !== '');
  return lines.slice(first, last).includes('');
}

function byBlankLines(lines: string[]): Unit[] {
  const units: Unit[] = [];
  let group: string[] = [];
  for (const line of [...lines, '']) {
    if (line !== '') group.push(line);
    else if (group.length > 0) {
      // A heading typed directly above its paragraph ("Background\nModel distillation ...").
      if (group.length > 1 && isHeadingLine(group[0]!, group[1]) && !startsLowerCase(group[1]!)) {
        units.push({ text: normalizeSpace(group.shift()!), single: true });
      }
      units.push({ text: normalizeSpace(group.join(' ')), single: group.length === 1 });
      group = [];
    }
  }
  return units;
}

function byLines(lines: string[]): Unit[] {
  const units: Unit[] = [];
  for (const line of lines) {
    if (line === '') continue;
    const last = units[units.length - 1];
    if (last && !endsSentence(last.text) && startsLowerCase(line)) {
      last.text = `${last.text} ${normalizeSpace(line)}`;
      last.single = false;
    } else units.push({ text: normalizeSpace(line), single: true });
  }
  return units;
}
