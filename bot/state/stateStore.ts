import type { Storage } from 'botbuilder';
import type { Config } from '../config';
import { remembered } from '../../rules';
import { DECISION_TTL_SECONDS, isDecisionKey } from './decisionStore';
import { activityKeySuffix } from './idleExpiry';
import { MemoryStateStorage } from './memoryStorage';
import type { Logger } from '../log';
import { createRedisClient, redisReachable, type RedisClient, type RedisConnection } from './redisClient';
import { RedisStorage } from './redisStorage';
import { RedisTurnGate } from './redisTurnGate';
import { isServiceKey, SERVICE_TTL_SECONDS } from './userService';
import { LocalTurnGate, type TurnGate } from './turnGate';

export interface StateStore {
  storage: Storage;
  gate: TurnGate;
  ready: () => Promise<boolean>;
  close: () => Promise<void>;
  /** The client behind the Redis store, shared with the turn limiter and the decision records. */
  redis?: RedisClient;
}

/** How long the "last activity" marker outlives the state, so that a user coming back after the state
 * expired is told so rather than silently starting again. It holds a time only. */
const ACTIVITY_MARKER_EXTRA_SECONDS = 7 * 86_400;

/** An item's idle lifetime: STATE_TTL_SECONDS, longer for the marker of a conversation's last turn, 30 days for
 * a kept decision, and a year for the service a user said they work in. */
function stateTtlSeconds(config: Config): (key: string) => number {
  const ttl = config.STATE_TTL_SECONDS;
  // Asked for every key a turn reads or writes: each key's kind is worked out once.
  return remembered((key: string) =>
    isDecisionKey(key) ? DECISION_TTL_SECONDS : isServiceKey(key) ? SERVICE_TTL_SECONDS : key.endsWith(activityKeySuffix) ? ttl + ACTIVITY_MARKER_EXTRA_SECONDS : ttl,
  );
}

/** State in this process's memory, expiring like Redis's. */
export const memoryStateStorage = (config: Config): Storage => new MemoryStateStorage({ ttlSeconds: stateTtlSeconds(config) });

/** How REDIS_URL and its companions say to reach Redis. */
export const redisConnectionOf = (config: Config, urls: string[]): RedisConnection => ({
  urls,
  cluster: config.REDIS_CLUSTER,
  sentinelName: config.REDIS_SENTINEL_NAME,
  tlsServername: config.REDIS_TLS_SERVERNAME,
  clusterResolveDns: config.REDIS_CLUSTER_RESOLVE_DNS,
});

/** Redis when REDIS_URL is set (any number of instances can share it); otherwise memory, for one process. */
export function createStateStore(config: Config, log: Logger): StateStore {
  if (!config.REDIS_URL) {
    return { storage: memoryStateStorage(config), gate: new LocalTurnGate(), ready: async () => true, close: async () => undefined };
  }
  const redis = createRedisClient(redisConnectionOf(config, config.REDIS_URL), log);
  const storage = new RedisStorage(redis, { prefix: config.REDIS_KEY_PREFIX, ttlSeconds: stateTtlSeconds(config) });
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
