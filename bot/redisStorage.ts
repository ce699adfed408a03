import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Redis } from 'ioredis';
import { onRedis } from './storageErrors';

export interface RedisStorageOptions {
  /** Put before every key, so that several deployments (or tests) can share one Redis. */
  prefix: string;
  /** Idle lifetime of an item, refreshed on every write: a number for every key, or chosen per key. */
  ttlSeconds: number | ((key: string) => number);
}

/** Checks every item's eTag, then writes them all, in one atomic step: KEYS are the items' keys, ARGV[1 + 3i]..
 * the expected eTag ('' to write unconditionally), the JSON to store and its TTL. An item whose key is absent
 * is written whatever eTag it carries (as botbuilder's MemoryStorage does). Returns the 1-based index of the
 * first conflicting item, or 0 when all were written. */
const WRITE_IF_CURRENT = `
for i, key in ipairs(KEYS) do
  local expected = ARGV[3 * i - 2]
  if expected ~= '' then
    local current = redis.call('GET', key)
    if current then
      local ok, item = pcall(cjson.decode, current)
      if not ok or type(item) ~= 'table' or item.eTag ~= expected then return i end
    end
  end
end
for i, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[3 * i - 1], 'EX', ARGV[3 * i])
end
return 0
`;

type ScriptedRedis = Redis & { writeIfCurrent(...args: (string | number)[]): Promise<number> };

/** A botbuilder Storage on Redis: items as JSON with optimistic concurrency by eTag, batch reads in one round
 * trip, and an idle TTL so that nothing outlives it. Redis failures surface as StorageUnavailableError. */
export class RedisStorage implements Storage {
  private readonly redis: ScriptedRedis;

  constructor(redis: Redis, private readonly options: RedisStorageOptions) {
    if (!('writeIfCurrent' in redis)) redis.defineCommand('writeIfCurrent', { lua: WRITE_IF_CURRENT });
    this.redis = redis as ScriptedRedis;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    const values = await onRedis(() => this.redis.mget(keys.map((k) => this.redisKey(k))));
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const value = values[i];
      if (value !== null) items[key] = JSON.parse(value);
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const keys = Object.keys(changes);
    if (keys.length === 0) return;
    const args = keys.flatMap((key) => {
      const { eTag, ...rest } = (changes[key] ?? {}) as { eTag?: unknown };
      const expected = typeof eTag === 'string' && eTag !== '*' ? eTag : '';
      // The eTag goes first so that a stored value reads naturally; the rest is the caller's JSON unchanged.
      return [expected, JSON.stringify({ eTag: randomUUID(), ...rest }), this.ttlOf(key)];
    });
    const conflict = await onRedis(() => this.redis.writeIfCurrent(keys.length, ...keys.map((k) => this.redisKey(k)), ...args));
    // botbuilder's own wording (MemoryStorage), so that callers matching on it behave the same with Redis.
    if (conflict > 0) throw new Error(`Storage: error writing "${keys[conflict - 1]}" due to eTag conflict.`);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await onRedis(() => this.redis.del(...keys.map((k) => this.redisKey(k))));
  }

  private redisKey(key: string): string {
    return `${this.options.prefix}${key}`;
  }

  private ttlOf(key: string): number {
    const { ttlSeconds } = this.options;
    return typeof ttlSeconds === 'number' ? ttlSeconds : ttlSeconds(key);
  }
}
