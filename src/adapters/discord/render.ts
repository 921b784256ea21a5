import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { AskResult, DocumentRef, SummaryResult } from '../../core/index.js';
import { citationEmbeds } from './citation-embeds.js';
import { feedbackRow } from './feedback-buttons.js';
import { assertWithinLimits, DISCORD_LIMITS, truncate, type DiscordMessage } from './limits.js';
import { messages } from './messages.js';
import { splitMessage } from './split-message.js';

/**
 * Pure functions from core results to Discord message payloads. Each returns one or more
 * messages (the first edits the reply, the rest follow it), every one within Discord's limits.
 */
export interface RenderOptions {
  /** How the user asked, for the hint on empty input. */
  how: 'command' | 'mention';
  /**
   * Start with the question as a quote. Slash-command replies need it: Discord shows the
   * command name but not its options, and follow-ups read the question back from it.
   */
  quoteQuestion?: boolean;
}

const HEADER_MAX = 300;

export function renderAnswer(result: AskResult, options: RenderOptions): DiscordMessage[] {
  if (result.kind === 'invalid') return [plain(messages.invalid(result, options.how))];
  const header = options.quoteQuestion ? questionHeader(result.question) : '';
  // A list of the documents, not an answer: nothing to cite or vote on.
  if (result.kind === 'catalog') return pack(`${header}${result.answer}\n${documentLines(result.documents)}`, [], []);
  const buttons = feedbackRow(result.id, result.question);
  if (result.kind === 'declined') {
    return pack(header + declinedText(result.answer, result.closest, result.notice), [], buttons);
  }
  return pack(header + withNotice(result.answer, result.notice), citationEmbeds(result.citations), buttons);
}

export function renderSummary(result: SummaryResult, options: RenderOptions): DiscordMessage[] {
  if (result.kind === 'invalid') return [plain(messages.invalid(result, options.how))];
  // Same question form as the Slack adapter, so both platforms' votes read alike in the log.
  const buttons = feedbackRow(result.id, `summary: ${result.topic}`);
  if (result.kind === 'declined') return pack(declinedText(result.answer, result.closest), [], buttons);
  const bullets = result.bullets.map((b) => `• ${b.text}${b.citations.map((n) => ` [${n}]`).join('')}`);
  const text = `**${result.heading}**\n${bullets.join('\n')}`;
  return pack(withNotice(text, result.notice), citationEmbeds(result.citations), buttons);
}

/** The answer so far while an LLM streams it; the final render replaces it. */
export function renderPartial(textSoFar: string): DiscordMessage {
  return plain(truncate(`${textSoFar.trimEnd()} …`, DISCORD_LIMITS.content));
}

export function plain(content: string): DiscordMessage {
  return assertWithinLimits({ content: truncate(content, DISCORD_LIMITS.content), embeds: [], components: [] });
}

/** The quoted question line a slash-command reply starts with. */
export function questionHeader(question: string): string {
  return `> ${truncate(question.replace(/\s+/g, ' ').trim(), HEADER_MAX)}\n\n`;
}

/** Reads back the question from a reply made with `quoteQuestion`. */
export function parseQuestionHeader(content: string): string | undefined {
  return /^> (.+)\n/.exec(content)?.[1];
}

/**
 * Text is split between sentences; citation embeds follow the last piece of text (more groups
 * get messages of their own) and the buttons go on the very last message.
 */
export function pack(
  text: string,
  embedGroups: APIEmbed[][],
  components: APIActionRowComponent<APIButtonComponent>[],
): DiscordMessage[] {
  const out: DiscordMessage[] = splitMessage(text).map((content) => ({ content, embeds: [], components: [] }));
  if (out.length === 0) out.push({ content: '', embeds: [], components: [] });
  const [first, ...others] = embedGroups;
  if (first) out[out.length - 1]!.embeds = first;
  for (const embeds of others) out.push({ content: '', embeds, components: [] });
  out[out.length - 1]!.components = components;
  return out.map(assertWithinLimits);
}

function withNotice(text: string, notice?: string): string {
  return notice ? `${text}\n\n-# ${notice}` : text;
}

function declinedText(answer: string, closest: DocumentRef[], notice?: string): string {
  // As on Slack and in the console: no list, no heading ("thanks" names no document).
  const tail = closest.length > 0 ? `\n\n${messages.closest}\n${documentLines(closest)}` : '';
  return withNotice(`${answer}${tail}`, notice);
}

function documentLines(documents: DocumentRef[]): string {
  return documents.map((d) => `• ${d.title} (\`${d.source}\`)`).join('\n');
}
