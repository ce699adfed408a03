import { createSign, generateKeyPairSync } from 'node:crypto';

/** A key pair made for the test run: Microsoft never published it, so nothing it signs may be trusted. */
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface TokenClaims {
  aud?: string;
  iss?: string;
  /** Seconds from now (negative: in the past). */
  expiresIn?: number;
  serviceurl?: string;
}

/** A JWT shaped like a Bot Framework channel's (RS256, issuer api.botframework.com), signed with the
 * throwaway key. */
export function selfSignedToken(claims: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const header = part({ alg: 'RS256', typ: 'JWT', kid: 'test-run-key', x5t: 'test-run-key' });
  const payload = part({
    iss: claims.iss ?? 'https://api.botframework.com',
    aud: claims.aud,
    exp: now + (claims.expiresIn ?? 600),
    nbf: now - 60,
    serviceurl: claims.serviceurl ?? 'http://127.0.0.1:1',
  });
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(privateKey).toString('base64url');
  return `${header}.${payload}.${signature}`;
}
