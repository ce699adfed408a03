import { Writable } from 'node:stream';
import type { Redis } from 'ioredis';
import { loadConfig } from '../../bot/config';
import { createLogger } from '../../bot/log';
import { stateKeyOf } from '../../bot/state/dialogState';
import { createStateStore, type StateStore } from '../../bot/state/stateStore';
import { sharedRedisUrl } from '../support/redisServer';
import { activity, post, runFlow, s42Answers, startApp, type Started } from '../support/http';

/** Strings that stand for personal details. None may reach a log line or Redis. */
const MARKERS = {
  typedAtStart: 'Zqxmarker-Typed-Start',
  typedAnswer: 'Zqxmarker-Typed-Answer',
  cardAnswer: 'Zqxmarker-Card-Answer',
  cardExtraField: 'Zqxmarker-Card-Extra',
  carried: 'Zqxmarker-Carried',
  userName: 'Zqxmarker-User-Name',
  botName: 'Zqxmarker-Bot-Name',
  conversationName: 'Zqxmarker-Conversation-Name',
  invalidBody: 'Zqxmarker-Invalid-Body',
};

/** Every value in the Redis database, whatever its type, with its key. */
async function everythingIn(redis: Redis): Promise<string> {
  const parts: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      parts.push(key);
      const type = await redis.type(key);
      if (type === 'string') parts.push((await redis.get(key)) ?? '');
      else if (type === 'stream') parts.push(JSON.stringify(await redis.xrange(key, '-', '+')));
      else if (type === 'hash') parts.push(JSON.stringify(await redis.hgetall(key)));
      else if (type === 'list') parts.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      else if (type === 'set') parts.push(JSON.stringify(await redis.smembers(key)));
      else if (type === 'zset') parts.push(JSON.stringify(await redis.zrange(key, 0, -1)));
    }
  } while (cursor !== '0');
  return parts.join('\n');
}

describe('nothing personal in logs or Redis', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger('trace', destination);
  let store: StateStore;
  let started: Started;

  beforeAll(async () => {
    const env = { REDIS_URL: sharedRedisUrl(), REDIS_KEY_PREFIX: `privacy-${process.pid}-${Date.now()}:`, AUDIT_HMAC_KEY: 'p'.repeat(40) };
    store = createStateStore(loadConfig(env), log);
    started = await startApp(env, { storage: store.storage, gate: store.gate, redis: store.redis, log });
  });
  afterAll(async () => {
    await started.app.close();
    await store.close();
  });

  test('marker strings sent as typed text, card values and names appear in neither the captured logs nor any Redis key or value', async () => {
    const who = {
      from: { id: 'privacy-user', name: MARKERS.userName },
      recipient: { id: 'bot', name: MARKERS.botName },
      conversation: { id: 'privacy-conversation', name: MARKERS.conversationName },
    };
    const send = (fields: Record<string, unknown>) => post(started.base, { ...activity(fields, 'privacy-user', 'privacy-conversation'), ...who });

    await send({ text: `does this meet S.42? ${MARKERS.typedAtStart} hit her` });
    await send({ text: `${MARKERS.typedAnswer} told me` });
    await send({ value: { flow: 's42', question: 'immediate_danger', ask: 'stale', answer: MARKERS.cardAnswer, note: MARKERS.cardExtraField } });
    await send({ value: { command: 'start', flow: 's42', carry: { immediate_danger: MARKERS.carried } } });
    await send({ value: { command: 'start', flow: 'remand', carry: { age_under_18: MARKERS.carried } } });
    const invalid = await post(started.base, { ...activity({ text: MARKERS.invalidBody }), from: { id: 7, name: MARKERS.invalidBody } });
    expect(invalid.status).toBe(400);
    const outcome = await runFlow(started.base, 's42', s42Answers, who, 'privacy-user', 'privacy-conversation');
    expect(outcome.status).toBe(200);

    const logged = lines.join('');
    const stored = await everythingIn(store.redis as Redis);
    // The checks did run: logs were written, and Redis holds the conversation and its decision record.
    expect(lines.length).toBeGreaterThan(0);
    expect(stored).toContain(stateKeyOf({ channelId: 'emulator', conversationId: 'privacy-conversation' }));
    expect(stored).toContain('s42');
    for (const marker of Object.values(MARKERS)) {
      expect({ marker, inLogs: logged.includes(marker) }).toEqual({ marker, inLogs: false });
      expect({ marker, inRedis: stored.includes(marker) }).toEqual({ marker, inRedis: false });
    }
  });
});
