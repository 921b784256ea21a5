import { renderAnswer, renderSummary } from '../../../src/adapters/discord/render.js';
import { describeRendererContract } from './renderer-contract.js';
import { discordView } from './discord-view.js';

describeRendererContract({
  name: 'discord renderAnswer / renderSummary',
  ask: (result) => discordView(renderAnswer(result, { how: 'command' })),
  summary: (result) => discordView(renderSummary(result, { how: 'command' })),
});
