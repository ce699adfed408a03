import pino from 'pino';
import { reminderDelivery } from '../../bot/reminders/delivery';
import { LocalReminders } from '../../bot/reminders/localReminders';
import type { Reminder } from '../../bot/reminders/reminder';
import { RetryableSendError, UndeliverableError, type ReminderSender } from '../../bot/reminders/sender';

const log = pino({ level: 'silent' });

function reminder(id: string, inMs: number, userHash = 'user-a'): Reminder {
  return {
    id,
    decisionId: 'd',
    stepId: 's',
    checkTitle: 'Check',
    action: 'Do the thing.',
    owner: { role: 'Duty manager', agency: 'CSC' },
    due: { rule: 'r', at: new Date(Date.now() + inMs + 60_000).toISOString() },
    address: { channelId: 'webchat', serviceUrl: 'http://localhost/', conversationId: 'c', userId: 'u', botId: 'b' },
    userHash,
    fireAt: new Date(Date.now() + inMs).toISOString(),
  };
}

class RecordingSender implements ReminderSender {
  readonly sent: string[] = [];
  failures: Error[] = [];
  async send(_address: Reminder['address'], message: { text?: string }): Promise<void> {
    const failure = this.failures.shift();
    if (failure) throw failure;
    this.sent.push(message.text ?? '');
  }
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('reminders without Redis (in-process timers)', () => {
  test('sent once when due; cancelled ones never; the list shows what is still to come, soonest first', async () => {
    const sender = new RecordingSender();
    const reminders = new LocalReminders(reminderDelivery(sender, log, () => new Date()));
    await reminders.schedule(reminder('late', 400));
    await reminders.schedule(reminder('soon', 100));
    await reminders.schedule(reminder('cancelled', 150));
    expect((await reminders.list('user-a')).map((r) => r.id)).toEqual(['soon', 'cancelled', 'late']);
    expect(await reminders.cancel('cancelled', 'user-b')).toBe(false);
    expect(await reminders.cancel('cancelled', 'user-a')).toBe(true);
    await settle(700);
    expect(sender.sent).toHaveLength(2);
    expect(await reminders.list('user-a')).toEqual([]);
    expect(reminders.durable).toBe(false);
  });

  test('429 and 5xx failures are retried with backoff; other failures are final', async () => {
    const sender = new RecordingSender();
    sender.failures = [new RetryableSendError(429), new RetryableSendError(500)];
    const delivery = reminderDelivery(sender, log, () => new Date());
    const reminders = new LocalReminders(delivery, () => new Date(), { attempts: 4, firstMs: 50 });
    await reminders.schedule(reminder('retried', 10));
    await settle(400);
    expect(sender.sent).toHaveLength(1);

    sender.failures = [new UndeliverableError(404)];
    await reminders.schedule(reminder('refused', 10));
    await settle(300);
    expect(sender.sent).toHaveLength(1);
    expect(delivery.counts.snapshot()).toMatchObject({ set: 2, sent: 1, failed: 1 });
  });

  test('a reminder more than 30 minutes late says so', async () => {
    const sender = new RecordingSender();
    const reminders = new LocalReminders(reminderDelivery(sender, log, () => new Date(Date.now() + 31 * 60_000)));
    await reminders.schedule(reminder('x', 10));
    await settle(100);
    expect(sender.sent[0]).toMatch(/^This reminder is late: it was due to be sent at \d\d:\d\d /);
  });

  test('a wait longer than one Node timer allows is re-armed, not fired early', async () => {
    jest.useFakeTimers();
    try {
      const sender = new RecordingSender();
      const now = Date.now();
      const reminders = new LocalReminders(reminderDelivery(sender, log, () => new Date()), () => new Date(now));
      await reminders.schedule({ ...reminder('far', 0), fireAt: new Date(now + 29 * 86_400_000).toISOString() });
      jest.advanceTimersByTime(25 * 86_400_000);
      expect(sender.sent).toHaveLength(0);
      jest.advanceTimersByTime(4 * 86_400_000 + 1);
      await Promise.resolve();
      await Promise.resolve();
      expect(sender.sent).toHaveLength(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
