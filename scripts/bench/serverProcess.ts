import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = join(__dirname, '..', '..');
/** The repository root, whether this runs from scripts/bench or from dist/scripts/bench. */
export const REPO_ROOT = basename(ROOT) === 'dist' ? dirname(ROOT) : ROOT;

export interface ServerSpec {
  /** Entry point relative to the repository root without extension, e.g. `bot/index`. */
  entry: string;
  port: number;
  fromSource: boolean;
  env?: Record<string, string>;
  cpuProfDir?: string;
}

/** A bot server as a child process on 127.0.0.1: the compiled dist/ with plain node, or the source with tsx. */
export class ServerProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess, readonly port: number) {
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-4000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  }

  static async start(spec: ServerSpec): Promise<ServerProcess> {
    const script = spec.fromSource ? join(REPO_ROOT, `${spec.entry}.ts`) : join(REPO_ROOT, 'dist', `${spec.entry}.js`);
    if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first (npm run bench does), or pass --from-source`);
    const args = [
      ...runtimeFlags(),
      ...(spec.fromSource ? ['--import', 'tsx'] : []),
      ...(spec.cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', spec.cpuProfDir] : []),
      script,
    ];
    // Only what the server needs: an Azure app id or a REDIS_URL in the caller's environment must not leak in.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: String(spec.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...spec.env };
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new ServerProcess(child, spec.port);
    await server.waitUntilReady();
    return server;
  }

  /** CPU time the process has used so far, in ms (user and system), or undefined where /proc is missing. */
  cpuMs(): number | undefined {
    return processCpuMs(this.child.pid);
  }

  /** Until GET /readyz answers 200 (the process listens and its storage is reachable). */
  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`the server exited (${this.child.exitCode}):\n${this.output}`);
      if ((await status(this.port, '/readyz')) === 200) return;
      await sleep(50);
    }
    await this.stop();
    throw new Error(`the server was not ready within 30 s:\n${this.output}`);
  }

  /** SIGTERM (the server closes cleanly, and a CPU profile is written), SIGKILL if it hangs. */
  async stop(): Promise<void> {
    const child = this.child;
    if (child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}

/** The node flags `npm start` gives the bot (package.json), for every server the bench starts, the echo floor
 * included: each runs as it would be deployed, and the floor gets no less than the bot. */
export function runtimeFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return scripts?.start?.match(/(?<=\bnode )(--[a-z-]+=\S+ )+/)?.[0].trim().split(' ') ?? [];
}

function status(port: number, path: string): Promise<number> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(1000, () => req.destroy());
  });
}

/** From /proc/<pid>/stat (Linux): utime and stime, in clock ticks of 10 ms (USER_HZ 100 on every Linux this
 * runs on). CPU used per turn stays meaningful on a machine shared with other work, where turns/s does not. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}
