import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity } from 'botbuilder';
import { activity, post } from './http';
import { freePort } from './redisServer';

const ROOT = join(__dirname, '..', '..');

/** Settings a Redis-backed server needs besides REDIS_URL, for tests only. */
export const TEST_SERVER_ENV = { AUDIT_HMAC_KEY: 'test-only-audit-hmac-key-not-a-secret-0123456789' };

/** The bot server (bot/index.ts, as `npm start` runs it, through tsx) as a child process on 127.0.0.1. */
export class BotProcess {
  private child?: ChildProcess;
  output = '';

  private constructor(readonly port: number, private readonly env: Record<string, string>) {}

  static async start(env: Record<string, string>): Promise<BotProcess> {
    const bot = new BotProcess(await freePort(), env);
    await bot.restart();
    return bot;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts it (again, on the same port) and resolves once /readyz answers 200 (its storage is reachable),
   * as a load balancer would wait before sending it traffic. */
  async restart(): Promise<void> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(this.port), WEBCHAT_ENABLED: 'false', LOG_LEVEL: 'warn', ...TEST_SERVER_ENV, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`bot exited (${child.exitCode}):\n${this.output}`);
      const up = await fetch(`${this.url}/readyz`).then((r) => r.ok, () => false);
      if (up) return;
      await sleep(100);
    }
    throw new Error(`bot did not start on port ${this.port}:\n${this.output}`);
  }

  get alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }
}

/** One user in one personal conversation, talking to whichever server it is given. Each is a different
 * user, as per-user limits apply. */
export class HttpUser {
  constructor(readonly conversationId: string, readonly userId = `user-${randomUUID()}`) {}

  async send(baseUrl: string, input: string | Record<string, unknown>): Promise<Partial<Activity>[]> {
    const { status, activities } = await post(baseUrl, activity(typeof input === 'string' ? { text: input } : { value: input }, this.userId, this.conversationId));
    if (status !== 200) throw new Error(`POST /api/messages answered ${status}`);
    return activities as Partial<Activity>[];
  }
}
