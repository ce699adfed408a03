import type { Activity } from 'botbuilder';
import pino from 'pino';
import type { Request, Response } from 'restify';
import { precheckBearerToken } from '../../bot/http/bearerToken';
import { messagesRoute, type ChannelAdapter } from '../../bot/http/messagesRoute';
import { channelToken, CHANNEL_ISSUER } from '../support/botToken';

const appId = '00000000-0000-4000-8000-000000000001';
const now = new Date();
const expected = { appId, issuer: CHANNEL_ISSUER };

const activity = {
  type: 'message',
  channelId: 'msteams',
  serviceUrl: 'https://smba.trafficmanager.net/uk/',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'b1' },
  text: 'hello',
};

function call(route: ReturnType<typeof messagesRoute>, authorization: string, body: object = activity): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve) => {
    const req = { body, headers: { authorization } } as unknown as Request;
    const res = { headersSent: false, send: (status: number, body?: unknown) => resolve({ status, body }) } as unknown as Response;
    void route(req, res);
  });
}

describe('the bearer token pre-check (before any network call)', () => {
  const unsigned = (claims: object) =>
    `${Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;

  test.each([
    ['no header', undefined, 'no bearer token'],
    ['another scheme', `Basic ${Buffer.from('a:b').toString('base64')}`, 'not a bearer JWT'],
    ['an unsigned JWT', `Bearer ${unsigned({ aud: appId, iss: CHANNEL_ISSUER, exp: 9e9 })}`, 'unsigned or not RSA-signed'],
    ['an unsigned JWT with a made-up signature', `Bearer ${unsigned({ aud: appId, iss: CHANNEL_ISSUER, exp: 9e9 })}x`, 'unsigned or not RSA-signed'],
    ['an expired token', `Bearer ${channelToken({ aud: appId, expiresIn: -3600 })}`, 'expired'],
    ['a token not yet valid', `Bearer ${channelToken({ aud: appId, notBefore: 3600, expiresIn: 7200 })}`, 'not yet valid'],
    ['a token for another audience', `Bearer ${channelToken({ aud: 'someone-else' })}`, 'wrong audience'],
    ['a token from another issuer', `Bearer ${channelToken({ aud: appId, iss: 'https://login.example.net/' })}`, 'wrong issuer'],
  ])('refuses %s', (_name, header, reason) => {
    expect(precheckBearerToken(header, expected, now)).toEqual({ ok: false, reason });
  });

  test('lets a well-formed, in-date token for this bot through to signature checking', () => {
    expect(precheckBearerToken(`Bearer ${channelToken({ aud: appId })}`, expected, now)).toEqual({ ok: true });
  });

  test('allows the connector\'s five minutes of clock skew on expiry and start, and no more', () => {
    expect(precheckBearerToken(`Bearer ${channelToken({ aud: appId, expiresIn: -120 })}`, expected, now).ok).toBe(true);
    expect(precheckBearerToken(`Bearer ${channelToken({ aud: appId, expiresIn: -420 })}`, expected, now)).toEqual({ ok: false, reason: 'expired' });
    expect(precheckBearerToken(`Bearer ${channelToken({ aud: appId, notBefore: 120 })}`, expected, now).ok).toBe(true);
    expect(precheckBearerToken(`Bearer ${channelToken({ aud: appId, notBefore: 420 })}`, expected, now)).toEqual({ ok: false, reason: 'not yet valid' });
  });
});

describe('POST /api/messages authentication', () => {
  test('a token check that hangs (keys out of reach) is refused with 401 after the timeout, and the turn never runs', async () => {
    let turns = 0;
    const adapter: ChannelAdapter = {
      authenticate: () => new Promise(() => undefined),
      processAuthenticated: async () => {
        turns++;
        return undefined;
      },
    };
    const route = messagesRoute({ adapter, logic: async () => undefined, log: pino({ level: 'silent' }), appId, authTimeoutMs: 200 });
    const started = Date.now();
    const res = await call(route, `Bearer ${channelToken({ aud: appId })}`);
    expect(res).toEqual({ status: 401, body: { error: 'Unauthorized.' } });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(turns).toBe(0);
  });

  test('a failure around the turn is a plain 500 without the error\'s message', async () => {
    const adapter: ChannelAdapter = {
      authenticate: async () => ({}) as Awaited<ReturnType<ChannelAdapter['authenticate']>>,
      processAuthenticated: async (_auth, a: Activity) => {
        throw new Error(`internal detail for ${a.type}`);
      },
    };
    const route = messagesRoute({ adapter, logic: async () => undefined, log: pino({ level: 'silent' }) });
    // Without an app id, replies may go only to this machine.
    const res = await call(route, '', { ...activity, serviceUrl: 'http://127.0.0.1:1' });
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('internal detail');
  });
});
