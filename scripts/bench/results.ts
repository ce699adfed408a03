import type { LoadResult } from './loadGenerator';
import type { OutcomeQuestions } from './questionsReport';
import type { StateSize } from './redisProbe';

export type Target = 'redis' | 'memory' | 'echo';

export interface RedisLevelFigures {
  /** INFO commandstats over the level (script-internal commands included) divided by every turn sent. */
  commandsPerTurn: number;
  commands: Record<string, number>;
  state: StateSize;
}

export interface LevelResult extends LoadResult {
  target: Target;
  /** CPU the server process used per turn sent (Linux only); for Redis, redis-server's own beside it. */
  cpuMsPerTurn?: number;
  redisCpuMsPerTurn?: number;
  redis?: RedisLevelFigures;
}

/** Counted with one user through the relay (see roundTripCounter.ts). */
export interface RoundTrips {
  turns: number;
  roundTripsPerTurn: number;
  /** Top-level commands the bot sent per turn, pipelined ones each counted. */
  clientCommandsPerTurn: number;
  clientCommands: Record<string, number>;
}

export interface Machine {
  cpus: number;
  cpuModel: string;
  node: string;
  redis?: string;
  platform: string;
}

export interface TargetCheck {
  name: string;
  /** undefined: the run did not measure what this target needs (e.g. no 50-user level). */
  met: boolean | undefined;
  detail: string;
}

export interface BenchResults {
  startedAt: string;
  machine: Machine;
  options: Record<string, unknown>;
  plans: { usable: number; refused: Record<string, number> };
  roundTrips?: RoundTrips;
  levels: LevelResult[];
  targets: TargetCheck[];
  questionsPerOutcome: OutcomeQuestions[];
}
