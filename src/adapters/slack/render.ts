import type { AskResult, Citation, SummaryResult } from '../../core/index.js';
import { citationBlocks, context, divider, documentList, escapeFit, escapeMrkdwn, feedbackBlock, header, section, textSections } from './blocks.js';
import type { FeedbackRef } from './feedback-value.js';
import { messages } from './messages.js';
import { paginateBlocks } from './paginate-blocks.js';
import { assertWithinLimits, SLACK_LIMITS, type SlackBlock, type SlackMessage } from './slack-limits.js';
import { splitText } from './split-text.js';

/**
 * Pure functions from core results to Slack messages. A result may need several messages
 * (Slack allows 50 blocks each); the first replaces the "searching" placeholder and the rest
 * follow in the thread. Every message is checked against Slack's limits as it is built.
 */

export interface RenderOptions {
  /** The user who asked through a slash command; their question is shown above the answer. */
  askedBy?: string;
}

export function renderAskResult(result: AskResult, options: RenderOptions = {}): SlackMessage[] {
  if (result.kind === 'invalid') return [assertWithinLimits({ text: messages.invalid(result, 'question') })];
  const intro = introBlocks(result.question, options);
  // A list of the documents, not an answer: nothing to cite or vote on.
  if (result.kind === 'catalog') {
    const list = splitText(documentList(result.documents), SLACK_LIMITS.sectionText).map(section);
    return toMessages(result.answer, [...intro, ...textSections(result.answer), ...list], []);
  }
  const feedback = feedbackBlock({ answerId: result.id, question: result.question });
  if (result.kind === 'declined') {
    return toMessages(result.answer, [...intro, ...declinedBlocks(result.answer, result.closest), ...noticeBlocks(result.notice)], [feedback]);
  }
  const body = [...intro, ...textSections(result.answer), ...noticeBlocks(result.notice), ...sourceBlocks(result.citations)];
  return toMessages(result.answer, body, [feedback]);
}

export function renderSummaryResult(result: SummaryResult, options: RenderOptions = {}): SlackMessage[] {
  if (result.kind === 'invalid') return [assertWithinLimits({ text: messages.invalid(result, 'topic') })];
  const intro = introBlocks(result.topic, options);
  const feedback = feedbackBlock(summaryFeedbackRef(result));
  if (result.kind === 'declined') {
    return toMessages(result.answer, [...intro, ...declinedBlocks(result.answer, result.closest)], [feedback]);
  }
  const bullets = result.bullets.map((b) => `• ${escapeMrkdwn(b.text)}${b.citations.map((n) => ` [${n}]`).join('')}`);
  const body = [
    header(messages.summaryHeading(result.heading)),
    ...splitText(bullets.join('\n'), SLACK_LIMITS.sectionText).map(section),
    ...noticeBlocks(result.notice),
    ...sourceBlocks(result.citations),
  ];
  return toMessages(messages.summaryHeading(result.heading), body, [feedback]);
}

/** The placeholder while an LLM streams: the text so far, cut to one block. */
export function renderPartial(textSoFar: string): SlackMessage {
  const shown = escapeFit(textSoFar.trim(), SLACK_LIMITS.sectionText) || '…';
  return assertWithinLimits({ text: shown, blocks: [section(shown), context(messages.searching)] });
}

function summaryFeedbackRef(result: Exclude<SummaryResult, { kind: 'invalid' }>): FeedbackRef {
  return { answerId: result.id, question: `summary: ${result.topic}` };
}

function introBlocks(question: string, { askedBy }: RenderOptions): SlackBlock[] {
  return askedBy ? [context(messages.askedBy(askedBy, escapeFit(question, SLACK_LIMITS.contextText - 200)))] : [];
}

function declinedBlocks(statement: string, closest: { source: string; title: string }[]): SlackBlock[] {
  if (closest.length === 0) return textSections(statement);
  const list = `${messages.closestHeading}\n${documentList(closest)}`;
  return [...textSections(statement), ...splitText(list, SLACK_LIMITS.sectionText).map(section)];
}

function noticeBlocks(notice: string | undefined): SlackBlock[] {
  return notice ? [context(`⚠️ ${escapeMrkdwn(notice)}`)] : [];
}

function sourceBlocks(citations: Citation[]): SlackBlock[] {
  return citations.length === 0 ? [] : [divider, section(messages.sourcesHeading), ...citationBlocks(citations)];
}

function toMessages(fallback: string, body: SlackBlock[], tail: SlackBlock[]): SlackMessage[] {
  const text = escapeFit(fallback, SLACK_LIMITS.sectionText);
  return paginateBlocks(body, tail).map((blocks, i) => assertWithinLimits({ text: i === 0 ? text : messages.continued, blocks }));
}
