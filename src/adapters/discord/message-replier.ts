import type { Message, SendableChannels } from 'discord.js';
import { DISCORD_LIMITS, truncate, type DiscordMessage } from './limits.js';

/**
 * Where the answer to a message goes: a reply to it, or a new thread started from it (the
 * `DISCORD_REPLY_IN_THREAD` setting, for guild channels that are not threads already). The first
 * message can be edited while an answer streams; `finish` puts the final messages in place.
 */
export interface MessageReplier {
  edit(message: DiscordMessage): Promise<void>;
  finish(messages: DiscordMessage[]): Promise<void>;
}

export function createMessageReplier(source: Message, options: { inThread: boolean; threadName: string }): MessageReplier {
  let first: Message | undefined;
  let channel: SendableChannels | undefined;

  async function open(payload: DiscordMessage): Promise<Message> {
    if (options.inThread && source.inGuild() && !source.channel.isThread() && !source.hasThread) {
      const thread = await source.startThread({ name: truncate(options.threadName || 'Question', DISCORD_LIMITS.threadName) });
      channel = thread;
      return thread.send(payload);
    }
    if (source.channel.isSendable()) channel = source.channel;
    return source.reply(payload);
  }

  async function edit(payload: DiscordMessage): Promise<void> {
    if (first) await first.edit(payload);
    else first = await open(payload);
  }

  return {
    edit,
    finish: async function finish([head, ...rest]: DiscordMessage[]): Promise<void> {
      if (!head) return;
      await edit(head);
      for (const payload of rest) await channel?.send(payload);
    },
  };
}
