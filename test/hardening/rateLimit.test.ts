import type { Redis } from 'ioredis';
import pino from 'pino';
import { createRedisClient } from '../../bot/state/redisClient';
import { messages } from '../../dialogs';
import { sharedRedisUrl } from '../support/redisServer';
import { activity, post, startApp, texts, WatchedStorage, type Started } from '../support/http';

describe('per-user turn limit, in memory', () => {
  const storage = new WatchedStorage();
  let started: Started;
  beforeAll(async () => (started = await startApp({ RATE_LIMIT_PER_MINUTE: '3' }, { storage })));
  afterAll(async () => started.app.close());

  test('over the limit a user is told politely, nothing is processed, and other users carry on', async () => {
    for (let i = 0; i < 3; i++) {
      const reply = await post(started.base, activity({ text: 'help' }, 'busy-user'));
      expect(texts(reply)).not.toContain(messages.rateLimited);
    }
    const touchedBefore = storage.touched;
    const refused = await post(started.base, activity({ text: 'does this meet S.42?' }, 'busy-user'));
    expect(refused.status).toBe(200);
    expect(texts(refused)).toEqual([messages.rateLimited]);
    expect(storage.touched).toBe(touchedBefore);

    const other = await post(started.base, activity({ text: 'help' }, 'other-user', 'conversation-2'));
    expect(texts(other)).not.toContain(messages.rateLimited);
  });

  test('RATE_LIMIT_PER_MINUTE defaults to 30', async () => {
    const defaults = await startApp();
    try {
      const replies = [];
      for (let i = 0; i < 31; i++) replies.push(await post(defaults.base, activity({ text: 'help' }, 'default-user', 'conversation-3')));
      expect(replies.slice(0, 30).every((r) => !texts(r).includes(messages.rateLimited))).toBe(true);
      expect(texts(replies[30])).toEqual([messages.rateLimited]);
    } finally {
      await defaults.app.close();
    }
  });
});

describe('per-user turn limit in Redis, across instances', () => {
  const log = pino({ level: 'silent' });
  const prefix = `ratelimit-test-${process.pid}-${Date.now()}:`;
  let redisA: Redis;
  let redisB: Redis;
  let a: Started;
  let b: Started;
  beforeAll(async () => {
    redisA = createRedisClient(sharedRedisUrl(), log);
    redisB = createRedisClient(sharedRedisUrl(), log);
    // Until a client is ready each instance counts in memory (the insurance limiter), as in an outage.
    await Promise.all([redisA, redisB].map((r) => (r.status === 'ready' ? undefined : new Promise((resolve) => r.once('ready', resolve)))));
    const env = { RATE_LIMIT_PER_MINUTE: '3', REDIS_KEY_PREFIX: prefix };
    a = await startApp(env, { redis: redisA });
    b = await startApp(env, { redis: redisB });
  });
  afterAll(async () => {
    await a.app.close();
    await b.app.close();
    await redisA.quit();
    await redisB.quit();
  });

  test('turns on two instances count against one limit, kept in Redis under the prefix without the user id', async () => {
    await post(a.base, activity({ text: 'help' }, 'shared-user'));
    await post(b.base, activity({ text: 'help' }, 'shared-user'));
    await post(a.base, activity({ text: 'help' }, 'shared-user'));
    const refused = await post(b.base, activity({ text: 'help' }, 'shared-user'));
    expect(texts(refused)).toEqual([messages.rateLimited]);

    const keys = await redisA.keys(`${prefix}ratelimit*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('shared-user');
  });
});
