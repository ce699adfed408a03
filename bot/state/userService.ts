import { createHash } from 'node:crypto';
import { storeItems } from './storeItems';
import type { Activity, StoreItems } from 'botbuilder';
import { remembered, TEAMS, type Team } from '../../rules';

/** How long the bot remembers the service a user said they work in, from their last change. */
export const SERVICE_TTL_SECONDS = 365 * 86_400;

/** The key of a user's service, `{tag}/service`, where the tag is a hash of the channel and the user's id
 * (never the id itself): one per user, whatever the conversation. Undefined when the activity names no user. */
export function serviceKeyOf(activity: Partial<Activity>): string | undefined {
  const userId = activity.from?.id;
  if (!userId) return undefined;
  return keyOf(['service', activity.channelId ?? 'unknown', userId].map(encodeURIComponent).join('/'));
}

/** A user's turns come one after another: their key is hashed once while they are using the bot. */
const keyOf = remembered((escaped: string) => `{${createHash('sha256').update(escaped).digest('base64url').slice(0, 22)}}/service`);

export const isServiceKey = (key: string): boolean => /\{[A-Za-z0-9_-]+\}\/service$/.test(key);

/** The service in the stored item; anything else (absent, forgotten, a value from an older version) is none. */
export function serviceIn(stored: StoreItems, key: string | undefined): Team | undefined {
  const team = key ? (stored[key] as { team?: unknown } | undefined)?.team : undefined;
  return typeof team === 'string' && (TEAMS as readonly string[]).includes(team) ? (team as Team) : undefined;
}

/** The item that remembers a change (a forgotten service is kept as none), written whatever was there. */
export function serviceItem(key: string | undefined, change: { team: Team | null } | undefined): StoreItems {
  const items = storeItems();
  if (key && change) items[key] = { team: change.team, eTag: '*' };
  return items;
}
