import type { Passage } from './document.js';

/**
 * A passage that is only a link (a "Sources" list item) states nothing a reader could check
 * against, yet its URL words ("elon-musk-admits-xai…") match questions strongly. Such passages
 * are left out of the index; the document's `urls` keep the links.
 */
export function isCitable(passage: Passage): boolean {
  const withoutLinks = passage.pageContent.replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ');
  return (withoutLinks.match(/[\p{L}\p{N}]{2,}/gu) ?? []).length >= 2;
}
