import type { Message, ThreadChannel } from 'discord.js';
import { parseQuestionHeader } from './render.js';

/**
 * Earlier questions of the same conversation, oldest first, read back from Discord rather than
 * remembered, so any process (or shard) can answer a follow-up. A conversation is either a reply
 * chain through the bot's answers or a thread the bot started.
 */
export async function conversationHistory(message: Message, botId: string, max = 4): Promise<string[]> {
  if (message.reference?.messageId) return fromReplyChain(message, botId, max);
  const channel = message.channel;
  if (channel.isThread() && channel.ownerId === botId) return fromThread(message, channel, botId, max);
  return [];
}

/** The question text of a message addressed to the bot: its mentions of the bot removed. */
export function stripMentions(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

async function fromReplyChain(message: Message, botId: string, max: number): Promise<string[]> {
  const questions: string[] = [];
  let current = message;
  for (let hop = 0; hop < max * 2 && current.reference?.messageId; hop++) {
    const previous = await current.fetchReference();
    // Replying to someone else's message is a new question, not a follow-up to the bot.
    if (hop === 0 && previous.author.id !== botId) return [];
    const question = previous.author.id === botId ? questionOfBotReply(previous) : stripMentions(previous.content, botId);
    if (question) questions.unshift(question);
    current = previous;
  }
  return questions.slice(-max);
}

/** A slash-command answer quotes its question (Discord does not show command options). */
function questionOfBotReply(reply: Message): string | undefined {
  return reply.interactionMetadata ? parseQuestionHeader(reply.content) : undefined;
}

async function fromThread(message: Message, thread: ThreadChannel, botId: string, max: number): Promise<string[]> {
  const earlier = await thread.messages.fetch({ limit: 50, before: message.id });
  const starter = await thread.fetchStarterMessage().catch(() => null);
  const asked = [...(starter ? [starter] : []), ...earlier.values()]
    .filter((m) => !m.author.bot)
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1))
    .map((m) => stripMentions(m.content, botId))
    .filter((text) => text !== '');
  return asked.slice(-max);
}
