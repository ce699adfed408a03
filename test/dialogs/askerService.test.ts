import type { Activity, Storage } from 'botbuilder';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../../bot/config';
import { memoryStateStorage, createStateStore, type StateStore } from '../../bot/state/stateStore';
import { LocalTurnGate, type TurnGate } from '../../bot/state/turnGate';
import { messages } from '../../dialogs';
import { getFlow, type FlowContext, type Owner, type StepDef } from '../../rules';
import { cardOf, cardTexts, Conversation, lastCard, pending, submitsOf, texts, type Card } from '../support/conversation';
import { stepsOnCard } from '../support/outcomeCard';
import { sharedRedisUrl } from '../support/redisServer';
import { scenarioAnswers } from '../support/scenarios';

/** The user's service, asked once on an outcome card and remembered per user, marks their own steps "You" in
 * every later conversation of theirs (and no one else's), in memory and on Redis. The risk-to-children check's
 * Children's Social Care steps are tagged with their service here, in the test (the flows are tagged elsewhere). */
const RTC_CSC_STEPS = ['R5', 'R6', 'R7', 'R8'];
const answers = scenarioAnswers('rtc', 'rtc-03');
const NOW = new Date('2025-05-12T09:00:00Z');
const untagged = new Map<string, StepDef['owner']>();

beforeAll(() => {
  const flow = getFlow('rtc')!;
  for (const id of RTC_CSC_STEPS) {
    const owner = flow.steps[id].owner;
    untagged.set(id, owner);
    flow.steps[id].owner =
      typeof owner === 'function'
        ? (ctx: FlowContext, outcome: string): Owner => ({ ...owner(ctx, outcome), team: 'childrens_social_care' })
        : { ...owner, team: 'childrens_social_care' };
  }
});
afterAll(() => {
  const flow = getFlow('rtc')!;
  for (const [id, owner] of untagged) flow.steps[id].owner = owner;
});

const askSection = (card: Card): boolean => cardTexts(card).includes('Mark your steps: which service are you in?');
const markedCount = (card: Card): number => stepsOnCard(card).filter((s) => s.you).length;

interface Backend {
  storage: Storage;
  gate: () => TurnGate;
}

function rememberedPerUser(name: string, backend: () => Backend) {
  describe(name, () => {
    const user = `user-${randomUUID()}`;
    const conversation = (userId: string, gate?: TurnGate) =>
      new Conversation({ now: NOW, storage: backend().storage, gate: gate ?? backend().gate(), userId, conversationId: `conversation-${randomUUID()}` });

    test('asked once on the outcome card, then remembered in the same user\'s next conversation, not for another user', async () => {
      const first = conversation(user);
      const { outcome } = await first.run('rtc', answers);
      expect(askSection(outcome)).toBe(true);
      expect(markedCount(outcome)).toBe(0);
      const pick = submitsOf(outcome).find((d) => d.command === 'myService')!;
      expect(pick.decision).toEqual(expect.any(String));

      // The card the pick was made on is shown again in place, with the marks and without the question.
      first.takeUpdates();
      const replies = await first.send({ type: 'message', value: { ...pick, team: 'childrens_social_care' }, replyToId: 'outcome-card' } as Partial<Activity>);
      const [update] = first.takeUpdates();
      expect(update?.id).toBe('outcome-card');
      const shown = cardOf(update.activity)!;
      // The first three steps are on the card, the others on "All steps": every one of the service's is marked.
      expect(markedCount(shown)).toBe(3);
      expect(askSection(shown)).toBe(false);
      expect(replies).toEqual([]);
      const all = lastCard(await first.send({ command: 'steps', decision: pick.decision }))!;
      expect(markedCount(all)).toBe(RTC_CSC_STEPS.length);

      const again = await conversation(user).run('rtc', answers);
      expect(markedCount(again.outcome)).toBe(3);
      expect(askSection(again.outcome)).toBe(false);

      const other = await conversation(`user-${randomUUID()}`).run('rtc', answers);
      expect(markedCount(other.outcome)).toBe(0);
      expect(askSection(other.outcome)).toBe(true);
    });

    test('"my service" shows it and can forget it; a service we do not know is refused plainly and changes nothing', async () => {
      const someone = `user-${randomUUID()}`;
      const chat = conversation(someone);
      await chat.send({ command: 'myService', team: 'police' });
      const card = lastCard(await chat.send('my service'))!;
      expect(cardTexts(card)).toContain('Your steps are marked for: Police.');

      const refused = await chat.send({ command: 'myService', team: 'martians' });
      expect(texts(refused)).toContain(messages.unknownService);
      expect(cardTexts(lastCard(refused)!)).toContain('Your steps are marked for: Police.');

      const forget = submitsOf(card).find((d) => d.team === 'none')!;
      expect(texts(await chat.send(forget))).toContain(messages.serviceForgotten);
      const { outcome } = await conversation(someone).run('rtc', answers);
      expect(askSection(outcome)).toBe(true);
    });

    test('asked about mid-check, it answers and asks the same question again', async () => {
      const chat = conversation(`user-${randomUUID()}`);
      const first = pending(await chat.send({ command: 'start', flow: 'rtc' }));
      const replies = await chat.send({ command: 'myService', team: 'childrens_social_care' });
      expect(texts(replies)).toContain(messages.serviceSet("Children's social care"));
      expect(pending(replies).question).toBe(first.question);
      const refused = await chat.send({ command: 'myService', team: 'CHILDRENS_SOCIAL_CARE' });
      expect(texts(refused)).toContain(messages.unknownService);
      expect(pending(refused).question).toBe(first.question);
    });
  });
}

rememberedPerUser('in memory', () => {
  const storage = sharedMemory;
  return { storage, gate: () => new LocalTurnGate() };
});
const sharedMemory = memoryStateStorage(loadConfig({}));

describe('on Redis', () => {
  let store: StateStore;
  let direct: Redis;
  const prefix = `service-${randomUUID()}:`;
  beforeAll(async () => {
    store = createStateStore(loadConfig({ REDIS_URL: sharedRedisUrl(), REDIS_KEY_PREFIX: prefix, AUDIT_HMAC_KEY: 's'.repeat(40) }), pino({ level: 'silent' }));
    direct = new Redis(sharedRedisUrl());
    if (store.redis!.status !== 'ready') await new Promise((resolve) => store.redis!.once('ready', resolve));
  });
  afterAll(async () => {
    await store.close();
    await direct.quit();
  });

  rememberedPerUser('the same', () => ({ storage: store.storage, gate: () => store.gate }));

  test('keeps the service under a hash of the channel and user for a year, with nothing else', async () => {
    const user = `user-${randomUUID()}`;
    await new Conversation({ now: NOW, storage: store.storage, gate: store.gate, userId: user }).send({ command: 'myService', team: 'probation' });
    const keys = await direct.keys(`${prefix}*/service`);
    const values = await Promise.all(keys.map((k) => direct.get(k)));
    const mine = keys.filter((_, i) => values[i]?.includes('"probation"'));
    expect(mine).toHaveLength(1);
    expect(await direct.ttl(mine[0])).toBeGreaterThan(364 * 86_400);
    const value = JSON.parse(values[keys.indexOf(mine[0])]!);
    expect(Object.keys(value).sort()).toEqual(['eTag', 'team']);
    expect(JSON.stringify(await direct.keys(`${prefix}*`))).not.toContain(user);
  });
});
