import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort } from '../support/redisServer';

/** Why a real cluster cannot be started here, or undefined when it can (redis-server and redis-cli 5 or later). */
export function clusterUnavailable(): string | undefined {
  const server = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  const cli = spawnSync('redis-cli', ['--version'], { encoding: 'utf8' });
  if (server.error || cli.error) return 'redis-server and redis-cli are not on PATH (Debian/Ubuntu: apt-get install redis-server)';
  const major = Number(/v=(\d+)/.exec(server.stdout)?.[1] ?? 0);
  if (major < 5) return `redis-server ${major} cannot create a cluster with redis-cli (5 or later needed)`;
  return undefined;
}

interface ClusterNode {
  port: number;
  child: ChildProcess;
}

const cli = (port: number, ...args: string[]) => spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { encoding: 'utf8' }).stdout ?? '';

/** Three masters with one replica each, every node a redis-server on a loopback port (persistence off), made
 * into a cluster by `redis-cli --cluster create`. A node is declared failed after one second. */
export class RedisCluster {
  private constructor(
    private readonly nodes: ClusterNode[],
    private readonly dir: string,
  ) {}

  static async start(): Promise<RedisCluster> {
    const dir = mkdtempSync(join(tmpdir(), 'sda-cluster-'));
    const ports: number[] = [];
    while (ports.length < 6) {
      const port = await freePort();
      // The cluster bus listens on port + 10000: both must be free.
      if (port < 55_000 && !ports.includes(port)) ports.push(port);
    }
    const nodes = await Promise.all(ports.map((port) => startNode(port, dir)));
    const cluster = new RedisCluster(nodes, dir);
    const created = spawnSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '1', '--cluster-yes'], { encoding: 'utf8' });
    if (created.status !== 0) {
      await cluster.stop();
      throw new Error(`redis-cli --cluster create failed:\n${created.stdout}${created.stderr}`);
    }
    await cluster.waitUntil(() => ports.every((p) => /cluster_state:ok/.test(cli(p, 'cluster', 'info'))), 'the cluster to be ok');
    await cluster.waitUntil(() => cluster.replicasInSync(), 'every replica to be in sync');
    return cluster;
  }

  /** The seed nodes, as REDIS_URL lists them. */
  get url(): string {
    return this.nodes
      .slice(0, 2)
      .map((n) => `redis://127.0.0.1:${n.port}`)
      .join(',');
  }

  get ports(): number[] {
    return this.nodes.map((n) => n.port);
  }

  /** The port of the master that holds `key`'s slot. */
  masterOf(key: string): number {
    const slot = Number(cli(this.ports[0], 'cluster', 'keyslot', key).trim());
    for (const line of this.clusterNodes()) {
      const [, address, flags, , , , , , ...ranges] = line.split(' ');
      if (!flags.includes('master') || flags.includes('fail')) continue;
      for (const range of ranges) {
        const [from, to = from] = range.split('-').map(Number);
        if (slot >= from && slot <= to) return Number(address.split(':')[1].split('@')[0]);
      }
    }
    throw new Error(`no master holds slot ${slot}`);
  }

  /** Kills the master with SIGKILL once its replica has everything it wrote (replication is asynchronous). */
  async killMaster(port: number): Promise<void> {
    await this.waitUntil(() => this.replicasInSync(), 'every replica to be in sync');
    const node = this.nodes.find((n) => n.port === port)!;
    await new Promise<void>((resolve) => {
      node.child.once('exit', () => resolve());
      node.child.kill('SIGKILL');
    });
  }

  /** Until the killed master's replica has taken over and the cluster is ok again. */
  async failedOver(port: number): Promise<void> {
    const others = this.ports.filter((p) => p !== port);
    await this.waitUntil(
      () => others.every((p) => /cluster_state:ok/.test(cli(p, 'cluster', 'info'))) && !this.clusterNodes(others[0]).some((l) => l.includes(`:${port}@`) && l.includes('master') && !l.includes('fail')),
      'a replica to take over',
    );
  }

  async stop(): Promise<void> {
    await Promise.all(
      this.nodes.map(
        (n) =>
          new Promise<void>((resolve) => {
            if (n.child.exitCode !== null || n.child.signalCode !== null) return resolve();
            n.child.once('exit', () => resolve());
            n.child.kill('SIGKILL');
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private clusterNodes(port = this.ports.find((p) => this.alive(p))!): string[] {
    return cli(port, 'cluster', 'nodes').trim().split('\n').filter(Boolean);
  }

  private alive(port: number): boolean {
    const child = this.nodes.find((n) => n.port === port)!.child;
    return child.exitCode === null && child.signalCode === null;
  }

  /** Every live master's replicas have acknowledged all it has written. */
  private replicasInSync(): boolean {
    return this.ports.filter((p) => this.alive(p)).every((port) => {
      const info = cli(port, 'info', 'replication');
      if (!/role:master/.test(info)) return true;
      const offset = Number(/master_repl_offset:(\d+)/.exec(info)?.[1]);
      const replicas = [...info.matchAll(/slave\d+:.*?offset=(\d+)/g)].map((m) => Number(m[1]));
      return replicas.length > 0 && replicas.every((o) => o === offset);
    });
  }

  private async waitUntil(done: () => boolean, what: string, ms = 30_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(100);
    }
  }
}

function startNode(port: number, dir: string): Promise<ClusterNode> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'no', '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${port}.conf`, '--cluster-node-timeout', '1000', '--dir', dir, '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start on port ${port}:\n${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        child.stdout!.resume();
        resolve({ port, child });
      }
    });
    child.stderr!.resume();
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}) on port ${port}:\n${output}`));
    });
  });
}
