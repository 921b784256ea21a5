import type { FakeGateway, Json } from './discord-gateway.js';
import { APP_ID, BOT_USER, snowflake } from './discord-payloads.js';

/**
 * The fake's memory of channels and messages: user messages the test sent and everything the bot
 * posted, so discord.js can fetch replies, thread histories and starter messages back.
 */
export class FakeDiscordChannels {
  readonly messages = new Map<string, Json>();
  private readonly channelGuild = new Map<string, string>();
  private readonly threads = new Set<string>();
  private readonly interactions = new Map<string, Json>();

  constructor(private readonly gateway: FakeGateway, guilds: Json[]) {
    for (const g of guilds) for (const c of g.channels) this.channelGuild.set(c.id, g.id);
  }

  /** A user message as Discord delivers it, stored so the bot can fetch it later. */
  userMessage(message: Json): Json {
    const guildId = message.guild_id ?? this.channelGuild.get(message.channel_id);
    // Discord says which kind of channel a message is in; discord.js needs it to create DM channels.
    const channelType = guildId ? (this.threads.has(message.channel_id) ? 11 : 0) : 1;
    const stored: Json = { channel_type: channelType, ...message, guild_id: guildId };
    this.messages.set(stored.id, stored);
    return stored;
  }

  rememberInteraction(interaction: Json): void {
    this.interactions.set(interaction.token, interaction);
  }

  /** POST /channels/:id/messages — echoed over the gateway, as Discord does with a bot's own messages. */
  botMessage(channelId: string, body: Json, extra: Json = {}): Json {
    const reference = body.message_reference ? this.messages.get(body.message_reference.message_id) : undefined;
    const message: Json = {
      id: snowflake(), channel_id: channelId, guild_id: this.channelGuild.get(channelId), author: BOT_USER,
      content: body.content ?? '', embeds: body.embeds ?? [], components: body.components ?? [], attachments: [],
      mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: body.flags ?? 0,
      timestamp: new Date().toISOString(), edited_timestamp: null, type: reference ? 19 : 0,
      ...(reference ? { message_reference: { message_id: reference.id, channel_id: channelId, guild_id: reference.guild_id }, referenced_message: reference } : {}),
      ...extra,
    };
    this.messages.set(message.id, message);
    if (!extra.interaction_metadata) this.gateway.dispatch('MESSAGE_CREATE', message);
    return message;
  }

  /** PATCH …/messages/@original (key '@original') or POST /webhooks/:app/:token (a follow-up). */
  webhookMessage(token: string, key: string, body: Json): Json | undefined {
    const interaction = this.interactions.get(token);
    if (!interaction) return undefined;
    const existing = key === '@original' ? this.messages.get(`${token}/@original`) : undefined;
    if (existing) return this.edit(existing.id, body);
    const user = interaction.member?.user ?? interaction.user;
    const message = this.botMessage(interaction.channel_id, body, {
      webhook_id: APP_ID, application_id: APP_ID, interaction_metadata: { id: interaction.id, type: interaction.type, user, authorizing_integration_owners: {} },
    });
    if (key === '@original') this.messages.set(`${token}/@original`, message);
    return message;
  }

  edit(id: string, body: Json): Json | undefined {
    const message = this.messages.get(id);
    if (message) Object.assign(message, { ...body, edited_timestamp: new Date().toISOString() });
    return message;
  }

  /** GET /channels/:id/messages: newest first, like Discord. */
  history(channelId: string, query: URLSearchParams): Json[] {
    const before = query.get('before');
    return [...new Set(this.messages.values())]
      .filter((m) => m.channel_id === channelId && (!before || BigInt(m.id) < BigInt(before)))
      .sort((a, b) => (BigInt(b.id) > BigInt(a.id) ? 1 : -1))
      .slice(0, Number(query.get('limit') ?? 50));
  }

  /** POST /channels/:id/messages/:id/threads: the thread takes the starter message's id. */
  startThread(channelId: string, messageId: string, body: Json): Json {
    const guildId = this.channelGuild.get(channelId)!;
    const thread = {
      id: messageId, type: 11, guild_id: guildId, parent_id: channelId, name: body.name, owner_id: BOT_USER.id,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      message_count: 0, member_count: 1, rate_limit_per_user: 0, flags: 0, total_message_sent: 0,
    };
    this.channelGuild.set(thread.id, guildId);
    this.threads.add(thread.id);
    this.gateway.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return thread;
  }
}
