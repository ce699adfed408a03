import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { DECISION_TTL_SECONDS, isDecisionKey, keptThisTurn, MemoryDecisionStore, StorageDecisionStore } from '../../bot/state/decisionStore';
import { RedisStorage } from '../../bot/state/redisStorage';
import { stateKeyOf } from '../../bot/state/dialogState';
import { decide } from '../../rules';
import { scenarioAnswers } from '../support/scenarios';
import { sharedRedisUrl } from '../support/redisServer';

const now = new Date('2026-03-10T11:30:00Z');
const decision = decide('s42', scenarioAnswers('s42', 's42-03'), { now });
const turn = () => ({ turnState: new Map(), activity: { channelId: 'msteams', conversation: { id: 'conversation-1' } } }) as unknown as TurnContext;

describe('StorageDecisionStore on the Redis state storage (a real redis-server)', () => {
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

  const storageOn = () => new RedisStorage(redis, { prefix, ttlSeconds: (key) => (isDecisionKey(key) ? DECISION_TTL_SECONDS : 60) });
  /** `<tag>.<random>` names `{tag}/decision/<random>`: the conversation's hash tag, so it is written in its slot. */
  const keyOf = (id: string) => `${prefix}{${id.split('.')[0]}}/decision/${id.split('.')[1]}`;

  test('keeps a decision by an unguessable id, written with the turn\'s state, for 30 days; any instance finds it', async () => {
    const context = turn();
    const id = await new StorageDecisionStore(storageOn()).keep(decision, context);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{16}$/);
    expect(id.split('.')[0]).toBe(stateKeyOf({ channelId: 'msteams', conversationId: 'conversation-1' }).slice(1, 23));
    expect(await new StorageDecisionStore(storageOn()).find(id)).toBeUndefined();
    await storageOn().write({ state: { any: 1 }, ...keptThisTurn(context) });
    const found = await new StorageDecisionStore(storageOn()).find(id);
    expect(found).toEqual(JSON.parse(JSON.stringify(decision)));
    expect(found!.nextSteps.map((s: { id: string }) => s.id)).toEqual(decision.nextSteps.map((s) => s.id));
    const ttl = await redis.ttl(keyOf(id));
    expect(ttl).toBeGreaterThan(29 * 86_400);
    expect(ttl).toBeLessThanOrEqual(30 * 86_400);
  });

  test('an unknown or expired id finds nothing', async () => {
    const context = turn();
    const id = await new StorageDecisionStore(storageOn()).keep(decision, context);
    await storageOn().write(keptThisTurn(context));
    expect(await new StorageDecisionStore(storageOn()).find('no-such-id')).toBeUndefined();
    await redis.pexpire(keyOf(id), 1);
    await new Promise((r) => setTimeout(r, 20));
    expect(await new StorageDecisionStore(storageOn()).find(id)).toBeUndefined();
  });
});

describe('MemoryDecisionStore', () => {
  test('finds a kept decision until its time to live has passed, and keeps at most `max`', async () => {
    let clock = now;
    const store = new MemoryDecisionStore(() => clock, { ttlSeconds: 60, max: 2 });
    const a = await store.keep(decision, turn());
    expect((await store.find(a))?.outcome.id).toBe(decision.outcome.id);
    clock = new Date(now.getTime() + 61_000);
    expect(await store.find(a)).toBeUndefined();
    const [b, c, d] = [await store.keep(decision, turn()), await store.keep(decision, turn()), await store.keep(decision, turn())];
    expect(await store.find(b)).toBeUndefined();
    expect(await store.find(c)).toBeDefined();
    expect(await store.find(d)).toBeDefined();
  });

  test('gives back the decision as kept, dashes and curly quotes included, and each reader its own copy', async () => {
    const store = new MemoryDecisionStore(() => now);
    const id = await store.keep(decision, turn());
    const first = await store.find(id);
    expect(first).toEqual(JSON.parse(JSON.stringify(decision)));
    expect(JSON.stringify(first)).toMatch(/[\u2013\u2018\u2019]/);
    first!.nextSteps.length = 0;
    expect((await store.find(id))!.nextSteps.map((s) => s.id)).toEqual(decision.nextSteps.map((s) => s.id));
  });
});
