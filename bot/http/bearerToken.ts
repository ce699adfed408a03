import { z } from 'zod';

/** The clock skew the Bot Framework connector itself allows when it checks a token's times. */
const CLOCK_SKEW_SECONDS = 5 * 60;

/** The issuer of every Bot Framework channel token in Microsoft's public cloud. */
export const CHANNEL_TOKEN_ISSUER = 'https://api.botframework.com';

/** Header, claims and signature; an empty signature is a JWT too (an unsigned one), refused by its header. */
const JWT = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/;

/** Bot Framework channels sign with RSA; anything else ("none", HMAC) can never be one of theirs. */
const header = z.object({ alg: z.enum(['RS256', 'RS384', 'RS512']) });
const claims = z.object({
  aud: z.union([z.string(), z.array(z.string())]),
  exp: z.number(),
  nbf: z.number().optional(),
  iss: z.string().min(1),
});

export type TokenPrecheck = { ok: true } | { ok: false; reason: string };

function decodePart(part: string): unknown {
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Who the token must be for and from: the bot's app id, and the channels' token issuer. */
export interface TokenExpectations {
  appId: string;
  issuer: string;
}

/** Refuses, without any network call, a bearer token that could not pass the connector's checks whatever
 * its signature: missing, not a JWT, unsigned or not RSA-signed, expired, not yet valid, for another
 * audience, or from another issuer (the connector itself reports a wrong issuer only as "no valid identity").
 * This proves nothing about a token that passes: the signature is checked afterwards against the published
 * keys. The reason is for the log; it holds nothing from the token. */
export function precheckBearerToken(authorization: string | undefined, expected: TokenExpectations, now: Date): TokenPrecheck {
  if (!authorization) return { ok: false, reason: 'no bearer token' };
  const match = JWT.exec(authorization);
  if (!match) return { ok: false, reason: 'not a bearer JWT' };
  if (!header.safeParse(decodePart(match[1])).success) return { ok: false, reason: 'unsigned or not RSA-signed' };
  const parsed = claims.safeParse(decodePart(match[2]));
  if (!parsed.success) return { ok: false, reason: 'claims missing or malformed' };
  const nowSeconds = now.getTime() / 1000;
  const { aud, exp, nbf, iss } = parsed.data;
  if (exp + CLOCK_SKEW_SECONDS < nowSeconds) return { ok: false, reason: 'expired' };
  if (nbf !== undefined && nbf - CLOCK_SKEW_SECONDS > nowSeconds) return { ok: false, reason: 'not yet valid' };
  const audiences = Array.isArray(aud) ? aud : [aud];
  if (!audiences.includes(expected.appId)) return { ok: false, reason: 'wrong audience' };
  if (iss !== expected.issuer) return { ok: false, reason: 'wrong issuer' };
  return { ok: true };
}
