import type { Document } from '@langchain/core/documents';

/** File kinds the knowledge base reads. */
export const SUPPORTED_EXTENSIONS = ['.md', '.txt', '.html', '.pdf', '.docx'] as const;
export type SupportedExtension = (typeof SUPPORTED_EXTENSIONS)[number];

/** What a document says about itself: from front matter, a sidecar file, or the file. */
export interface DocumentMeta {
  /** Path under the knowledge folder, with forward slashes: the document's identity. */
  source: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  /** Where the content comes from. */
  urls: string[];
  /**
   * What the document is, in the words the team uses for it ("commissioned article", "brief"):
   * a question about "the article" is then read against it.
   */
  kind?: string;
}

/**
 * One structural unit of a document as a loader found it: a paragraph (or list item) with the
 * headings above it. Splitting turns blocks into passages; loaders never split sentences.
 */
export interface Block {
  text: string;
  /** Headings from the outermost to the nearest, e.g. ["Hearing", "Cross-examination"]. */
  headingPath: string[];
  /** 1-based page, for paginated formats (PDF). */
  page?: number;
}

/** A document read from disk, before splitting. */
export interface LoadedDocument {
  meta: DocumentMeta;
  blocks: Block[];
  /** sha256 of the file bytes (and its sidecar): what incremental indexing compares. */
  contentHash: string;
}

/** Metadata carried by every passage (a LangChain `Document`). */
export interface PassageMetadata {
  /** Stable id: `<source>#<ordinal>-<hash of text>`; unchanged text keeps its id. */
  id: string;
  source: string;
  title: string;
  date?: string;
  urls: string[];
  headingPath: string[];
  /** 1-based paragraph number within its section (or page, for PDF). */
  paragraph: number;
  page?: number;
  /** Where a person finds the passage, e.g. "Why It's Important? › ¶1" or "p. 3 › ¶2". */
  locator: string;
}

export type Passage = Document<PassageMetadata>;
