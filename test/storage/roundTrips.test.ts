import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import type { Activity } from 'botbuilder';
import { auditStreamKey } from '../../bot/audit/auditLog';
import { loadConfig } from '../../bot/config';
import { createStateStore, type StateStore } from '../../bot/state/stateStore';
import { RoundTripCounter } from '../../scripts/bench/roundTripCounter';
import { lastCard, pendingQuestion, submitFor, submitsOf } from '../support/conversation';
import { activity, post, s42Answers, startApp, type Started } from '../support/http';

/** The production wiring (createStateStore, createApp) talking to the shared Redis through a relay that counts
 * what the bot sends, one turn at a time: every turn of a whole flow, the decision's record included, costs at
 * most two round trips (the turn's start: limit, lock and reads; its end: write, record and release). */
jest.setTimeout(60_000);

const prefix = `roundtrips-${process.pid}-${Date.now()}:`;
let relay: RoundTripCounter;
let store: StateStore;
let started: Started;
/** Not through the relay: for the test's own look at Redis. */
let direct: Redis;

beforeAll(async () => {
  relay = await RoundTripCounter.start(Number(new URL(process.env.TEST_REDIS_URL!).port));
  const env = { REDIS_URL: `redis://127.0.0.1:${relay.port}`, REDIS_KEY_PREFIX: prefix, AUDIT_HMAC_KEY: 'r'.repeat(40) };
  store = createStateStore(loadConfig(env), pino({ level: 'silent' }));
  started = await startApp(env, { storage: store.storage, gate: store.gate, redis: store.redis });
  if (store.redis!.status !== 'ready') await new Promise((resolve) => store.redis!.once('ready', resolve));
  direct = new Redis(process.env.TEST_REDIS_URL!);
});
afterAll(async () => {
  await started?.app.close();
  await store?.close();
  await relay?.stop();
  await direct?.quit();
});

interface Measured {
  roundTrips: number;
  commands: Record<string, number>;
  card?: ReturnType<typeof lastCard>;
}

async function measuredTurn(value: Record<string, unknown>, conversation: string): Promise<Measured> {
  relay.reset();
  const reply = await post(started.base, activity({ value }, `user-${conversation}`, conversation));
  expect(reply.status).toBe(200);
  return { roundTrips: relay.roundTrips, commands: { ...relay.commands }, card: lastCard(reply.activities as Partial<Activity>[]) };
}

/** A whole S.42 check by card submits; the measurements of each turn. */
async function wholeFlow(conversation: string): Promise<Measured[]> {
  const turns = [await measuredTurn({ command: 'start', flow: 's42' }, conversation)];
  for (let i = 0; i < 20; i++) {
    const pending = turns[turns.length - 1].card && pendingQuestion(turns[turns.length - 1].card!);
    if (!pending) return turns;
    turns.push(await measuredTurn(submitFor(pending, s42Answers[pending.question]) as unknown as Record<string, unknown>, conversation));
  }
  throw new Error('the flow did not end');
}

test('every turn of a flow, first turn and decision included, takes at most 2 Redis round trips', async () => {
  // Scripts are loaded on first use (EVALSHA, then EVAL once); a first conversation pays for that.
  await wholeFlow(`warm-up-${randomUUID()}`);
  const streamBefore = await direct.xlen(auditStreamKey(prefix));

  const turns = await wholeFlow(`counted-${randomUUID()}`);
  expect(turns.length).toBeGreaterThan(5);
  expect(Math.max(...turns.map((t) => t.roundTrips))).toBeLessThanOrEqual(2);
  expect(turns.every((t) => t.roundTrips >= 1)).toBe(true);
  // The decision was recorded, within those round trips.
  expect(await direct.xlen(auditStreamKey(prefix))).toBe(streamBefore + 1);
});

test('the decision is kept in Redis with the turn\'s write, and "Copy for the case file" sends its record from there', async () => {
  const turns = await wholeFlow(`kept-${randomUUID()}`);
  const outcome = turns[turns.length - 1].card!;
  const record = submitsOf(outcome).find((d) => d.command === 'record') as { decision: string } | undefined;
  expect(record).toBeDefined();
  // The id `<tag>.<random>` names the key `{tag}/decision/<random>`, in the conversation's slot.
  const [tag, random] = record!.decision.split('.');
  expect(await direct.ttl(`${prefix}{${tag}}/decision/${random}`)).toBeGreaterThan(29 * 86_400);
  const reply = await post(started.base, activity({ value: record }, 'user-other', `other-${randomUUID()}`));
  expect(JSON.stringify(reply.activities)).toContain('Outcome: S.42 criteria indicated');
});
