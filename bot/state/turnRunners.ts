import type { Redis } from 'ioredis';
import { RedisStorage } from './redisStorage';
import { RedisTurnGate } from './redisTurnGate';
import { RedisTurnRunner } from './redisTurnRunner';
import { RedisTurnLimiter } from './turnLimiter';
import { ComposedTurnRunner, type TurnRunner, type TurnRunnerParts } from './turnRunner';

/** State and lock in one Redis: the whole turn in two round trips (RedisTurnRunner); otherwise part by part. */
export function turnRunnerFor(parts: TurnRunnerParts): TurnRunner {
  const { storage, gate, limiter } = parts;
  if (gate instanceof RedisTurnGate && storage instanceof RedisStorage) {
    const redis: Redis = gate.redis;
    if (storage.redis === redis) return new RedisTurnRunner({ ...parts, storage, gate, countedBy: limiter instanceof RedisTurnLimiter && limiter.redis === redis ? limiter : undefined });
  }
  return new ComposedTurnRunner(parts);
}
