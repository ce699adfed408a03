import type { TurnContext } from 'botbuilder';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { RedisStorage } from '../../bot/state/redisStorage';
import { RedisTurnGate } from '../../bot/state/redisTurnGate';
import { RedisTurnLimiter } from '../../bot/state/turnLimiter';
import type { TurnRunner } from '../../bot/state/turnRunner';
import { turnRunnerFor } from '../../bot/state/turnRunners';
import { sharedRedisUrl } from '../support/redisServer';

/** The two-round-trip turn on its own, against the shared Redis. */
const log = pino({ level: 'silent' });
let redis: Redis;
let other: Redis;
let prefix: string;
let storage: RedisStorage;
let runner: TurnRunner;
let limiter: RedisTurnLimiter;

beforeAll(() => {
  redis = new Redis(sharedRedisUrl());
  other = new Redis(sharedRedisUrl());
});
afterAll(async () => {
  await redis.quit();
  await other.quit();
});
beforeEach(() => {
  prefix = `test:${randomUUID()}:`;
  storage = new RedisStorage(redis, { prefix, ttlSeconds: 600 });
  limiter = new RedisTurnLimiter(redis, 3, prefix);
  runner = turnRunnerFor({ storage, gate: new RedisTurnGate(redis, log, { prefix }), limiter, log });
});

const context = () => ({ turnState: new Map() }) as unknown as TurnContext;

describe('a turn in two round trips', () => {
  test('the state read with the lock is served to the turn, and its write replaces it with a new eTag and the TTL', async () => {
    await storage.write({ k: { n: 1 } });
    const outcome = await runner.run(context(), { key: 'k', reads: ['k', 'k/marker'] }, async (session) => {
      const read = await session.read(['k', 'k/marker']);
      expect(Object.keys(read)).toEqual(['k']);
      await session.write({ k: { ...read.k, n: 2 }, 'k/marker': { at: 1, eTag: '*' } });
      return read.k.eTag;
    });
    expect(outcome.ran).toBe(true);
    const after = await storage.read(['k', 'k/marker']);
    expect(after.k.n).toBe(2);
    expect(after.k.eTag).not.toBe(outcome.ran && outcome.result);
    expect(after['k/marker'].at).toBe(1);
    expect(await redis.ttl(`${prefix}k`)).toBeGreaterThan(590);
    expect(await redis.exists(`${prefix}lock:k`)).toBe(0);
  });

  test('a write crossing another is refused with botbuilder\'s message, writes nothing, and still lets the lock go', async () => {
    await storage.write({ k: { n: 1 } });
    const crossing = runner.run(context(), { key: 'k', reads: ['k'] }, async (session) => {
      const { k } = await session.read(['k']);
      await new RedisStorage(other, { prefix, ttlSeconds: 600 }).write({ k: { ...k, n: 'meanwhile' } });
      await session.write({ k: { ...k, n: 2 }, marker: { n: 2 } });
    });
    await expect(crossing).rejects.toThrow('Storage: error writing "k" due to eTag conflict.');
    expect((await storage.read(['k', 'marker'])).k.n).toBe('meanwhile');
    expect(await redis.exists(`${prefix}marker`, `${prefix}lock:k`)).toBe(0);
  });

  test('a turn that throws lets the lock go', async () => {
    await expect(runner.run(context(), { key: 'k', reads: ['k'] }, async () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    expect(await redis.exists(`${prefix}lock:k`)).toBe(0);
  });

  test('a busy key is waited for, and the wait counts the turn once', async () => {
    await redis.set(`${prefix}lock:k`, 'another-turn', 'PX', 200);
    const outcome = await runner.run(context(), { key: 'k', reads: ['k'], userKey: 'test:waiting-user' }, async () => 'ran');
    expect(outcome).toEqual({ ran: true, result: 'ran' });
    expect(await redis.get(limiter.keyOf('test:waiting-user'))).toBe('1');
  });

  test('over the limit, counted across instances, the turn neither runs nor takes the lock; the counter expires with its minute', async () => {
    const otherStorage = new RedisStorage(other, { prefix, ttlSeconds: 600 });
    const otherInstance = turnRunnerFor({ storage: otherStorage, gate: new RedisTurnGate(other, log, { prefix }), limiter: new RedisTurnLimiter(other, 3, prefix), log });
    let ran = 0;
    const turn = async () => void ran++;
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await (i % 2 ? otherInstance : runner).run(context(), { key: 'k', reads: ['k'], userKey: 'test:busy-user' }, turn));
    expect(outcomes.map((o) => o.ran)).toEqual([true, true, true, false]);
    expect(outcomes[3]).toEqual({ ran: false, reason: 'limited' });
    expect(ran).toBe(3);
    expect(await redis.exists(`${prefix}lock:k`)).toBe(0);
    const ttl = await redis.pttl(limiter.keyOf('test:busy-user'));
    expect(ttl).toBeGreaterThan(50_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    // The same counter as the limiter's own (for activities that are not message turns).
    expect(await limiter.allow('test:busy-user')).toBe(false);
  });
});
