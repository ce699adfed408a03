import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/** Every command a Redis runs, as MONITOR reports them, in the order it ran them. Tests wait for the
 * commands they expect instead of sleeping and hoping they have arrived. */
export class RedisMonitor {
  readonly commands: string[][] = [];
  private waiters: { until: (args: string[]) => boolean; resolve: () => void }[] = [];

  private constructor(private readonly client: Redis, private readonly monitor: Redis) {
    monitor.on('monitor', (_time: string, args: string[]) => {
      this.commands.push(args);
      this.waiters = this.waiters.filter((w) => (w.until(args) ? (w.resolve(), false) : true));
    });
  }

  static async start(url: string): Promise<RedisMonitor> {
    const client = new Redis(url);
    return new RedisMonitor(client, await client.monitor());
  }

  /** Resolves once a command matching `until` has run (at once if one already has). */
  waitFor(until: (args: string[]) => boolean): Promise<void> {
    if (this.commands.some(until)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ until, resolve }));
  }

  /** Resolves once every command sent before this call, on any connection, has been seen: Redis runs commands
   * one at a time, so a marker sent now is reported after them. */
  async settled(): Promise<void> {
    const marker = `monitor-marker:${randomUUID()}`;
    const seen = this.waitFor((args) => args.includes(marker));
    await this.client.exists(marker);
    await seen;
  }

  async stop(): Promise<void> {
    this.monitor.disconnect();
    await this.client.quit();
  }
}
