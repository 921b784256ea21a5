import type { App, BlockButtonAction } from '@slack/bolt';
import type { CommandArgs } from './answer-command.js';
import { handleAskCommand } from './handle-ask-command.js';
import { handleFeedback } from './handle-feedback.js';
import { handleMention } from './handle-mention.js';
import { handleMessage } from './handle-message.js';
import { handleReindexCommand } from './handle-reindex-command.js';
import { handleSourcesCommand } from './handle-sources-command.js';
import { handleSummaryCommand } from './handle-summary-command.js';
import type { SlackDeps } from './slack-deps.js';

/** Slash commands and their handlers; app-manifest.yaml must declare exactly these. */
export const SLASH_COMMANDS = {
  '/ask': handleAskCommand,
  '/policy-summary': handleSummaryCommand,
  '/sources': handleSourcesCommand,
  '/reindex': handleReindexCommand,
} satisfies Record<string, (deps: SlackDeps, args: CommandArgs) => Promise<void>>;

/** Event types the listeners need; the manifest subscribes to these (message.* cover `message`). */
export const SLACK_EVENTS = ['app_mention', 'message'] as const;

export function registerListeners(app: App, deps: SlackDeps): void {
  app.event('app_mention', (args) => handleMention(deps, args));
  app.event('message', (args) => handleMessage(deps, args));
  for (const [name, handle] of Object.entries(SLASH_COMMANDS)) app.command(name, (args) => handle(deps, args));
  app.action<BlockButtonAction>(/^feedback_(up|down)$/, (args) => handleFeedback(deps, args));
}
