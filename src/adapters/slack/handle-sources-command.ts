import type { CommandArgs } from './answer-command.js';
import { describeFailure } from './describe-failure.js';
import { renderSources } from './render-admin.js';
import type { SlackDeps } from './slack-deps.js';

/** `/sources`: the indexed documents, with passage counts and when each was indexed (ephemeral). */
export async function handleSourcesCommand(deps: SlackDeps, { command, ack, respond }: CommandArgs): Promise<void> {
  await ack();
  try {
    for (const message of renderSources(await deps.bot.listSources())) {
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    }
  } catch (error) {
    await respond({ response_type: 'ephemeral', text: describeFailure(deps.logger, error, { handler: '/sources', user: command.user_id }) });
  }
}
