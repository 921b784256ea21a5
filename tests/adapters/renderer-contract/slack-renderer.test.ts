import { renderAskResult, renderSummaryResult } from '../../../src/adapters/slack/render.js';
import { describeRendererContract } from './renderer-contract.js';
import { slackView } from './slack-view.js';

describeRendererContract({
  name: 'slack renderAskResult / renderSummaryResult',
  ask: (result) => slackView(renderAskResult(result)),
  summary: (result) => slackView(renderSummaryResult(result)),
});
