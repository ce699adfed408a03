import type { OutcomeQuestions } from './questionsReport';
import type { BenchResults, LevelResult } from './results';

/** A plain-text table: the first `textColumns` columns left-aligned, numbers right-aligned. */
function table(header: string[], rows: string[][], textColumns = 2): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < textColumns ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const n = (x: number, digits = 1) => x.toFixed(digits);
const ratio = (a: LevelResult | undefined, b: LevelResult | undefined) =>
  a && b && b.turnsPerSecond > 0 ? `${((a.turnsPerSecond / b.turnsPerSecond) * 100).toFixed(0)} %` : '-';

export function formatLevels(levels: LevelResult[]): string {
  const rows = levels.map((l) => [
    String(l.users),
    l.target,
    n(l.turnsPerSecond, 0),
    l.target === 'echo' ? '-' : n(l.decisionsPerSecond),
    n(l.latencyMs.p50),
    n(l.latencyMs.p95),
    n(l.latencyMs.p99),
    n(l.latencyMs.max),
    l.cpuMsPerTurn === undefined ? '-' : n(l.cpuMsPerTurn, 2),
    l.redisCpuMsPerTurn === undefined ? '-' : n(l.redisCpuMsPerTurn, 2),
    String(l.turns),
    String(Object.values(l.errors).reduce((a, b) => a + b, 0)),
  ]);
  const main = table(['users', 'server', 'turns/s', 'decisions/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'CPU ms/turn', 'redis CPU', 'turns', 'errors'], rows);
  const byUsers = [...new Set(levels.map((l) => l.users))];
  const at = (target: string, users: number) => levels.find((l) => l.target === target && l.users === users);
  const ratios = table(
    ['users', 'redis/echo', 'redis/memory', 'memory/echo'],
    byUsers.map((u) => [String(u), ratio(at('redis', u), at('echo', u)), ratio(at('redis', u), at('memory', u)), ratio(at('memory', u), at('echo', u))]),
  );
  const times = (a: LevelResult | undefined, b: LevelResult | undefined, of: (l: LevelResult) => number | undefined) => {
    const x = a && of(a);
    const y = b && of(b);
    return x !== undefined && y ? `${(x / y).toFixed(2)}x` : '-';
  };
  const costs = table(
    ['users', 'redis median', 'memory median', 'redis CPU', 'memory CPU'],
    byUsers.map((u) => [
      String(u),
      times(at('redis', u), at('echo', u), (l) => l.latencyMs.p50),
      times(at('memory', u), at('echo', u), (l) => l.latencyMs.p50),
      times(at('redis', u), at('echo', u), (l) => l.cpuMsPerTurn),
      times(at('memory', u), at('echo', u), (l) => l.cpuMsPerTurn),
    ]),
  );
  return `${main}\n\nThroughput ratios (turns/s)\n${ratios}\n\nTurn cost as a multiple of the echo floor's (median latency; server CPU per turn, Redis's own not counted)\n${costs}`;
}

export function formatRedis(results: BenchResults): string {
  const lines: string[] = [];
  for (const l of results.levels.filter((x) => x.redis)) {
    const r = l.redis!;
    const top = Object.entries(r.commands).sort((a, b) => b[1] - a[1]).map(([name, c]) => `${name} ${n(c / l.allTurns, 2)}`).join(', ');
    lines.push(`${l.users} users: ${n(r.commandsPerTurn, 2)} commands/turn (${top}); state per conversation mean ${n(r.state.meanBytes, 0)} B, largest ${r.state.maxBytes} B over ${r.state.conversations} conversations`);
  }
  const rt = results.roundTrips;
  if (rt) {
    const sent = Object.entries(rt.clientCommands).map(([name, c]) => `${name} ${n(c / rt.turns, 2)}`).join(', ');
    lines.push(`1 user, every scenario once (${rt.turns} turns): ${n(rt.roundTripsPerTurn, 2)} round trips/turn, ${n(rt.clientCommandsPerTurn, 2)} commands sent/turn (${sent})`);
  }
  return lines.join('\n');
}

export function formatTargets(results: BenchResults): string {
  return results.targets.map((t) => `${t.met === undefined ? '  -  ' : t.met ? ' met ' : 'MISSED'}  ${t.name}: ${t.detail}`).join('\n');
}

export function formatQuestions(rows: OutcomeQuestions[]): string {
  return table(
    ['flow', 'outcome', 'scenarios', 'asked min', 'mean', 'max', 'of'],
    rows.map((r) => [r.flowId, r.outcome, String(r.scenarios), String(r.minAsked), n(r.meanAsked), String(r.maxAsked), String(r.flowQuestions)]),
  );
}

export function formatMachine(results: BenchResults): string {
  const m = results.machine;
  return `${m.cpus} CPUs (${m.cpuModel}), node ${m.node}${m.redis ? `, redis ${m.redis}` : ''}, ${m.platform}`;
}
