import { MemoryAuditLog } from '../../bot/audit/auditLog';
import type { DecisionRecord } from '../../bot/audit/decisionRecord';
import { MemoryStateStorage } from '../../bot/state/memoryStorage';
import { MemoryTurnLimiter } from '../../bot/state/turnLimiter';

/** The in-memory parts used without Redis: they must behave like their Redis counterparts, and keep nothing
 * for ever. */
describe('MemoryStateStorage', () => {
  let now = 1_000_000;
  const storage = () => new MemoryStateStorage({ ttlSeconds: (key) => (key.endsWith('/long') ? 100 : 10), now: () => now });

  test('a write with the eTag read goes through; one with an older eTag is refused in botbuilder wording, and nothing of it is written', async () => {
    const s = storage();
    await s.write({ a: { n: 1 } });
    const first = (await s.read(['a'])).a;
    await s.write({ a: { ...first, n: 2 } });
    await expect(s.write({ b: { n: 9 }, a: { ...first, n: 3 } })).rejects.toThrow('Storage: error writing "a" due to eTag conflict.');
    expect((await s.read(['a', 'b'])).a.n).toBe(2);
    expect(await s.read(['b'])).toEqual({});
    await s.write({ a: { n: 4, eTag: '*' } });
    expect((await s.read(['a'])).a.n).toBe(4);
  });

  test('a reader gets its own copy', async () => {
    const s = storage();
    await s.write({ a: { list: [1] } });
    (await s.read(['a'])).a.list.push(2);
    expect((await s.read(['a'])).a.list).toEqual([1]);
  });

  test('an item expires after its own TTL without a write, and a write renews it', async () => {
    const s = storage();
    await s.write({ a: { n: 1 }, 'a/long': { n: 1 }, b: { n: 1 } });
    now += 9_000;
    await s.write({ b: { n: 2 } });
    now += 2_000;
    expect(Object.keys(await s.read(['a', 'a/long', 'b'])).sort()).toEqual(['a/long', 'b']);
    now += 100_000;
    expect(await s.read(['a', 'a/long', 'b'])).toEqual({});
  });

  test('expired items are dropped as others are written, read or not', async () => {
    const s = storage();
    for (let i = 0; i < 1000; i++) await s.write({ [`old-${i}`]: { i } });
    now += 11_000;
    await s.write({ fresh: { i: 0 } });
    const held = (s as unknown as { byTtl: Map<number, Map<string, unknown>> }).byTtl.get(10)!;
    expect([...held.keys()]).toEqual(['fresh']);
  });
});

describe('MemoryTurnLimiter', () => {
  test('counts turns per user per minute, and forgets windows that closed', async () => {
    let now = 0;
    const limiter = new MemoryTurnLimiter(3, () => now);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.allow('u'));
    expect(results).toEqual([true, true, true, false]);
    expect(await limiter.allow('v')).toBe(true);
    now += 60_000;
    expect(await limiter.allow('u')).toBe(true);
    expect((limiter as unknown as { windows: Map<string, unknown> }).windows.size).toBe(1);
  });
});

describe('MemoryAuditLog', () => {
  test('keeps the latest records in order once full, a million appends later', async () => {
    const log = new MemoryAuditLog(1000);
    const record = (i: number) => ({ time: new Date(i * 1000).toISOString(), outcome: `o${i}` }) as DecisionRecord;
    for (let i = 0; i < 1_000_000; i++) await log.append(record(i));
    const kept: string[] = [];
    for await (const r of log.between(new Date(0))) kept.push(r.outcome);
    expect(kept).toHaveLength(1000);
    expect(kept[0]).toBe('o999000');
    expect(kept[999]).toBe('o999999');
  });
});
