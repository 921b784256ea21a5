import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type WebSocket } from 'ws';

/** A loose JSON payload: the fake builds Discord objects by hand and lets discord.js parse them. */
export type Json = Record<string, any>;

interface Session {
  id: string;
  shard: [number, number];
  seq: number;
  /** Every dispatch of the session, so a RESUME can replay what the client missed. */
  events: { s: number; t: string; d: Json }[];
  socket?: WebSocket;
}

export interface FakeGatewayOptions {
  heartbeatIntervalMs: number;
  bot: Json;
  appId: string;
  url: () => string;
  /** The GUILD_CREATE payloads; each shard gets the guilds Discord would route to it. */
  guilds: () => Json[];
}

/**
 * A Discord gateway on a local WebSocket: HELLO → IDENTIFY → READY + GUILD_CREATE, heartbeat
 * ACKs, dispatches on demand, and RESUME answered with a replay + RESUMED (or INVALID_SESSION
 * when `acceptResume` is false). Emits 'identify', 'resume' and 'heartbeat'.
 */
export class FakeGateway extends EventEmitter {
  readonly identifies: Json[] = [];
  readonly resumes: Json[] = [];
  acceptResume = true;
  private readonly wss: WebSocketServer;
  /** The live session of each shard id. */
  private readonly sessions = new Map<number, Session>();

  constructor(server: Server, private readonly options: FakeGatewayOptions) {
    super();
    this.wss = new WebSocketServer({ server, path: '/gateway' });
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  /** Sends a dispatch to the shard that owns `guildId` (shard 0 for DMs), or queues it for replay. */
  dispatch(t: string, d: Json, guildId: string | undefined = d.guild_id): void {
    const session = this.sessions.get(guildId ? this.shardOf(guildId) : 0) ?? [...this.sessions.values()][0];
    if (!session) throw new Error(`FakeGateway: no session to dispatch ${t} to`);
    const event = { s: ++session.seq, t, d };
    session.events.push(event);
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify({ op: 0, ...event }));
  }

  /** Drops every connection: `close` sends a close frame (code 4000), `terminate` just cuts it. */
  drop(how: 'close' | 'terminate' = 'close', code = 4000): void {
    for (const session of this.sessions.values()) {
      if (how === 'close') session.socket?.close(code);
      else session.socket?.terminate();
      session.socket = undefined;
    }
  }

  async waitFor(event: 'identify' | 'resume'): Promise<Json> {
    const [data] = await once(this, event, { signal: AbortSignal.timeout(10_000) });
    return data as Json;
  }

  get connections(): number {
    return this.wss.clients.size;
  }

  close(): void {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
  }

  shardOf(guildId: string, count = [...this.sessions.values()][0]?.shard[1] ?? 1): number {
    return Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  private onConnection(socket: WebSocket): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Json };
      if (payload.op === 1) {
        socket.send(JSON.stringify({ op: 11 }));
        this.emit('heartbeat');
      } else if (payload.op === 2) this.identify(socket, payload.d);
      else if (payload.op === 6) this.resume(socket, payload.d);
    });
  }

  private identify(socket: WebSocket, d: Json): void {
    this.identifies.push(d);
    const shard = (d.shard as [number, number] | undefined) ?? [0, 1];
    const session: Session = { id: randomBytes(8).toString('hex'), shard, seq: 0, events: [], socket };
    this.sessions.set(shard[0], session);
    const guilds = this.options.guilds().filter((g) => this.shardOf(g.id, shard[1]) === shard[0]);
    const ready = {
      v: 10,
      user: this.options.bot,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.id,
      resume_gateway_url: this.options.url(),
      shard,
      application: { id: this.options.appId, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
    };
    this.sendTo(session, 'READY', ready);
    for (const guild of guilds) this.sendTo(session, 'GUILD_CREATE', guild);
    this.emit('identify', d);
  }

  private resume(socket: WebSocket, d: Json): void {
    this.resumes.push(d);
    const session = [...this.sessions.values()].find((s) => s.id === d.session_id);
    if (!this.acceptResume || !session) {
      socket.send(JSON.stringify({ op: 9, d: false }));
    } else {
      session.socket = socket;
      for (const event of session.events.filter((e) => e.s > d.seq)) socket.send(JSON.stringify({ op: 0, ...event }));
      this.sendTo(session, 'RESUMED', {});
    }
    this.emit('resume', d);
  }

  private sendTo(session: Session, t: string, d: Json): void {
    const event = { s: ++session.seq, t, d };
    session.events.push(event);
    session.socket?.send(JSON.stringify({ op: 0, ...event }));
  }
}
