import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UnreadableFileError } from '../errors.js';
import { decodeText } from './decode-text.js';
import type { LoadedDocument, SupportedExtension } from './document.js';
import { extensionOf, unsupported } from './file-types.js';
import { hashContent, readOptional, sidecarPath, type KnowledgeFile } from './knowledge-file.js';
import { humanizeFileName, normalizeMeta } from './normalize-meta.js';
import { parseSidecar } from './parse-yaml.js';
import { readDocx } from './read-docx.js';
import { readHtml } from './read-html.js';
import { readMarkdown } from './read-markdown.js';
import { readPdf } from './read-pdf.js';
import type { ReadContext, ReadResult } from './read-result.js';
import { readText } from './read-text.js';

export interface LoadOptions {
  /** Files larger than this are refused before they are read. */
  maxFileBytes: number;
}

type Reader = (bytes: Uint8Array, context: ReadContext) => ReadResult | Promise<ReadResult>;

const READERS: Record<SupportedExtension, Reader> = {
  '.md': (bytes, context) => readMarkdown(decodeText(bytes, context), context),
  '.txt': (bytes, context) => readText(decodeText(bytes, context)),
  '.html': (bytes, context) => readHtml(decodeText(bytes, context), context),
  '.pdf': readPdf,
  '.docx': readDocx,
};

/**
 * Reads one knowledge file into blocks and metadata. Metadata comes from Markdown front matter and
 * then an optional sidecar `<file>.meta.yaml`, whose keys win; the title falls back to one found in
 * the content, then to the humanised file name.
 *
 * @throws UnreadableFileError with a `reason` (binary, invalid_encoding, encrypted, corrupt, empty,
 *   too_large, io_error, unsupported_type) and a detail a person can act on. Parser failures of any
 *   kind are wrapped, never rethrown raw.
 * @example
 * const doc = await loadDocument(file, { maxFileBytes: 20 * 1024 * 1024 });
 * const passages = splitDocument(doc);
 */
export async function loadDocument(file: KnowledgeFile, options: LoadOptions): Promise<LoadedDocument> {
  const context: ReadContext = { source: file.source };
  const reader = READERS[extensionOf(file.source) as SupportedExtension] as Reader | undefined;
  if (!reader) throw unsupported(file.source);
  const { bytes, sidecar } = await readBytes(file, options, context);
  let result: ReadResult;
  try {
    result = await reader(bytes, context);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError(file.source, 'corrupt', `could not be parsed (${message.slice(0, 200)})`, { cause: error });
  }
  if (result.blocks.length === 0) throw new UnreadableFileError(file.source, 'empty', 'has no text to index');
  const fromFile = normalizeMeta(result.meta ?? {});
  const fromSidecar = sidecar ? normalizeMeta(parseSidecar(sidecar.toString('utf8').replace(/^\uFEFF/, ''), context, basename(sidecarPath(file.path)))) : {};
  const meta = { ...fromFile, ...fromSidecar };
  return {
    meta: {
      source: file.source,
      title: meta.title ?? result.title ?? humanizeFileName(file.source),
      ...(meta.date ? { date: meta.date } : {}),
      urls: meta.urls ?? [],
      ...(meta.kind ? { kind: meta.kind } : {}),
    },
    blocks: result.blocks,
    contentHash: hashContent(bytes, sidecar),
  };
}

async function readBytes(file: KnowledgeFile, options: LoadOptions, context: ReadContext) {
  try {
    const { size } = await stat(file.path);
    if (size > options.maxFileBytes) {
      throw new UnreadableFileError(
        context.source,
        'too_large',
        `is ${formatBytes(size)}, over the ${formatBytes(options.maxFileBytes)} limit; split it into smaller files or raise the limit`,
      );
    }
    if (size === 0) throw new UnreadableFileError(context.source, 'empty', 'is empty (0 bytes); add some text or remove it');
    return { bytes: await readFile(file.path), sidecar: await readOptional(sidecarPath(file.path)) };
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UnreadableFileError(context.source, 'io_error', `could not be read (${code}); check that it exists and is readable`, {
      cause: error,
    });
  }
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
