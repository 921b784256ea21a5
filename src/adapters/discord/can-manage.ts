import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';
import type { DiscordContext } from './discord-context.js';

/**
 * Re-indexing and uploads are for people who run the server (Manage Server) and the bot's own
 * admins (POLICYBOT_ADMINS, user ids) — the latter also in DMs, where there are no permissions.
 */
export function canManage(
  ctx: Pick<DiscordContext, 'admins'>,
  userId: string,
  permissions: Readonly<PermissionsBitField> | null | undefined,
): boolean {
  return ctx.admins.has(userId) || (permissions?.has(PermissionFlagsBits.ManageGuild) ?? false);
}
