import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { SlackApiServer } from './fakes/slack-api-server.js';
import { createDummyEventCallback, createDummyMention, signSlackRequest } from './fakes/slack-payloads.js';
import { createWorkspace } from './helpers/knowledge-workspace.js';

/**
 * `npm start` as a real process: node with tsx's loader running src/main.ts, its working
 * directory a temp folder (so no developer `.env` is read) and only the settings given here.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADER = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const MAIN = join(ROOT, 'src/main.ts');
const QUESTION = 'What did Musk answer when asked whether xAI distilled OpenAI models?';
const SECRET = 'main-test-signing-secret';

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

let ws: Awaited<ReturnType<typeof createWorkspace>>;
const children: ChildProcessWithoutNullStreams[] = [];

beforeAll(async () => {
  ws = await createWorkspace();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(ws.root, { recursive: true, force: true });
});

function start(settings: Record<string, string>, indexName: string): Run {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: ws.root,
    KNOWLEDGE_DIR: ws.knowledgeDir,
    INDEX_DIR: join(ws.root, indexName),
    DATA_DIR: join(ws.root, `${indexName}-data`),
    LOG_LEVEL: 'info',
    ...settings,
  };
  const child = spawn(process.execPath, ['--import', LOADER, MAIN], { cwd: ws.root, env });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

// Each run spends most of its time importing the app; running the three at once saves wall time.
describe.concurrent('main', () => {
  it('opens a console chat without platform credentials: answers stdin questions and exits 0 on /quit', async ({ expect }) => {
    const run = start({}, 'index-console');
    run.child.stdin.end(`${QUESTION}\n/quit\n`);

    expect(await run.exit).toBe(0);
    const out = run.stdout();
    expect(out).toContain('policybot — ask about AI policy');
    expect(out).toContain('Musk said all the AI companies generally do it, and then answered "Partly". [1]');
    expect(out).toContain('[1] Beta: the Musk v. Altman hearing — beta-hearing.md, Cross-examination › ¶1');
    expect(existsSync(join(ws.root, 'index-console'))).toBe(true);
  });

  it('starts Slack when its credentials are set, answers a signed mention, and stops with exit 0 on SIGTERM', async ({ expect }) => {
    const api = await SlackApiServer.start({ token: 'xoxb-main-test' });
    try {
      const run = start({ SLACK_BOT_TOKEN: api.token, SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: api.apiUrl, PORT: '0' }, 'index-slack');
      const port = await vi.waitFor(
        () => {
          if (run.child.exitCode !== null) throw new Error(`main exited early:\n${run.stderr()}`);
          const line = run.stderr().split('\n').find((l) => l.includes('"slack: listening"'));
          if (!line) throw new Error('not listening yet');
          return JSON.parse(line).port as number;
        },
        { timeout: 30_000, interval: 50 },
      );
      const ts = api.nextTs();
      const event = createDummyMention({ ts, text: `<@UBOT> ${QUESTION}` });
      api.addMessage({ ts, channel: 'CPOLICY', text: event.text as string, user: 'UALICE' });
      const body = JSON.stringify(createDummyEventCallback(event));
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)) },
        body,
      });
      expect(res.status).toBe(200);

      const answer = await vi.waitFor(
        () => {
          const update = api.callsTo('chat.update').find((u) => String(u.text).includes('Partly'));
          if (!update) throw new Error('no answer yet');
          return update;
        },
        { timeout: 30_000, interval: 50 },
      );
      expect(JSON.stringify(answer.blocks)).toContain('*[1] Beta: the Musk v. Altman hearing*');
      expect(run.stdout()).not.toContain('policybot — ask about AI policy');

      run.child.kill('SIGTERM');
      expect(await run.exit).toBe(0);
    } finally {
      await api.close();
    }
  });

  it('exits 1 naming the setting when one is invalid', async ({ expect }) => {
    const run = start({ HNSW_M: 'abc' }, 'index-invalid');

    expect(await run.exit).toBe(1);
    expect(run.stderr()).toContain('policybot could not start.');
    expect(run.stderr()).toMatch(/HNSW_M: /);
    expect(run.stdout()).toBe('');
  });
});
