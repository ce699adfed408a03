import { reminderText } from '../../cards/reminder';
import type { Logger } from '../log';
import { LATE_AFTER_MS, type Reminder } from './reminder';
import type { ReminderSender } from './sender';

/** Counts of reminders for the operators' logs: numbers only, never what a reminder says. */
export class ReminderCounts {
  set = 0;
  sent = 0;
  late = 0;
  failed = 0;
  cancelled = 0;

  snapshot() {
    return { set: this.set, sent: this.sent, late: this.late, failed: this.failed, cancelled: this.cancelled };
  }
}

export interface Delivery {
  /** Sends one reminder now; throws RetryableSendError to be tried again, UndeliverableError when it never can be. */
  deliver(reminder: Reminder): Promise<void>;
  /** The reminder failed for good: counted and logged by id. */
  failed(reminder: Reminder, err: unknown): void;
  readonly counts: ReminderCounts;
}

/** Sends a reminder as one plain message, marked late when it goes more than 30 minutes after its moment. */
export function reminderDelivery(sender: ReminderSender, log: Logger, clock: () => Date): Delivery {
  const counts = new ReminderCounts();
  return {
    counts,
    async deliver(reminder) {
      const fireAt = new Date(reminder.fireAt);
      const late = clock().getTime() - fireAt.getTime() > LATE_AFTER_MS;
      const text = reminderText({ ...reminder, lateSince: late ? fireAt : undefined });
      await sender.send(reminder.address, { type: 'message', text });
      counts.sent += 1;
      if (late) counts.late += 1;
      log.info({ reminder: reminder.id, late, counts: counts.snapshot() }, 'reminder sent');
    },
    failed(reminder, err) {
      counts.failed += 1;
      log.warn({ reminder: reminder.id, err: { name: (err as Error)?.name, message: (err as Error)?.message }, counts: counts.snapshot() }, 'reminder not delivered');
    },
  };
}
