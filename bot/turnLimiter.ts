import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export const RATE_LIMITED_MESSAGE =
  'You are sending messages faster than I can take them, so I have not read that one. Please wait a minute, then carry on: your check is where you left it.';

/** Turns per user per minute. */
export interface TurnLimiter {
  /** Counts one turn for the user; false when the user is over the limit (the turn must not run). */
  allow(userKey: string): Promise<boolean>;
}

export interface TurnLimiterOptions {
  turnsPerMinute: number;
  /** Shared by every instance, so the limit holds across them; without it each process counts alone. */
  redis?: Redis;
  prefix?: string;
}

/** Keys hold a hash of the user's channel id, not the id itself. */
const counterKey = (userKey: string) => createHash('sha256').update(userKey).digest('base64url').slice(0, 22);

/** With Redis the counters are shared by every instance. Should Redis fail, each instance counts in memory
 * meanwhile (rate-limiter-flexible's insurance limiter) rather than let everything through or refuse all. */
export function createTurnLimiter(options: TurnLimiterOptions): TurnLimiter {
  const limits = { points: options.turnsPerMinute, duration: 60 };
  const memory = new RateLimiterMemory(limits);
  const limiter: RateLimiterAbstract = options.redis
    ? new RateLimiterRedis({
        ...limits,
        storeClient: options.redis,
        keyPrefix: `${options.prefix ?? ''}ratelimit`,
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      })
    : memory;
  return {
    async allow(userKey) {
      try {
        await limiter.consume(counterKey(userKey));
        return true;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return false;
        throw rejection;
      }
    },
  };
}

/** Who a turn counts against: the user within the channel. */
export function userKeyOf(activity: { channelId?: string; from?: { id?: string } }): string | undefined {
  const id = activity.from?.id;
  return id ? `${activity.channelId ?? 'unknown'}:${id}` : undefined;
}
