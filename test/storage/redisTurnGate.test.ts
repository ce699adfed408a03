import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { RedisTurnGate } from '../../bot/state/redisTurnGate';
import { StorageUnavailableError } from '../../bot/state/storageErrors';
import { createRedisClient } from '../../bot/state/redisClient';
import { deferred, within } from '../support/deferred';
import { RedisMonitor } from '../support/redisMonitor';
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

/** A gate as one bot instance has it: on a Redis connection of its own, so that its commands and another
 * instance's really interleave at the server. */
let connections: Redis[] = [];
afterEach(async () => {
  await Promise.all(connections.map((c) => c.quit()));
  connections = [];
});
const gate = (options: { lockMs?: number; waitMs?: number } = {}) => {
  const own = new Redis(sharedRedisUrl());
  connections.push(own);
  return new RedisTurnGate(own, log, { prefix, ...options });
};

/** Whether a command is an attempt to take the lock of `key`. */
const takesLock = (key: string) => (args: string[]) => args[0].toLowerCase() === 'set' && args[1] === `${prefix}lock:${key}`;

describe('RedisTurnGate', () => {
  let monitor: RedisMonitor;
  beforeEach(async () => {
    monitor = await RedisMonitor.start(sharedRedisUrl());
  });
  afterEach(async () => monitor.stop());

  test('turns for one key run one at a time, across gates on their own connections', async () => {
    const events: string[] = [];
    const aRunning = deferred();
    const aHeld = deferred();
    const a = gate().run('k', async () => {
      events.push('a start');
      aRunning.resolve();
      await aHeld.promise;
      events.push('a end');
      return 'a';
    });
    await aRunning.promise;
    const b = gate().run('k', async () => {
      events.push('b start');
      events.push('b end');
      return 'b';
    });
    // a's SET NX, then two of b's refused while a still holds the key.
    let attempts = 0;
    await within(monitor.waitFor((args) => takesLock('k')(args) && ++attempts >= 3), 5_000, 'the second turn never waited for the key');
    expect(events).toEqual(['a start']);
    aHeld.resolve();
    expect(await a).toEqual({ ran: true, result: 'a' });
    expect(await b).toEqual({ ran: true, result: 'b' });
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  test('turns for different keys do not wait for each other', async () => {
    const started = { a: deferred(), b: deferred() };
    // Each turn finishes only once the other has started: run one after the other, they never would.
    const turn = (mine: 'a' | 'b', other: 'a' | 'b') => async () => {
      started[mine].resolve();
      await started[other].promise;
      return mine;
    };
    const both = Promise.all([gate().run('k1', turn('a', 'b')), gate().run('k2', turn('b', 'a'))]);
    expect(await within(both, 5_000, 'one key waited for the other')).toEqual([{ ran: true, result: 'a' }, { ran: true, result: 'b' }]);
  });

  test('a key held past the wait is reported busy and the turn does not run', async () => {
    let ranSecond = false;
    const holding = deferred();
    const held = deferred();
    const holder = gate().run('k', async () => {
      holding.resolve();
      await held.promise;
    });
    await holding.promise;
    const begun = Date.now();
    // The holder never lets go until told: the second turn must give up on its own.
    const second = await within(
      gate({ waitMs: 200 }).run('k', async () => {
        ranSecond = true;
      }),
      5_000,
      'the waiting turn did not give up',
    );
    expect(second).toEqual({ ran: false });
    expect(ranSecond).toBe(false);
    expect(Date.now() - begun).toBeGreaterThanOrEqual(190);
    held.resolve();
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
    const slowRunning = deferred();
    const slowHeld = deferred();
    const slow = gate({ lockMs: 100 }).run('k', async () => {
      slowRunning.resolve();
      await slowHeld.promise;
    });
    await slowRunning.promise;
    const nextRunning = deferred();
    const nextHeld = deferred();
    const next = gate({ waitMs: 5_000 }).run('k', async () => {
      nextRunning.resolve();
      await nextHeld.promise;
    });
    // The next turn can only start once the slow one's lock has expired under it.
    await nextRunning.promise;
    slowHeld.resolve();
    await slow;
    expect(await redis.exists(`${prefix}lock:k`)).toBe(1);
    nextHeld.resolve();
    expect(await next).toEqual({ ran: true, result: undefined });
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
