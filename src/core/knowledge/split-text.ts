import { createHash } from 'node:crypto';
import { Document } from '@langchain/core/documents';
import { splitSentences, type Sentence } from '../text/split-sentences.js';
import { chunkParagraph } from './chunk-paragraph.js';
import type { Block, LoadedDocument, Passage, PassageMetadata } from './document.js';
import { withDefaults } from '../support/with-defaults.js';

export interface SplitOptions {
  /** Longest passage, in UTF-16 code units. Longer paragraphs are split between sentences. */
  maxChars?: number;
  /** How paragraphs are cut into sentences when they are too long. */
  splitSentences?: (text: string) => Sentence[];
}

const DEFAULT_SPLIT_OPTIONS = { maxChars: 1000, splitSentences } satisfies Required<SplitOptions>;
const MIN_MAX_CHARS = 20;

/**
 * Turns a loaded document into passages: one per paragraph or list item (list items are not merged,
 * so each stays individually citable), and a paragraph over `maxChars` becomes several passages of
 * whole sentences, marked "(part n)". `paragraph` counts within a section (its heading path) or,
 * for PDFs, within a page; ids are `<source>#<ordinal>-<sha256(text) prefix>`, so splitting the
 * same file again gives the same ids.
 *
 * @throws RangeError when `maxChars` is not an integer of at least 20.
 * @example
 * const passages = splitDocument(await loadDocument(file, { maxFileBytes }), { maxChars: 800 });
 * passages[0].metadata.locator; // "Why It's Important? › ¶1"
 */
export function splitDocument(doc: LoadedDocument, options: SplitOptions = {}): Passage[] {
  const settings = withDefaults(DEFAULT_SPLIT_OPTIONS, options);
  if (!Number.isInteger(settings.maxChars) || settings.maxChars < MIN_MAX_CHARS) {
    throw new RangeError(`maxChars must be an integer of at least ${MIN_MAX_CHARS}, got ${settings.maxChars}`);
  }
  const passages: Passage[] = [];
  let section: string | undefined;
  let paragraph = 0;
  for (const block of doc.blocks) {
    if (block.text.trim() === '') continue;
    const key = block.page !== undefined ? `page ${block.page}` : block.headingPath.join('\n');
    paragraph = key === section ? paragraph + 1 : 1;
    section = key;
    const chunks = chunkParagraph(block.text, settings.maxChars, settings.splitSentences);
    chunks.forEach((text, part) => {
      const locator = locate(block, paragraph) + (chunks.length > 1 ? ` (part ${part + 1})` : '');
      passages.push(toPassage(doc, block, text, { ordinal: passages.length + 1, paragraph, locator }));
    });
  }
  return passages;
}

function locate(block: Block, paragraph: number): string {
  const where = block.page !== undefined ? [`p. ${block.page}`] : block.headingPath;
  return [...where, `¶${paragraph}`].join(' › ');
}

function toPassage(
  doc: LoadedDocument,
  block: Block,
  text: string,
  at: { ordinal: number; paragraph: number; locator: string },
): Passage {
  const id = `${doc.meta.source}#${at.ordinal}-${createHash('sha256').update(text).digest('hex').slice(0, 8)}`;
  const metadata: PassageMetadata = {
    id,
    source: doc.meta.source,
    title: doc.meta.title,
    ...(doc.meta.date ? { date: doc.meta.date } : {}),
    urls: [...doc.meta.urls],
    headingPath: [...block.headingPath],
    paragraph: at.paragraph,
    ...(block.page !== undefined ? { page: block.page } : {}),
    locator: at.locator,
  };
  return new Document<PassageMetadata>({ pageContent: text, metadata, id });
}
