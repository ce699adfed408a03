import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Logger } from '../log';
import type { RedisClient } from '../state/redisClient';
import { onRedis } from '../state/storageErrors';
import type { Delivery } from './delivery';
import { REMINDER_HORIZON_MS, type Reminder } from './reminder';
import { DEFAULT_RETRY, soonestFirst, type Reminders, type RetryPolicy } from './reminders';
import { RetryableSendError } from './sender';

const QUEUE_NAME = 'due';
const HORIZON_SECONDS = REMINDER_HORIZON_MS / 1000;

/** Every key of the reminders (BullMQ's and the per-user index) under one hash tag, so that a Redis Cluster keeps
 * them in one slot. REDIS_KEY_PREFIX holds no braces (checked at startup). */
export const reminderKeyTag = (keyPrefix: string): string => `{${keyPrefix}reminders}`;

export interface RedisRemindersOptions {
  /** For scheduling inside a turn: fails fast like the bot's other Redis calls. */
  queueConnection: RedisClient;
  /** For the worker: `maxRetriesPerRequest: null` and no command timeout, as BullMQ's blocking reads need. */
  workerConnection: RedisClient;
  keyPrefix: string;
  delivery: Delivery;
  clock: () => Date;
  log: Logger;
  retry?: RetryPolicy;
}

/**
 * Reminders as delayed BullMQ jobs on the bot's Redis: they survive restarts, any instance's worker sends them, and
 * a job's lock makes it go once in normal running. When a process dies mid-send, BullMQ's stalled-job check hands
 * the job to another worker: sent at least once, never silently lost. Sends that fail with 429 or 5xx are retried
 * with exponential backoff; anything else fails at once.
 */
export class RedisReminders implements Reminders {
  readonly durable = true;
  private readonly queue: Queue<Reminder>;
  private readonly worker: Worker<Reminder>;
  private readonly tag: string;
  private readonly retry: RetryPolicy;

  constructor(private readonly options: RedisRemindersOptions) {
    this.tag = reminderKeyTag(options.keyPrefix);
    this.retry = options.retry ?? DEFAULT_RETRY;
    this.queue = new Queue<Reminder>(QUEUE_NAME, { connection: options.queueConnection, prefix: this.tag });
    this.worker = new Worker<Reminder>(QUEUE_NAME, (job) => this.process(job), {
      connection: options.workerConnection,
      prefix: this.tag,
      concurrency: 4,
    });
    // BullMQ reports its connection trouble here; the worker reconnects by itself.
    this.worker.on('error', (err) => options.log.warn({ err: { name: err.name, message: err.message } }, 'reminder worker: redis error'));
    this.queue.on('error', (err) => options.log.warn({ err: { name: err.name, message: err.message } }, 'reminder queue: redis error'));
  }

  private userKey(userHash: string): string {
    return `${this.tag}:user:${userHash}`;
  }

  async schedule(reminder: Reminder): Promise<void> {
    const delay = Math.max(0, new Date(reminder.fireAt).getTime() - this.options.clock().getTime());
    await onRedis(async () => {
      await this.queue.remove(reminder.id);
      await this.queue.add('remind', reminder, {
        jobId: reminder.id,
        delay,
        attempts: this.retry.attempts,
        backoff: { type: 'exponential', delay: this.retry.firstMs },
        removeOnComplete: true,
        removeOnFail: { age: HORIZON_SECONDS },
      });
      const key = this.userKey(reminder.userHash);
      await this.options.queueConnection.hset(key, reminder.id, JSON.stringify(reminder));
      await this.options.queueConnection.expire(key, HORIZON_SECONDS);
    });
    this.options.delivery.counts.set += 1;
    this.options.log.info({ reminder: reminder.id, counts: this.options.delivery.counts.snapshot() }, 'reminder set');
  }

  async cancel(id: string, userHash: string): Promise<boolean> {
    const removed = await onRedis(async () => {
      if (!(await this.options.queueConnection.hexists(this.userKey(userHash), id))) return false;
      await this.queue.remove(id);
      await this.options.queueConnection.hdel(this.userKey(userHash), id);
      return true;
    });
    if (removed) this.options.delivery.counts.cancelled += 1;
    return removed;
  }

  async cancelAll(userHash: string): Promise<number> {
    const mine = await this.list(userHash);
    for (const reminder of mine) await this.cancel(reminder.id, userHash);
    return mine.length;
  }

  async list(userHash: string): Promise<Reminder[]> {
    const stored = await onRedis(() => this.options.queueConnection.hgetall(this.userKey(userHash)));
    return Object.values(stored)
      .map((json) => JSON.parse(String(json)) as Reminder)
      .sort(soonestFirst);
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }

  private async process(job: Job<Reminder>): Promise<void> {
    const reminder = job.data;
    try {
      await this.options.delivery.deliver(reminder);
    } catch (err) {
      const lastTry = job.attemptsMade + 1 >= this.retry.attempts;
      if (err instanceof RetryableSendError && !lastTry) throw err;
      await this.forget(reminder);
      this.options.delivery.failed(reminder, err);
      throw new UnrecoverableError((err as Error)?.message ?? 'reminder not delivered');
    }
    await this.forget(reminder);
  }

  private async forget(reminder: Reminder): Promise<void> {
    await this.options.queueConnection.hdel(this.userKey(reminder.userHash), reminder.id).catch(() => undefined);
  }
}
