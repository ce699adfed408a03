import type { Config } from '../config';
import type { Logger } from '../log';
import { redisClientFor, type RedisClient } from '../state/redisClient';
import { redisConnectionOf } from '../state/stateStore';
import { reminderDelivery } from './delivery';
import { LocalReminders } from './localReminders';
import { RedisReminders } from './redisReminders';
import type { Reminders } from './reminders';
import type { ReminderSender } from './sender';

export { ReminderService } from './service';
export { ChannelReminderSender, type LocalDelivery } from './sender';
export type { Reminders } from './reminders';

/** The reminders' own Redis connections, beside the state's (one Redis, Sentinel or Cluster alike): scheduling
 * inside a turn fails fast (about 2 s) like every other call of a turn, while the worker's blocking reads wait as
 * long as BullMQ needs. */
function reminderConnections(config: Config, urls: string[]): { queueConnection: RedisClient; workerConnection: RedisClient } {
  const connection = redisConnectionOf(config, urls);
  return {
    queueConnection: redisClientFor(connection, { lazyConnect: false, enableOfflineQueue: true }),
    workerConnection: redisClientFor(connection, { lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null, commandTimeout: undefined }),
  };
}

/** BullMQ on the bot's Redis when REDIS_URL is set; otherwise timers in this process. None when switched off. */
export function createReminders(config: Config, log: Logger, sender: ReminderSender, clock: () => Date): Reminders | undefined {
  if (!config.REMINDERS_ENABLED) return undefined;
  const delivery = reminderDelivery(sender, log, clock);
  if (!config.REDIS_URL) return new LocalReminders(delivery, clock);
  const connections = reminderConnections(config, config.REDIS_URL);
  const reminders = new RedisReminders({ ...connections, keyPrefix: config.REDIS_KEY_PREFIX, delivery, clock, log });
  return {
    durable: reminders.durable,
    schedule: (r) => reminders.schedule(r),
    cancel: (id, user) => reminders.cancel(id, user),
    cancelAll: (user) => reminders.cancelAll(user),
    list: (user) => reminders.list(user),
    close: async () => {
      await reminders.close();
      for (const c of Object.values(connections)) await c.quit().catch(() => c.disconnect());
    },
  };
}
