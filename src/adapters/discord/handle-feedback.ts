import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { DiscordContext } from './discord-context.js';
import { parseFeedbackCustomId } from './feedback-buttons.js';
import { messages } from './messages.js';

/**
 * Records a 👍/👎 click in the core's feedback log (the same log Slack writes to) and thanks the
 * voter privately: editing the shared message would show one person's vote to everyone.
 * Returns false for buttons that are not feedback buttons.
 */
export async function handleFeedback(interaction: ButtonInteraction, ctx: DiscordContext): Promise<boolean> {
  const target = parseFeedbackCustomId(interaction.customId);
  if (!target) return false;
  await ctx.bot.recordFeedback({ ...target, user: interaction.user.id, platform: 'discord' });
  await interaction.reply({ content: messages.feedbackThanks(target.vote), flags: MessageFlags.Ephemeral });
  return true;
}
