import { ConversationStore } from '../../bot/webchat/conversations';

const limits = { maxConversations: 3, idleMs: 60_000, evictableAfterMs: 2, maxActivities: 4, maxBytesPerConversation: 1_000_000, maxBytesTotal: 10_000_000 };

function storeAt(start = 0) {
  const clock = { now: start };
  return { clock, store: new ConversationStore(limits, () => clock.now) };
}

const message = (text: string) => ({ type: 'message', text });

describe('local web chat conversations', () => {
  it('gives each conversation its own id, token and user id', () => {
    const { store } = storeAt();
    const a = store.create()!;
    const b = store.create()!;
    expect(new Set([a.id, b.id]).size).toBe(2);
    expect(new Set([a.token, b.token]).size).toBe(2);
    expect(a.userId).not.toBe(b.userId);
    expect(a.token.length).toBeGreaterThanOrEqual(40);
    expect(store.byToken(a.token)).toBe(a);
    expect(store.byToken('not-a-token')).toBeUndefined();
    expect(store.byToken(undefined)).toBeUndefined();
  });

  it('forgets a conversation after the idle time, and use keeps it alive', () => {
    const { clock, store } = storeAt();
    const used = store.create()!;
    const idle = store.create()!;
    clock.now = 50_000;
    store.byToken(used.token);
    clock.now = 60_000;
    expect(store.byToken(idle.token)).toBeUndefined();
    expect(store.byToken(used.token)).toBe(used);
    clock.now = 120_001;
    expect(store.byToken(used.token)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('holds at most the cap: makes room by dropping the least recently active only once it is idle', () => {
    const forgotten: string[] = [];
    const clock = { now: 0 };
    const store = new ConversationStore(limits, () => clock.now, (c) => forgotten.push(c.id));
    const first = store.create()!;
    clock.now = 1;
    const second = store.create()!;
    clock.now = 2;
    const third = store.create()!;
    store.append(first, message('keeps the first one active'));
    expect(store.create()).toBeUndefined();
    expect(forgotten).toEqual([]);
    clock.now = 4;
    const fourth = store.create()!;
    expect(store.size).toBe(3);
    expect(store.byToken(second.token)).toBeUndefined();
    expect(forgotten).toEqual([second.id]);
    for (const kept of [first, third, fourth]) expect(store.byToken(kept.token)).toBe(kept);
  });

  it('keeps at most the byte budgets, per conversation and in all, dropping the oldest first', () => {
    const store = new ConversationStore({ ...limits, maxActivities: 1000, maxBytesPerConversation: 20_000, maxBytesTotal: 50_000 });
    const conversations = Array.from({ length: 3 }, () => store.create()!);
    for (let i = 0; i < 100; i++) for (const c of conversations) store.append(c, message('x'.repeat(1_000)));
    for (const c of conversations) expect(c.bytes).toBeLessThanOrEqual(20_000);
    expect(store.bytes).toBeLessThanOrEqual(50_000);
    const held = conversations.flatMap((c) => c.activities).reduce((n, a) => n + Buffer.byteLength(JSON.stringify(a)), 0);
    expect(store.bytes).toBe(held);
  });

  it('numbers activities by watermark and keeps the numbering when old ones are dropped', () => {
    const { store } = storeAt();
    const c = store.create()!;
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map((t) => store.append(c, message(t)));
    expect(new Set(ids).size).toBe(6);
    expect(c.activities).toHaveLength(4);
    expect(store.since(c, 0)).toEqual({ activities: c.activities, watermark: 6 });
    expect(store.since(c, 4).activities.map((a) => a.text)).toEqual(['e', 'f']);
    expect(store.since(c, 6)).toEqual({ activities: [], watermark: 6 });
    expect(store.since(c, 99)).toEqual({ activities: [], watermark: 6 });
  });

  it('files an update as a new copy under the same id, found as the latest copy', () => {
    const { store } = storeAt();
    const c = store.create()!;
    const id = store.append(c, message('question'));
    store.append(c, { ...message('answered'), id });
    expect(store.find(c, id)?.text).toBe('answered');
    expect(store.since(c, 1).activities).toEqual([{ ...message('answered'), id }]);
    expect(store.find(c, 'unknown')).toBeUndefined();
  });
});
