import type { Storage, StoreItems } from 'botbuilder';
import { storeItems } from './storeItems';

export interface MemoryStateStorageOptions {
  /** Idle lifetime of an item, refreshed on every write, as in RedisStorage: a number, or chosen per key. */
  ttlSeconds: number | ((key: string) => number);
  /** For tests: the time in ms. */
  now?: () => number;
}

interface Entry {
  json: string;
  eTag: string;
  expiresAt: number;
}

/** Conversation state in this process's memory, for a single instance without Redis. Like botbuilder's
 * MemoryStorage, items are kept as JSON (a reader gets its own copy) with optimistic concurrency by eTag,
 * and the same wording on a conflict; unlike it, an item expires after its TTL without a write, as in Redis,
 * so that a long-running process does not keep every conversation it ever had. Items with one TTL sit in one
 * map in the order of their last write, so expired ones are found at its front. */
export class MemoryStateStorage implements Storage {
  private readonly byTtl = new Map<number, Map<string, Entry>>();
  private readonly now: () => number;
  private nextETag = 1;

  constructor(private readonly options: MemoryStateStorageOptions) {
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!keys) throw new ReferenceError('Keys are required when reading.');
    const now = this.now();
    const items = storeItems();
    for (const key of keys) {
      const entry = this.live(key, now);
      if (!entry) continue;
      const item = JSON.parse(entry.json) as StoreItems[string];
      item.eTag = entry.eTag;
      items[key] = item;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    if (!changes) throw new ReferenceError('Changes are required when writing.');
    const now = this.now();
    const keys = Object.keys(changes);
    // All or nothing, as RedisStorage: every eTag is checked before anything is written.
    for (const key of keys) {
      const expected = (changes[key] as { eTag?: unknown } | undefined)?.eTag;
      const current = this.live(key, now);
      if (current && typeof expected === 'string' && expected !== '*' && expected !== current.eTag) {
        throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
    }
    for (const key of keys) {
      const ttl = this.ttlOf(key);
      const items = this.itemsWith(ttl);
      items.delete(key);
      // The item's own eTag is written with it and replaced by the entry's on every read.
      items.set(key, { json: JSON.stringify(changes[key] ?? {}), eTag: String(this.nextETag++), expiresAt: now + ttl * 1000 });
      this.sweep(items, now);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (!keys) throw new ReferenceError('Keys are required when deleting.');
    for (const key of keys) this.itemsWith(this.ttlOf(key)).delete(key);
  }

  private live(key: string, now: number): Entry | undefined {
    const items = this.itemsWith(this.ttlOf(key));
    const entry = items.get(key);
    if (entry && entry.expiresAt <= now) {
      items.delete(key);
      return undefined;
    }
    return entry;
  }

  /** Drops the expired items at the front (the least recently written). */
  private sweep(items: Map<string, Entry>, now: number): void {
    for (const [key, entry] of items) {
      if (entry.expiresAt > now) return;
      items.delete(key);
    }
  }

  private itemsWith(ttl: number): Map<string, Entry> {
    let items = this.byTtl.get(ttl);
    if (!items) this.byTtl.set(ttl, (items = new Map()));
    return items;
  }

  private ttlOf(key: string): number {
    const { ttlSeconds } = this.options;
    return typeof ttlSeconds === 'number' ? ttlSeconds : ttlSeconds(key);
  }
}
