import type { Reminder } from './reminder';

/** Reminders of deadlines: scheduled when a user taps "Remind me", sent to the same conversation when due. */
export interface Reminders {
  /** False when reminders live in this process only (no Redis): the card then says they are lost on restart. */
  readonly durable: boolean;
  /** Schedules it (replacing a reminder with the same id). */
  schedule(reminder: Reminder): Promise<void>;
  /** True when the user's reminder was found and cancelled. */
  cancel(id: string, userHash: string): Promise<boolean>;
  /** Cancels every reminder the user has set; how many. */
  cancelAll(userHash: string): Promise<number>;
  /** The user's reminders still to be sent, soonest first. */
  list(userHash: string): Promise<Reminder[]>;
  close(): Promise<void>;
}

/** The backoff of a send that failed with 429 or 5xx: doubling from `firstMs`, at most `attempts` tries. */
export interface RetryPolicy {
  attempts: number;
  firstMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 8, firstMs: 5_000 };

export const soonestFirst = (a: Reminder, b: Reminder): number => a.fireAt.localeCompare(b.fireAt);
