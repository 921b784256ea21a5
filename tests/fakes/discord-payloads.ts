import { randomBytes } from 'node:crypto';
import { SnowflakeUtil } from 'discord.js';
import type { Json } from './discord-gateway.js';

/**
 * `createDummy…(overrides)` factories for the Discord payloads the fake gateway dispatches, in the
 * shape Discord sends them (snake_case API objects, not discord.js classes).
 */
export const snowflake = (): string => SnowflakeUtil.generate().toString();

export const BOT_USER = { id: '1100000000000000001', username: 'policybot', discriminator: '0', global_name: 'policybot', avatar: null, bot: true };
export const APP_ID = '1100000000000000002';
/** Permission bits of @everyone in the dummy guild: view channels, send messages, read history. */
const EVERYONE_PERMISSIONS = String((1n << 10n) | (1n << 11n) | (1n << 16n));
export const MANAGE_GUILD = String(1n << 5n);

export function createDummyUser(overrides: Json = {}): Json {
  return { id: snowflake(), username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null, ...overrides };
}

export function createDummyGuild(overrides: Json = {}): Json {
  const id = overrides.id ?? snowflake();
  const channel = { id: snowflake(), type: 0, name: 'policy', guild_id: id, position: 0, permission_overwrites: [] };
  return {
    id,
    name: 'Policy Team',
    icon: null,
    owner_id: '1100000000000000009',
    roles: [{ id, name: '@everyone', permissions: EVERYONE_PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [channel],
    threads: [],
    members: [],
    emojis: [],
    stickers: [],
    features: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    member_count: 2,
    large: false,
    unavailable: false,
    joined_at: new Date().toISOString(),
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-US',
    premium_progress_bar_enabled: false,
    ...overrides,
  };
}

export function createDummyMember(user: Json, overrides: Json = {}): Json {
  return { user, roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, ...overrides };
}

export function createDummyMessage(overrides: Json = {}): Json {
  return {
    id: snowflake(),
    channel_id: snowflake(),
    author: createDummyUser(),
    content: 'hello',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...overrides,
  };
}

export function createDummyAttachment(overrides: Json = {}): Json {
  return { id: snowflake(), filename: 'policy.md', size: 42, url: 'http://127.0.0.1:1/files/policy.md', proxy_url: 'http://127.0.0.1:1/files/policy.md', content_type: 'text/markdown', ...overrides };
}

interface InteractionBase {
  guild?: Json;
  user?: Json;
  /** Member permission bits as Discord computes them for the channel ('0' = none). */
  permissions?: string;
  channelId?: string;
}

function interactionBase({ guild, user = createDummyUser(), permissions = EVERYONE_PERMISSIONS, channelId }: InteractionBase): Json {
  const channel = channelId ?? guild?.channels[0].id ?? snowflake();
  const where = guild
    ? { guild_id: guild.id, member: createDummyMember(user, { permissions }), channel: { id: channel, type: 0, guild_id: guild.id }, context: 0 }
    : { user, channel: { id: channel, type: 1, recipients: [user] }, context: 1 };
  return {
    id: snowflake(),
    application_id: APP_ID,
    token: `tok-${randomBytes(12).toString('hex')}`,
    version: 1,
    channel_id: channel,
    app_permissions: '8',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    ...where,
  };
}

export function createDummyCommand(
  name: string,
  options: Json[] = [],
  base: InteractionBase & { resolved?: Json } = {},
): Json {
  return { ...interactionBase(base), type: 2, data: { id: snowflake(), name, type: 1, options, resolved: base.resolved } };
}

export function createDummyAutocomplete(name: string, option: string, typed: string, base: InteractionBase = {}): Json {
  return { ...interactionBase(base), type: 4, data: { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] } };
}

export function createDummyButtonClick(customId: string, message: Json, base: InteractionBase = {}): Json {
  return { ...interactionBase({ channelId: message.channel_id, ...base }), type: 3, message, data: { custom_id: customId, component_type: 2 } };
}
