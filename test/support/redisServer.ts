import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_HINT = 'redis-server is not on PATH. The storage tests run against a real Redis: install it (Debian/Ubuntu: apt-get install redis-server).';

/** A free TCP port on 127.0.0.1 (released again at once, so a server can bind it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface RedisServerOptions {
  port?: number;
  /** Keep data across a restart (append-only file, fsync on every write) in this directory. */
  dataDir?: string;
}

/** A redis-server child process on 127.0.0.1, persistence off unless `dataDir` is given. */
export class RedisServer {
  private child?: ChildProcess;
  private constructor(readonly port: number, private readonly dataDir?: string) {}

  static async start(options: RedisServerOptions = {}): Promise<RedisServer> {
    if (spawnSync('redis-server', ['--version']).error) throw new Error(INSTALL_HINT);
    const server = new RedisServer(options.port ?? (await freePort()), options.dataDir);
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts it (again, on the same port) and resolves once it accepts connections. */
  async restart(): Promise<void> {
    const persistence = this.dataDir
      ? ['--dir', this.dataDir, '--appendonly', 'yes', '--appendfsync', 'always', '--save', '']
      : ['--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--protected-mode', 'no', ...persistence], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${this.port}:\n${output}`)), 10_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited (${code}) on port ${this.port}:\n${output}`));
      });
    });
    child.stdout!.resume();
    child.stderr!.resume();
  }

  /** Stops it: SIGKILL for an abrupt outage, SIGTERM for a clean stop. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  /** Freezes or thaws it: connections stay open but nothing answers, as with a hung server or network. */
  pause(): void {
    this.child?.kill('SIGSTOP');
  }

  resume(): void {
    this.child?.kill('SIGCONT');
  }
}

/** A temporary directory for a Redis that must keep its data across a restart. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sda-redis-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The suite's shared Redis, started by the jest global setup. */
export function sharedRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error(`TEST_REDIS_URL is not set: the jest global setup (test/support/redisGlobalSetup.ts) starts Redis. ${INSTALL_HINT}`);
  return url;
}
