import { createThrottledUpdate, readUploadRequest } from '../../core/index.js';
import type { Message } from 'discord.js';
import { canManage } from './can-manage.js';
import { conversationHistory, stripMentions } from './conversation-history.js';
import type { DiscordContext } from './discord-context.js';
import { errorText } from './error-text.js';
import { ingestAttachment } from './ingest-attachment.js';
import type { DiscordMessage } from './limits.js';
import { createMessageReplier } from './message-replier.js';
import { messages } from './messages.js';
import { plain, renderAnswer, renderPartial } from './render.js';

/**
 * Answers DMs and messages that mention the bot; ignores other bots, webhooks and itself (the
 * gateway echoes the bot's own messages back). `add` with an attachment, from a manager or bot
 * admin, goes to the upload path instead.
 */
export async function handleMessage(message: Message, ctx: DiscordContext): Promise<void> {
  const botId = message.client.user.id;
  if (message.author.bot || message.webhookId || message.system) return;
  if (message.inGuild() && !message.mentions.users.has(botId)) return;
  const text = stripMentions(message.content, botId);
  const upload = readUploadRequest(text);
  try {
    // A bare `add` without files is answered with how to add one; "add more detail on X?" is a question.
    if (upload && (message.attachments.size > 0 || /^add(\s+replace)?$/i.test(text))) await addDocuments(message, upload.replace, ctx);
    else await answer(message, text, botId, ctx);
  } catch (error) {
    const content = errorText(ctx, error, { message: message.id, user: message.author.id });
    await message.reply(plain(content)).catch((e: unknown) => ctx.logger.warn('discord error reply failed', { error: String(e) }));
  }
}

async function answer(message: Message, question: string, botId: string, ctx: DiscordContext): Promise<void> {
  const wait = ctx.limiter.take(message.author.id);
  if (wait > 0) {
    await message.reply(plain(messages.rateLimited(wait)));
    return;
  }
  if (message.channel.isSendable()) void message.channel.sendTyping().catch(() => {});
  const history = await conversationHistory(message, botId).catch((error: unknown) => {
    ctx.logger.warn('discord history fetch failed', { error: String(error) });
    return [];
  });
  const replier = createMessageReplier(message, { inThread: ctx.replyInThread, threadName: question });
  const editor = createThrottledUpdate<string>({
    intervalMs: ctx.editIntervalMs,
    send: (partial) => replier.edit(renderPartial(partial)),
    onError: (error) => ctx.logger.debug('discord partial edit failed', { error: String(error) }),
  });
  let rendered: DiscordMessage[];
  try {
    const result = await ctx.bot.ask(question, { history: history.length > 0 ? history : undefined, onPartial: editor.push });
    rendered = renderAnswer(result, { how: 'mention' });
  } finally {
    await editor.close();
  }
  await replier.finish(rendered);
}

async function addDocuments(message: Message, replace: boolean, ctx: DiscordContext): Promise<void> {
  if (!canManage(ctx, message.author.id, message.member?.permissions)) {
    await message.reply(plain(messages.notAllowed));
    return;
  }
  if (message.attachments.size === 0) {
    await message.reply(plain(messages.uploadNeedsFile));
    return;
  }
  for (const file of message.attachments.values()) {
    let rendered: DiscordMessage[];
    try {
      rendered = await ingestAttachment(ctx, { name: file.name, url: file.url, size: file.size }, replace);
    } catch (error) {
      rendered = [plain(errorText(ctx, error, { message: message.id, file: file.name }))];
    }
    for (const payload of rendered) await message.reply(payload);
  }
}

