import type { Redis } from 'ioredis';

/** Calls per command since the last CONFIG RESETSTAT, from INFO commandstats. Commands that Lua scripts run
 * are counted under their own names as well as the EVALSHA that ran them. */
export async function commandCalls(redis: Redis): Promise<Record<string, number>> {
  const info = await redis.info('commandstats');
  const calls: Record<string, number> = {};
  for (const line of info.split(/\r?\n/)) {
    const match = /^cmdstat_([^:]+):calls=(\d+)/.exec(line);
    if (match) calls[match[1]] = Number(match[2]);
  }
  return calls;
}

export function callsBetween(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const diff: Record<string, number> = {};
  for (const [name, n] of Object.entries(after)) {
    const d = n - (before[name] ?? 0);
    if (d > 0) diff[name] = d;
  }
  return diff;
}

export interface StateSize {
  conversations: number;
  meanBytes: number;
  maxBytes: number;
}

/** Bytes of stored JSON per conversation: every key under `prefix` that carries a conversation's hash tag (its
 * dialog state, its last-activity marker and its welcome), turn locks and kept decisions (a finished check's record,
 * not the conversation's state) left out. */
export async function stateSize(redis: Redis, prefix: string): Promise<StateSize> {
  const perConversation = new Map<string, number>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000, 'TYPE', 'string');
    cursor = next;
    const owned = keys.filter((k) => !k.startsWith(`${prefix}lock:`) && !k.includes('}/decision/'));
    const pipeline = redis.pipeline();
    owned.forEach((k) => pipeline.strlen(k));
    const lengths = ((await pipeline.exec()) ?? []).map(([, n]) => Number(n));
    owned.forEach((key, i) => {
      const conversation = /^\{[^}]+\}/.exec(key.slice(prefix.length))?.[0] ?? key;
      perConversation.set(conversation, (perConversation.get(conversation) ?? 0) + lengths[i]);
    });
  } while (cursor !== '0');
  const sizes = [...perConversation.values()];
  return {
    conversations: sizes.length,
    meanBytes: sizes.length ? sizes.reduce((a, b) => a + b, 0) / sizes.length : 0,
    maxBytes: sizes.length ? Math.max(...sizes) : 0,
  };
}
