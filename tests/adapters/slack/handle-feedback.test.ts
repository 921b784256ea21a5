import { afterEach, describe, expect, it } from 'vitest';
import { renderAskResult } from '../../../src/adapters/slack/render.js';
import type { FeedbackVote } from '../../../src/core/ports.js';
import { createDummyAnswer, FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { createDummyButtonAction } from '../../fakes/slack-payloads.js';
import { startSlackTestApp, visibleText, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A click on a button of a rendered answer, as Slack sends it (with the message's blocks). */
function clickOn(actionId: 'feedback_up' | 'feedback_down', responseUrl: string) {
  const [message] = renderAskResult(createDummyAnswer({ id: 'ans-77', question: 'Who testified?' }));
  const buttons = message!.blocks!.at(-1)! as { elements: { action_id: string; value: string }[] };
  const button = buttons.elements.find((e) => e.action_id === actionId)!;
  return createDummyButtonAction({
    response_url: responseUrl,
    message: { type: 'message', ts: '1700000000.000002', text: message!.text, blocks: message!.blocks },
    actions: [{ type: 'button', block_id: 'feedback', action_id: actionId, value: button.value, action_ts: '1700000001.000000', text: { type: 'plain_text', text: 'x' } }],
  });
}

describe('handleFeedback', () => {
  it('records the vote with the question, answer id and user, and thanks the voter in place', async () => {
    const votes: FeedbackVote[] = [];
    const bot = new FakePolicyBot({ recordFeedback: (vote) => void votes.push(vote) });
    app = await startSlackTestApp({ bot });
    const res = await app.sendAction(clickOn('feedback_down', app.api.responseUrl('action')));
    expect(res.status).toBe(200);
    await app.handle.idle();

    expect(votes).toEqual([{ answerId: 'ans-77', question: 'Who testified?', user: 'UBOB', platform: 'slack', vote: 'down' }]);
    const [reply] = app.api.responses;
    expect(reply!.body.replace_original).toBe(true);
    expect(reply!.body.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    expect(visibleText(reply!.body)).toContain('*[1] Model distillation, the technique*');
    expect(visibleText(reply!.body)).toContain('👎 Thanks <@UBOB>, your feedback was recorded.');
  });

  it('does not record a vote whose value it cannot read', async () => {
    const bot = new FakePolicyBot({ recordFeedback: () => undefined });
    app = await startSlackTestApp({ bot });
    const payload = clickOn('feedback_up', app.api.responseUrl('action'));
    (payload.actions as { value: string }[])[0]!.value = 'garbage';
    await app.sendAction(payload);
    await app.handle.idle();
    expect(bot.calls).toEqual([]);
    expect(app.api.responses[0]!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  });
});
