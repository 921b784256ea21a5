import { DISCORD_LIMITS, isLowSurrogate } from './limits.js';

/**
 * Splits text into chunks of at most `max` characters for Discord's 2,000-character content
 * limit. It cuts at the last sentence or line end that fits, then at a space, and never inside a
 * citation marker (`[3]`, `[1][2]`), inline code or a code block. Only a code block longer than
 * a whole message is cut, and then it is closed and reopened so both halves still render as code.
 */
export function splitMessage(text: string, max: number = DISCORD_LIMITS.content): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = findCut(rest, max);
    if (cut.kind === 'clean') {
      chunks.push(rest.slice(0, cut.at).trimEnd());
      rest = rest.slice(cut.at).trimStart();
    } else {
      chunks.push(`${rest.slice(0, cut.at).trimEnd()}\n${FENCE}`);
      rest = `${FENCE}${cut.language}\n${rest.slice(cut.at).replace(/^\n/, '')}`;
    }
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

const FENCE = '```';
const MARKER = String.raw`\[\d+(?:\s*[,–-]\s*\d+)*\]`;
/** Runs of markers stay together, so `[1][2]` is never torn from its sentence either. */
const PROTECTED = new RegExp(String.raw`${FENCE}[\s\S]*?(?:${FENCE}|$)|\`[^\`\n]+\`|${MARKER}(?:\s*${MARKER})*`, 'g');
/** A sentence ends after . ! ? (plus closing quotes and its citation markers) before whitespace. */
const SENTENCE_END = new RegExp(String.raw`[.!?]["'”’)]*(?:\s*${MARKER})*(?=\s)|\n`, 'g');

type Cut = { kind: 'clean'; at: number } | { kind: 'code'; at: number; language: string };

function findCut(text: string, max: number): Cut {
  const ranges = [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length] as const);
  const free = (at: number) => at > 0 && at <= max && !ranges.some(([start, end]) => at > start && at < end);
  const sentence = lastMatchEnd(text, SENTENCE_END, free);
  if (sentence !== undefined) return { kind: 'clean', at: sentence };
  // A cut at the start of a space, so the space itself goes with the trimmed rest.
  const space = lastMatchEnd(text, /\s/g, (afterSpace) => free(afterSpace - 1));
  if (space !== undefined) return { kind: 'clean', at: space - 1 };
  const block = ranges.find(([start, end]) => start < max && end > max && text.startsWith(FENCE, start));
  if (block) return cutInsideCode(text, block[0], max);
  // No boundary at all (one enormous word): a hard cut outside any marker is all that is left.
  let at = max;
  while (at > 1 && (!free(at) || isLowSurrogate(text.charCodeAt(at)))) at--;
  return { kind: 'clean', at };
}

/** Cuts a code block longer than a message at its last line break that leaves room for a fence. */
function cutInsideCode(text: string, start: number, max: number): Cut {
  const firstLine = text.indexOf('\n', start);
  const language = text.slice(start + FENCE.length, firstLine === -1 ? undefined : firstLine).trim();
  const room = max - FENCE.length - 1;
  const lineBreak = text.lastIndexOf('\n', room);
  // Only a line break with code before it makes progress; otherwise cut the long line itself.
  const usable = lineBreak > firstLine && text.slice(firstLine, lineBreak).trim() !== '';
  const at = usable ? lineBreak : room;
  return { kind: 'code', at, language };
}

function lastMatchEnd(text: string, pattern: RegExp, accept: (at: number) => boolean): number | undefined {
  let best: number | undefined;
  for (const m of text.matchAll(pattern)) {
    const at = m.index + m[0].length;
    if (accept(at)) best = at;
  }
  return best;
}
