import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { stateKeyOf } from '../../bot/state/dialogState';
import { RedisStorage } from '../../bot/state/redisStorage';
import { RedisTurnGate } from '../../bot/state/redisTurnGate';
import { Conversation, pending, submitFor } from '../support/conversation';
import { sharedRedisUrl } from '../support/redisServer';
import { outcomeLabel, questionNumber, S42_ANSWERS, S42_NOW, S42_OUTCOME_LABEL } from '../support/s42Walk';

/** Issue 18 item 8: keys were built from the ids as sent, so a channel id "lock:emulator" with a victim's
 * conversation id made the attacker's state key `<prefix>lock:emulator/conversations/<id>`, which was the
 * victim's turn lock. Keys now carry a hash of the escaped ids instead of the ids. */
const log = pino({ level: 'silent' });
let redis: Redis;

beforeAll(() => {
  redis = new Redis(sharedRedisUrl());
});
afterAll(async () => {
  await redis.quit();
});

test("an attacker whose channel id is 'lock:' + the victim's cannot touch the victim's state or turn lock", async () => {
  const prefix = `collision:${randomUUID()}:`;
  const conversationId = `conversation-${randomUUID()}`;
  const parts = () => ({ now: S42_NOW, storage: new RedisStorage(redis, { prefix, ttlSeconds: 600 }), gate: new RedisTurnGate(redis, log, { prefix, waitMs: 200 }), conversationId });
  const victim = new Conversation({ ...parts(), channelId: 'emulator', userId: 'victim' });
  const attacker = new Conversation({ ...parts(), channelId: 'lock:emulator', userId: 'victim' });
  const answer = async (who: Conversation, replies: Awaited<ReturnType<Conversation['send']>>) => {
    const p = pending(replies);
    return who.send(submitFor(p, S42_ANSWERS[p.question]));
  };

  let replies = await victim.send({ command: 'start', flow: 's42' });
  replies = await answer(victim, await answer(victim, replies));
  expect(questionNumber(replies)).toBe(3);
  const victimState = `${prefix}${stateKeyOf({ channelId: 'emulator', conversationId })}`;
  const stateBefore = await redis.get(victimState);
  expect(stateBefore).toContain('immediate_danger');

  // The victim's next turn is in flight: its lock is held while the attacker plays a whole turn sequence.
  const victimLock = `${prefix}lock:${stateKeyOf({ channelId: 'emulator', conversationId })}`;
  await redis.set(victimLock, 'victim-turn-token', 'PX', 10_000);
  let attack = await attacker.send({ command: 'start', flow: 's42' });
  for (let i = 0; i < 3; i++) attack = await answer(attacker, attack);
  expect(questionNumber(attack)).toBe(4);

  expect(await redis.get(victimLock)).toBe('victim-turn-token');
  expect(await redis.get(victimState)).toBe(stateBefore);
  await redis.del(victimLock);

  // The victim carries on from where they were, to the right outcome.
  replies = await victim.send('help');
  expect(questionNumber(replies)).toBe(3);
  for (let i = 0; i < 20 && !outcomeLabel(replies); i++) replies = await answer(victim, replies);
  expect(outcomeLabel(replies)).toBe(S42_OUTCOME_LABEL);
});

test('no two id lists give one key: ids are escaped before they are hashed, and the key shows none of them', () => {
  const keys = [
    stateKeyOf({ channelId: 'emulator', conversationId: 'a/b' }),
    stateKeyOf({ channelId: 'emulator/a', conversationId: 'b' }),
    stateKeyOf({ channelId: 'emulator', conversationId: 'a', userId: 'b' }),
    stateKeyOf({ channelId: 'lock:emulator', conversationId: 'a' }),
    stateKeyOf({ channelId: 'emulator', conversationId: 'a' }),
  ];
  expect(new Set(keys).size).toBe(keys.length);
  for (const key of keys) expect(key).toMatch(/^\{[A-Za-z0-9_-]{22}\}\/state$/);
});
