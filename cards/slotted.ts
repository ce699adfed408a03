import type { Card } from './card';

type Fill = (value: string) => unknown;

/** How to fill the slot in a node: undefined when the node does not hold it (and is shared as it is). */
function fillOf(node: unknown, slot: string): Fill | undefined {
  if (typeof node === 'string') return node.includes(slot) ? (value) => node.split(slot).join(value) : undefined;
  if (Array.isArray(node)) {
    const fills = node.map((item) => fillOf(item, slot));
    if (fills.every((f) => f === undefined)) return undefined;
    return (value) => node.map((item, i) => (fills[i] ? fills[i]!(value) : item));
  }
  if (typeof node === 'object' && node !== null) {
    const entries = Object.entries(node).map(([key, item]) => [key, item, fillOf(item, slot)] as const);
    if (entries.every(([, , f]) => f === undefined)) return undefined;
    return (value) => {
      const out: Record<string, unknown> = {};
      for (const [key, item, fill] of entries) out[key] = fill ? fill(value) : item;
      return out;
    };
  }
  return undefined;
}

function deepFreeze<T>(node: T): T {
  if (typeof node === 'object' && node !== null && !Object.isFrozen(node)) {
    Object.freeze(node);
    for (const item of Object.values(node)) deepFreeze(item);
  }
  return node;
}

/** A card made once with `slot` where a value of each use goes (a question card's asking token): filling it copies
 * only the objects on the way to the slot and shares the rest, which is frozen so that no use can change another. */
export function slotted(card: Card, slot: string): (value: string) => Card {
  const fill = fillOf(card, slot);
  deepFreeze(card);
  return (value) => (fill ? fill(value) : card) as Card;
}
