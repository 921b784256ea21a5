import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { DISCORD_LIMITS, truncate } from './limits.js';
import { messages } from './messages.js';

/**
 * Feedback buttons carry everything the vote needs in their custom id, so any process (or shard)
 * that receives the click can record it without remembering the answer:
 * `pb:fb:<u|d>:<length of answer id>:<answer id><question, shortened to fit 100 characters>`.
 * The length prefix lets answer ids contain any character.
 */
const PREFIX = 'pb:fb:';
/** Keep at least this much of the question, or the vote is not worth recording. */
const MIN_QUESTION = 10;

export interface FeedbackTarget {
  answerId: string;
  question: string;
  vote: 'up' | 'down';
}

export function feedbackCustomId({ answerId, question, vote }: FeedbackTarget): string | undefined {
  const head = `${PREFIX}${vote === 'up' ? 'u' : 'd'}:${answerId.length}:${answerId}`;
  const room = DISCORD_LIMITS.customId - head.length;
  if (room < MIN_QUESTION) return undefined;
  return head + truncate(question.replace(/\s+/g, ' ').trim(), room);
}

/** Parses a custom id made by `feedbackCustomId`; undefined for any other button. */
export function parseFeedbackCustomId(customId: string): FeedbackTarget | undefined {
  const match = /^pb:fb:([ud]):(\d+):/.exec(customId);
  if (!match) return undefined;
  const rest = customId.slice(match[0].length);
  const idLength = Number(match[2]);
  if (rest.length < idLength) return undefined;
  return { vote: match[1] === 'u' ? 'up' : 'down', answerId: rest.slice(0, idLength), question: rest.slice(idLength) };
}

/** A row with 👍 / 👎, or none when the answer id is too long to fit a custom id. */
export function feedbackRow(answerId: string, question: string): APIActionRowComponent<APIButtonComponent>[] {
  const up = feedbackCustomId({ answerId, question, vote: 'up' });
  const down = feedbackCustomId({ answerId, question, vote: 'down' });
  if (!up || !down) return [];
  const button = (custom_id: string, label: string, emoji: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id,
    label,
    emoji: { name: emoji },
  });
  return [
    {
      type: ComponentType.ActionRow,
      components: [button(up, messages.feedbackUp, '👍'), button(down, messages.feedbackDown, '👎')],
    },
  ];
}
