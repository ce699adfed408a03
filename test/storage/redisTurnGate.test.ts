import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { RedisTurnGate } from '../../bot/state/redisTurnGate';
import { StorageUnavailableError } from '../../bot/state/storageErrors';
import { createRedisClient } from '../../bot/state/redisClient';
import { freePort, sharedRedisUrl } from '../support/redisServer';

const log = pino({ level: 'silent' });
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

const gate = (options: { lockMs?: number; waitMs?: number } = {}) => new RedisTurnGate(redis, log, { prefix, ...options });

describe('RedisTurnGate', () => {
  test('turns for one key run one at a time, across gates sharing the Redis', async () => {
    const events: string[] = [];
    const turn = (name: string) => async () => {
      events.push(`${name} start`);
      await sleep(100);
      events.push(`${name} end`);
      return name;
    };
    const [a, b] = await Promise.all([gate().run('k', turn('a')), (await sleep(10), gate().run('k', turn('b')))]);
    expect(a).toEqual({ ran: true, result: 'a' });
    expect(b).toEqual({ ran: true, result: 'b' });
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  test('turns for different keys do not wait for each other', async () => {
    const started: string[] = [];
    const turn = (name: string) => async () => {
      started.push(name);
      await sleep(200);
    };
    const begun = Date.now();
    await Promise.all([gate().run('k1', turn('a')), gate().run('k2', turn('b'))]);
    expect(started.sort()).toEqual(['a', 'b']);
    expect(Date.now() - begun).toBeLessThan(380);
  });

  test('a key held past the wait is reported busy and the turn does not run', async () => {
    let ranSecond = false;
    const holder = gate().run('k', () => sleep(600));
    await sleep(20);
    const begun = Date.now();
    const second = await gate({ waitMs: 200 }).run('k', async () => {
      ranSecond = true;
    });
    expect(second).toEqual({ ran: false });
    expect(ranSecond).toBe(false);
    expect(Date.now() - begun).toBeGreaterThanOrEqual(190);
    expect(Date.now() - begun).toBeLessThan(500);
    await holder;
  });

  test('the lock is released when the turn throws', async () => {
    await expect(gate().run('k', async () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
    expect(await redis.exists(`${prefix}lock:k`)).toBe(0);
    await expect(gate({ waitMs: 0 }).run('k', async () => 1)).resolves.toEqual({ ran: true, result: 1 });
  });

  test('a lock left by a dead holder expires by itself', async () => {
    await redis.set(`${prefix}lock:k`, 'token-of-a-killed-process', 'PX', 300);
    const begun = Date.now();
    await expect(gate({ waitMs: 2000 }).run('k', async () => 'ran')).resolves.toEqual({ ran: true, result: 'ran' });
    expect(Date.now() - begun).toBeGreaterThanOrEqual(250);
  });

  test('a turn that outlived its lock does not release the next holder\'s lock', async () => {
    const slow = gate({ lockMs: 100 }).run('k', () => sleep(300));
    await sleep(150);
    let nextHoldsLock = false;
    const next = gate().run('k', async () => {
      await sleep(300);
      nextHoldsLock = (await redis.exists(`${prefix}lock:k`)) === 1;
    });
    await slow;
    expect(await redis.exists(`${prefix}lock:k`)).toBe(1);
    await next;
    expect(nextHoldsLock).toBe(true);
    expect(await redis.exists(`${prefix}lock:k`)).toBe(0);
  });

  test('with Redis unreachable a turn fails fast with StorageUnavailableError and does not run', async () => {
    const nowhere = createRedisClient(`redis://127.0.0.1:${await freePort()}`, log);
    try {
      let ran = false;
      const begun = Date.now();
      await expect(
        new RedisTurnGate(nowhere, log, { prefix }).run('k', async () => {
          ran = true;
        }),
      ).rejects.toBeInstanceOf(StorageUnavailableError);
      expect(ran).toBe(false);
      expect(Date.now() - begun).toBeLessThan(3000);
    } finally {
      nowhere.disconnect();
    }
  });
});
