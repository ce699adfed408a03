import { randomUUID } from 'node:crypto';
import { storeItems } from './storeItems';
import type { Storage, StoreItems } from 'botbuilder';
import type { RedisClient } from './redisClient';
import { onRedis } from './storageErrors';

export interface RedisStorageOptions {
  /** Put before every key, so that several deployments (or tests) can share one Redis. */
  prefix: string;
  /** Idle lifetime of an item, refreshed on every write: a number for every key, or chosen per key. */
  ttlSeconds: number | ((key: string) => number);
}

/** A Lua function shared by every script that writes items: checks each item's eTag, then writes them all, in one
 * atomic step. `keys` are the items' keys, from `keyAt`; `args` from `argAt`, three per item: the expected eTag
 * ('' to write unconditionally), the JSON to store and its TTL. An item whose key is absent is written whatever
 * eTag it carries (as botbuilder's MemoryStorage does). Returns the 1-based index of the first conflicting item,
 * or 0 when all were written. */
export const LUA_WRITE_IF_CURRENT = `
local function writeIfCurrent(keyAt, count, argAt)
  for i = 1, count do
    local expected = ARGV[argAt + 3 * i - 3]
    if expected ~= '' then
      local current = redis.call('GET', KEYS[keyAt + i - 1])
      if current then
        local ok, item = pcall(cjson.decode, current)
        if not ok or type(item) ~= 'table' or item.eTag ~= expected then return i end
      end
    end
  end
  for i = 1, count do
    redis.call('SET', KEYS[keyAt + i - 1], ARGV[argAt + 3 * i - 2], 'EX', ARGV[argAt + 3 * i - 1])
  end
  return 0
end
`;

const WRITE_IF_CURRENT = `${LUA_WRITE_IF_CURRENT}
return writeIfCurrent(1, #KEYS, 1)
`;

/** Items ready for LUA_WRITE_IF_CURRENT. */
export interface EncodedWrite {
  /** The caller's keys, to name a conflicting item. */
  names: string[];
  redisKeys: string[];
  args: (string | number)[];
}

type ScriptedRedis = RedisClient & { writeIfCurrent(...args: (string | number)[]): Promise<number> };

/** A botbuilder Storage on Redis: items as JSON with optimistic concurrency by eTag, batch reads in one round
 * trip, and an idle TTL so that nothing outlives it. Redis failures surface as StorageUnavailableError. */
export class RedisStorage implements Storage {
  readonly redis: ScriptedRedis;

  constructor(redis: RedisClient, private readonly options: RedisStorageOptions) {
    if (!('writeIfCurrent' in redis)) redis.defineCommand('writeIfCurrent', { lua: WRITE_IF_CURRENT });
    this.redis = redis as ScriptedRedis;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    if (keys.length === 0) return {};
    return this.decode(keys, await onRedis(() => this.redis.mget(keys.map((k) => this.redisKey(k)))));
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const write = this.encode(changes);
    if (write.names.length === 0) return;
    const conflict = await onRedis(() => this.redis.writeIfCurrent(write.redisKeys.length, ...write.redisKeys, ...write.args));
    this.throwOnConflict(write, conflict);
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await onRedis(() => this.redis.del(...keys.map((k) => this.redisKey(k))));
  }

  redisKey(key: string): string {
    return `${this.options.prefix}${key}`;
  }

  /** Stored values (MGET's reply, in the order of `keys`) as items; absent keys are left out. */
  decode(keys: string[], values: (string | null)[]): StoreItems {
    const items = storeItems();
    keys.forEach((key, i) => {
      const value = values[i];
      if (value !== null && value !== undefined) items[key] = JSON.parse(value);
    });
    return items;
  }

  encode(changes: StoreItems): EncodedWrite {
    const names = Object.keys(changes);
    const args = names.flatMap((key) => {
      const { eTag, ...rest } = (changes[key] ?? {}) as { eTag?: unknown };
      const expected = typeof eTag === 'string' && eTag !== '*' ? eTag : '';
      // The eTag goes first so that a stored value reads naturally; the rest is the caller's JSON unchanged.
      return [expected, JSON.stringify({ eTag: randomUUID(), ...rest }), this.ttlOf(key)];
    });
    return { names, redisKeys: names.map((k) => this.redisKey(k)), args };
  }

  /** botbuilder's own wording (MemoryStorage), so that callers matching on it behave the same with Redis. */
  throwOnConflict(write: EncodedWrite, conflict: number): void {
    if (conflict > 0) throw new Error(`Storage: error writing "${write.names[conflict - 1]}" due to eTag conflict.`);
  }

  private ttlOf(key: string): number {
    const { ttlSeconds } = this.options;
    return typeof ttlSeconds === 'number' ? ttlSeconds : ttlSeconds(key);
  }
}
