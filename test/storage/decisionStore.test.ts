import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { MemoryDecisionStore, RedisDecisionStore } from '../../bot/state/decisionStore';
import { decide } from '../../rules';
import { scenarioAnswers } from '../support/scenarios';
import { sharedRedisUrl } from '../support/redisServer';

const now = new Date('2026-03-10T11:30:00Z');
const decision = decide('s42', scenarioAnswers('s42', 's42-03'), { now });

describe('RedisDecisionStore (a real redis-server)', () => {
  let redis: Redis;
  let prefix: string;
  beforeAll(() => {
    redis = new Redis(sharedRedisUrl());
  });
  afterAll(async () => {
    await redis.quit();
  });
  beforeEach(() => {
    prefix = `test:${randomUUID()}:`;
  });

  test('keeps a decision by an unguessable id, with its steps\' ids, for 30 days, and any store on the Redis finds it', async () => {
    const id = await new RedisDecisionStore(redis, { prefix }).keep(decision);
    expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const found = await new RedisDecisionStore(redis, { prefix }).find(id);
    expect(found).toEqual(JSON.parse(JSON.stringify(decision)));
    expect(found!.nextSteps.map((s) => s.id)).toEqual(decision.nextSteps.map((s) => s.id));
    const ttl = await redis.ttl(`${prefix}decision:${id}`);
    expect(ttl).toBeGreaterThan(29 * 86_400);
    expect(ttl).toBeLessThanOrEqual(30 * 86_400);
  });

  test('an unknown or expired id finds nothing', async () => {
    const store = new RedisDecisionStore(redis, { prefix, ttlSeconds: 1 });
    const id = await store.keep(decision);
    expect(await store.find('no-such-id')).toBeUndefined();
    await redis.pexpire(`${prefix}decision:${id}`, 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await store.find(id)).toBeUndefined();
  });
});

describe('MemoryDecisionStore', () => {
  test('finds a kept decision until its time to live has passed, and keeps at most `max`', async () => {
    let clock = now;
    const store = new MemoryDecisionStore(() => clock, { ttlSeconds: 60, max: 2 });
    const a = await store.keep(decision);
    expect((await store.find(a))?.outcome.id).toBe(decision.outcome.id);
    clock = new Date(now.getTime() + 61_000);
    expect(await store.find(a)).toBeUndefined();
    const [b, c, d] = [await store.keep(decision), await store.keep(decision), await store.keep(decision)];
    expect(await store.find(b)).toBeUndefined();
    expect(await store.find(c)).toBeDefined();
    expect(await store.find(d)).toBeDefined();
  });
});
