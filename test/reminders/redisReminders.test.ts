import { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { loadConfig } from '../../bot/config';
import { createAdapter } from '../../bot/http/adapter';
import { reminderDelivery } from '../../bot/reminders/delivery';
import { RedisReminders } from '../../bot/reminders/redisReminders';
import { reminderId, type Reminder } from '../../bot/reminders/reminder';
import { ChannelReminderSender } from '../../bot/reminders/sender';
import { FakeConnector } from '../support/fakeConnector';
import { sharedRedisUrl } from '../support/redisServer';

const log = pino({ level: 'silent' });
let connector: FakeConnector;
const open: { close(): Promise<void> }[] = [];
const connections: Redis[] = [];

beforeEach(async () => {
  connector = await FakeConnector.start();
});
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
  for (const c of connections.splice(0)) c.disconnect();
  await connector.close();
});

function instance(prefix: string, retry = { attempts: 4, firstMs: 200 }): RedisReminders {
  const queueConnection = new Redis(sharedRedisUrl(), { maxRetriesPerRequest: 1, commandTimeout: 2_000 });
  const workerConnection = new Redis(sharedRedisUrl(), { maxRetriesPerRequest: null });
  connections.push(queueConnection, workerConnection);
  const adapter = createAdapter(loadConfig({}), log, async () => undefined);
  const delivery = reminderDelivery(new ChannelReminderSender(adapter, ''), log, () => new Date());
  const reminders = new RedisReminders({ queueConnection, workerConnection, keyPrefix: prefix, delivery, clock: () => new Date(), log, retry });
  open.push(reminders);
  return reminders;
}

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  const conversationId = `a:conversation:${randomUUID()}`;
  return {
    id: reminderId(conversationId, 'decision-1', 'aa_two_hours'),
    decisionId: 'decision-1',
    stepId: 'aa_two_hours',
    checkTitle: 'Remand and police custody duties',
    action: 'Arrange an appropriate adult.',
    owner: { role: 'Duty manager', agency: "Children's social care (CSC) Out of Hours team" },
    due: { rule: 'within 2 hours of the AA request', at: new Date(Date.now() + 60 * 60_000).toISOString() },
    address: { channelId: 'emulator', serviceUrl: connector.url, conversationId, conversationType: 'personal', userId: 'user-1', botId: 'bot-1' },
    userHash: 'hash-of-user-1',
    fireAt: new Date(Date.now() + 1_500).toISOString(),
    ...overrides,
  };
}

describe('reminders on Redis (BullMQ, real redis-server)', () => {
  test('a reminder due in a moment arrives once, in its conversation, naming the step, owner, deadline and check', async () => {
    const reminders = instance(`test:${randomUUID()}:`);
    const r = reminder();
    await reminders.schedule(r);
    await connector.waitFor(1);
    await sleep(1_000);
    expect(connector.received).toHaveLength(1);
    const [sent] = connector.received;
    expect(sent.conversationId).toBe(r.address.conversationId);
    expect(sent.body.text).toContain('Reminder: Arrange an appropriate adult.');
    expect(sent.body.text).toContain("Who: Duty manager, Children's social care (CSC) Out of Hours team");
    expect(sent.body.text).toContain('within 2 hours of the AA request');
    expect(sent.body.text).toContain('From your check: Remand and police custody duties');
    expect(await reminders.list(r.userHash)).toEqual([]);
  });

  test('two instances on one queue send it once', async () => {
    const prefix = `test:${randomUUID()}:`;
    const first = instance(prefix);
    instance(prefix);
    await first.schedule(reminder({ fireAt: new Date(Date.now() + 800).toISOString() }));
    await connector.waitFor(1);
    await sleep(1_500);
    expect(connector.attempts).toHaveLength(1);
  });

  test('a cancelled reminder never arrives, and only its owner can cancel it', async () => {
    const reminders = instance(`test:${randomUUID()}:`);
    const r = reminder({ fireAt: new Date(Date.now() + 1_200).toISOString() });
    await reminders.schedule(r);
    expect((await reminders.list(r.userHash)).map((x) => x.id)).toEqual([r.id]);
    expect(await reminders.cancel(r.id, 'someone-else')).toBe(false);
    expect(await reminders.cancel(r.id, r.userHash)).toBe(true);
    await sleep(2_500);
    expect(connector.attempts).toEqual([]);
    expect(await reminders.list(r.userHash)).toEqual([]);
  });

  test('a connector failing with 429, then 500, is retried with backoff and the reminder arrives once it recovers', async () => {
    const reminders = instance(`test:${randomUUID()}:`);
    connector.statuses = [429, 500];
    await reminders.schedule(reminder({ fireAt: new Date(Date.now() + 300).toISOString() }));
    await connector.waitFor(1);
    await sleep(1_000);
    expect(connector.attempts.map((a) => a.status)).toEqual([429, 500, 200]);
    expect(connector.received).toHaveLength(1);
  });

  test('a refusal that will not change (403) is not retried', async () => {
    const reminders = instance(`test:${randomUUID()}:`);
    connector.statuses = [403, 403, 403];
    const r = reminder({ fireAt: new Date(Date.now() + 300).toISOString() });
    await reminders.schedule(r);
    await sleep(2_000);
    expect(connector.attempts.map((a) => a.status)).toEqual([403]);
    expect(await reminders.list(r.userHash)).toEqual([]);
  });

  test('cancel all removes every reminder of that user only', async () => {
    const reminders = instance(`test:${randomUUID()}:`);
    const later = new Date(Date.now() + 60_000).toISOString();
    await reminders.schedule(reminder({ fireAt: later }));
    await reminders.schedule(reminder({ fireAt: later }));
    const other = reminder({ fireAt: later, userHash: 'hash-of-user-2' });
    await reminders.schedule(other);
    expect(await reminders.cancelAll('hash-of-user-1')).toBe(2);
    expect(await reminders.list('hash-of-user-1')).toEqual([]);
    expect((await reminders.list('hash-of-user-2')).map((x) => x.id)).toEqual([other.id]);
  });

  test('a reminder set in a group chat goes to a personal chat with the person who set it; refused (403), to the thread', async () => {
    const reminders = instance(`test:${randomUUID()}:`);
    const group = reminder({ fireAt: new Date(Date.now() + 300).toISOString() });
    group.address = { ...group.address, conversationType: 'groupChat', tenantId: 'tenant-1' };
    await reminders.schedule(group);
    await connector.waitFor(1);
    expect(connector.created).toHaveLength(1);
    expect(connector.created[0]).toMatchObject({ isGroup: false, members: [{ id: 'user-1' }], tenantId: 'tenant-1' });
    expect(connector.received[0].conversationId).toBe('personal-chat-1');

    connector.createStatus = 403;
    const second = reminder({ fireAt: new Date(Date.now() + 300).toISOString() });
    second.address = { ...second.address, conversationType: 'groupChat' };
    await reminders.schedule(second);
    await connector.waitFor(2);
    expect(connector.created).toHaveLength(2);
    expect(connector.received[1].conversationId).toBe(second.address.conversationId);
  });
});
