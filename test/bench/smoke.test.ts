import { OptionsError, parseOptions } from '../../scripts/bench/options';
import { formatResults, runBench } from '../../scripts/bench/run';
import type { BenchResults } from '../../scripts/bench/results';

/** The benchmark's smoke run: tiny N for a few seconds, servers from source. It checks that the bench still
 * drives every server to decisions and measures what it reports, not how fast anything is. */
describe('npm run bench -- --smoke', () => {
  let results: BenchResults;
  let printed: string;

  beforeAll(async () => {
    results = await runBench(parseOptions(['--smoke']), () => undefined);
    printed = formatResults(results);
  }, 90_000);

  test('every server answers every turn, and the flows reach decisions', () => {
    expect(results.levels.map((l) => l.target)).toEqual(['redis', 'memory', 'echo']);
    for (const level of results.levels) {
      expect(level.errors).toEqual({});
      expect(level.turns).toBeGreaterThan(0);
      expect(level.latencyMs.p99).toBeGreaterThan(0);
    }
    for (const level of results.levels.filter((l) => l.target !== 'echo')) expect(level.decisions).toBeGreaterThan(0);
  });

  test('Redis figures: commands per turn, round trips per turn, state per conversation', () => {
    const redis = results.levels.find((l) => l.target === 'redis')!.redis!;
    expect(redis.commandsPerTurn).toBeGreaterThan(1);
    expect(redis.state.conversations).toBeGreaterThan(0);
    expect(redis.state.meanBytes).toBeGreaterThan(0);
    expect(results.roundTrips!.roundTripsPerTurn).toBeGreaterThanOrEqual(1);
    expect(results.plans.usable).toBeGreaterThan(0);
  });

  test('the table shows the ratios, the targets and the questions asked per outcome', () => {
    expect(printed).toMatch(/redis\/echo\s+redis\/memory/);
    expect(printed).toMatch(/Redis round trips per turn <= 2/);
    for (const row of results.questionsPerOutcome) {
      expect(row.flowId).toBe('s42');
      expect(row.maxAsked).toBeLessThanOrEqual(row.flowQuestions);
    }
    expect(printed).toContain('S42_CRITERIA_INDICATED');
  });
});

describe('bench options', () => {
  test('a bad value is a plain message listing the options', () => {
    expect(() => parseOptions(['--users', 'many'])).toThrow(OptionsError);
    expect(() => parseOptions(['--users', 'many'])).toThrow(/--users/);
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option --fast/);
  });

  test('defaults measure 5 and 50 users against all three servers', () => {
    expect(parseOptions([])).toMatchObject({ users: [5, 50], targets: ['redis', 'memory', 'echo'], fromSource: false });
  });
});
