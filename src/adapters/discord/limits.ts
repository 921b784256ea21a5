import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/**
 * Discord's documented message limits. Payloads are checked against them where they are built
 * (as discord.js builders' Assertions.ts does), so an oversized answer fails in our renderer with
 * a clear message instead of as a 400 from Discord after the user has waited.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  embedCharsPerMessage: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  fieldsPerEmbed: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  threadName: 100,
  autocompleteChoices: 25,
  choiceLength: 100,
} as const;

/** The message payload every renderer returns; `components` hold at most one row of buttons. */
export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
}

/** Characters Discord counts towards the 6,000 embed limit. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields
  );
}

/** Throws when a payload breaks one of Discord's limits; renderers call it on everything they build. */
export function assertWithinLimits(message: DiscordMessage): DiscordMessage {
  const L = DISCORD_LIMITS;
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => ok || problems.push(what);
  check(message.content.length <= L.content, `content ${message.content.length} > ${L.content}`);
  check(message.embeds.length <= L.embedsPerMessage, `${message.embeds.length} embeds > ${L.embedsPerMessage}`);
  const total = message.embeds.reduce((sum, e) => sum + embedLength(e), 0);
  check(total <= L.embedCharsPerMessage, `embed text ${total} > ${L.embedCharsPerMessage}`);
  for (const e of message.embeds) {
    check((e.title?.length ?? 0) <= L.embedTitle, 'embed title too long');
    check((e.description?.length ?? 0) <= L.embedDescription, 'embed description too long');
    check((e.footer?.text.length ?? 0) <= L.footerText, 'embed footer too long');
    check((e.fields?.length ?? 0) <= L.fieldsPerEmbed, 'too many embed fields');
    for (const f of e.fields ?? []) {
      check(f.name.length <= L.fieldName && f.value.length <= L.fieldValue, 'embed field too long');
    }
  }
  check(message.components.length <= L.actionRows, 'too many action rows');
  for (const row of message.components) {
    check(row.components.length <= L.buttonsPerRow, 'too many buttons in a row');
    for (const b of row.components) {
      if ('custom_id' in b) check(b.custom_id.length <= L.customId, `custom_id ${b.custom_id.length} > ${L.customId}`);
      if ('label' in b) check((b.label?.length ?? 0) <= L.buttonLabel, 'button label too long');
    }
  }
  if (problems.length > 0) throw new RangeError(`Discord message over its limits: ${problems.join('; ')}`);
  return message;
}

/** Cuts `text` to `max` characters, marking the cut with an ellipsis and never halving an emoji. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let keep = Math.max(0, max - 1);
  if (isLowSurrogate(text.charCodeAt(keep))) keep -= 1;
  return `${text.slice(0, keep).trimEnd()}…`;
}

/** The second half of a UTF-16 surrogate pair: cutting before it would leave half a character. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
