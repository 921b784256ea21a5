import type { Block } from './document.js';
import { normalizeSpace } from './line-heuristics.js';
import { scanMarkdownBlocks } from './markdown-blocks.js';
import { parseFrontMatter } from './parse-yaml.js';
import type { ReadContext, ReadResult } from './read-result.js';
import { stripInlineMarkdown, type StripInlineOptions } from './strip-inline-markdown.js';
import { withDefaults } from '../support/with-defaults.js';

export interface ReadMarkdownOptions extends StripInlineOptions {
  frontMatter: boolean;
}

const DEFAULT_OPTIONS = { frontMatter: true, stripTags: true } satisfies Required<ReadMarkdownOptions>;

/** What the Markdown reader returns; `firstHeading` is the DOCX title fallback. */
export interface MarkdownResult extends ReadResult {
  firstHeading?: string;
}

/**
 * Reads Markdown into blocks with heading paths. When the document has exactly one `#` heading it
 * is treated as the document's title and left out of heading paths, so locators read
 * "The hearing › Cross-examination › ¶2" rather than repeating the title the citation already shows.
 */
export function readMarkdown(text: string, context: ReadContext, options: Partial<ReadMarkdownOptions> = {}): MarkdownResult {
  const settings = withDefaults(DEFAULT_OPTIONS, options);
  const { data, content } = settings.frontMatter ? parseFrontMatter(text, context) : { data: {}, content: text };
  const raw = scanMarkdownBlocks(content);
  const titleIsRoot = raw.filter((b) => b.kind === 'heading' && b.level === 1).length === 1;
  const stack: { level: number; text: string }[] = [];
  const blocks: Block[] = [];
  let title: string | undefined;
  let firstHeading: string | undefined;
  for (const block of raw) {
    if (block.kind === 'heading') {
      const heading = clean(block.text, settings);
      if (heading === '') continue;
      firstHeading ??= heading;
      if (block.level === 1) title ??= heading;
      while (stack.length > 0 && stack[stack.length - 1]!.level >= block.level) stack.pop();
      if (!(titleIsRoot && block.level === 1)) stack.push({ level: block.level, text: heading });
      continue;
    }
    const textOut = block.kind === 'code' ? block.text.replace(/^\n+/, '').trimEnd() : clean(block.text, settings);
    if (textOut.trim() !== '') blocks.push({ text: textOut, headingPath: stack.map((h) => h.text) });
  }
  return { blocks, meta: data, ...(title ? { title } : {}), ...(firstHeading ? { firstHeading } : {}) };
}

function clean(text: string, options: StripInlineOptions): string {
  return normalizeSpace(stripInlineMarkdown(text, options));
}
