import { MessageFlags, type Interaction } from 'discord.js';
import type { DiscordContext } from './discord-context.js';
import { errorText } from './error-text.js';
import { handleAutocomplete } from './handle-autocomplete.js';
import { handleCommand } from './handle-command.js';
import { handleFeedback } from './handle-feedback.js';

/**
 * Routes an interaction to its handler and is the error boundary for all of them: a failure
 * becomes a chat message (in the deferred reply when there is one), never an unanswered command.
 */
export async function handleInteraction(interaction: Interaction, ctx: DiscordContext): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await handleCommand(interaction, ctx);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, ctx);
    else if (interaction.isButton()) await handleFeedback(interaction, ctx);
  } catch (error) {
    if (interaction.isAutocomplete()) {
      ctx.logger.warn('discord autocomplete failed', { error: String(error) });
      return;
    }
    const content = errorText(ctx, error, { interaction: interaction.id, user: interaction.user.id });
    try {
      if (interaction.deferred || interaction.replied) await interaction.editReply({ content, embeds: [], components: [] });
      else await interaction.reply({ content, flags: MessageFlags.Ephemeral });
    } catch (replyError) {
      ctx.logger.warn('discord error reply failed', { error: String(replyError) });
    }
  }
}
