import { MessageFlags, type ButtonInteraction, type ChatInputCommandInteraction } from 'discord.js';
import type { DiscordMessage } from './limits.js';

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Puts rendered messages on a deferred interaction: the first replaces the "thinking…" reply,
 * the rest follow it (follow-ups of an ephemeral reply stay ephemeral, as Discord requires).
 */
export async function replyToInteraction(
  interaction: Repliable,
  [first, ...rest]: DiscordMessage[],
  ephemeral = false,
): Promise<void> {
  if (!first) return;
  await interaction.editReply(first);
  for (const message of rest) await interaction.followUp(ephemeral ? { ...message, flags: MessageFlags.Ephemeral } : message);
}
