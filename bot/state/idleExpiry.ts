import type { StoreItems } from 'botbuilder';
import { storeItems } from './storeItems';

/** A small item beside each conversation's state holding only the time of its last turn. Redis keeps it
 * longer than the state (see stateStore.ts), so that once Redis has expired the state the bot can still tell
 * an expired conversation from a new one. */
export const activityKeySuffix = '/lastActivity';
export const activityKey = (stateKey: string): string => `${stateKey}${activityKeySuffix}`;

/** STATE_TTL_SECONDS's default: 24 hours. */
export const DEFAULT_IDLE_LIMIT_SECONDS = 86_400;

interface Stamped {
  lastActivity?: unknown;
}

/** Conversations idle longer than the state's TTL start again and are told so. The check is on the time of
 * the last turn kept in the state, which works with any storage (memory included); with Redis, which deletes
 * expired state by itself, the marker tells that there was an earlier conversation. */
export class IdleExpiry {
  constructor(private readonly limitSeconds: number) {}

  /** From the state and its marker as read together (`keys`). */
  expired(stateKey: string, stored: StoreItems, now: Date): boolean {
    const state = stored[stateKey] as Stamped | undefined;
    if (typeof state?.lastActivity === 'number') return now.getTime() - state.lastActivity > this.limitSeconds * 1000;
    return typeof (stored[activityKey(stateKey)] as Stamped | undefined)?.lastActivity === 'number';
  }

  /** The turn's state and its marker, stamped with the turn's time, for one write. The state keeps the eTag
   * it was read with, so that a write crossing another turn's is refused rather than overwriting it. */
  stamped(stateKey: string, state: object, now: Date): StoreItems {
    const lastActivity = now.getTime();
    const items = storeItems();
    items[stateKey] = { ...state, lastActivity };
    items[activityKey(stateKey)] = { lastActivity, eTag: '*' };
    return items;
  }

  keys(stateKey: string): string[] {
    return [stateKey, activityKey(stateKey)];
  }
}
