import type { StoreItems } from 'botbuilder';

/** Items keyed by storage key, gathered from `parts` into a dictionary with no prototype. Every conversation has
 * keys of its own: on an ordinary object each new key makes the JavaScript engine build and look up another hidden
 * class, turn after turn, where a dictionary has none (nor any inherited name to collide with a key). */
export function storeItems(...parts: (StoreItems | undefined)[]): StoreItems {
  const items = Object.create(null) as StoreItems;
  for (const part of parts) if (part) for (const key of Object.keys(part)) items[key] = part[key];
  return items;
}

/** The items of `keys` that `from` holds. */
export function pick(from: StoreItems, keys: string[]): StoreItems {
  const items = storeItems();
  for (const key of keys) if (Object.prototype.hasOwnProperty.call(from, key)) items[key] = from[key];
  return items;
}
