import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedActivity {
  /** The conversation the activity was posted to. */
  conversationId: string;
  body: { type?: string; text?: string; [key: string]: unknown };
}

/** A Bot Framework connector on 127.0.0.1 that records what the bot sends. Each post is answered with the next
 * status of `statuses` (then 200 for ever); conversation creation (POST /v3/conversations) answers `createStatus`. */
export class FakeConnector {
  readonly received: ReceivedActivity[] = [];
  readonly attempts: { conversationId: string; status: number }[] = [];
  readonly created: unknown[] = [];
  statuses: number[] = [];
  createStatus = 200;
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeConnector> {
    let connector: FakeConnector | undefined;
    const server = createServer((req, res) => connector?.handle(req.url ?? '', req, res));
    connector = new FakeConnector(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Resolves once `count` activities have been accepted (or rejects after `timeoutMs`). */
  async waitFor(count: number, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} activities, got ${this.received.length}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(url: string, req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {};
      if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(url)) {
        this.created.push(body);
        res.writeHead(this.createStatus, { 'content-type': 'application/json' });
        res.end(JSON.stringify(this.createStatus === 200 ? { id: 'personal-chat-1' } : { error: { code: 'Forbidden' } }));
        return;
      }
      const match = /\/v3\/conversations\/([^/]+)\/activities/.exec(url);
      const status = this.statuses.shift() ?? 200;
      const conversationId = decodeURIComponent(match?.[1] ?? '');
      this.attempts.push({ conversationId, status });
      if (status === 200) this.received.push({ conversationId, body });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status === 200 ? { id: `activity-${this.received.length}` } : { error: { code: 'Failed' } }));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
}
