import { afterEach, describe, expect, it } from 'vitest';
import { FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { createDummySource } from '../../fakes/slack-core-results.js';
import { startSlackTestApp, visibleText, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('handleSourcesCommand', () => {
  it('lists the indexed documents with passage counts, only to the asker', async () => {
    const bot = new FakePolicyBot({ listSources: () => [createDummySource(), createDummySource({ source: 'ip.md', title: 'IP overview', passages: 3 })] });
    app = await startSlackTestApp({ bot });
    const res = await app.sendCommand({ command: '/sources', text: '' });
    expect(res.status).toBe(200);
    await app.handle.idle();
    const body = app.api.responses[0]!.body;
    expect(body.response_type).toBe('ephemeral');
    expect(visibleText(body)).toContain('Indexed documents: 2 (15 passages)');
    expect(visibleText(body)).toContain('• *IP overview* — `ip.md` · 3 passages · indexed <!date^');
  });
});
