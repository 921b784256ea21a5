import type { types } from '@slack/bolt';

/** Slack's documented Block Kit and message limits that this adapter relies on. */
export const SLACK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextText: 3000,
  contextElements: 10,
  headerText: 150,
  buttonText: 75,
  buttonValue: 2000,
  actionId: 255,
  /** Slack truncates a message's top-level `text` beyond this. */
  messageText: 40_000,
} as const;

export type SlackBlock = types.KnownBlock;

/** A message body for chat.postMessage / chat.update / response_url (channel and ts are added by the caller). */
export interface SlackMessage {
  text: string;
  blocks?: SlackBlock[];
}

/**
 * Throws when a message breaks a Slack limit. Renderers call it on everything they build, so a
 * splitting bug fails loudly here (and reaches the error reporter) instead of as an opaque
 * `invalid_blocks` from the API after the user has waited.
 */
export function assertWithinLimits(message: SlackMessage): SlackMessage {
  const problems: string[] = [];
  if (message.text.length > SLACK_LIMITS.messageText) problems.push(`text is ${message.text.length} chars`);
  const blocks = message.blocks ?? [];
  if (blocks.length > SLACK_LIMITS.blocksPerMessage) problems.push(`${blocks.length} blocks`);
  blocks.forEach((block, i) => problems.push(...blockProblems(block).map((p) => `block ${i}: ${p}`)));
  if (problems.length > 0) throw new Error(`Slack message over limits: ${problems.join('; ')}`);
  return message;
}

function blockProblems(block: SlackBlock): string[] {
  const over = (what: string, length: number, max: number) => (length > max ? [`${what} is ${length} > ${max}`] : []);
  switch (block.type) {
    case 'section':
      return over('section text', block.text?.text.length ?? 0, SLACK_LIMITS.sectionText);
    case 'header':
      return over('header text', block.text.text.length, SLACK_LIMITS.headerText);
    case 'context':
      return [
        ...over('context elements', block.elements.length, SLACK_LIMITS.contextElements),
        ...block.elements.flatMap((e) => ('text' in e ? over('context text', e.text.length, SLACK_LIMITS.contextText) : [])),
      ];
    case 'actions':
      return block.elements.flatMap((e) =>
        e.type === 'button'
          ? [
              ...over('button text', e.text.text.length, SLACK_LIMITS.buttonText),
              ...over('button value', e.value?.length ?? 0, SLACK_LIMITS.buttonValue),
              ...over('action_id', e.action_id?.length ?? 0, SLACK_LIMITS.actionId),
            ]
          : [],
      );
    default:
      return [];
  }
}
