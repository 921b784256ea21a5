import { renderAnswer, renderSummary } from '../../../src/adapters/cli/render.js';
import { cliView } from './cli-view.js';
import { describeRendererContract } from './renderer-contract.js';

describeRendererContract({
  name: 'cli renderAnswer / renderSummary',
  ask: (result) => cliView(renderAnswer(result)),
  summary: (result) => cliView(renderSummary(result)),
});
