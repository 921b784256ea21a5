import { UnreadableFileError } from '../errors.js';
import type { ReadContext } from './read-result.js';

const SNIFF_BYTES = 8192;
// Text files carry few control characters besides tab, newline, CR, form feed and escape.
const MAX_CONTROL_SHARE = 0.1;
const SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a zip archive (perhaps a Word or Excel file)', [0x50, 0x4b, 0x03, 0x04]],
];

/**
 * Decodes the bytes of a text format (md, txt, html) as UTF-8, refusing binary files, other
 * encodings and files with no text. A UTF-8 byte-order mark is removed.
 */
export function decodeText(bytes: Uint8Array, context: ReadContext): string {
  const fail = (reason: 'binary' | 'invalid_encoding' | 'empty', detail: string, cause?: unknown) =>
    new UnreadableFileError(context.source, reason, detail, { cause });
  const ext = context.source.slice(context.source.lastIndexOf('.'));
  if (bytes.length === 0) throw fail('empty', 'is empty (0 bytes); add some text or remove it');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw fail('invalid_encoding', 'is saved as UTF-16; save it again as UTF-8');
  }
  const kind = sniffBinary(bytes);
  if (kind) throw fail('binary', `looks like ${kind} renamed ${ext}, not text; convert it to text or remove it`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    throw fail('invalid_encoding', 'is not valid UTF-8 (perhaps Latin-1 or Windows-1252); save it again as UTF-8', error);
  }
  if (text.trim() === '') throw fail('empty', 'contains only whitespace; add some text or remove it');
  return text;
}

/** Names what a binary file looks like, or returns undefined for text. */
function sniffBinary(bytes: Uint8Array): string | undefined {
  for (const [name, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return name;
  }
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return 'a binary file';
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) control += 1;
  }
  return control > head.length * MAX_CONTROL_SHARE ? 'a binary file' : undefined;
}
