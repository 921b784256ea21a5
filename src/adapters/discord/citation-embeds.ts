import type { APIEmbed } from 'discord.js';
import type { Citation } from '../../core/index.js';
import { DISCORD_LIMITS, embedLength, truncate } from './limits.js';
import { messages } from './messages.js';

/** A passage longer than this is cut even when there is room: a wall of quote helps no one. */
const PASSAGE_MAX = 1000;
/** Room kept for the title and fields of each embed when sharing out the 6,000 characters. */
const EMBED_OVERHEAD = 400;
const EMBED_COLOR = 0x5865f2;

/**
 * One embed per citation (title, locator, quoted passage), grouped so each group fits in one
 * message: at most 10 embeds and 6,000 characters. Passages are shortened evenly so that up to
 * ten citations share a single message rather than spilling into several.
 */
export function citationEmbeds(citations: readonly Citation[]): APIEmbed[][] {
  const L = DISCORD_LIMITS;
  const groups: APIEmbed[][] = [];
  for (let i = 0; i < citations.length; i += L.embedsPerMessage) {
    const slice = citations.slice(i, i + L.embedsPerMessage);
    const passageBudget = Math.min(PASSAGE_MAX, Math.floor(L.embedCharsPerMessage / slice.length) - EMBED_OVERHEAD);
    groups.push(fitGroup(slice.map((c) => citationEmbed(c, passageBudget))));
  }
  return groups;
}

function citationEmbed(citation: Citation, passageBudget: number): APIEmbed {
  const L = DISCORD_LIMITS;
  return {
    title: truncate(`[${citation.n}] ${citation.title}`, L.embedTitle),
    description: quote(truncate(citation.text.trim(), passageBudget)),
    color: EMBED_COLOR,
    fields: [
      { name: messages.locator, value: truncate(citation.locator || '—', 200), inline: true },
      { name: messages.source, value: truncate(citation.source, 200), inline: true },
    ],
  };
}

/** Discord block quote: every line of the passage starts with "> ". */
function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/**
 * Long titles or many short lines can still push a group past 6,000 characters (each quoted
 * line costs two more); trim the longest descriptions until it fits.
 */
function fitGroup(embeds: APIEmbed[]): APIEmbed[] {
  const total = () => embeds.reduce((sum, e) => sum + embedLength(e), 0);
  while (total() > DISCORD_LIMITS.embedCharsPerMessage) {
    const longest = embeds.reduce((a, b) => ((a.description?.length ?? 0) >= (b.description?.length ?? 0) ? a : b));
    const description = longest.description ?? '';
    const excess = total() - DISCORD_LIMITS.embedCharsPerMessage;
    longest.description = truncate(description, Math.max(20, description.length - excess));
    if (description.length <= 20) break;
  }
  return embeds;
}
