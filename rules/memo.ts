/**
 * A pure function of one key, remembered: the hot path asks for the same few thousand values turn after turn
 * (a text's acronyms, a conversation's hash, an hour's clock offset). At most `limit` values are kept: when full,
 * the memory starts afresh, which costs one recomputation each and never grows without bound.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 10_000): (key: K) => V {
  const values = new Map<K, V>();
  return (key) => {
    if (values.has(key)) return values.get(key) as V;
    const value = compute(key);
    if (values.size >= limit) values.clear();
    values.set(key, value);
    return value;
  };
}
