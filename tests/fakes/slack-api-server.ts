import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Slack Web API, file downloads and `response_url`s, on 127.0.0.1.
 * It records every call, keeps the messages the bot posts (so `conversations.replies` sees a
 * thread the way Slack would), and answers only requests carrying the bot token.
 */

export interface RecordedCall {
  method: string;
  // Form fields as sent; JSON-valued fields (blocks) are parsed back into objects.
  args: Record<string, any>;
}

export interface RecordedResponse {
  path: string;
  body: Record<string, any>;
}

export interface FakeSlackMessage {
  ts: string;
  channel: string;
  text?: string;
  user?: string;
  bot_id?: string;
  thread_ts?: string;
  subtype?: string;
  blocks?: unknown[];
}

export interface FakeFile {
  id: string;
  name: string;
  bytes: Uint8Array;
}

export interface SlackApiServerOptions {
  token?: string;
  /** The xapp- token Socket Mode uses for `apps.connections.open`. */
  appToken?: string;
  botUserId?: string;
  botId?: string;
}

export class SlackApiServer {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  readonly downloads: { fileId: string; authorization?: string }[] = [];
  readonly messages: FakeSlackMessage[] = [];
  readonly token: string;
  readonly appToken: string;
  /** What `apps.connections.open` hands out (a local Socket Mode server in tests). */
  socketUrl = '';
  readonly botUserId: string;
  readonly botId: string;
  private readonly files = new Map<string, FakeFile>();
  private readonly failures = new Map<string, string>();
  private tsCounter = 0;
  private server!: Server;
  origin = '';

  private constructor(options: SlackApiServerOptions) {
    this.token = options.token ?? 'xoxb-test-token';
    this.appToken = options.appToken ?? 'xapp-test-token';
    this.botUserId = options.botUserId ?? 'UBOT';
    this.botId = options.botId ?? 'BBOT';
  }

  static async start(options: SlackApiServerOptions = {}): Promise<SlackApiServer> {
    const api = new SlackApiServer(options);
    api.server = createServer((req, res) => void api.route(req, res));
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.origin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  responseUrl(name = 'cmd'): string {
    return `${this.origin}/response/${name}`;
  }

  /** Slack timestamps in order, shared by test messages and bot posts so threads sort correctly. */
  nextTs(): string {
    this.tsCounter += 1;
    return `1700000000.${String(this.tsCounter).padStart(6, '0')}`;
  }

  /** Makes a file downloadable and returns it shaped like the `files` entry of a message event. */
  addFile(file: FakeFile): { id: string; name: string; size: number; url_private_download: string } {
    this.files.set(file.id, file);
    return { id: file.id, name: file.name, size: file.bytes.byteLength, url_private_download: `${this.origin}/files/${file.id}` };
  }

  /** Stores a message as Slack would before delivering its event. */
  addMessage(message: FakeSlackMessage): void {
    // A mention is delivered as both app_mention and message; Slack stores it once.
    if (this.messages.some((m) => m.channel === message.channel && m.ts === message.ts)) return;
    this.messages.push(message);
  }

  /** The next call to `method` answers `{ ok: false, error }`. */
  failNext(method: string, error: string): void {
    this.failures.set(method, error);
  }

  callsTo(method: string): Record<string, any>[] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = await readBody(req);
    if (url.pathname.startsWith('/response/')) {
      this.responses.push({ path: url.pathname, body: JSON.parse(body || '{}') });
      return send(res, 200, 'ok', 'text/plain');
    }
    if (url.pathname.startsWith('/files/')) return this.download(url.pathname.slice('/files/'.length), req, res);
    if (!url.pathname.startsWith('/api/')) return send(res, 404, 'not found', 'text/plain');
    const method = url.pathname.slice('/api/'.length);
    const token = method === 'apps.connections.open' ? this.appToken : this.token;
    if (req.headers.authorization !== `Bearer ${token}`) return sendJson(res, { ok: false, error: 'invalid_auth' });
    const args = parseForm(body);
    this.calls.push({ method, args });
    const failure = this.failures.get(method);
    if (failure) {
      this.failures.delete(method);
      return sendJson(res, { ok: false, error: failure });
    }
    sendJson(res, this.answer(method, args));
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'auth.test':
        return { ok: true, user_id: this.botUserId, bot_id: this.botId, team_id: 'T1', user: 'policybot' };
      case 'chat.postMessage': {
        const message = { ts: this.nextTs(), channel: args.channel, text: args.text, blocks: args.blocks, thread_ts: args.thread_ts, user: this.botUserId, bot_id: this.botId };
        this.messages.push(message);
        return { ok: true, channel: args.channel, ts: message.ts, message };
      }
      case 'chat.update': {
        const message = this.messages.find((m) => m.channel === args.channel && m.ts === args.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        Object.assign(message, { text: args.text, blocks: args.blocks });
        return { ok: true, channel: args.channel, ts: args.ts, text: args.text };
      }
      case 'reactions.add':
      case 'reactions.remove':
        return { ok: true };
      case 'conversations.replies': {
        const thread = this.messages.filter((m) => m.channel === args.channel && (m.ts === args.ts || m.thread_ts === args.ts));
        return { ok: true, messages: thread.sort((a, b) => a.ts.localeCompare(b.ts)), has_more: false };
      }
      case 'files.info': {
        const file = this.files.get(args.file);
        if (!file) return { ok: false, error: 'file_not_found' };
        return { ok: true, file: { id: file.id, name: file.name, size: file.bytes.byteLength, url_private_download: `${this.origin}/files/${file.id}` } };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private download(id: string, req: IncomingMessage, res: ServerResponse): void {
    this.downloads.push({ fileId: id, authorization: req.headers.authorization });
    const file = this.files.get(id);
    // Slack answers an unauthenticated download with a login page, not an error.
    if (req.headers.authorization !== `Bearer ${this.token}`) return send(res, 200, '<html>login</html>', 'text/html');
    if (!file) return send(res, 404, 'not found', 'text/plain');
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    res.end(Buffer.from(file.bytes));
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const JSON_FIELDS = new Set(['blocks', 'attachments', 'metadata']);

function parseForm(body: string): Record<string, any> {
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
  }
  return args;
}

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, body: unknown): void {
  send(res, 200, JSON.stringify(body), 'application/json');
}
