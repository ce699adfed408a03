import { createHash } from 'node:crypto';
import type { RedisClient } from './redisClient';
import { isConnectionFailure } from './storageErrors';
import { remembered } from '../../rules';

/** Turns per user per minute. */
export interface TurnLimiter {
  /** Counts one turn for the user; false when the user is over the limit (the turn must not run). */
  allow(userKey: string): Promise<boolean>;
}

export interface TurnLimiterOptions {
  turnsPerMinute: number;
  /** Shared by every instance, so the limit holds across them; without it each process counts alone. */
  redis?: RedisClient;
  prefix?: string;
}

const WINDOW_MS = 60_000;

/** A Lua function for every script that counts turns: one counter per user per window (INCR, and the window's
 * expiry set by the first turn in it). Returns whether the turn is within `limit`. */
export const LUA_COUNT_TURN = `
local function countTurn(key, limit, windowMs)
  local n = redis.call('INCR', key)
  if redis.call('PTTL', key) < 0 then redis.call('PEXPIRE', key, windowMs) end
  return n <= tonumber(limit)
end
`;

const COUNT_TURN = `${LUA_COUNT_TURN}
if countTurn(KEYS[1], ARGV[1], ARGV[2]) then return 1 end
return 0
`;

type ScriptedRedis = RedisClient & { countTurn(key: string, limit: number, windowMs: number): Promise<number> };

/** Counters in this process: one window per user, opened by their first turn in it. Windows all last a minute,
 * so a map kept in the order windows opened has the closed ones at its front, dropped as new ones open. */
export class MemoryTurnLimiter implements TurnLimiter {
  private readonly windows = new Map<string, { turns: number; closesAt: number }>();

  constructor(
    private readonly turnsPerMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  async allow(userKey: string): Promise<boolean> {
    const now = this.now();
    const key = counterKey(userKey);
    let window = this.windows.get(key);
    if (!window || window.closesAt <= now) {
      this.windows.delete(key);
      this.dropClosed(now);
      window = { turns: 0, closesAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    window.turns++;
    return window.turns <= this.turnsPerMinute;
  }

  private dropClosed(now: number): void {
    for (const [key, window] of this.windows) {
      if (window.closesAt > now) return;
      this.windows.delete(key);
    }
  }
}

/** Counters in Redis, shared by every instance. Should Redis fail, each instance counts in memory meanwhile
 * rather than let everything through or refuse all. A turn runner on the same Redis may count a turn inside
 * its own script instead (LUA_COUNT_TURN with `keyOf`, `turnsPerMinute` and WINDOW_MS). */
export class RedisTurnLimiter implements TurnLimiter {
  readonly redis: ScriptedRedis;
  readonly windowMs = WINDOW_MS;
  private readonly insurance: MemoryTurnLimiter;

  constructor(redis: RedisClient, readonly turnsPerMinute: number, private readonly prefix: string) {
    if (!('countTurn' in redis)) redis.defineCommand('countTurn', { numberOfKeys: 1, lua: COUNT_TURN });
    this.redis = redis as ScriptedRedis;
    this.insurance = new MemoryTurnLimiter(turnsPerMinute);
  }

  /** The user's counter: under the prefix, with a hash of the user's channel id, not the id itself. */
  keyOf(userKey: string): string {
    return `${this.prefix}ratelimit:${counterKey(userKey)}`;
  }

  async allow(userKey: string): Promise<boolean> {
    if (this.redis.status !== 'ready') return this.insurance.allow(userKey);
    try {
      return (await this.redis.countTurn(this.keyOf(userKey), this.turnsPerMinute, this.windowMs)) === 1;
    } catch (err) {
      if (isConnectionFailure(err)) return this.insurance.allow(userKey);
      throw err;
    }
  }
}

/** Hashed once while the user is active: every turn of theirs asks for it. */
const counterKey = remembered((userKey: string) => createHash('sha256').update(userKey).digest('base64url').slice(0, 22));

export function createTurnLimiter(options: TurnLimiterOptions): TurnLimiter {
  return options.redis ? new RedisTurnLimiter(options.redis, options.turnsPerMinute, options.prefix ?? '') : new MemoryTurnLimiter(options.turnsPerMinute);
}

/** Who a turn counts against: the user within the channel. */
export function userKeyOf(activity: { channelId?: string; from?: { id?: string } }): string | undefined {
  const id = activity.from?.id;
  return id ? `${activity.channelId ?? 'unknown'}:${id}` : undefined;
}
