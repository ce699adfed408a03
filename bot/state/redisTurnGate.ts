import { setTimeout as sleep } from 'node:timers/promises';
import type { RedisClient } from './redisClient';
import type { Logger } from '../log';
import { onRedis } from './storageErrors';
import { randomToken } from '../../dialogs/randomToken';
import type { TurnGate } from './turnGate';

export interface RedisTurnGateOptions {
  prefix: string;
  /** How long a lock lives if its holder dies mid-turn (a turn normally takes milliseconds). */
  lockMs?: number;
  /** How long a turn waits for the key before the user is told the last answer is still being worked on. */
  waitMs?: number;
  /** Pause between attempts while waiting. */
  retryMs?: number;
}

/** Deletes the lock only if it still holds this turn's token, so that a turn whose lock expired cannot free
 * the next turn's. */
const RELEASE_IF_OWNER = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

type ScriptedRedis = RedisClient & { releaseIfOwner(key: string, token: string): Promise<number> };

/** One turn at a time per state key across every bot instance sharing the Redis. */
export class RedisTurnGate implements TurnGate {
  readonly redis: ScriptedRedis;
  readonly lockMs: number;
  private readonly waitMs: number;
  private readonly retryMs: number;

  constructor(redis: RedisClient, private readonly log: Logger, private readonly options: RedisTurnGateOptions) {
    if (!('releaseIfOwner' in redis)) redis.defineCommand('releaseIfOwner', { numberOfKeys: 1, lua: RELEASE_IF_OWNER });
    this.redis = redis as ScriptedRedis;
    this.lockMs = options.lockMs ?? 5_000;
    this.waitMs = options.waitMs ?? 3_000;
    this.retryMs = options.retryMs ?? 25;
  }

  async run<T>(key: string, turn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
    const lock = this.lockFor(key);
    const set = await this.acquire(lock, () => this.redis.set(lock.key, lock.token, 'PX', this.lockMs, 'NX').then((reply) => (reply === 'OK' ? true : undefined)));
    if (!set) return { ran: false };
    try {
      return { ran: true, result: await turn() };
    } finally {
      // A lock that cannot be released (Redis gone) expires by itself after lockMs.
      await this.redis.releaseIfOwner(lock.key, lock.token).catch((err: Error) => this.warnNotReleased(err));
    }
  }

  /** The key's lock, with a token of its own for this turn. */
  lockFor(key: string): TurnLock {
    return { key: `${this.options.prefix}lock:${key}`, token: randomToken(16) };
  }

  /** Repeats `attempt` (the first time with `first` true) until it answers (it takes the lock, or decides the turn
   * must not run) or the wait is over; undefined from `attempt` means the key is busy, and from here that it
   * stayed busy. */
  async acquire<R>(lock: TurnLock, attempt: (first: boolean) => Promise<R | undefined>): Promise<R | undefined> {
    const deadline = Date.now() + this.waitMs;
    for (let first = true; ; first = false) {
      const answer = await onRedis(() => attempt(first)).catch((err: unknown) => {
        // A hung Redis may still apply the timed-out attempt once it wakes; the release queued behind it on the
        // same connection frees the key again, instead of leaving the user "still working" until it expires.
        void this.redis.releaseIfOwner(lock.key, lock.token).catch(() => undefined);
        throw err;
      });
      if (answer !== undefined) return answer;
      if (Date.now() >= deadline) return undefined;
      // Jitter, so that waiting turns do not retry in lockstep.
      await sleep(this.retryMs + Math.random() * this.retryMs);
    }
  }

  warnNotReleased(err: Error): void {
    this.log.warn({ err: { name: err.name, message: err.message } }, 'turn lock not released');
  }
}

export interface TurnLock {
  key: string;
  token: string;
}
