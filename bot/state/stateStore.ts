import { MemoryStorage, type Storage } from 'botbuilder';
import type { Redis } from 'ioredis';
import type { Config } from '../config';
import { DECISION_TTL_SECONDS, isDecisionKey } from './decisionStore';
import { activityKeySuffix } from './idleExpiry';
import type { Logger } from '../log';
import { createRedisClient, redisReachable } from './redisClient';
import { RedisStorage } from './redisStorage';
import { RedisTurnGate } from './redisTurnGate';
import { LocalTurnGate, type TurnGate } from './turnGate';

export interface StateStore {
  storage: Storage;
  gate: TurnGate;
  ready: () => Promise<boolean>;
  close: () => Promise<void>;
  /** The client behind the Redis store, shared with the turn limiter and the decision records. */
  redis?: Redis;
}

/** How long the "last activity" marker outlives the state, so that a user coming back after the state
 * expired is told so rather than silently starting again. It holds a time only. */
const ACTIVITY_MARKER_EXTRA_SECONDS = 7 * 86_400;

/** Redis when REDIS_URL is set (any number of instances can share it); otherwise memory, for one process. */
export function createStateStore(config: Config, log: Logger): StateStore {
  if (!config.REDIS_URL) {
    return { storage: new MemoryStorage(), gate: new LocalTurnGate(), ready: async () => true, close: async () => undefined };
  }
  const redis = createRedisClient(config.REDIS_URL, log);
  const ttl = config.STATE_TTL_SECONDS;
  const storage = new RedisStorage(redis, {
    prefix: config.REDIS_KEY_PREFIX,
    ttlSeconds: (key) => (isDecisionKey(key) ? DECISION_TTL_SECONDS : key.endsWith(activityKeySuffix) ? ttl + ACTIVITY_MARKER_EXTRA_SECONDS : ttl),
  });
  return {
    storage,
    redis,
    gate: new RedisTurnGate(redis, log, { prefix: config.REDIS_KEY_PREFIX }),
    ready: () => redisReachable(redis),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
