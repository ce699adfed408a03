import { MemoryStorage, type StoreItems } from 'botbuilder';
import pino from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { cardOf, pendingQuestion, submitFor, type Card } from '../support/conversation';
import { selfSignedToken } from '../support/botToken';
import { expectValidCard } from '../support/cardSchema';
import { scenarioAnswers } from '../support/scenarios';

const silent = pino({ level: 'silent' });

/** Counts every read and write, to show that a refused request never reached the bot's state. */
class WatchedStorage extends MemoryStorage {
  touched = 0;
  override read(keys: string[]): Promise<StoreItems> {
    this.touched++;
    return super.read(keys);
  }
  override write(changes: StoreItems): Promise<void> {
    this.touched++;
    return super.write(changes);
  }
}

async function start(env: Record<string, string> = {}, storage?: MemoryStorage): Promise<{ app: App; base: string }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
  const app = createApp({ config, log: silent, clock: () => new Date('2026-12-01T10:00:00Z'), storage });
  const { port } = await app.listen();
  return { app, base: `http://127.0.0.1:${port}` };
}

let seq = 0;
function activity(fields: Record<string, unknown>) {
  return {
    type: 'message',
    id: `a${++seq}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:1',
    deliveryMode: 'expectReplies',
    conversation: { id: 'http-conversation' },
    from: { id: 'http-user' },
    recipient: { id: 'bot' },
    ...fields,
  };
}

async function post(base: string, body: unknown): Promise<{ status: number; activities: Record<string, unknown>[] }> {
  const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await res.text();
  const json = text ? JSON.parse(text) : {};
  return { status: res.status, activities: json.activities ?? [] };
}

describe('the running HTTP server', () => {
  let app: App;
  let base: string;
  beforeAll(async () => ({ app, base } = await start()));
  afterAll(async () => app.close());

  test('GET /healthz answers 200', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
  });

  test('GET /readyz answers 200 with in-memory storage', async () => {
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  test('a whole S.42 scenario (s42-03) over POST /api/messages with expectReplies', async () => {
    const answers = scenarioAnswers('s42', 's42-03');
    let reply = await post(base, activity({ text: 'does this meet S.42?' }));
    for (let i = 0; i < 12; i++) {
      expect(reply.status).toBe(200);
      const card = cardOf(reply.activities[reply.activities.length - 1]) as Card;
      expectValidCard(card);
      const pending = pendingQuestion(card);
      if (!pending) {
        const label = (card.body as { items?: { text: string }[] }[])[0].items![0].text;
        expect(label).toBe('S.42 criteria indicated (DSO decides)');
        expect(JSON.stringify(card)).toContain('Designated Senior Officer');
        expect(JSON.stringify(card)).toContain('Wed 11 Mar 2026');
        return;
      }
      reply = await post(base, activity({ value: submitFor(pending, answers[pending.question]) }));
    }
    throw new Error('the flow did not end');
  });

  test('malformed JSON gets 400, not a crash', async () => {
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message",' });
    expect(res.status).toBe(400);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  test('a body over 256 KB gets 413', async () => {
    const body = JSON.stringify(activity({ text: 'x'.repeat(300 * 1024) }));
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(res.status).toBe(413);
  });

  test('JSON that is not an activity gets 400 naming the fields, with nothing internal in the reply', async () => {
    for (const body of [{ type: 5 }, [], { ...activity({}), from: 'someone' }, { ...activity({}), serviceUrl: undefined }]) {
      const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const text = await res.text();
      expect(res.status).toBe(400);
      expect(text).toMatch(/not a valid activity/);
      expect(text).not.toMatch(/at .*\.(js|ts):\d+|node_modules|validateAndFixActivity/);
    }
  });
});

describe('with MicrosoftAppId set', () => {
  const appId = '00000000-0000-4000-8000-000000000001';
  const storage = new WatchedStorage();
  let app: App;
  let base: string;
  beforeAll(async () => ({ app, base } = await start({ MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret' }, storage)));
  afterAll(async () => app.close());
  afterEach(() => expect(storage.touched).toBe(0));

  const postWithToken = async (token: string) => {
    const started = Date.now();
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(activity({ text: 's42' })),
    });
    return { status: res.status, body: await res.text(), ms: Date.now() - started };
  };

  test('an unauthenticated POST /api/messages gets 401 and is not processed', async () => {
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity({ text: 's42' })) });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('Question 1');
  });

  test('a forged bearer token gets 401', async () => {
    const res = await fetch(`${base}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.' },
      body: JSON.stringify(activity({ text: 's42' })),
    });
    expect(res.status).toBe(401);
  });

  test('an expired token gets 401 at once', async () => {
    const res = await postWithToken(selfSignedToken({ aud: appId, expiresIn: -3600 }));
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(1000);
  });

  test('a token for another bot (wrong audience) gets 401 at once', async () => {
    const res = await postWithToken(selfSignedToken({ aud: '00000000-0000-4000-8000-0000000000ff' }));
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(1000);
  });

  test('a well-formed, in-date token for this bot signed with a key Microsoft never published gets 401, fast and without internal detail', async () => {
    // The connector looks the key up in Microsoft's published keys: with no network that fetch fails, and
    // the refusal must still be a 401 within the verification timeout, never a 500 naming the fetch.
    const res = await postWithToken(selfSignedToken({ aud: appId }));
    expect(res.status).toBe(401);
    expect(res.ms).toBeLessThan(6000);
    expect(res.body).not.toMatch(/botframework\.com|ENOTFOUND|openid|Question 1/i);
  });
});
