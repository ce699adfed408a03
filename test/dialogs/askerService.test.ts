import type { Activity, Storage } from 'botbuilder';
import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '../../bot/config';
import { memoryStateStorage, createStateStore, type StateStore } from '../../bot/state/stateStore';
import { LocalTurnGate, type TurnGate } from '../../bot/state/turnGate';
import { messages } from '../../dialogs';
import { decide, type NextStep, type Team } from '../../rules';
import { cardOf, cardTexts, Conversation, lastCard, pending, submitsOf, texts, type Card } from '../support/conversation';
import { isStep, stepsOnCard } from '../support/outcomeCard';
import { sharedRedisUrl } from '../support/redisServer';
import { scenarioAnswers } from '../support/scenarios';

/** The user's service, asked once on an outcome card and remembered per user, marks their own steps "You" in
 * every later conversation of theirs (and no one else's), in memory and on Redis. The remand check asks no
 * question that gives the asker's service, so the remembered one is used there; the risk-to-children check asks
 * "Which service are you in?", and that answer comes before the remembered one. */
const NOW = new Date('2025-05-12T09:00:00Z');
const remand = scenarioAnswers('remand', 'remand-03');
const SERVICE: Team = 'youth_justice';
/** How many of the remand case's steps fall to whoever asks, and to them or the youth justice service. */
const remandSteps = decide('remand', remand, { now: NOW }).nextSteps;
const theirs = (team?: Team) => remandSteps.map((s) => s.owner.team).filter((t) => t === 'asker' || (team && t === team)).sort();
const rtc = scenarioAnswers('rtc', 'rtc-03');
const rtcSteps = decide('rtc', rtc, { now: NOW });

const askSection = (card: Card): boolean => cardTexts(card).includes('Mark your steps: which service are you in?');
/** Whose each step marked "You" on the card is, by the service its owner names ('asker': whoever asks). */
const markedTeams = (card: Card, steps: NextStep[]): (Team | 'asker' | undefined)[] =>
  stepsOnCard(card)
    .filter((m) => m.you)
    .map((m) => {
      const step = steps.find((s) => isStep(m, s.action));
      expect(step).toBeDefined();
      return step!.owner.team;
    })
    .sort();

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
      // The case has steps for whoever asks and for youth justice, and others for services the user is not in.
      expect(theirs(SERVICE).length).toBeGreaterThan(theirs().length);
      expect(theirs().length).toBeGreaterThan(0);
      expect(remandSteps.length).toBeGreaterThan(theirs(SERVICE).length);

      const first = conversation(user);
      const { outcome } = await first.run('remand', remand);
      expect(askSection(outcome)).toBe(true);
      const unknown = markedTeams(outcome, remandSteps);
      expect(unknown.length).toBeGreaterThan(0);
      expect(unknown.every((t) => t === 'asker')).toBe(true);
      const pick = submitsOf(outcome).find((d) => d.command === 'myService')!;
      expect(pick.decision).toEqual(expect.any(String));

      // The card the pick was made on is shown again in place, with the marks and without the question.
      first.takeUpdates();
      const replies = await first.send({ type: 'message', value: { ...pick, team: SERVICE }, replyToId: 'outcome-card' } as Partial<Activity>);
      const [update] = first.takeUpdates();
      expect(update?.id).toBe('outcome-card');
      const shown = cardOf(update.activity)!;
      const marked = markedTeams(shown, remandSteps);
      expect(marked).toContain(SERVICE);
      expect(marked.every((t) => t === 'asker' || t === SERVICE)).toBe(true);
      expect(askSection(shown)).toBe(false);
      expect(replies).toEqual([]);
      // Some steps are only on "All steps": there, every one of whoever asks and of the service is marked.
      const all = lastCard(await first.send({ command: 'steps', decision: pick.decision }))!;
      expect(markedTeams(all, remandSteps)).toEqual(theirs(SERVICE));

      const again = await conversation(user).run('remand', remand);
      expect(markedTeams(again.outcome, remandSteps)).toEqual(marked);
      expect(askSection(again.outcome)).toBe(false);

      const other = await conversation(`user-${randomUUID()}`).run('remand', remand);
      expect(markedTeams(other.outcome, remandSteps)).toEqual(unknown);
      expect(askSection(other.outcome)).toBe(true);
    });

    test('where an answer gives the asker\'s service, that service marks the steps and the question is not offered, whatever was remembered', async () => {
      expect(rtc.agency).toBe('childrens_social_care');
      const own = rtcSteps.nextSteps.map((s) => s.owner.team).filter((t) => t === 'asker' || t === 'childrens_social_care');
      expect(own.length).toBeGreaterThan(0);

      const someone = `user-${randomUUID()}`;
      const chat = conversation(someone);
      await chat.send({ command: 'myService', team: 'police' });
      const { outcome, asked } = await chat.run('rtc', rtc);
      expect(asked).toContain('agency');
      expect(askSection(outcome)).toBe(false);
      const marked = markedTeams(outcome, rtcSteps.nextSteps);
      expect(marked.length).toBeGreaterThan(0);
      expect(marked.every((t) => t === 'asker' || t === 'childrens_social_care')).toBe(true);
      // Two of the service's steps are only on "All steps": there, every one is marked.
      const allSteps = submitsOf(outcome).find((d) => d.command === 'steps')!;
      expect(markedTeams(lastCard(await chat.send(allSteps))!, rtcSteps.nextSteps)).toEqual([...own].sort());

      const { outcome: unremembered } = await conversation(`user-${randomUUID()}`).run('rtc', rtc);
      expect(askSection(unremembered)).toBe(false);
      expect(markedTeams(unremembered, rtcSteps.nextSteps)).toEqual(marked);
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
      const { outcome } = await conversation(someone).run('remand', remand);
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
