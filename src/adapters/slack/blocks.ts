import type { Citation, DocumentRef } from '../../core/index.js';
import { encodeFeedbackValue, FEEDBACK_ACTIONS, type FeedbackRef } from './feedback-value.js';
import { messages } from './messages.js';
import { SLACK_LIMITS, type SlackBlock } from './slack-limits.js';
import { splitText } from './split-text.js';

/**
 * Block Kit builders shared by the renderers. Everything that came from a user, a document or a
 * model goes through `escapeMrkdwn` first: a passage containing `<!channel>` must not ping anyone.
 */

export const FEEDBACK_BLOCK_ID = 'feedback';
const QUOTE_CHARS = 280;
const NAME_CHARS = 200;

export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Shortens text to `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '';
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Escapes text and shortens it so the escaped form fits `max` (escaping can lengthen it). */
export function escapeFit(text: string, max: number): string {
  let raw = truncate(text, max);
  let escaped = escapeMrkdwn(raw);
  while (escaped.length > max) {
    raw = truncate(raw, raw.length - (escaped.length - max));
    escaped = escapeMrkdwn(raw);
  }
  return escaped;
}

export function section(mrkdwn: string): SlackBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: mrkdwn } };
}

export function context(mrkdwn: string): SlackBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(mrkdwn, SLACK_LIMITS.contextText) }] };
}

export function header(plain: string): SlackBlock {
  return { type: 'header', text: { type: 'plain_text', text: truncate(plain, SLACK_LIMITS.headerText), emoji: true } };
}

export const divider: SlackBlock = { type: 'divider' };

/** Escaped text as as many sections as Slack's per-block limit needs. */
export function textSections(text: string): SlackBlock[] {
  return splitText(escapeMrkdwn(text), SLACK_LIMITS.sectionText).map(section);
}

/** One block per source: marker, title, locator, file and a short quote of the passage. */
export function citationBlocks(citations: Citation[]): SlackBlock[] {
  const sorted = [...citations].sort((a, b) => a.n - b.n);
  return sorted.map((c) => {
    const title = escapeFit(c.title, NAME_CHARS);
    const locator = c.locator ? `_${escapeFit(c.locator, NAME_CHARS)}_ · ` : '';
    const quote = escapeFit(c.text.replace(/\s+/g, ' ').trim(), QUOTE_CHARS);
    return section(`*[${c.n}] ${title}*\n${locator}\`${escapeFit(c.source, NAME_CHARS)}\`\n> ${quote}`);
  });
}

/** A bulleted list of documents, without quoting them (closest matches to a declined question). */
export function documentList(refs: DocumentRef[]): string {
  return refs.map((r) => `• ${escapeFit(r.title, NAME_CHARS)} (\`${escapeFit(r.source, NAME_CHARS)}\`)`).join('\n');
}

export function feedbackBlock(ref: FeedbackRef): SlackBlock {
  const value = encodeFeedbackValue(ref);
  return {
    type: 'actions',
    block_id: FEEDBACK_BLOCK_ID,
    elements: [
      { type: 'button', action_id: FEEDBACK_ACTIONS.up, text: { type: 'plain_text', text: messages.feedbackUp, emoji: true }, value },
      { type: 'button', action_id: FEEDBACK_ACTIONS.down, text: { type: 'plain_text', text: messages.feedbackDown, emoji: true }, value },
    ],
  };
}
