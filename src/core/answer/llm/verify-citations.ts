import { splitSentences } from '../../text/split-sentences.js';
import { citedNumbers, normalizeMarkers, withoutMarkers } from './citation-markers.js';
import { DECLINE_SENTENCE, isDeclineStatement } from './decline-statement.js';
import { withDefaults } from '../../support/with-defaults.js';

export interface VerifyCitationsOptions {
  /** What happens to a sentence with no valid marker: left out, or kept with `flagText`. */
  uncitedSentences: 'drop' | 'flag';
  /** Appended to a flagged sentence. */
  flagText: string;
}

export const defaultVerifyCitationsOptions = {
  uncitedSentences: 'drop',
  flagText: '(uncited)',
} satisfies Required<VerifyCitationsOptions>;

export interface VerifiedCitations {
  /** The text that remains, with canonical `[n]` markers only. */
  text: string;
  /** Passage numbers (1-based, as given to the model) cited in `text`, in order of first use. */
  cited: number[];
  /** Markers removed because they pointed at no given passage or were malformed, as written. */
  removedMarkers: string[];
  /** Sentences left out because they had no valid marker. */
  dropped: string[];
  /** Sentences kept with `flagText` because they had no valid marker. */
  flagged: string[];
  /** True when no valid citation remains or the model said the passages do not answer. */
  declined: boolean;
  declineReason?: 'model_declined' | 'no_valid_citation';
}

// A list item keeps its bullet or number; its own "1." must not be read as a sentence.
const LIST_PREFIX = /^\s*(?:[-*•+]|\d{1,2}[.)])\s+/;
// A "sentence" that is only markers and punctuation belongs to the sentence before it.
const MARKERS_ONLY = /^[\s.,;:!?]*(?:\[[1-9]\d{0,2}\][\s.,;:!?]*)+$/;

/**
 * Checks a generated answer against the passages it was given. Markers outside 1..passageCount
 * (and malformed ones such as `[0]` or `[12a]`) are removed; then every sentence must carry a
 * valid marker, or it is dropped or flagged. A plain statement that the passages do not answer
 * is kept unflagged, and an answer that is only that (or that has no valid citation left) is
 * declined.
 *
 * @example
 * verifyCitations('Distillation is allowed [1]. It is free [7]. Also cheap.', 3).text
 * // 'Distillation is allowed [1].'
 */
export function verifyCitations(text: string, passageCount: number, options: Partial<VerifyCitationsOptions> = {}): VerifiedCitations {
  const { uncitedSentences, flagText } = withDefaults(defaultVerifyCitationsOptions, options);
  const normalized = normalizeMarkers(text, passageCount);
  const result = { dropped: [] as string[], flagged: [] as string[], substantive: 0, modelDeclined: false };
  const lines = normalized.text.split('\n').map((line) => {
    const prefix = LIST_PREFIX.exec(line)?.[0] ?? '';
    const kept: string[] = [];
    for (const sentence of lineSentences(line.slice(prefix.length))) {
      if (citedNumbers(sentence).length > 0) {
        // A decline that cites a passage anyway is still a decline.
        if (withoutMarkers(sentence) === DECLINE_SENTENCE) result.modelDeclined = true;
        else result.substantive += 1;
        kept.push(sentence);
      } else if (isDeclineStatement(sentence)) {
        result.modelDeclined = true;
        kept.push(sentence);
      } else if (uncitedSentences === 'drop') {
        result.dropped.push(sentence);
      } else {
        result.flagged.push(sentence);
        kept.push(`${sentence} ${flagText}`);
      }
    }
    return kept.length > 0 ? `${prefix.trimStart()}${kept.join(' ')}` : line.trim() === '' ? '' : undefined;
  });
  const finalText = joinLines(lines);
  const declined = result.substantive === 0;
  return {
    text: finalText,
    cited: declined ? [] : citedNumbers(finalText),
    removedMarkers: normalized.removed,
    dropped: result.dropped,
    flagged: result.flagged,
    declined,
    declineReason: declined ? (result.modelDeclined ? 'model_declined' : 'no_valid_citation') : undefined,
  };
}

/** Markers that open a sentence belong to the one before it ("x. [1] Next…"). */
const LEADING_MARKERS = /^\s*(?:\[[^\]\n]{1,20}\]\s*)+/;

/**
 * Wraps a reader's `onPartial` for a reply that is still streaming: it is given only the reply's
 * complete sentences, checked as the whole reply will be, and only when that text changes. The
 * last sentence may still be waiting for its marker, so it is held back; an uncited sentence
 * never appears only to vanish when the answer is final.
 */
export function verifiedPartials(onPartial: (textSoFar: string) => void, passageCount: number, options: Partial<VerifyCitationsOptions> = {}): (textSoFar: string) => void {
  let shown = '';
  return (partial) => {
    const verified = verifyCitations(partial.slice(0, completeLength(partial)), passageCount, options);
    if (verified.declined || verified.text === shown) return;
    shown = verified.text;
    onPartial(shown);
  };
}

/**
 * How much of a streaming reply is complete: every line but the last (a bullet ends with its
 * line, full stop or not), and the last line's sentences but its last. Markers that open the
 * last sentence belong to the one before ("x. [1] Next…"), once text follows them: until then
 * another marker may still come ("x. [1][2]").
 */
function completeLength(partial: string): number {
  const lineStart = partial.lastIndexOf('\n') + 1;
  const sentences = splitSentences(partial.slice(lineStart));
  // A lone word still being typed may look like a sentence start ("…in the U.S. A" before "rmy"):
  // the split before it is not trusted yet.
  const trusted = sentences.length > 1 && !/\s/.test(sentences.at(-1)!.text) && !/\s$/.test(partial) ? sentences.slice(0, -1) : sentences;
  const last = trusted.at(-1);
  if (!last) return partial.length;
  const markers = LEADING_MARKERS.exec(last.text)?.[0] ?? '';
  // Markers are done once text other than another marker follows them ("[1][" may become "[1][2]").
  const markersDone = markers !== '' && /^\s*[^\s[]/.test(last.text.slice(markers.length));
  return lineStart + last.start + (markersDone ? markers.length : 0);
}

function lineSentences(line: string): string[] {
  const sentences: string[] = [];
  for (const { text } of splitSentences(line)) {
    if (MARKERS_ONLY.test(text) && sentences.length > 0) sentences[sentences.length - 1] += ` ${text.trim()}`;
    else if (!MARKERS_ONLY.test(text)) sentences.push(text);
  }
  return sentences;
}

/** Joins kept lines; a line whose sentences were all dropped disappears, blank runs collapse. */
function joinLines(lines: (string | undefined)[]): string {
  return lines
    .filter((line): line is string => line !== undefined)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
