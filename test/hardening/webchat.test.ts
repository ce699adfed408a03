import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { MemoryStorage } from 'botbuilder';
import type { Activity } from 'botbuilder';
import type { ConversationLimits } from '../../bot/webchat/conversations';
import { DEFAULT_LIMITS } from '../../bot/webchat/conversations';
import { conversationTag } from '../../bot/state/dialogState';
import { lastCard, pendingQuestion, submitFor } from '../support/conversation';
import { runFlow, s42Answers, startApp, type Started } from './support';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

type Json = Record<string, any>;

async function call(base: string, method: string, path: string, options: { token?: string; body?: unknown; from?: string } = {}): Promise<{ status: number; json: Json; text: string }> {
  const res = await fetch(`${base}/v3/directline${path}`, {
    method,
    headers: {
      ...(options.token && { authorization: `Bearer ${options.token}` }),
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.from && { 'x-forwarded-for': options.from }),
    },
    body: options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body),
  });
  const text = await res.text();
  let json: Json = {};
  try {
    json = JSON.parse(text);
  } catch {
    // the status says what happened
  }
  return { status: res.status, json, text };
}

/** A page: a token (from `from`, when the server trusts the proxy), the conversation started. */
async function open(base: string, from?: string): Promise<{ token: string; id: string }> {
  const token = await call(base, 'POST', '/tokens/generate', { from });
  expect(token.status).toBe(200);
  const started = await call(base, 'POST', '/conversations', { token: token.json.token });
  expect(started.status).toBe(201);
  return { token: token.json.token, id: token.json.conversationId };
}

const postActivity = (base: string, c: { token: string; id: string }, body: unknown) => call(base, 'POST', `/conversations/${c.id}/activities`, { token: c.token, body });
const activities = async (base: string, c: { token: string; id: string }): Promise<Json[]> => (await call(base, 'GET', `/conversations/${c.id}/activities`, { token: c.token })).json.activities;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

async function startWebChat(env: Record<string, string> = {}, webChatLimits?: ConversationLimits, storage = new MemoryStorage()): Promise<Started & { storage: MemoryStorage }> {
  // startApp builds the app itself; the web chat limits go in through createApp's options.
  const started = await startApp({ WEBCHAT_ENABLED: 'true', ...env }, { storage, ...(webChatLimits && { webChatLimits }) } as never);
  return { ...started, storage };
}

describe('web chat: memory', () => {
  let started: Started;
  beforeAll(async () => (started = await startWebChat({ TRUSTED_PROXIES: '127.0.0.1' })));
  afterAll(async () => started.app.close());

  // The report's attack was 30 x 500; 30 x 100 shows the same within the time a test may take.
  test('the attack: 30 conversations x 100 events whose value is 5,449 empty objects are refused (400) and leave the heap as it was', async () => {
    const conversations = await Promise.all(Array.from({ length: 30 }, (_, i) => open(started.base, `10.0.0.${i + 1}`)));
    const wide = JSON.stringify({ type: 'event', name: 'x', value: Array.from({ length: 5_449 }, () => ({})) });
    const before = heapUsed();
    const statuses = new Map<number, number>();
    await Promise.all(
      conversations.map(async (c) => {
        for (let i = 0; i < 100; i++) {
          const { status, text } = await postActivity(started.base, c, wide);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          expect(text).not.toMatch(/RangeError|stack/);
        }
      }),
    );
    const grown = heapUsed() - before;
    expect([...statuses.keys()]).toEqual([400]);
    // Before: about 350 KB an activity, 5 GB in all.
    expect(grown).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);

  test('events within the shape limits are rate-limited per conversation before anything is stored', async () => {
    const c = await open(started.base, '10.0.1.1');
    const held = (await activities(started.base, c)).length;
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await postActivity(started.base, c, { type: 'message', text: `x${i}`, value: { n: i } })).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(30);
    expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    const echoes = (await activities(started.base, c)).slice(held).filter((a) => a.from?.role === 'user');
    expect(echoes).toHaveLength(30);
    // The echo is what Web Chat needs: the text, the small value, the client's id; nothing else the page sent.
    expect(Object.keys(echoes[0]).sort()).toEqual(['conversation', 'from', 'id', 'recipient', 'serviceUrl', 'text', 'timestamp', 'type', 'value', 'channelId'].sort());
  });

  test('a value nested deep or wide is refused with a plain message; so is one nested past the body limit', async () => {
    const c = await open(started.base, '10.0.1.2');
    const deepValue = `{"type":"message","value":${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}}`;
    for (const body of [deepValue, { type: 'message', value: { a: { b: { c: { d: { e: 1 } } } } } }, { type: 'message', value: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, i])) }]) {
      const res = await postActivity(started.base, c, body);
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/RangeError|Maximum call stack|stack/);
    }
  });
});

describe('web chat: tokens and conversations', () => {
  test('40 fresh tokens from one address: 10 are issued, the rest get 429; X-Forwarded-For is ignored unless TRUSTED_PROXIES names the proxy', async () => {
    const started = await startWebChat();
    try {
      const statuses = [];
      for (let i = 0; i < 40; i++) statuses.push((await call(started.base, 'POST', '/tokens/generate', { from: `10.9.0.${i}` })).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(30);
    } finally {
      await started.app.close();
    }
    const proxied = await startWebChat({ TRUSTED_PROXIES: '127.0.0.1' });
    try {
      const statuses = [];
      for (let i = 0; i < 40; i++) statuses.push((await call(proxied.base, 'POST', '/tokens/generate', { from: `10.9.0.${i}` })).status);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const sameClient = [];
      for (let i = 0; i < 12; i++) sameClient.push((await call(proxied.base, 'POST', '/tokens/generate', { from: `203.0.113.9, 10.9.1.1` })).status);
      expect(sameClient.filter((s) => s === 429)).toHaveLength(2);
    } finally {
      await proxied.app.close();
    }
  });

  test('new conversations never push out ones in use: when the store is full of active conversations, 503', async () => {
    const started = await startWebChat({ TRUSTED_PROXIES: '127.0.0.1' }, { ...DEFAULT_LIMITS, maxConversations: 5 });
    try {
      const kept = await Promise.all(Array.from({ length: 5 }, (_, i) => open(started.base, `10.8.0.${i}`)));
      for (let i = 0; i < 100; i++) expect((await call(started.base, 'POST', '/tokens/generate', { from: `10.8.1.${i}` })).status).toBe(503);
      for (const c of kept) expect((await postActivity(started.base, c, { type: 'message', text: 'help' })).status).toBe(200);
    } finally {
      await started.app.close();
    }
  });

  test('a conversation dropped by the web chat takes its state with it', async () => {
    const started = await startWebChat({}, { ...DEFAULT_LIMITS, idleMs: 400, evictableAfterMs: 0 });
    // botbuilder's MemoryStorage deletes by setting a key's value to undefined.
    const keys = () => Object.entries((started.storage as unknown as { memory: Record<string, unknown> }).memory).flatMap(([k, v]) => (v === undefined ? [] : [k]));
    try {
      const c = await open(started.base);
      expect((await postActivity(started.base, c, { type: 'message', text: 'does this meet S.42?' })).status).toBe(200);
      // Its keys carry a hash of its ids (the state, its marker and the welcome), never the ids themselves.
      const ofC = () => keys().filter((k) => k.startsWith(`{${conversationTag({ channelId: 'webchat', conversationId: c.id })}}/`));
      expect(ofC().length).toBeGreaterThanOrEqual(2);
      await new Promise((resolve) => setTimeout(resolve, 500));
      // Any use of the store forgets idle conversations.
      await call(started.base, 'POST', '/tokens/generate');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(ofC()).toEqual([]);
    } finally {
      await started.app.close();
    }
  });

  test('with ALLOWED_TENANT_IDS set the web chat is closed (its activities carry no tenant): nothing is stored', async () => {
    const started = await startWebChat({ ALLOWED_TENANT_IDS: 'tenant-a' });
    try {
      const res = await call(started.base, 'POST', '/tokens/generate');
      expect(res.status).toBe(403);
      expect(res.json.token).toBeUndefined();
    } finally {
      await started.app.close();
    }
  });
});

describe('web chat: decisions stay out of the decision record', () => {
  test('a completed web chat check writes no record; the same check from a channel writes one', async () => {
    const started = await startWebChat();
    const records = async () => {
      let n = 0;
      for await (const _ of started.app.audit.between(new Date(0))) n++;
      return n;
    };
    try {
      const c = await open(started.base);
      let replies = (await postActivity(started.base, c, { type: 'message', value: { command: 'start', flow: 's42' } }), await activities(started.base, c));
      for (let i = 0; i < 20; i++) {
        const pending = pendingQuestion(lastCard(replies.filter((a) => a.from?.role === 'bot') as Partial<Activity>[])!);
        if (!pending) break;
        expect((await postActivity(started.base, c, { type: 'message', value: submitFor(pending, s42Answers[pending.question]) })).status).toBe(200);
        replies = await activities(started.base, c);
      }
      expect(JSON.stringify(replies)).toContain('S.42 criteria indicated (DSO decides)');
      expect(await records()).toBe(0);
      await runFlow(started.base, 's42', s42Answers);
      expect(await records()).toBe(1);
    } finally {
      await started.app.close();
    }
  });
});
