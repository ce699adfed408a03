import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release } from 'node:os';
import { resolve } from 'node:path';
import { Redis } from 'ioredis';
import { freePort, RedisServer } from '../../test/support/redisServer';
import { ActivityClient } from './httpClient';
import { drive, echoErrand, flowErrand, runFlow, summariseLoad, type RawLoad, type Recorder } from './loadGenerator';
import { OptionsError, parseOptions, type BenchOptions } from './options';
import { plansFor, type Plan } from './plans';
import { questionsPerOutcome } from './questionsReport';
import { callsBetween, commandCalls, stateSize } from './redisProbe';
import { formatLevels, formatMachine, formatQuestions, formatRedis, formatTargets } from './report';
import type { BenchResults, LevelResult, RoundTrips, Target } from './results';
import { RoundTripCounter } from './roundTripCounter';
import { processCpuMs, REPO_ROOT, ServerProcess } from './serverProcess';
import { checkTargets } from './targets';

const KEY_PREFIX = 'bench:';
/** The bench's own calls to Redis, left out of the per-turn counts. */
const BENCH_COMMANDS = /^(info|config|flushdb|scan|strlen|ping|client|hello|select)/;

/** Plays every plan once with a single user: which scenarios finish on this server (a scenario whose dates the
 * real clock refuses does not), and, through a relay, how many Redis round trips a turn takes. */
async function probe(port: number, plans: Plan[], runId: string): Promise<{ usable: Plan[]; refused: Record<string, number>; turns: number }> {
  const client = new ActivityClient(port, 1);
  let turns = 0;
  const rec: Recorder = {
    stopped: false,
    turn: async (activity) => (turns++, client.post(activity)),
    decision: () => undefined,
    error: () => undefined,
  };
  const usable: Plan[] = [];
  const refused: Record<string, number> = {};
  try {
    for (const [i, plan] of plans.entries()) {
      const end = await runFlow(plan, `probe-${runId}-${i}`, `probe-user-${runId}-${i}`, rec);
      if (end.decided) usable.push(plan);
      else refused[end.reason] = (refused[end.reason] ?? 0) + 1;
    }
  } finally {
    client.close();
  }
  return { usable, refused, turns };
}

interface Context {
  options: BenchOptions;
  print: (line: string) => void;
  redis?: { server: RedisServer; client: Redis };
}

async function startServer(ctx: Context, target: Target, redisPort?: number): Promise<ServerProcess> {
  // No load sets a reminder: the reminders' worker, idle on its own connections, is left out of the turn counts.
  const env: Record<string, string> = {
    REMINDERS_ENABLED: 'false',
    ...(target === 'redis' ? { REDIS_URL: `redis://127.0.0.1:${redisPort}`, REDIS_KEY_PREFIX: KEY_PREFIX, AUDIT_HMAC_KEY: randomBytes(32).toString('hex') } : {}),
  };
  return ServerProcess.start({
    entry: target === 'echo' ? 'scripts/bench/echoServer' : 'bot/index',
    port: await freePort(),
    fromSource: ctx.options.fromSource,
    env,
    cpuProfDir: ctx.options.cpuProf && resolve(ctx.options.cpuProf, target),
  });
}

/** Round trips per turn, on a server of its own that reaches Redis through the counting relay. */
async function measureRoundTrips(ctx: Context, server: ServerProcess, relay: RoundTripCounter, plans: Plan[]): Promise<{ roundTrips: RoundTrips; usable: Plan[]; refused: Record<string, number> }> {
  try {
    relay.reset();
    const { usable, refused, turns } = await probe(server.port, plans, 'trips');
    const roundTrips: RoundTrips = {
      turns,
      roundTripsPerTurn: relay.roundTrips / turns,
      clientCommandsPerTurn: relay.totalCommands / turns,
      clientCommands: relay.commands,
    };
    return { roundTrips, usable, refused };
  } finally {
    await server.stop();
    await relay.stop();
    await ctx.redis!.client.flushdb();
  }
}

/** The servers take turns within each load level, in short stretches (a few per server), so that a machine
 * whose other load comes and goes weighs on all of them alike and their ratios hold. */
const STRETCHES = 4;

async function measureLevel(ctx: Context, users: number, servers: [Target, ServerProcess][], plans: Plan[]): Promise<LevelResult[]> {
  const { options, print } = ctx;
  const redis = ctx.redis?.client;
  if (redis) {
    await redis.flushdb();
    await redis.config('RESETSTAT');
  }
  const before = redis ? await commandCalls(redis) : {};
  const measured = new Map<Target, { parts: RawLoad[]; cpuMs?: number; redisCpuMs?: number }>(servers.map(([t]) => [t, { parts: [], cpuMs: 0, redisCpuMs: 0 }]));
  const add = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a + b);
  for (let stretch = 0; stretch < STRETCHES; stretch++) {
    for (const [target, server] of servers) {
      const runId = `${target}-${users}-${stretch}-${Date.now().toString(36)}`;
      const cpu = { server: server.cpuMs(), redis: redis && target === 'redis' ? processCpuMs(ctx.redis!.server.pid) : undefined };
      const client = new ActivityClient(server.port, users);
      const part = await drive({
        client,
        users,
        // The first stretch warms the server up; later ones only let conversations get going again.
        warmupMs: (stretch === 0 ? options.warmup : Math.min(1, options.warmup)) * 1000,
        measureMs: (options.seconds / STRETCHES) * 1000,
        errand: target === 'echo' ? echoErrand(runId) : flowErrand(plans, runId),
      });
      client.close();
      const m = measured.get(target)!;
      m.parts.push(part);
      m.cpuMs = add(m.cpuMs, cpu.server === undefined ? undefined : add(server.cpuMs(), -cpu.server));
      if (target === 'redis') m.redisCpuMs = add(m.redisCpuMs, cpu.redis === undefined ? undefined : add(processCpuMs(ctx.redis!.server.pid), -cpu.redis));
    }
  }
  const levels: LevelResult[] = [];
  for (const [target] of servers) {
    const m = measured.get(target)!;
    const result = summariseLoad(m.parts);
    const perTurn = (ms: number | undefined) => (ms === undefined ? undefined : ms / Math.max(1, result.allTurns));
    const level: LevelResult = { target, ...result, cpuMsPerTurn: perTurn(m.cpuMs), redisCpuMsPerTurn: target === 'redis' ? perTurn(m.redisCpuMs) : undefined };
    if (target === 'redis' && redis) {
      const commands = Object.fromEntries(Object.entries(callsBetween(before, await commandCalls(redis))).filter(([name]) => !BENCH_COMMANDS.test(name)));
      const total = Object.values(commands).reduce((a, b) => a + b, 0);
      level.redis = { commandsPerTurn: total / Math.max(1, result.allTurns), commands, state: await stateSize(redis, KEY_PREFIX) };
    }
    levels.push(level);
    print(`  ${target} at ${users} users: ${result.turnsPerSecond.toFixed(0)} turns/s, p50 ${result.latencyMs.p50.toFixed(1)} ms, p99 ${result.latencyMs.p99.toFixed(1)} ms`);
  }
  return levels;
}

/** The whole benchmark: every chosen server at every load level, in one run, then the targets. */
export async function runBench(options: BenchOptions, print: (line: string) => void): Promise<BenchResults> {
  const startedAt = new Date().toISOString();
  if (options.cpuProf) for (const t of options.targets) mkdirSync(resolve(options.cpuProf, t), { recursive: true });
  const ctx: Context = { options, print };
  let plans = plansFor(options.flows);
  let roundTrips: RoundTrips | undefined;
  let refused: Record<string, number> = {};
  let redisVersion: string | undefined;
  const levels: LevelResult[] = [];
  const servers = new Map<Target, ServerProcess>();
  let trips: { server: ServerProcess; relay: RoundTripCounter } | undefined;
  try {
    if (options.targets.includes('redis')) {
      const server = await RedisServer.start();
      const client = new Redis(server.url, { lazyConnect: true });
      ctx.redis = { server, client };
      await client.connect();
      redisVersion = /redis_version:(\S+)/.exec(await client.info('server'))?.[1];
    }
    // Started together, since most of a start is loading modules; each waits idle until its turn.
    print(`Starting ${options.targets.join(', ')} servers...`);
    const relay = ctx.redis && (await RoundTripCounter.start(ctx.redis.server.port));
    await Promise.all([
      ...options.targets.map(async (target) => void servers.set(target, await startServer(ctx, target, ctx.redis?.server.port))),
      relay && startServer(ctx, 'redis', relay.port).then((server) => void (trips = { server, relay })),
    ]);
    if (trips) {
      print('Counting Redis round trips (1 user, every scenario once)...');
      ({ roundTrips, usable: plans, refused } = await measureRoundTrips(ctx, trips.server, trips.relay, plans));
    }
    if (plans.length === 0) throw new Error(`no scenario reaches a decision on this server: ${JSON.stringify(refused)}`);
    const order = options.targets.map((t) => [t, servers.get(t)!] as [Target, ServerProcess]);
    for (const users of options.users) {
      print(`Measuring ${options.targets.join(', ')} at ${users} users, taking turns in ${STRETCHES} stretches each...`);
      levels.push(...(await measureLevel(ctx, users, order, plans)));
    }
  } finally {
    await Promise.all([...servers.values(), ...(trips ? [trips.server] : [])].map((s) => s.stop()));
    await trips?.relay.stop();
    if (ctx.redis) {
      ctx.redis.client.disconnect();
      await ctx.redis.server.stop();
    }
  }
  const order: Target[] = ['redis', 'memory', 'echo'];
  levels.sort((a, b) => a.users - b.users || order.indexOf(a.target) - order.indexOf(b.target));
  return {
    startedAt,
    machine: { cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version, redis: redisVersion, platform: `${platform()} ${release()}` },
    options: { ...options },
    plans: { usable: plans.length, refused },
    roundTrips,
    levels,
    targets: checkTargets(levels, roundTrips),
    questionsPerOutcome: questionsPerOutcome(options.flows),
  };
}

export function formatResults(results: BenchResults): string {
  const refused = Object.entries(results.plans.refused);
  return [
    `Machine: ${formatMachine(results)}`,
    `Scenarios played: ${results.plans.usable}${refused.length ? ` (left out: ${refused.map(([r, c]) => `${c}× ${r}`).join('; ')})` : ''}`,
    '',
    formatLevels(results.levels),
    '',
    'Redis',
    formatRedis(results),
    '',
    'Targets',
    formatTargets(results),
    '',
    "Questions asked to reach each outcome over the flows' public scenarios",
    formatQuestions(results.questionsPerOutcome),
  ].join('\n');
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof OptionsError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
  try {
    const results = await runBench(options, (line) => process.stdout.write(`${line}\n`));
    process.stdout.write(`\n${formatResults(results)}\n`);
    const out = resolve(REPO_ROOT, options.out);
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`\nResults written to ${out}\n`);
  } catch (err) {
    process.stderr.write(`bench failed: ${(err as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
