/** A block-level element of a Markdown document, with its inline syntax still in place. */
export type MarkdownBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph' | 'item' | 'row' | 'code'; text: string };

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?=\s|$)/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const TABLE_RULE = /^\|?(?:\s*:?-+:?\s*\|)+\s*(?::?-+:?\s*)?$/;
const QUOTE = /^ {0,3}(?:>\s?)+/;

/**
 * Scans Markdown line by line into headings, paragraphs (hard-wrapped lines joined with a space),
 * list items (bullet removed, one block each), table rows and fenced code (kept verbatim).
 * Blockquote markers are dropped and the quoted text read as ordinary blocks.
 */
export function scanMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let item: string[] | undefined;
  let fence: { marker: string; lines: string[] } | undefined;
  const flush = () => {
    if (item) blocks.push({ kind: 'item', text: item.join(' ') });
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    item = undefined;
    paragraph = [];
  };
  for (const rawLine of markdown.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (fence) {
      if (line.trim().startsWith(fence.marker) && line.trim().replace(/[`~]/g, '') === '') {
        blocks.push({ kind: 'code', text: fence.lines.join('\n') });
        fence = undefined;
      } else fence.lines.push(line);
      continue;
    }
    const opened = FENCE.exec(line);
    if (opened) {
      flush();
      fence = { marker: opened[1]!, lines: [] };
      continue;
    }
    const content = line.replace(QUOTE, '');
    const trimmed = content.trim();
    const heading = ATX.exec(content);
    // A setext underline ("---" under one line of text) wins over a thematic break.
    if (SETEXT.test(content) && paragraph.length === 1 && !item) {
      blocks.push({ kind: 'heading', level: trimmed[0] === '=' ? 1 : 2, text: paragraph[0]! });
      paragraph = [];
    } else if (trimmed === '' || THEMATIC.test(content)) flush();
    else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: headingText(trimmed.slice(heading[1]!.length)) });
    } else if (ITEM.test(content)) {
      flush();
      item = [lineText(content.replace(ITEM, ''))];
    } else if (trimmed.startsWith('|')) {
      flush();
      if (!TABLE_RULE.test(trimmed)) blocks.push({ kind: 'row', text: tableRow(trimmed) });
    } else if (item && paragraph.length === 0) item.push(lineText(trimmed));
    else paragraph.push(lineText(trimmed));
  }
  // An unclosed fence runs to the end of the document, as in CommonMark.
  if (fence) blocks.push({ kind: 'code', text: fence.lines.join('\n') });
  flush();
  return blocks;
}

/** Drops the optional closing `#`s of an ATX heading. */
function headingText(rest: string): string {
  const text = rest.trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0) return '';
  return end < text.length && /\s/.test(text[end - 1]!) ? text.slice(0, end).trim() : text;
}

/** A hard line break (trailing backslash) reads as a space once lines are joined. */
function lineText(line: string): string {
  const trimmed = line.trim();
  return trimmed.endsWith('\\') && !trimmed.endsWith('\\\\') ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

function tableRow(row: string): string {
  return row
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .join(' | ');
}
