import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from './log';
import { onRedis } from './storageErrors';
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

type ScriptedRedis = Redis & { releaseIfOwner(key: string, token: string): Promise<number> };

/** One turn at a time per state key across every bot instance sharing the Redis. */
export class RedisTurnGate implements TurnGate {
  private readonly redis: ScriptedRedis;
  private readonly lockMs: number;
  private readonly waitMs: number;
  private readonly retryMs: number;

  constructor(redis: Redis, private readonly log: Logger, private readonly options: RedisTurnGateOptions) {
    if (!('releaseIfOwner' in redis)) redis.defineCommand('releaseIfOwner', { numberOfKeys: 1, lua: RELEASE_IF_OWNER });
    this.redis = redis as ScriptedRedis;
    this.lockMs = options.lockMs ?? 5_000;
    this.waitMs = options.waitMs ?? 3_000;
    this.retryMs = options.retryMs ?? 25;
  }

  async run<T>(key: string, turn: () => Promise<T>): Promise<{ ran: true; result: T } | { ran: false }> {
    const lockKey = `${this.options.prefix}lock:${key}`;
    const token = randomBytes(16).toString('hex');
    if (!(await this.acquire(lockKey, token))) return { ran: false };
    try {
      return { ran: true, result: await turn() };
    } finally {
      // A lock that cannot be released (Redis gone) expires by itself after lockMs.
      await this.redis.releaseIfOwner(lockKey, token).catch((err: Error) => this.log.warn({ err: { name: err.name, message: err.message } }, 'turn lock not released'));
    }
  }

  private async acquire(lockKey: string, token: string): Promise<boolean> {
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const set = await onRedis(() => this.redis.set(lockKey, token, 'PX', this.lockMs, 'NX')).catch((err: unknown) => {
        // A hung Redis may still apply the timed-out SET once it wakes; the release queued behind it on the
        // same connection frees the key again, instead of leaving the user "still working" until it expires.
        void this.redis.releaseIfOwner(lockKey, token).catch(() => undefined);
        throw err;
      });
      if (set === 'OK') return true;
      if (Date.now() >= deadline) return false;
      // Jitter, so that waiting turns do not retry in lockstep.
      await sleep(this.retryMs + Math.random() * this.retryMs);
    }
  }
}
