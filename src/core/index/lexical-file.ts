import { IndexCorruptError, IndexMismatchError } from '../errors.js';
import type { CharNgramOptions } from '../text/feature-hash.js';
import { unpackBundle } from './binary-bundle.js';

/**
 * The lexical index's file: a binary bundle whose header names the format and version, the
 * settings the index was built with, and its terms and passage ids.
 */
export const LEXICAL_FORMAT = 'policybot-lexical';
/** Bump when the layout changes; older files are then refused and the index rebuilt. */
export const LEXICAL_FORMAT_VERSION = 1;

/** The JSON header of a saved lexical index. */
export interface SavedHeader {
  format: string;
  version: number;
  analyzerId: string;
  k1: number;
  b: number;
  ngram: CharNgramOptions;
  ngramBits: number;
  normDocuments: number;
  terms: string[];
  ids: string[];
}

/** Catches truncation and bit rot that would otherwise surface later as wrong results. */
export function checkConsistent(saved: SavedHeader, arrays: Record<string, unknown>): void {
  const n = saved.ids?.length ?? -1;
  const [docLength, offsets, forward, buckets, counts, stemNorms, gramNorms] = ['docLength', 'forwardOffsets', 'forward', 'gramBuckets', 'gramCounts', 'stemNorms', 'gramNorms'].map(
    (name) => arrays[name] as ArrayLike<number> | undefined,
  );
  const problem =
    !Array.isArray(saved.terms) || n < 0 ? 'header lacks terms or ids'
    : docLength?.length !== n || stemNorms?.length !== n || gramNorms?.length !== n ? 'per-passage arrays disagree with the id list'
    : offsets?.length !== n + 1 || offsets[n] !== forward?.length ? 'forward lists are truncated'
    : buckets?.length !== counts?.length ? 'n-gram table is truncated'
    : maxTermId(forward!) >= saved.terms.length ? 'a forward list names an unknown term'
    : undefined;
  if (problem) throw new IndexCorruptError('lexical index', problem);
}

function maxTermId(forward: ArrayLike<number>): number {
  let max = -1;
  for (let i = 0; i < forward.length; i += 2) if (forward[i]! > max) max = forward[i]!;
  return max;
}

/** Unpacks a saved lexical index, refusing other files and other format versions. */
export function decodeLexicalFile(bytes: Uint8Array): ReturnType<typeof unpackBundle> {
  let bundle: ReturnType<typeof unpackBundle>;
  try {
    bundle = unpackBundle(bytes);
  } catch (cause) {
    throw new IndexCorruptError('lexical index', cause instanceof Error ? cause.message : String(cause), { cause });
  }
  const { format, version } = bundle.header;
  if (format !== LEXICAL_FORMAT) throw new IndexCorruptError('lexical index', 'not a lexical index file');
  if (version !== LEXICAL_FORMAT_VERSION) throw new IndexMismatchError(`lexical format ${LEXICAL_FORMAT_VERSION}`, `lexical format ${String(version)}`);
  return bundle;
}
