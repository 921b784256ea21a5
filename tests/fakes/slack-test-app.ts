import { startSlack, type SlackHandle } from '../../src/adapters/slack/index.js';
import type { PolicyBot } from '../../src/core/ports.js';
import { createLogger } from '../../src/core/support/logger.js';
import { SlackApiServer } from './slack-api-server.js';
import { createDummyCommand, createDummyEventCallback, signSlackRequest } from './slack-payloads.js';

/**
 * The real Slack adapter (Bolt in HTTP mode on 127.0.0.1) wired to a local Slack Web API, with
 * helpers that post signed events, slash commands and button clicks the way Slack does.
 */

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789';

export interface SlackTestAppOptions {
  bot: PolicyBot;
  admins?: string[];
  ratePerMinute?: number;
  now?: () => number;
  channelAllowlist?: string[];
}

export interface SendOptions {
  /** Unix seconds for the signature; defaults to now (Bolt rejects anything 5 minutes off). */
  timestamp?: number;
  /** Sign with this secret instead of the app's. */
  secret?: string;
  /** Extra headers, e.g. Slack's `x-slack-retry-num`. */
  headers?: Record<string, string>;
}

export interface SlackTestApp {
  api: SlackApiServer;
  handle: SlackHandle;
  /** JSON log lines the adapter wrote. */
  logLines: string[];
  /** Stores the event's message in the fake API (as Slack would) and posts the signed callback. */
  sendEvent(event: Record<string, unknown>, options?: SendOptions): Promise<Response>;
  sendCommand(overrides?: Record<string, string>, options?: SendOptions): Promise<Response>;
  sendAction(payload: Record<string, unknown>, options?: SendOptions): Promise<Response>;
  close(): Promise<void>;
}

export async function startSlackTestApp(options: SlackTestAppOptions): Promise<SlackTestApp> {
  const api = await SlackApiServer.start();
  const logLines: string[] = [];
  const handle = await startSlack({
    bot: options.bot,
    slack: {
      botToken: api.token,
      signingSecret: TEST_SIGNING_SECRET,
      apiUrl: api.apiUrl,
      channelAllowlist: options.channelAllowlist ?? [],
      port: 0,
    },
    host: '127.0.0.1',
    admins: options.admins ?? ['UADMIN'],
    ratePerMinute: options.ratePerMinute ?? 100,
    now: options.now,
    logger: createLogger('debug', (line) => logLines.push(line)),
    retryConfig: { retries: 0 },
  });
  const eventsUrl = `http://127.0.0.1:${handle.port}/slack/events`;

  async function post(body: string, contentType: string, { timestamp, secret, headers: extra }: SendOptions = {}): Promise<Response> {
    const ts = timestamp ?? Math.floor(Date.now() / 1000);
    const headers = { 'content-type': contentType, ...extra, ...signSlackRequest(secret ?? TEST_SIGNING_SECRET, body, ts) };
    return fetch(eventsUrl, { method: 'POST', headers, body });
  }

  return {
    api,
    handle,
    logLines,
    sendEvent(event, sendOptions) {
      if (typeof event.ts === 'string' && typeof event.channel === 'string' && (event.type === 'message' || event.type === 'app_mention')) {
        api.addMessage({ ts: event.ts, channel: event.channel, text: event.text as string, user: event.user as string, thread_ts: event.thread_ts as string | undefined });
      }
      return post(JSON.stringify(createDummyEventCallback(event)), 'application/json', sendOptions);
    },
    sendCommand(overrides = {}, sendOptions) {
      const form = new URLSearchParams(createDummyCommand({ response_url: api.responseUrl(), ...overrides }));
      return post(form.toString(), 'application/x-www-form-urlencoded', sendOptions);
    },
    sendAction(payload, sendOptions) {
      const form = new URLSearchParams({ payload: JSON.stringify(payload) });
      return post(form.toString(), 'application/x-www-form-urlencoded', sendOptions);
    },
    async close() {
      await handle.stop();
      await api.close();
    },
  };
}

/** The visible text of a recorded message: its section and context texts, else its `text`. */
export function visibleText(args: Record<string, any>): string {
  const blocks: any[] = args.blocks ?? [];
  const parts = blocks.flatMap((b) =>
    b.type === 'section' ? [b.text?.text ?? ''] : b.type === 'context' ? b.elements.map((e: any) => e.text ?? '') : b.type === 'header' ? [b.text.text] : [],
  );
  return parts.length > 0 ? parts.join('\n') : (args.text ?? '');
}

/** The body of Bolt's immediate acknowledgement (what `ack({...})` sent back to Slack). */
export async function ackBody(res: Response): Promise<{ text?: string; response_type?: string }> {
  const text = await res.text();
  return text ? (JSON.parse(text) as { text?: string; response_type?: string }) : {};
}
