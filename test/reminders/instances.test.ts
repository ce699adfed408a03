import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Activity } from 'botbuilder';
import { aaTargetAMinuteAway } from '../support/aaMinuteAway';
import { BotProcess } from '../support/botProcess';
import { lastCard, pendingQuestion, submitFor, submitsOf } from '../support/conversation';
import { FakeConnector } from '../support/fakeConnector';
import { activity, post } from '../support/http';
import { sharedRedisUrl } from '../support/redisServer';

/** Three bot servers on one Redis, with a fake Bot Framework connector on loopback for the reminders they send. */
describe('reminders across instances (real redis-server, real bot processes)', () => {
  const started: BotProcess[] = [];
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await FakeConnector.start();
  });
  afterAll(async () => {
    for (const bot of started) await bot.stop('SIGKILL');
    await connector.close();
  });

  test('a reminder set on an instance that is then killed is sent once by the two that are left', async () => {
    const env = { REDIS_URL: sharedRedisUrl(), REDIS_KEY_PREFIX: `test:${randomUUID()}:`, REMINDER_LEAD_MINUTES: '0', RATE_LIMIT_PER_MINUTE: '1000' };
    const first = await BotProcess.start(env);
    started.push(first);
    // The reminder is due at the next whole minute; the killed instance is gone by then, and the others may start
    // after it and send it as soon as they do.
    const answers = aaTargetAMinuteAway();
    const conversationId = `conversation-${randomUUID()}`;
    const send = async (value: Record<string, unknown>) =>
      (await post(first.url, activity({ value, serviceUrl: connector.url }, 'user-1', conversationId))).activities as Partial<Activity>[];

    let replies = await send({ command: 'start', flow: 'remand' });
    for (let i = 0; i < 12; i++) {
      const pending = pendingQuestion(lastCard(replies)!);
      if (!pending) break;
      replies = await send(submitFor(pending, answers[pending.question]));
    }
    const remind = submitsOf(lastCard(replies)!).find((d) => d.command === 'remind' && d.step === 'aa_two_hours');
    expect(remind).toBeDefined();
    const set = await send(remind!);
    expect(set.map((r) => r.text).join(' ')).toMatch(/^Reminder set for /);

    await first.stop('SIGKILL');
    started.push(await BotProcess.start(env), await BotProcess.start(env));
    await connector.waitFor(1, 120_000);
    await sleep(3_000);
    expect(connector.received).toHaveLength(1);
    expect(connector.received[0].conversationId).toBe(conversationId);
    expect(connector.received[0].body.text).toMatch(/^Reminder: .*\n\nWho: .*\n\nDeadline: .*\n\nFrom your check: What are our remand duties\?$/s);
  }, 180_000);
});
