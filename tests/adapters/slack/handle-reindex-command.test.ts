import { afterEach, describe, expect, it } from 'vitest';
import { IndexLockedError } from '../../../src/core/errors.js';
import { FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { createDummyIndexReport } from '../../fakes/slack-core-results.js';
import { ackBody, startSlackTestApp, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('handleReindexCommand', () => {
  it('refuses a non-admin politely and never starts a re-index', async () => {
    const bot = new FakePolicyBot({ reindex: () => createDummyIndexReport() });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    const res = await app.sendCommand({ command: '/reindex', text: '', user_id: 'UALICE' });
    await app.handle.idle();
    expect(await ackBody(res)).toEqual({ response_type: 'ephemeral', text: expect.stringMatching(/^Sorry, only policybot admins can run `\/reindex`/) });
    expect(bot.calls).toEqual([]);
    expect(app.api.callsTo('chat.postMessage')).toEqual([]);
  });

  it('posts progress for an admin and ends with the final counts', async () => {
    const bot = new FakePolicyBot({
      reindex: (options) => {
        options?.onProgress?.({ phase: 'scan', done: 0, total: 3 });
        options?.onProgress?.({ phase: 'embed', done: 1, total: 3, source: 'ip.md' });
        return createDummyIndexReport();
      },
    });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    await app.sendCommand({ command: '/reindex', text: '', user_id: 'UADMIN' });
    await app.handle.idle();

    expect(app.api.callsTo('chat.postMessage')[0]).toMatchObject({ channel: 'CPOLICY', text: '🔄 Re-indexing the knowledge folder…' });
    const updates = app.api.callsTo('chat.update').map((u) => u.text);
    expect(updates[0]).toBe('🔄 Re-indexing… scan 0/3');
    expect(updates.at(-1)).toBe('✅ Re-index finished in 1.2 s: 2 added, 1 changed, 0 removed, 14 unchanged. The index holds 312 passages.');
  });

  it('says a re-index is already running when the index is locked', async () => {
    const bot = new FakePolicyBot({
      reindex: () => {
        throw new IndexLockedError('/tmp/index.lock');
      },
    });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    await app.sendCommand({ command: '/reindex', text: '', user_id: 'UADMIN' });
    await app.handle.idle();
    expect(app.api.callsTo('chat.update').at(-1)!.text).toBe('A re-index is already running. Please try again when it has finished.');
  });

  it('still reports the counts through response_url when it cannot post in the channel', async () => {
    const bot = new FakePolicyBot({ reindex: () => createDummyIndexReport() });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    app.api.failNext('chat.postMessage', 'not_in_channel');
    await app.sendCommand({ command: '/reindex', text: '', user_id: 'UADMIN' });
    await app.handle.idle();
    expect(app.api.responses.map((r) => r.body.text)).toEqual([
      '🔄 Re-indexing the knowledge folder…',
      expect.stringMatching(/^✅ Re-index finished/),
    ]);
  });
});
