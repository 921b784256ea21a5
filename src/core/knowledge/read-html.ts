import TurndownService from 'turndown';
import { normalizeSpace } from './line-heuristics.js';
import { readMarkdown, type MarkdownResult } from './read-markdown.js';
import type { ReadContext } from './read-result.js';
import { stripInlineMarkdown } from './strip-inline-markdown.js';

const DROPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'iframe', 'object', 'svg', 'canvas']);

/**
 * Reads HTML by converting it to Markdown with turndown and reusing the Markdown reader, so heading
 * paths, list items and inline clean-up follow one code path for md, html and docx (cheerio is not a
 * dependency, and walking the DOM ourselves would duplicate the Markdown reader's rules).
 * `<script>`, `<style>`, `<nav>` and similar chrome are dropped. Title: `<title>`, else the first `<h1>`.
 */
export function readHtml(html: string, context: ReadContext): MarkdownResult {
  let pageTitle = '';
  const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced' });
  turndown.remove((node) => DROPPED.has(node.nodeName.toLowerCase()));
  turndown.addRule('title', {
    filter: 'title',
    replacement(content) {
      pageTitle ||= content;
      return '';
    },
  });
  const markdown = turndown.turndown(html);
  // Text from HTML keeps a literal "<b>" (it was &lt;b&gt;), so tags are not stripped again.
  const result = readMarkdown(markdown, context, { frontMatter: false, stripTags: false });
  const title = normalizeSpace(stripInlineMarkdown(pageTitle, { stripTags: false }));
  return { ...result, ...(title ? { title } : {}) };
}
