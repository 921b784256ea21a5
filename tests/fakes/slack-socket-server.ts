import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Socket Mode endpoint: greets each connection with `hello` (which is when Bolt's
 * `start()` resolves), delivers envelopes and resolves with the app's acknowledgement.
 */
export class SlackSocketServer {
  private readonly server: WebSocketServer;
  private socket: WebSocket | undefined;
  private readonly connected: Promise<void>;
  private counter = 0;
  readonly url: string;

  private constructor(server: WebSocketServer) {
    this.server = server;
    this.url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
    this.connected = new Promise((resolve) => {
      server.on('connection', (socket) => {
        this.socket = socket;
        socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' }, debug_info: {} }));
        resolve();
      });
    });
  }

  static async start(): Promise<SlackSocketServer> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => server.once('listening', resolve));
    return new SlackSocketServer(server);
  }

  /** Sends one envelope (`events_api`, `slash_commands`, `interactive`) and waits for its ack. */
  async deliver(type: string, payload: Record<string, unknown>): Promise<Record<string, unknown>> {
    await this.connected;
    const socket = this.socket!;
    this.counter += 1;
    const envelopeId = `env-${this.counter}`;
    const acked = new Promise<Record<string, unknown>>((resolve) => {
      const onMessage = (data: Buffer) => {
        const message = JSON.parse(data.toString()) as Record<string, unknown>;
        if (message.envelope_id !== envelopeId) return;
        socket.off('message', onMessage);
        resolve(message);
      };
      socket.on('message', onMessage);
    });
    socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
