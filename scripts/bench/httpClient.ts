import { Agent, request } from 'node:http';
import type { ReplyActivity } from './cardReader';

/** POSTs activities to one server over kept-alive connections (plain node:http: the load generator shares
 * the cores with the server, so the client should cost as little as possible). */
export class ActivityClient {
  private readonly agent: Agent;

  constructor(private readonly port: number, maxSockets: number) {
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  post(activity: object): Promise<{ status: number; activities: ReplyActivity[] }> {
    const body = JSON.stringify(activity);
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.port,
          path: '/api/messages',
          method: 'POST',
          agent: this.agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let activities: ReplyActivity[] = [];
            try {
              activities = text ? ((JSON.parse(text) as { activities?: ReplyActivity[] }).activities ?? []) : [];
            } catch {
              // A body that is not JSON counts as a reply with no activities; the caller treats that as an error.
            }
            resolve({ status: res.statusCode ?? 0, activities });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
