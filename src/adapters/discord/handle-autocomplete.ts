import type { AutocompleteInteraction } from 'discord.js';
import type { DocumentRef } from '../../core/index.js';
import type { DiscordContext } from './discord-context.js';
import { DISCORD_LIMITS, truncate } from './limits.js';

/** `/summary topic:` suggests document names matching what has been typed so far. */
export async function handleAutocomplete(interaction: AutocompleteInteraction, ctx: DiscordContext): Promise<void> {
  const typed = interaction.options.getFocused().trim().toLowerCase();
  const documents = await ctx.bot.documentNames();
  const matches = documents.filter(
    (d) => typed === '' || d.title.toLowerCase().includes(typed) || d.source.toLowerCase().includes(typed),
  );
  await interaction.respond(matches.slice(0, DISCORD_LIMITS.autocompleteChoices).map(toChoice));
}

/** The value is what `/summary` receives: the file name, or the title when the name is too long. */
function toChoice(d: DocumentRef): { name: string; value: string } {
  const max = DISCORD_LIMITS.choiceLength;
  const name = d.title === d.source ? d.title : `${d.title} (${d.source})`;
  return { name: truncate(name, max), value: d.source.length <= max ? d.source : truncate(d.title, max) };
}
