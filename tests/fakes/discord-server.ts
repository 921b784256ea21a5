import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeGateway, type Json } from './discord-gateway.js';
import { FakeDiscordChannels } from './discord-channels.js';
import { APP_ID, BOT_USER, createDummyGuild, snowflake } from './discord-payloads.js';

export interface RestCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: any;
  /** What the fake answered, e.g. the created message (with its id). */
  response?: any;
}

export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
  guilds?: Json[];
  /** What GET /gateway/bot recommends. */
  shards?: number;
}

type Route = [method: string, pattern: RegExp, handle: (m: string[], call: RestCall) => { status?: number; json?: unknown }];

/**
 * Discord's REST API and gateway on 127.0.0.1, for running a real discord.js Client in tests.
 * Records every REST call, keeps the messages the bot posts (so fetches of replies and threads
 * work), serves attachment files under /files/, and echoes the bot's channel messages back over
 * the gateway as Discord does.
 */
export class FakeDiscord {
  readonly calls: RestCall[] = [];
  readonly gateway: FakeGateway;
  readonly guilds: Json[];
  private readonly channels: FakeDiscordChannels;
  private readonly shards: number;
  private readonly files = new Map<string, Uint8Array>();
  private readonly callListeners = new Set<() => void>();

  private constructor(private readonly server: Server, options: FakeDiscordOptions) {
    this.guilds = options.guilds ?? [createDummyGuild()];
    this.gateway = new FakeGateway(server, {
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 250,
      bot: BOT_USER,
      appId: APP_ID,
      url: () => `ws://127.0.0.1:${this.port}/gateway`,
      guilds: () => this.guilds,
    });
    this.channels = new FakeDiscordChannels(this.gateway, this.guilds);
    this.shards = options.shards ?? 1;
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    let fake!: FakeDiscord;
    const server = createServer((req, res) => void fake.onRequest(req, res));
    fake = new FakeDiscord(server, options);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }
  /** The REST base to give discord.js (`rest.api`) or DISCORD_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** Serves bytes as an attachment and returns its URL. */
  serveFile(name: string, bytes: Uint8Array): string {
    this.files.set(name, bytes);
    return `http://127.0.0.1:${this.port}/files/${encodeURIComponent(name)}`;
  }

  /** Stores a user message (so the bot can fetch it later) and dispatches MESSAGE_CREATE. */
  sendMessage(message: Json): Json {
    const stored = this.channels.userMessage(message);
    this.gateway.dispatch('MESSAGE_CREATE', stored);
    return stored;
  }

  sendInteraction(interaction: Json): Json {
    this.channels.rememberInteraction(interaction);
    this.gateway.dispatch('INTERACTION_CREATE', interaction);
    return interaction;
  }

  message(id: string): Json | undefined {
    return this.channels.messages.get(id);
  }

  /** Resolves with the first recorded call (past or future) that matches. */
  async waitForCall(match: (call: RestCall) => boolean, timeoutMs = 10_000): Promise<RestCall> {
    const found = () => this.calls.find(match);
    return new Promise((resolve, reject) => {
      const check = () => {
        const call = found();
        if (!call) return;
        clearTimeout(timer);
        this.callListeners.delete(check);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.callListeners.delete(check);
        reject(new Error(`FakeDiscord: no matching REST call; calls so far:\n${this.calls.map((c) => `${c.method} ${c.path}`).join('\n')}`));
      }, timeoutMs);
      this.callListeners.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    this.gateway.close();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = req.headers['content-type']?.includes('json') && raw ? JSON.parse(raw) : raw;
    const file = /^\/files\/(.+)$/.exec(url.pathname);
    if (file) return this.serve(res, this.files.get(decodeURIComponent(file[1]!)));
    const call: RestCall = { method: req.method ?? 'GET', path: decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, ''), query: url.searchParams, body };
    this.calls.push(call);
    const route = this.routes.find(([method, pattern]) => method === call.method && pattern.test(call.path));
    const result = route ? route[2](route[1].exec(call.path)!.slice(1), call) : { status: 404, json: { message: '404: Not Found', code: 0 } };
    call.response = result.json;
    if (result.json === undefined) res.writeHead(result.status ?? 204).end();
    else res.writeHead(result.status ?? 200, { 'content-type': 'application/json' }).end(JSON.stringify(result.json));
    for (const listener of [...this.callListeners]) listener();
  }

  private serve(res: ServerResponse, bytes: Uint8Array | undefined): void {
    res.writeHead(bytes ? 200 : 404, { 'content-type': 'application/octet-stream' });
    res.end(bytes);
  }

  private readonly routes: Route[] = [
    ['GET', /^\/gateway\/bot$/, () => ({ json: { url: `ws://127.0.0.1:${this.port}/gateway`, shards: this.shards, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } } })],
    ['POST', /^\/interactions\/(\d+)\/([^/]+)\/callback$/, () => ({})],
    ['PATCH', /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/, ([token], c) => this.found(this.channels.webhookMessage(token!, '@original', c.body))],
    ['POST', /^\/webhooks\/\d+\/([^/]+)$/, ([token], c) => this.found(this.channels.webhookMessage(token!, snowflake(), c.body))],
    ['POST', /^\/channels\/(\d+)\/messages$/, ([channel], c) => ({ json: this.channels.botMessage(channel!, c.body) })],
    ['PATCH', /^\/channels\/(\d+)\/messages\/(\d+)$/, ([, id], c) => this.found(this.channels.edit(id!, c.body))],
    ['GET', /^\/channels\/(\d+)\/messages\/(\d+)$/, ([, id]) => this.found(this.channels.messages.get(id!))],
    ['GET', /^\/channels\/(\d+)\/messages$/, ([channel], c) => ({ json: this.channels.history(channel!, c.query) })],
    ['POST', /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/, ([channel, id], c) => ({ status: 201, json: this.channels.startThread(channel!, id!, c.body) })],
    ['POST', /^\/channels\/(\d+)\/typing$/, () => ({})],
    ['PUT', /^\/applications\/(\d+)(?:\/guilds\/\d+)?\/commands$/, ([app], c) => ({ json: (c.body as Json[]).map((cmd) => ({ ...cmd, id: snowflake(), application_id: app, version: snowflake(), type: 1 })) })],
  ];

  private found(message: Json | undefined) {
    return message ? { json: message } : { status: 404, json: { message: 'Unknown Message', code: 10008 } };
  }
}
