export interface StripInlineOptions {
  /** Remove inline HTML tags. Off for text that came from HTML, where a literal "<b>" was text. */
  stripTags: boolean;
}

const ESCAPABLE = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
const MAX_TAG = 200;
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', copy: '©',
};

/**
 * Turns one paragraph of inline Markdown into the plain text a passage quotes: emphasis markers,
 * code backticks and escapes are removed, links become their text, images are dropped.
 *
 * A single left-to-right scan; each closing-bracket search resumes where the last one ended, so
 * unbalanced brackets in a huge line cost linear, not quadratic, time.
 */
export function stripInlineMarkdown(input: string, options: StripInlineOptions): string {
  const finder = createFinder(input);
  const out: string[] = [];
  let plainFrom = 0;
  let i = 0;
  const emit = (to: number, text = '') => {
    out.push(input.slice(plainFrom, i), text);
    i = to;
    plainFrom = to;
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '\\' && ESCAPABLE.test(input[i + 1] ?? '')) emit(i + 2, input[i + 1]);
    else if (ch === '`') {
      const run = runLength(input, i, '`');
      const close = finder('`'.repeat(run), i + run);
      if (close < 0) i += run;
      else emit(close + run, input.slice(i + run, close).trim());
    } else if (ch === '!' && input[i + 1] === '[') {
      const end = linkEnd(input, i + 1, finder);
      if (end) emit(end.to);
      else i += 1;
    } else if (ch === '[') {
      const end = linkEnd(input, i, finder);
      if (end) emit(end.to, stripInlineMarkdown(input.slice(i + 1, end.textEnd), options));
      else i += 1;
    } else if (ch === '<') {
      const close = finder('>', i + 1);
      const inner = close > i && close - i < MAX_TAG ? input.slice(i + 1, close) : undefined;
      if (inner !== undefined && /^(?:https?:|mailto:)\S+$/i.test(inner)) emit(close + 1, inner);
      else if (inner !== undefined && options.stripTags && /^(?:\/?[A-Za-z][\w-]*(?:\s[^<]*)?\/?|!--[^]*--)$/.test(inner)) emit(close + 1);
      else i += 1;
    } else if (ch === '*' || ch === '_' || ch === '~') {
      const run = runLength(input, i, ch);
      if (isDelimiter(input, i, run, ch)) emit(i + run);
      else i += run;
    } else if (ch === '&') {
      const match = /^&(#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,6});/i.exec(input.slice(i, i + 12));
      const decoded = match ? decodeEntity(match[1]!) : undefined;
      if (match && decoded !== undefined) emit(i + match[0].length, decoded);
      else i += 1;
    } else i += 1;
  }
  out.push(input.slice(plainFrom));
  return out.join('');
}

/** Where a `[text](url)` or `[text][ref]` starting at `open` ends, if it is one. */
function linkEnd(input: string, open: number, find: Finder): { textEnd: number; to: number } | undefined {
  const textEnd = find(']', open + 1);
  if (textEnd < 0) return undefined;
  const after = input[textEnd + 1];
  const closer = after === '(' ? ')' : after === '[' ? ']' : undefined;
  if (!closer) return undefined;
  const close = find(closer, textEnd + 2);
  return close < 0 ? undefined : { textEnd, to: close + 1 };
}

/** Emphasis (`*`, `_`) and strikethrough (`~~`) runs that open or close a span, not literal ones. */
function isDelimiter(input: string, at: number, run: number, ch: string): boolean {
  if (ch === '~' && run < 2) return false;
  const before = input[at - 1] ?? ' ';
  const after = input[at + run] ?? ' ';
  const spaceBefore = /\s/.test(before);
  const spaceAfter = /\s/.test(after);
  if (spaceBefore && spaceAfter) return false;
  // snake_case and 2_000 keep their underscores.
  if (ch === '_' && WORD.test(before) && WORD.test(after)) return false;
  return true;
}

function runLength(input: string, at: number, ch: string): number {
  let j = at;
  while (input[j] === ch) j += 1;
  return j - at;
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

type Finder = (needle: string, from: number) => number;

/**
 * indexOf with memory: a search that found nothing, or found a match still ahead, is not repeated,
 * so repeated searches over one string stay linear overall.
 */
function createFinder(input: string): Finder {
  const last = new Map<string, number>();
  return function find(needle, from) {
    const known = last.get(needle);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = input.indexOf(needle, from);
    last.set(needle, found);
    return found;
  };
}
