import type { RenderedView, SourceView } from './rendered-view.js';

/**
 * Reads Discord message payloads (`{ content, embeds, components }`, as rendered or as PATCHed to
 * the fake REST API) back into what a reader sees, and checks Discord's documented limits.
 */
export const DISCORD_MAX = {
  content: 2000,
  embeds: 10,
  embedChars: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
} as const;

export interface DiscordPayload {
  content?: string;
  embeds?: any[];
  components?: any[];
}

export function discordView(messages: DiscordPayload[]): RenderedView {
  const body: string[] = [];
  const sources: SourceView[] = [];
  const all: string[] = [];
  for (const message of messages) {
    if (message.content) {
      body.push(message.content);
      all.push(message.content);
    }
    for (const embed of message.embeds ?? []) {
      const source = readSource(embed);
      if (source) sources.push(source);
      all.push(embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).map((f: any) => f.value));
    }
  }
  return { body, sources, all: all.join('\n'), overLimits: messages.flatMap((m, i) => discordLimitProblems(m).map((p) => `message ${i}: ${p}`)) };
}

/** Title `[n] Title`, a block-quoted passage, and the Where/File fields. */
function readSource(embed: any): SourceView | undefined {
  const title = /^\[(\d+)\] ([\s\S]*)$/.exec(embed.title ?? '');
  if (!title) return undefined;
  const field = (name: string) => (embed.fields ?? []).find((f: any) => f.name === name)?.value ?? '';
  const quote = String(embed.description ?? '')
    .split('\n')
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n');
  return { n: Number(title[1]), title: title[2]!, locator: field('Where'), source: field('File'), quote };
}

export function discordLimitProblems(message: DiscordPayload): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => length > max && problems.push(`${what} ${length} > ${max}`);
  over('content', message.content?.length ?? 0, DISCORD_MAX.content);
  const embeds = message.embeds ?? [];
  over('embeds', embeds.length, DISCORD_MAX.embeds);
  let embedChars = 0;
  for (const e of embeds) {
    const fields: any[] = e.fields ?? [];
    embedChars += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
    embedChars += fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    over('embed title', e.title?.length ?? 0, DISCORD_MAX.embedTitle);
    over('embed description', e.description?.length ?? 0, DISCORD_MAX.embedDescription);
    over('fields', fields.length, DISCORD_MAX.fields);
    for (const f of fields) {
      over('field name', f.name.length, DISCORD_MAX.fieldName);
      over('field value', f.value.length, DISCORD_MAX.fieldValue);
    }
  }
  over('embed characters', embedChars, DISCORD_MAX.embedChars);
  const rows = message.components ?? [];
  over('action rows', rows.length, DISCORD_MAX.actionRows);
  for (const row of rows) {
    over('buttons in a row', row.components.length, DISCORD_MAX.buttonsPerRow);
    for (const b of row.components) {
      over('custom_id', b.custom_id?.length ?? 0, DISCORD_MAX.customId);
      over('button label', b.label?.length ?? 0, DISCORD_MAX.buttonLabel);
    }
  }
  return problems;
}
