import type { Block } from './document.js';

/** What a format reader found in one file, before metadata is merged. */
export interface ReadResult {
  blocks: Block[];
  /** A title found in the content (first heading, `<title>`, PDF info), used when no metadata names one. */
  title?: string;
  /** Raw metadata found in the file itself (Markdown front matter), normalised later. */
  meta?: Record<string, unknown>;
}

/** Identifies the file being read, so readers can raise errors that name it. */
export interface ReadContext {
  source: string;
}
