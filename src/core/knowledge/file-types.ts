import { UnreadableFileError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from './document.js';

/** The lower-cased extension of a path, with its dot ('' when there is none). */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** True for the extensions the knowledge base reads. */
export function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(path));
}

/** The error for a file whose type the knowledge base does not read. */
export function unsupported(source: string): UnreadableFileError {
  const ext = extensionOf(source);
  const what = ext ? `${ext} files are` : 'files without an extension are';
  return new UnreadableFileError(
    source,
    'unsupported_type',
    `${what} not supported; use ${SUPPORTED_EXTENSIONS.join(', ')} (convert it, or remove it from the folder)`,
  );
}

