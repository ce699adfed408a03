import type { Delivery } from './delivery';
import type { Reminder } from './reminder';
import { DEFAULT_RETRY, soonestFirst, type Reminders, type RetryPolicy } from './reminders';
import { RetryableSendError } from './sender';

/** setTimeout cannot wait longer than 2^31 - 1 ms (about 24.8 days): longer waits are re-armed in steps. */
const LONGEST_TIMER_MS = 2 ** 31 - 1;

interface Armed {
  reminder: Reminder;
  timer: NodeJS.Timeout;
}

/** Reminders held in this process's timers, for local use without Redis: lost when the process ends. */
export class LocalReminders implements Reminders {
  readonly durable = false;
  private readonly armed = new Map<string, Armed>();

  constructor(
    private readonly delivery: Delivery,
    private readonly clock: () => Date = () => new Date(),
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  async schedule(reminder: Reminder): Promise<void> {
    this.clear(reminder.id);
    this.arm(reminder, new Date(reminder.fireAt).getTime() - this.clock().getTime(), 1);
    this.delivery.counts.set += 1;
  }

  async cancel(id: string, userHash: string): Promise<boolean> {
    if (this.armed.get(id)?.reminder.userHash !== userHash) return false;
    this.clear(id);
    this.delivery.counts.cancelled += 1;
    return true;
  }

  async cancelAll(userHash: string): Promise<number> {
    const mine = [...this.armed.values()].filter((a) => a.reminder.userHash === userHash);
    for (const { reminder } of mine) this.clear(reminder.id);
    this.delivery.counts.cancelled += mine.length;
    return mine.length;
  }

  async list(userHash: string): Promise<Reminder[]> {
    return [...this.armed.values()].map((a) => a.reminder).filter((r) => r.userHash === userHash).sort(soonestFirst);
  }

  async close(): Promise<void> {
    for (const id of [...this.armed.keys()]) this.clear(id);
  }

  private clear(id: string): void {
    const armed = this.armed.get(id);
    if (armed) clearTimeout(armed.timer);
    this.armed.delete(id);
  }

  private arm(reminder: Reminder, delayMs: number, attempt: number): void {
    const wait = Math.max(0, delayMs);
    const step = Math.min(wait, LONGEST_TIMER_MS);
    const timer = setTimeout(() => {
      if (wait > step) this.arm(reminder, wait - step, attempt);
      else void this.fire(reminder, attempt);
    }, step);
    timer.unref();
    this.armed.set(reminder.id, { reminder, timer });
  }

  private async fire(reminder: Reminder, attempt: number): Promise<void> {
    try {
      await this.delivery.deliver(reminder);
      this.armed.delete(reminder.id);
    } catch (err) {
      if (err instanceof RetryableSendError && attempt < this.retry.attempts && this.armed.has(reminder.id)) {
        this.arm(reminder, this.retry.firstMs * 2 ** (attempt - 1), attempt + 1);
        return;
      }
      this.armed.delete(reminder.id);
      this.delivery.failed(reminder, err);
    }
  }
}
