import {
  InteractionContextType,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

/**
 * The slash commands, shared by `npm run discord:register` and the interaction handlers so the
 * names and options cannot drift apart.
 */
export const COMMAND = { ask: 'ask', summary: 'summary', sources: 'sources', reindex: 'reindex' } as const;
export const OPTION = { question: 'question', topic: 'topic', file: 'file', replace: 'replace' } as const;

const contexts = [InteractionContextType.Guild, InteractionContextType.BotDM];

export const discordCommands: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  new SlashCommandBuilder()
    .setName(COMMAND.ask)
    .setDescription('Ask a question about AI policy; the answer cites the passages it relies on')
    .setContexts(contexts)
    .addStringOption((o) =>
      o.setName(OPTION.question).setDescription('Your question, e.g. "What is model distillation?"').setRequired(true),
    )
    .toJSON(),
  new SlashCommandBuilder()
    .setName(COMMAND.summary)
    .setDescription('Summarise a topic or one document, with citations')
    .setContexts(contexts)
    .addStringOption((o) =>
      o
        .setName(OPTION.topic)
        .setDescription('A topic ("distillation", "the hearing", "ip") or a document name')
        .setRequired(true)
        .setAutocomplete(true),
    )
    .toJSON(),
  new SlashCommandBuilder()
    .setName(COMMAND.sources)
    .setDescription('List the documents the bot answers from')
    .setContexts(contexts)
    .toJSON(),
  // Visible to everyone on purpose: the handler refuses non-managers with an explanation, and
  // bot admins listed in POLICYBOT_ADMINS may lack Manage Server. Servers can still restrict it
  // under Server Settings → Integrations.
  new SlashCommandBuilder()
    .setName(COMMAND.reindex)
    .setDescription('Re-read the knowledge folder, or add one document (managers and bot admins only)')
    .setContexts(contexts)
    .addAttachmentOption((o) =>
      o.setName(OPTION.file).setDescription('A document to add to the knowledge base (Markdown, text, PDF, Word)'),
    )
    .addBooleanOption((o) =>
      o.setName(OPTION.replace).setDescription('Overwrite a document with the same name (default: no)'),
    )
    .toJSON(),
];
