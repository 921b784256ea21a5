import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexLockedError, UploadRejectedError } from '../../../src/core/errors.js';
import type { IndexReport, ReindexOptions, Upload, UploadResult } from '../../../src/core/ports.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { createDummyAttachment, createDummyCommand, createDummyUser, MANAGE_GUILD } from '../../fakes/discord-payloads.js';
import type { RestCall } from '../../fakes/discord-server.js';

const admin = createDummyUser({ username: 'admin' });
const report: IndexReport = { added: 1, changed: 2, removed: 0, unchanged: 5, passages: 140, ms: 2300, skipped: [] };
let reindex: (o?: ReindexOptions) => Promise<IndexReport> | IndexReport = () => report;
let addDocument: (u: Upload) => Promise<UploadResult> | UploadResult = (u) => ({ source: u.fileName, replaced: u.replace ?? false, report });
let h: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness({ reindex: (o) => reindex(o), addDocument: (u) => addDocument(u) }, { admins: [admin.id], editIntervalMs: 20 });
});
afterAll(() => h?.close());

const command = (name: string, options: object[] = [], base: object = {}) =>
  h.fake.sendInteraction(createDummyCommand(name, options as never, { guild: h.guild, ...base }));
const callback = (token: string) => (c: RestCall) => c.method === 'POST' && c.path.endsWith(`/${token}/callback`);
const original = (token: string) => (c: RestCall) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`);

/** A `/reindex file:` interaction from a bot admin in a DM, with the file served by the fake. */
function reindexWithFile(name: string, text: string, replace = false) {
  const bytes = new TextEncoder().encode(text);
  const url = h.fake.serveFile(name, bytes);
  const file = createDummyAttachment({ filename: name, size: bytes.length, url, proxy_url: url, content_type: 'text/plain' });
  return h.fake.sendInteraction(
    createDummyCommand('reindex', [{ name: 'file', type: 11, value: file.id }, { name: 'replace', type: 5, value: replace }], {
      user: admin,
      resolved: { attachments: { [file.id]: file } },
    }),
  );
}

describe('/reindex', () => {
  const reindexCalls = () => h.bot.calls.filter((c) => c.method === 'reindex').length;

  it('refuses a member without Manage Server, ephemerally, without re-indexing', async () => {
    const before = reindexCalls();
    const i = command('reindex', [], { user: createDummyUser() });
    const refusal = await h.fake.waitForCall(callback(i.token));
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringMatching(/^Only server managers/) } });
    expect(reindexCalls()).toBe(before);
  });

  it('shows progress to a manager, then the counts', async () => {
    reindex = async (o) => {
      o?.onProgress?.({ phase: 'embed', done: 1, total: 3, source: 'a.md' });
      await h.fake.waitForCall((c) => c.body?.content === 'Embedding 1/3 — a.md…');
      return report;
    };
    try {
      const i = command('reindex', [], { permissions: MANAGE_GUILD });
      await h.fake.waitForCall((c) => original(i.token)(c) && c.body.content.startsWith('Index updated'));
      expect(h.fake.calls.find(callback(i.token))?.body).toEqual({ type: 5, data: { flags: 64 } });
      expect(h.fake.calls.filter(original(i.token)).map((c) => c.body.content)).toEqual([
        'Embedding 1/3 — a.md…',
        'Index updated in 2.3 s: 1 added, 2 changed, 0 removed, 5 unchanged; 140 passages.',
      ]);
    } finally {
      reindex = () => report;
    }
  });

  it('adds an attached document for a bot admin, even in a DM', async () => {
    const i = reindexWithFile('guidance.txt', 'New guidance.', true);
    const edit = await h.fake.waitForCall(original(i.token));
    expect(edit.body.content).toMatch(/^Replaced \*\*guidance\.txt\*\*\./);
    const upload = h.bot.calls.find((c) => c.method === 'addDocument')?.args[0] as { fileName: string; bytes: Uint8Array; replace: boolean };
    expect({ ...upload, bytes: Buffer.from(upload.bytes).toString() }).toEqual({ fileName: 'guidance.txt', bytes: 'New guidance.', replace: true });
  });

  it('says when a re-index is already running', async () => {
    reindex = () => Promise.reject(new IndexLockedError('/data/index.lock'));
    try {
      const i = command('reindex', [], { user: admin });
      const edit = await h.fake.waitForCall(original(i.token));
      expect(edit.body.content).toBe('A re-index is already running. Try again when it has finished.');
    } finally {
      reindex = () => report;
    }
  });

  it('explains why an upload was refused', async () => {
    addDocument = (u) => Promise.reject(new UploadRejectedError(u.fileName, 'exists', 'a document with this name exists'));
    try {
      const i = reindexWithFile('technique.md', '# Again');
      const edit = await h.fake.waitForCall(original(i.token));
      expect(edit.body.content).toBe('technique.md already exists. Send it again with `replace` to overwrite it.');
    } finally {
      addDocument = (u) => ({ source: u.fileName, replaced: u.replace ?? false, report });
    }
  });

  it('refuses a file larger than the upload limit without downloading it', async () => {
    const file = createDummyAttachment({ filename: 'huge.pdf', size: 200 * 1024 * 1024, url: h.fake.serveFile('huge.pdf', new Uint8Array(1)) });
    const i = h.fake.sendInteraction(createDummyCommand('reindex', [{ name: 'file', type: 11, value: file.id }], { user: admin, resolved: { attachments: { [file.id]: file } } }));
    const edit = await h.fake.waitForCall(original(i.token));
    expect(edit.body.content).toBe('huge.pdf is larger than the 25 MB upload limit.');
  });
});
