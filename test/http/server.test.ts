import type { App } from '../../bot/app';
import { channelToken, TestChannelKeys, type TokenClaims } from '../support/botToken';
import { expectValidCard } from '../support/cardSchema';
import { cardOf, pendingQuestion, submitFor, type Card } from '../support/conversation';
import { activity, post, startApp, WatchedStorage } from '../support/http';
import { capturedLog } from '../support/log';
import { scenarioAnswers } from '../support/scenarios';

describe('the running HTTP server', () => {
  let app: App;
  let base: string;
  beforeAll(async () => ({ app, base } = await startApp({}, { clock: () => new Date('2026-12-01T10:00:00Z') })));
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

describe('with MicrosoftAppId set: channel tokens signed with a key the test channel publishes', () => {
  const appId = '00000000-0000-4000-8000-000000000001';
  const serviceUrl = 'http://127.0.0.1:1';
  const storage = new WatchedStorage();
  const captured = capturedLog();
  let keys: TestChannelKeys;
  let app: App;
  let base: string;
  // The connector checks token times against the real clock, so the bot and the tokens use it too.
  beforeAll(async () => {
    keys = await TestChannelKeys.start();
    ({ app, base } = await startApp({ MicrosoftAppId: appId, MicrosoftAppPassword: 'not-a-real-secret' }, { storage, log: captured.log, channelTrust: keys.trust }));
  });
  afterAll(async () => {
    await app.close();
    await keys.close();
  });

  /** Posts a message with the token, and returns the status, the body and why the bot refused it (from its log). */
  const postWithToken = async (token: string | undefined) => {
    const before = captured.lines().length;
    const touched = storage.touched;
    const reply = await post(base, activity({ text: 's42', serviceUrl }), token === undefined ? {} : { authorization: `Bearer ${token}` });
    const refusals = captured.lines().slice(before).filter((l) => l.msg === 'request refused: not authenticated');
    return { ...reply, reason: refusals.map((l) => String(l.reason)).join(' | '), touchedState: storage.touched > touched };
  };
  const token = (claims: TokenClaims = {}) => channelToken({ aud: appId, serviceurl: serviceUrl, ...claims });

  test('a properly signed, in-date token for this bot from the channel is accepted: 200 with the replies', async () => {
    const res = await postWithToken(token());
    expect(res.reason).toBe('');
    expect(res.status).toBe(200);
    expect(res.activities.length).toBeGreaterThan(0);
    expect(res.text).toContain('Question 1');
    expect(res.touchedState).toBe(true);
  });

  test.each<[string, string | undefined, string | RegExp]>([
    ['no token', undefined, 'no bearer token'],
    ['an expired token', token({ expiresIn: -3600 }), 'expired'],
    ['a token not yet valid', token({ notBefore: 3600, expiresIn: 7200 }), 'not yet valid'],
    ['a token for another bot (wrong audience)', token({ aud: '00000000-0000-4000-8000-0000000000ff' }), 'wrong audience'],
    ['a token from another issuer', token({ iss: 'https://sts.example.net/' }), 'wrong issuer'],
    ['a token with no signature (alg none)', token({ alg: 'none' }), 'unsigned or not RSA-signed'],
    // Past the pre-check: only the connector's signature check against the published key can refuse these.
    ['a token signed with a key the channel never published', token({ forged: true }), /^JsonWebTokenError: invalid signature$/],
    ['a token for another conversation service', token({ serviceurl: 'https://smba.example.net/' }), /ServiceUrl claim do not match/],
  ])('%s gets 401, refused by that check, before any state is read', async (_name, bearer, reason) => {
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const res = await postWithToken(bearer);
      expect(res.status).toBe(401);
      if (typeof reason === 'string') expect(res.reason).toBe(reason);
      else expect(res.reason).toMatch(reason);
      expect(JSON.parse(res.text)).toEqual({ error: 'Unauthorized.' });
      expect(res.touchedState).toBe(false);
    } finally {
      quiet.mockRestore();
    }
  });
});
