import pino from 'pino';
import { createApp, type App } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { cardOf, pendingQuestion, submitFor, type Card } from '../support/conversation';
import { expectValidCard } from '../support/cardSchema';

const silent = pino({ level: 'silent' });

async function start(env: Record<string, string> = {}): Promise<{ app: App; base: string }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
  const app = createApp({ config, log: silent, clock: () => new Date('2026-12-01T10:00:00Z') });
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
    const answers: Record<string, string | string[]> = {
      immediate_danger: 'no',
      age_18_plus: 'yes',
      received_at: '2026-03-10T10:00',
      concern_relates: 'yes',
      care_support_needs: 'yes',
      abuse_or_risk: 'yes',
      unable_to_protect: 'yes',
      other_factors: ['crime_suspected', 'capacity_or_engagement_difficulty'],
    };
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
});

describe('with MicrosoftAppId set', () => {
  let app: App;
  let base: string;
  beforeAll(async () => ({ app, base } = await start({ MicrosoftAppId: '00000000-0000-4000-8000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' })));
  afterAll(async () => app.close());

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
});
