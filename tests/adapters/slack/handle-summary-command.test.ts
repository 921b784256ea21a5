import { afterEach, describe, expect, it } from 'vitest';
import { FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { createDummySummary } from '../../fakes/slack-core-results.js';
import { ackBody, startSlackTestApp, visibleText, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('handleSummaryCommand', () => {
  it('summarises the topic and posts the cited bullets to the channel', async () => {
    const bot = new FakePolicyBot({ summarize: () => createDummySummary() });
    app = await startSlackTestApp({ bot });
    const res = await app.sendCommand({ command: '/policy-summary', text: 'distillation' });
    expect((await ackBody(res)).text).toBe('📝 Summarising _distillation_…');
    await app.handle.idle();

    expect(bot.calls[0]!.args[0]).toBe('distillation');
    const body = app.api.responses[0]!.body;
    expect(body.response_type).toBe('in_channel');
    expect(visibleText(body)).toContain('Summary: Model distillation');
    expect(visibleText(body)).toContain('• Terms of service often forbid it. [1] [2]');
  });

  it('says which documents are closest when the topic is not covered', async () => {
    const bot = new FakePolicyBot({
      summarize: (topic) => ({ kind: 'declined', id: 's-2', topic, answer: 'Nothing in the documents covers mars.', closest: [{ source: 'ip.md', title: 'IP overview' }], mode: 'extractive' }),
    });
    app = await startSlackTestApp({ bot });
    await app.sendCommand({ command: '/policy-summary', text: 'mars' });
    await app.handle.idle();
    expect(visibleText(app.api.responses[0]!.body)).toContain('Nothing in the documents covers mars.\n*Closest documents:*\n• IP overview (`ip.md`)');
  });
});
