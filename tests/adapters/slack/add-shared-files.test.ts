import { afterEach, describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../src/core/errors.js';
import type { Upload } from '../../../src/core/ports.js';
import { FakePolicyBot } from '../../fakes/fake-policy-bot.js';
import { SlackApiServer } from '../../fakes/slack-api-server.js';
import { createDummyUploadResult } from '../../fakes/slack-core-results.js';
import { createDummyMention, createDummyMessage } from '../../fakes/slack-payloads.js';
import { startSlackTestApp, type SlackTestApp } from '../../fakes/slack-test-app.js';

let app: SlackTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const bytes = new TextEncoder().encode('# New policy\n\nDistillation is restricted.\n');

describe('addSharedFiles', () => {
  it('downloads a file an admin shares in a DM with "add" and ingests it through the upload path', async () => {
    const uploads: Upload[] = [];
    const bot = new FakePolicyBot({ addDocument: (u) => (uploads.push(u), createDummyUploadResult()) });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    const file = app.api.addFile({ id: 'F1', name: 'new-policy.md', bytes });
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), user: 'UADMIN', channel: 'DADMIN', subtype: 'file_share', text: 'add', files: [file] }));
    await app.handle.idle();

    expect(app.api.downloads).toEqual([{ fileId: 'F1', authorization: `Bearer ${app.api.token}` }]);
    expect(uploads).toHaveLength(1);
    expect(uploads[0]).toMatchObject({ fileName: 'new-policy.md', replace: false });
    expect(Buffer.from(uploads[0]!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(app.api.callsTo('chat.update').at(-1)!.text).toBe('✅ Added `uploads/new-policy.md`. The index holds 312 passages.');
  });

  it('looks the file up with files.info when the event lacks a download URL, and honours "replace"', async () => {
    const uploads: Upload[] = [];
    const bot = new FakePolicyBot({ addDocument: (u) => (uploads.push(u), createDummyUploadResult({ replaced: true })) });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    app.api.addFile({ id: 'F2', name: 'ip.md', bytes });
    const ts = app.api.nextTs();
    await app.sendEvent(createDummyMention({ ts, user: 'UADMIN', text: '<@UBOT> add replace', files: [{ id: 'F2' }] }));
    await app.handle.idle();

    expect(app.api.callsTo('files.info')).toEqual([expect.objectContaining({ file: 'F2' })]);
    expect(uploads[0]).toMatchObject({ fileName: 'ip.md', replace: true });
    expect(app.api.callsTo('chat.postMessage')[0]!.thread_ts).toBe(ts);
  });

  it('explains why a file was rejected', async () => {
    const bot = new FakePolicyBot({
      addDocument: () => {
        throw new UploadRejectedError('ip.md', 'exists', 'a document with this name exists');
      },
    });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    const file = app.api.addFile({ id: 'F3', name: 'ip.md', bytes });
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), user: 'UADMIN', subtype: 'file_share', text: 'add this one', files: [file] }));
    await app.handle.idle();
    expect(app.api.callsTo('chat.update').at(-1)!.text).toMatch(/^I couldn't add `ip.md`: a document with that name already exists\. Share it again with `add replace`/);
  });

  it('refuses files from non-admins without downloading them', async () => {
    const bot = new FakePolicyBot({ addDocument: () => createDummyUploadResult() });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    const file = app.api.addFile({ id: 'F4', name: 'x.md', bytes });
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), user: 'UALICE', subtype: 'file_share', text: 'add', files: [file] }));
    await app.handle.idle();
    expect(bot.calls).toEqual([]);
    expect(app.api.downloads).toEqual([]);
    expect(app.api.callsTo('chat.postMessage')[0]!.text).toMatch(/^Sorry, only policybot admins can add documents/);
  });

  it('never sends the bot token to a host that is not Slack', async () => {
    const bot = new FakePolicyBot({ addDocument: () => createDummyUploadResult() });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    const elsewhere = await SlackApiServer.start();
    try {
      const file = elsewhere.addFile({ id: 'F5', name: 'evil.md', bytes });
      await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), user: 'UADMIN', subtype: 'file_share', text: 'add', files: [file] }));
      await app.handle.idle();
      expect(elsewhere.downloads).toEqual([]);
    } finally {
      await elsewhere.close();
    }
    expect(bot.calls).toEqual([]);
    expect(app.api.callsTo('chat.update').at(-1)!.text).toMatch(/^Something went wrong \(ref [0-9a-f]{6}\)/);
  });

  it('rejects a file over the size limit before downloading it', async () => {
    const bot = new FakePolicyBot({ addDocument: () => createDummyUploadResult() });
    app = await startSlackTestApp({ bot, admins: ['UADMIN'] });
    const file = { ...app.api.addFile({ id: 'F6', name: 'big.pdf', bytes }), size: 50 * 1024 * 1024 };
    await app.sendEvent(createDummyMessage({ ts: app.api.nextTs(), user: 'UADMIN', subtype: 'file_share', text: 'add', files: [file] }));
    await app.handle.idle();
    expect(app.api.downloads).toEqual([]);
    expect(app.api.callsTo('chat.update').at(-1)!.text).toMatch(/^I couldn't add `big.pdf`: it is too large/);
  });
});
