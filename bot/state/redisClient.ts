import { Redis } from 'ioredis';
import type { Logger } from '../log';

/** Every Redis call of a turn must fail well inside Teams' 15 s; these bound one call to about 2 s. */
const REDIS_TIMEOUTS = { connectMs: 2_000, commandMs: 2_000 };

/** An ioredis client that fails fast while Redis is unreachable instead of queueing turns behind the outage,
 * and keeps reconnecting in the background so that conversations resume once Redis is back. */
export function createRedisClient(url: string, log: Logger): Redis {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: REDIS_TIMEOUTS.connectMs,
    commandTimeout: REDIS_TIMEOUTS.commandMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    // Concurrent turns' scripts sent in one write per tick rather than one each: fewer syscalls under load.
    enableAutoPipelining: true,
    retryStrategy: (attempt) => Math.min(attempt * 200, 1_000),
  });
  // Logged on each change of state only, not on every failed reconnect attempt; the URL may hold a password.
  let reachable: boolean | undefined;
  redis.on('ready', () => {
    if (reachable !== true) log.info('redis reachable');
    reachable = true;
  });
  redis.on('error', (err: Error) => {
    if (reachable !== false) log.error({ err: { name: err.name, message: err.message } }, 'redis unreachable: turns fail with a message until it is back');
    reachable = false;
  });
  redis.connect().catch(() => undefined);
  return redis;
}

/** Readiness: a PING answered within the command timeout. */
export async function redisReachable(redis: Redis): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}
