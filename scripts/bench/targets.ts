import type { LevelResult, RoundTrips, TargetCheck } from './results';

/** The targets. Load generator and server share the cores, so throughput is compared within a run. */
const TARGETS = {
  throughputUsers: 50,
  redisVsEcho: 0.5,
  redisVsMemory: 0.7,
  latencyUsers: 5,
  /** A turn's median at light load, as a multiple of the echo floor's. */
  medianVsEcho: 2,
  redisP99Ms: 20,
  roundTripsPerTurn: 2,
  stateBytes: 4096,
};

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function checkTargets(levels: LevelResult[], roundTrips: RoundTrips | undefined): TargetCheck[] {
  const at = (target: string, users: number) => levels.find((l) => l.target === target && l.users === users);
  const checks: TargetCheck[] = [];
  const t = TARGETS;

  const ratio = (server: string, other: string, min: number): TargetCheck => {
    const level = at(server, t.throughputUsers);
    const base = at(other, t.throughputUsers);
    const name = `${t.throughputUsers} users: ${server} throughput >= ${pct(min)} of ${other}`;
    if (!level || !base || base.turnsPerSecond === 0) return { name, met: undefined, detail: 'not measured' };
    const r = level.turnsPerSecond / base.turnsPerSecond;
    return { name, met: r >= min, detail: `${pct(r)} (${level.turnsPerSecond.toFixed(0)} vs ${base.turnsPerSecond.toFixed(0)} turns/s)` };
  };
  checks.push(ratio('redis', 'echo', t.redisVsEcho), ratio('memory', 'echo', t.redisVsEcho), ratio('redis', 'memory', t.redisVsMemory), ratio('memory', 'redis', 1));

  const median = (server: string): TargetCheck => {
    const level = at(server, t.latencyUsers);
    const echo = at('echo', t.latencyUsers);
    const name = `${t.latencyUsers} users: ${server} median turn <= ${t.medianVsEcho}x the echo floor's`;
    if (!level || !echo || echo.latencyMs.p50 === 0) return { name, met: undefined, detail: 'not measured' };
    const r = level.latencyMs.p50 / echo.latencyMs.p50;
    return { name, met: r <= t.medianVsEcho, detail: `${r.toFixed(2)}x (${level.latencyMs.p50.toFixed(1)} vs ${echo.latencyMs.p50.toFixed(1)} ms)` };
  };
  checks.push(median('redis'), median('memory'));

  const redis5 = at('redis', t.latencyUsers);
  const latencyName = `${t.latencyUsers} users: Redis p99 turn latency < ${t.redisP99Ms} ms`;
  checks.push(
    redis5
      ? { name: latencyName, met: redis5.latencyMs.p99 < t.redisP99Ms, detail: `${redis5.latencyMs.p99.toFixed(1)} ms` }
      : { name: latencyName, met: undefined, detail: 'not measured' },
  );

  const tripsName = `Redis round trips per turn <= ${t.roundTripsPerTurn} (turn lock included)`;
  checks.push(
    roundTrips
      ? { name: tripsName, met: roundTrips.roundTripsPerTurn <= t.roundTripsPerTurn, detail: roundTrips.roundTripsPerTurn.toFixed(2) }
      : { name: tripsName, met: undefined, detail: 'not measured' },
  );

  const sized = levels.filter((l) => l.redis && l.redis.state.conversations > 0);
  const stateName = `state <= ${t.stateBytes} bytes per conversation`;
  if (sized.length === 0) checks.push({ name: stateName, met: undefined, detail: 'not measured' });
  else {
    const max = Math.max(...sized.map((l) => l.redis!.state.maxBytes));
    const mean = sized.reduce((a, l) => a + l.redis!.state.meanBytes, 0) / sized.length;
    checks.push({ name: stateName, met: max <= t.stateBytes, detail: `mean ${mean.toFixed(0)} B, largest ${max} B` });
  }
  return checks;
}
