import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { createThrottledUpdate, type IndexProgress } from '../../core/index.js';
import { canManage } from './can-manage.js';
import { OPTION } from './commands.js';
import type { DiscordContext } from './discord-context.js';
import { ingestAttachment } from './ingest-attachment.js';
import type { DiscordMessage } from './limits.js';
import { messages } from './messages.js';
import { plain } from './render.js';
import { renderIndexReport } from './render-admin.js';
import { replyToInteraction } from './reply-to-interaction.js';

/**
 * `/reindex` re-reads the knowledge folder, or with a `file` adds that one document through the
 * core's upload path. Only managers and bot admins may run it; the reply is ephemeral so the
 * progress edits don't fill the channel.
 */
export async function handleReindex(interaction: ChatInputCommandInteraction, ctx: DiscordContext): Promise<void> {
  if (!canManage(ctx, interaction.user.id, interaction.memberPermissions)) {
    await interaction.reply({ ...plain(messages.notAllowed), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const editor = createThrottledUpdate<IndexProgress>({
    intervalMs: ctx.editIntervalMs,
    send: (p) => interaction.editReply(plain(messages.progress(p))),
    onError: (error) => ctx.logger.debug('discord progress edit failed', { error: String(error) }),
  });
  const file = interaction.options.getAttachment(OPTION.file);
  const replace = interaction.options.getBoolean(OPTION.replace) ?? false;
  let rendered: DiscordMessage[];
  try {
    rendered = file
      ? await ingestAttachment(ctx, { name: file.name, url: file.url, size: file.size }, replace, editor.push)
      : renderIndexReport(await ctx.bot.reindex({ onProgress: editor.push }));
  } finally {
    await editor.close();
  }
  await replyToInteraction(interaction, rendered, true);
}
