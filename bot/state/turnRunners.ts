import type { RedisClient } from './redisClient';
import { RedisStorage } from './redisStorage';
import { RedisTurnGate } from './redisTurnGate';
import { RedisTurnRunner } from './redisTurnRunner';
import { RedisTurnLimiter } from './turnLimiter';
import { ComposedTurnRunner, type TurnRunner, type TurnRunnerParts } from './turnRunner';

/** State and lock in one Redis: the whole turn in two round trips (RedisTurnRunner); otherwise part by part.
 * In a Redis Cluster the user's turn counter and the decision records live in other slots than the
 * conversation's keys, so they cannot join its scripts: the turn counts on its own first, and appends its
 * records beside its last script. */
export function turnRunnerFor(parts: TurnRunnerParts): TurnRunner {
  const { storage, gate, limiter } = parts;
  if (gate instanceof RedisTurnGate && storage instanceof RedisStorage && (storage.redis as RedisClient) === gate.redis) {
    const redis: RedisClient = gate.redis;
    const countedBy = limiter instanceof RedisTurnLimiter && (limiter.redis as RedisClient) === redis && !redis.isCluster ? limiter : undefined;
    return new RedisTurnRunner({ ...parts, storage, gate, countedBy });
  }
  return new ComposedTurnRunner(parts);
}
