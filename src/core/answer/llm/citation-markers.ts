/**
 * Canonicalises the citation markers a model wrote. Models cite in many shapes (`[2]`,
 * `[1, 3]`, `[1-2]`, `[Passage 2]`) and invent numbers; only `[n]` with n in 1..passageCount
 * survives, everything else that looks like a marker is removed.
 */

// A bracket whose content is one or more marker-like pieces. Four-digit numbers are left alone
// on purpose: "[2023] EWHC 1234" is a law-report citation inside an answer, not a marker.
const PIECE = String.raw`(?:(?:passage|source|doc)\s*)?\d{1,3}[a-z]?(?:\s*[-–]\s*\d{1,3})?`;
const MARKER_LIKE = new RegExp(String.raw`\[\s*${PIECE}(?:\s*(?:,|;|\band\b)\s*${PIECE})*\s*\]`, 'gi');
const SINGLE = /^(?:(?:passage|source|doc)\s*)?([1-9]\d{0,2})$/i;
const RANGE = /^(?:(?:passage|source|doc)\s*)?([1-9]\d{0,2})\s*[-–]\s*([1-9]\d{0,2})$/i;
const MAX_RANGE = 5;
const REMOVED = '\u0000';

export interface NormalizedMarkers {
  text: string;
  /** Markers (or parts of markers) that were removed, as written, e.g. `[7]`, `[12a]`. */
  removed: string[];
}

/**
 * Rewrites every marker-like bracket as canonical `[a][b]` markers that point at given
 * passages, and removes the rest together with the space before them ("x [7]." → "x.").
 * Markers a model puts after the full stop ("x. [1]") move before it ("x [1].") so they stay
 * with the sentence they support.
 */
export function normalizeMarkers(text: string, passageCount: number): NormalizedMarkers {
  const removed: string[] = [];
  const replaced = text.replace(MARKER_LIKE, (bracket) => {
    const pieces = bracket.slice(1, -1).split(/\s*(?:,|;|\band\b)\s*/i).map((p) => p.trim());
    const valid: number[] = [];
    for (const piece of pieces) {
      const numbers = parsePiece(piece, passageCount);
      if (numbers) valid.push(...numbers);
      else removed.push(pieces.length === 1 ? bracket : `[${piece}]`);
    }
    return valid.length > 0 ? [...new Set(valid)].map((n) => `[${n}]`).join('') : REMOVED;
  });
  // A removed marker takes the space before it, unless a kept marker follows ("x [0][1]").
  const cleaned = replaced.replace(/\u0000+(?=\[)/g, '').replace(/[ \t]*\u0000+/g, '');
  return { text: moveMarkersBeforeTerminal(cleaned), removed };
}

/** Marker numbers in canonical text, in order of first appearance. */
export function citedNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(/\[([1-9]\d{0,2})\]/g)].map((m) => Number(m[1])))];
}

/** The text without its canonical markers (for comparing a sentence with a fixed phrase). */
export function withoutMarkers(text: string): string {
  return text.replace(/\s*\[[1-9]\d{0,2}\]/g, '').trim();
}

function parsePiece(piece: string, passageCount: number): number[] | undefined {
  const single = SINGLE.exec(piece);
  if (single) {
    const n = Number(single[1]);
    return n <= passageCount ? [n] : undefined;
  }
  const range = RANGE.exec(piece);
  if (!range) return undefined;
  const [from, to] = [Number(range[1]), Number(range[2])];
  if (from >= to || to > passageCount || to - from > MAX_RANGE) return undefined;
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function moveMarkersBeforeTerminal(text: string): string {
  return text.replace(/([.!?]+)((?:[ \t]*\[[1-9]\d{0,2}\])+)/g, (_, terminal: string, markers: string) => {
    return ` ${markers.replace(/[ \t]+/g, '')}${terminal}`;
  });
}
