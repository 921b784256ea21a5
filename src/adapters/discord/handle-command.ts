import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { createThrottledUpdate, type AnswerOptions } from '../../core/index.js';
import { COMMAND, OPTION } from './commands.js';
import type { DiscordContext } from './discord-context.js';
import { handleReindex } from './handle-reindex.js';
import type { DiscordMessage } from './limits.js';
import { messages } from './messages.js';
import { plain, renderAnswer, renderPartial, renderSummary } from './render.js';
import { renderSources } from './render-admin.js';
import { replyToInteraction } from './reply-to-interaction.js';

/** Runs one slash command. Errors propagate to `handleInteraction`, which owns the error reply. */
export async function handleCommand(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void> {
  switch (interaction.commandName) {
    case COMMAND.ask: {
      const question = interaction.options.getString(OPTION.question, true);
      return answerWithStreaming(interaction, ctx, async (options) =>
        renderAnswer(await ctx.bot.ask(question, options), { how: 'command', quoteQuestion: true }),
      );
    }
    case COMMAND.summary: {
      const topic = interaction.options.getString(OPTION.topic, true);
      return answerWithStreaming(interaction, ctx, async (options) =>
        renderSummary(await ctx.bot.summarize(topic, options), { how: 'command' }),
      );
    }
    case COMMAND.sources: {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      return replyToInteraction(interaction, renderSources(await ctx.bot.listSources()), true);
    }
    case COMMAND.reindex:
      return handleReindex(interaction, ctx);
    default:
      ctx.logger.warn('discord unknown command', { command: interaction.commandName });
  }
}

/**
 * Defers at once (Discord allows 3 seconds before the first response), streams partial text into
 * the reply at most once per `editIntervalMs`, then edits in the final rendered answer.
 */
async function answerWithStreaming(
  interaction: ChatInputCommandInteraction,
  ctx: DiscordContext,
  produce: (options: AnswerOptions) => Promise<DiscordMessage[]>,
): Promise<void> {
  const wait = ctx.limiter.take(interaction.user.id);
  if (wait > 0) {
    await interaction.reply({ ...plain(messages.rateLimited(wait)), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply();
  const editor = createThrottledUpdate<string>({
    intervalMs: ctx.editIntervalMs,
    send: (text) => interaction.editReply(renderPartial(text)),
    onError: (error) => ctx.logger.debug('discord partial edit failed', { error: String(error) }),
  });
  let rendered: DiscordMessage[];
  try {
    rendered = await produce({ onPartial: editor.push });
  } finally {
    await editor.close();
  }
  await replyToInteraction(interaction, rendered);
}
