import { MemoryStorage, type Activity } from 'botbuilder';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { activityKey } from '../../bot/state/idleExpiry';
import { RedisStorage } from '../../bot/state/redisStorage';
import { RedisTurnGate } from '../../bot/state/redisTurnGate';
import type { TurnGate } from '../../bot/state/turnGate';
import { messages } from '../../dialogs';
import { Conversation, type ConversationOptions, pending, submitFor, texts } from '../support/conversation';
import { eventually } from '../support/deferred';
import { sharedRedisUrl } from '../support/redisServer';
import { applied, hasCard, hasQuestion, outcomeLabel, questionNumber, S42_ANSWERS, S42_NOW, S42_OUTCOME_LABEL, toldNotApplied } from '../support/s42Walk';
import { stateKeyOf } from '../../bot/state/dialogState';

/** The real bot (dialogs, cards) with its state in the shared Redis. Each Conversation is its own bot
 * instance with its own Redis connection, so that their commands really interleave at the server; several
 * with the same conversation id behave like several servers behind a load balancer. */
const log = pino({ level: 'silent' });
let redis: Redis;
let connections: Redis[] = [];
let prefix: string;
let conversationId: string;

beforeAll(() => {
  redis = new Redis(sharedRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});
beforeEach(() => {
  prefix = `test:${randomUUID()}:`;
  conversationId = `conversation-${randomUUID()}`;
});
afterEach(async () => {
  await Promise.all(connections.map((c) => c.quit()));
  connections = [];
});

/** A connection of its own, closed after the test. */
const connection = (): Redis => {
  const c = new Redis(sharedRedisUrl());
  connections.push(c);
  return c;
};
const storage = (on: Redis = connection()) => new RedisStorage(on, { prefix, ttlSeconds: 600 });
const instance = (options: ConversationOptions = {}) => {
  const own = connection();
  return new Conversation({ now: S42_NOW, storage: storage(own), gate: new RedisTurnGate(own, log, { prefix }), conversationId, ...options });
};

async function answerUpTo(conversation: Conversation, count: number): Promise<Partial<Activity>[]> {
  let replies = await conversation.send({ command: 'start', flow: 's42' });
  for (let i = 0; i < count; i++) {
    const p = pending(replies);
    replies = await conversation.send(submitFor(p, S42_ANSWERS[p.question]));
  }
  return replies;
}

async function finish(conversation: Conversation, replies: Partial<Activity>[]): Promise<string | undefined> {
  for (let i = 0; i < 20 && !outcomeLabel(replies); i++) {
    const p = pending(replies);
    replies = await conversation.send(submitFor(p, S42_ANSWERS[p.question]));
  }
  return outcomeLabel(replies);
}

const refused = (replies: Partial<Activity>[]) => !applied(replies);

describe('conversation state in Redis', () => {
  test('turns alternating between two bot instances carry one conversation to the right outcome', async () => {
    const a = instance();
    const b = instance();
    let replies = await a.send({ command: 'start', flow: 's42' });
    for (let turn = 0; !outcomeLabel(replies) && turn < 20; turn++) {
      const p = pending(replies);
      replies = await (turn % 2 === 0 ? b : a).send(submitFor(p, S42_ANSWERS[p.question]));
    }
    expect(outcomeLabel(replies)).toBe(S42_OUTCOME_LABEL);
  });

  test('a new instance (a restart) carries on at the last saved question', async () => {
    const before = await answerUpTo(instance(), 3);
    const afterRestart = instance();
    const replies = await afterRestart.send('help');
    expect(pending(replies)).toEqual(pending(before));
    expect(await finish(afterRestart, replies)).toBe(S42_OUTCOME_LABEL);
  });

  test('in a group chat each user has their own state; in a personal chat the conversation has one', async () => {
    const group = { conversationType: 'groupChat' as const };
    await answerUpTo(instance({ ...group, userId: 'user-a' }), 2);
    const b = await instance({ ...group, userId: 'user-b' }).send({ command: 'start', flow: 's42' });
    expect(pending(b).question).toBe('immediate_danger');
    const a = await instance({ ...group, userId: 'user-a' }).send('help');
    expect(questionNumber(a)).toBe(3);

    const personalId = `personal-${randomUUID()}`;
    await answerUpTo(instance({ conversationId: personalId, userId: 'user-a' }), 2);
    const sameChat = await instance({ conversationId: personalId, userId: 'user-a-other-device' }).send('help');
    expect(questionNumber(sameChat)).toBe(3);
  });

  test('20 parallel submits of the same card (on 20 instances) record one answer and produce one next question', async () => {
    const card = pending(await answerUpTo(instance(), 1));
    const results = await Promise.all(Array.from({ length: 20 }, () => instance().send(submitFor(card, S42_ANSWERS[card.question]))));

    const applied = results.filter((r) => !refused(r));
    expect(applied).toHaveLength(1);
    expect(questionNumber(applied[0])).toBe(3);
    const asks = new Set(results.filter(hasCard).map((r) => pending(r).ask));
    expect(asks.size).toBe(1);
    for (const r of results.filter(refused)) expect(toldNotApplied(r)).toBe(true);

    const next = await instance().send('help');
    expect(questionNumber(next)).toBe(3);
    expect(pending(next).ask).toBe([...asks][0]);
    expect(await finish(instance(), next)).toBe(S42_OUTCOME_LABEL);
  });

  test('two different answers to one card sent at once: one is applied, the other told so, neither twice', async () => {
    const card = pending(await answerUpTo(instance(), 1));
    expect(card.question).toBe('age_18_plus');
    const [yes, no] = await Promise.all([instance().send(submitFor(card, 'yes')), instance().send(submitFor(card, 'no'))]);
    expect([refused(yes), refused(no)].sort()).toEqual([false, true]);
    expect(toldNotApplied(refused(yes) ? yes : no)).toBe(true);
    // Whichever won, the saved state is its answer alone: "yes" goes on to question 3, "no" (under 18) ends
    // the check with the referral to children's services.
    const now = await instance().send('help');
    if (refused(no)) {
      expect(pending(now).question).toBe('received_at');
      expect(questionNumber(now)).toBe(3);
    } else {
      expect(outcomeLabel(no)).toBe("Not adult safeguarding: use children's safeguarding");
      expect(hasQuestion(now)).toBe(false);
    }
  });

  test('a card answer and a typed answer sent at once: the second is applied after the first, or refused, never lost', async () => {
    const card = pending(await answerUpTo(instance(), 3));
    expect(card.question).toBe('concern_relates');
    const [clicked, typed] = await Promise.all([instance().send(submitFor(card, 'yes')), instance().send('1')]);
    const appliedCount = [clicked, typed].filter((r) => !refused(r) && !texts(r).some((t) => t.startsWith('I could not match'))).length;
    expect(appliedCount).toBeGreaterThanOrEqual(1);
    const now = await instance().send('help');
    expect(questionNumber(now)).toBe(4 + appliedCount);
  });

  test('should a turn outlive its lock, the crossing write is refused and the user sees the current question', async () => {
    const card = pending(await answerUpTo(instance(), 1));
    const noLock: TurnGate = { run: async (_key, turn) => ({ ran: true, result: await turn() }) };
    const slowStorage = storage();
    const write = slowStorage.write.bind(slowStorage);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let writing!: () => void;
    const reachedWrite = new Promise<void>((r) => (writing = r));
    slowStorage.write = async (changes) => {
      writing();
      await held;
      return write(changes);
    };
    const slow = instance({ gate: noLock, storage: slowStorage }).send(submitFor(card, 'no'));
    // The slow turn has read the state and decided; only its write is held back.
    await reachedWrite;
    const fast = await instance({ gate: noLock }).send(submitFor(card, 'yes'));
    release();
    const crossed = await slow;
    expect(texts(crossed)).toContain(messages.crossed);
    expect(pending(crossed)).toEqual(pending(fast));
    const now = await instance().send('help');
    expect(pending(now)).toEqual(pending(fast));
    expect(questionNumber(now)).toBe(3);
  });
});

describe('idle expiry', () => {
  test('with any storage: idle past the TTL by the clock, the conversation starts afresh and says so', async () => {
    const conversation = new Conversation({ now: S42_NOW, storage: new MemoryStorage(), conversationId });
    await answerUpTo(conversation, 3);
    conversation.setNow(new Date(S42_NOW.getTime() + 25 * 3600_000));
    const replies = await conversation.send('does this meet S.42?');
    expect(texts(replies)[0]).toBe(messages.expired);
    expect(pending(replies).question).toBe('immediate_danger');
    const again = await conversation.send('help');
    expect(texts(again)).not.toContain(messages.expired);
  });

  test('just inside the TTL nothing expires', async () => {
    const conversation = instance();
    await answerUpTo(conversation, 3);
    conversation.setNow(new Date(S42_NOW.getTime() + 23 * 3600_000));
    const replies = await conversation.send('help');
    expect(texts(replies)).not.toContain(messages.expired);
    expect(questionNumber(replies)).toBe(4);
  });

  test('with Redis: once Redis has deleted the idle state, the marker tells the user it expired', async () => {
    const brief = new RedisStorage(redis, { prefix, ttlSeconds: (key) => (key.endsWith('/lastActivity') ? 600 : 1) });
    const conversation = instance({ storage: brief });
    await answerUpTo(conversation, 3);
    const stateKey = `${prefix}${stateKeyOf({ channelId: 'test', conversationId })}`;
    expect(await redis.exists(stateKey)).toBe(1);
    await eventually(async () => (await redis.exists(stateKey)) === 0, 5_000, 'Redis never expired the idle state');
    expect(await redis.exists(activityKey(stateKey))).toBe(1);
    conversation.setNow(new Date(S42_NOW.getTime() + 25 * 3600_000));
    const replies = await conversation.send({ command: 'start', flow: 's42' });
    expect(texts(replies)[0]).toBe(messages.expired);
    expect(pending(replies).question).toBe('immediate_danger');
  });

  test('a first conversation is not called expired, and the marker holds a time only', async () => {
    const conversation = instance();
    const replies = await conversation.send({ command: 'start', flow: 's42' });
    expect(texts(replies)).not.toContain(messages.expired);
    const [markerKey] = await redis.keys(`${prefix}*${activityKey('')}`);
    const marker = JSON.parse((await redis.get(markerKey))!);
    expect(Object.keys(marker).sort()).toEqual(['eTag', 'lastActivity']);
  });
});
