import { MemoryStorage } from 'botbuilder';
import pino from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { cardOf, cardTexts, pendingQuestion, type Card } from '../support/conversation';
import { expectValidCard } from '../support/cardSchema';
import { stateKeyOf } from '../../bot/state/dialogState';

type Json = Record<string, any>;

const APP_ID = { MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-used-here' };

async function start(env: Record<string, string> = {}, storage = new MemoryStorage()): Promise<{ app: App; base: string }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
  const app = createApp({ config, log: pino({ level: 'silent' }), storage, clock: () => new Date('2026-12-01T10:00:00Z') });
  const { port } = await app.listen();
  return { app, base: `http://127.0.0.1:${port}` };
}

/** One page's view of the local Direct Line: a token, then start, post and poll. */
class Client {
  token = '';
  conversationId = '';
  watermark = '';

  constructor(private readonly base: string) {}

  async request(method: string, path: string, body?: unknown, token = this.token): Promise<{ status: number; json: Json }> {
    const res = await fetch(`${this.base}/v3/directline${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : {} };
  }

  async connect(): Promise<Json[]> {
    const generated = await this.request('POST', '/tokens/generate', undefined, '');
    expect(generated.status).toBe(200);
    this.token = generated.json.token;
    const started = await this.request('POST', '/conversations', { user: { id: 'ignored' } });
    expect(started.status).toBe(201);
    this.conversationId = started.json.conversationId;
    expect(this.conversationId).toBe(generated.json.conversationId);
    return this.poll();
  }

  async post(activity: Json): Promise<Json[]> {
    const posted = await this.request('POST', `/conversations/${this.conversationId}/activities`, activity);
    expect(posted.status).toBe(200);
    expect(posted.json.id).toEqual(expect.any(String));
    return this.poll();
  }

  async poll(): Promise<Json[]> {
    const got = await this.request('GET', `/conversations/${this.conversationId}/activities?watermark=${this.watermark}`);
    expect(got.status).toBe(200);
    this.watermark = got.json.watermark;
    for (const a of got.json.activities) {
      const card = cardOf(a);
      if (card) expectValidCard(card);
    }
    return got.json.activities;
  }
}

const fromBot = (activities: Json[]) => activities.filter((a) => a.from?.role === 'bot');
const lastCardOf = (activities: Json[]): Card => cardOf(fromBot(activities).filter((a) => cardOf(a)).pop()!)!;

describe('local web chat: switched on and off', () => {
  it('is on with no MicrosoftAppId: the page says it is a local test client and names the bot', async () => {
    const { app, base } = await start();
    try {
      const page = await fetch(`${base}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await page.text();
      expect(html).toContain('Local test client');
      expect(html).toContain('<h1>Safeguarding Decision Assistant</h1>');
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    } finally {
      await app.close();
    }
  });

  it('serves Web Chat from the installed package, not a CDN', async () => {
    const { app, base } = await start();
    try {
      const html = await (await fetch(`${base}/`)).text();
      const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
      expect(scripts.every((src) => src.startsWith('/'))).toBe(true);
      const bundle = await fetch(`${base}${scripts[0]}`);
      expect(bundle.status).toBe(200);
      expect(bundle.headers.get('content-type')).toMatch(/javascript/);
      expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    } finally {
      await app.close();
    }
  });

  it('is off when MicrosoftAppId is set', async () => {
    const { app, base } = await start(APP_ID);
    try {
      expect((await fetch(`${base}/`)).status).toBe(404);
      expect((await fetch(`${base}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('is on with MicrosoftAppId set when WEBCHAT_ENABLED=true, and its turns need no channel token', async () => {
    const { app, base } = await start({ ...APP_ID, WEBCHAT_ENABLED: 'true' });
    try {
      expect((await fetch(`${base}/`)).status).toBe(200);
      const client = new Client(base);
      await client.connect();
      const replies = await client.post({ type: 'message', text: 'does this meet S.42?' });
      expect(pendingQuestion(lastCardOf(replies))?.question).toBe('immediate_danger');
    } finally {
      await app.close();
    }
  });

  it('is off when WEBCHAT_ENABLED=false', async () => {
    const { app, base } = await start({ WEBCHAT_ENABLED: 'false' });
    try {
      expect((await fetch(`${base}/`)).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});

describe('local web chat: the Direct Line protocol', () => {
  let app: App;
  let base: string;
  const storage = new MemoryStorage();

  beforeAll(async () => ({ app, base } = await start({}, storage)));
  afterAll(async () => app.close());

  it('welcomes the user with the menu when the conversation starts, and only once', async () => {
    const client = new Client(base);
    const welcome = await client.connect();
    expect(welcome).toHaveLength(1);
    expect(welcome[0]).toMatchObject({ type: 'message', from: { role: 'bot', name: 'Safeguarding Decision Assistant' } });
    expect(cardTexts(cardOf(welcome[0] as never)!).join('\n')).toContain('What do you need to check?');

    const again = await client.request('POST', '/conversations');
    expect(again.status).toBe(200);
    expect(await client.poll()).toEqual([]);
  });

  it('echoes the user activity with its client id, then the replies, each with an id, after the watermark', async () => {
    const client = new Client(base);
    await client.connect();
    const before = Number(client.watermark);
    const replies = await client.post({ type: 'message', text: 'does this meet S.42?', channelData: { clientActivityID: 'client-1', other: 'dropped' } });

    expect(replies[0]).toMatchObject({ type: 'message', text: 'does this meet S.42?', from: { role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    expect(replies[0].channelData).not.toHaveProperty('other');
    expect(pendingQuestion(lastCardOf(replies))?.question).toBe('immediate_danger');
    expect(new Set(replies.map((a) => a.id)).size).toBe(replies.length);
    expect(replies.every((a) => a.conversation.id === client.conversationId && typeof a.timestamp === 'string')).toBe(true);
    expect(Number(client.watermark)).toBe(before + replies.length);
    expect(await client.poll()).toEqual([]);
  });

  it('ignores the user id the page claims: the server says who the user is', async () => {
    const client = new Client(base);
    await client.connect();
    const replies = await client.post({ type: 'message', text: 'help', from: { id: 'someone-else', name: 'A Person' } });
    expect(replies[0].from.id).not.toBe('someone-else');
    expect(replies[0].from.name).not.toBe('A Person');
  });

  it('runs card submits through the same dialogs and storage as Teams, and replaces an answered card in place', async () => {
    const client = new Client(base);
    await client.connect();
    const asked = await client.post({ type: 'message', text: 'does this meet S.42?' });
    const questionActivity = fromBot(asked).filter((a) => cardOf(a)).pop()!;
    const pending = pendingQuestion(cardOf(questionActivity)!)!;

    const replies = await client.post({ type: 'message', value: { ...pending, answer: 'no' } });
    const replaced = replies.find((a) => a.id === questionActivity.id);
    expect(replaced).toBeDefined();
    expect(replaced!.timestamp).toBe(questionActivity.timestamp);
    expect(pendingQuestion(cardOf(replaced!)!)).toBeUndefined();
    expect(pendingQuestion(lastCardOf(replies))?.question).toBe('age_18_plus');

    const key = stateKeyOf({ channelId: 'webchat', conversationId: client.conversationId });
    const stored = await storage.read([key]);
    expect(JSON.stringify(stored[key])).toContain('immediate_danger');
  });

  it('refuses requests without the conversation\'s token', async () => {
    const a = new Client(base);
    const b = new Client(base);
    await a.connect();
    await b.connect();
    expect((await a.request('GET', `/conversations/${a.conversationId}/activities`, undefined, '')).status).toBe(403);
    expect((await a.request('GET', `/conversations/${a.conversationId}/activities`, undefined, 'made-up')).status).toBe(403);
    const crossed = await a.request('POST', `/conversations/${b.conversationId}/activities`, { type: 'message', text: 'help' });
    expect(crossed.status).toBe(403);
    expect(crossed.json.error.code).toBe('BadToken');
    expect(await b.poll()).toEqual([]);
  });

  it('refuses activities it cannot read with a clear error, and runs no turn for them', async () => {
    const client = new Client(base);
    await client.connect();
    const path = `/conversations/${client.conversationId}/activities`;
    expect((await client.request('POST', path, '{"type": "mess')).status).toBe(400);
    for (const body of [{ type: 'invoke' }, { type: 'message', text: 42 }, [], { type: 'message', text: 'x'.repeat(5000) }]) {
      const res = await client.request('POST', path, body);
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    }
    const huge = await client.request('POST', path, { type: 'message', text: 'x'.repeat(3000), value: { padding: 'y'.repeat(20_000) } });
    expect(huge.status).toBe(413);
    expect(huge.json.error.code).toBe('MessageSizeTooBig');
    expect((await client.request('GET', `${path}?watermark=abc`)).status).toBe(400);
    expect(await client.poll()).toEqual([]);
  });

  it('refreshes a token and reconnects to a conversation', async () => {
    const client = new Client(base);
    await client.connect();
    const refreshed = await client.request('POST', '/tokens/refresh');
    expect(refreshed.json).toMatchObject({ conversationId: client.conversationId, token: client.token, expires_in: expect.any(Number) });
    const reconnected = await client.request('GET', `/conversations/${client.conversationId}?watermark=${client.watermark}`);
    expect(reconnected.status).toBe(200);
    expect(reconnected.json.conversationId).toBe(client.conversationId);
  });
});
