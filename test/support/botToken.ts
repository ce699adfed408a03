import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelTrust } from '../../bot/http/adapter';

/** The issuer real Bot Framework channel tokens name. */
export const CHANNEL_ISSUER = 'https://api.botframework.com';

const KEY_ID = 'test-channel-key';

/** The key the test channel publishes, and one it never publishes (a forger's). */
const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
const unpublished = generateKeyPairSync('rsa', { modulusLength: 2048 });

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export interface TokenClaims {
  aud?: string;
  iss?: string;
  /** Seconds from now (negative: in the past). */
  expiresIn?: number;
  /** Seconds from now before which the token is not valid. */
  notBefore?: number;
  serviceurl?: string;
  /** Sign with a key the channel never published, under the published key's id. */
  forged?: boolean;
  /** `none`: no signature at all. */
  alg?: 'RS256' | 'none';
}

/** A JWT shaped like a Bot Framework channel's (RS256, issuer api.botframework.com, a `serviceurl` claim),
 * dated by the real clock (the connector checks times against it) and signed with the test channel's key. */
export function channelToken(claims: TokenClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const alg = claims.alg ?? 'RS256';
  const header = part({ alg, typ: 'JWT', kid: KEY_ID });
  const payload = part({
    iss: claims.iss ?? CHANNEL_ISSUER,
    aud: claims.aud,
    exp: now + (claims.expiresIn ?? 600),
    nbf: now + (claims.notBefore ?? -60),
    serviceurl: claims.serviceurl ?? 'http://127.0.0.1:1',
  });
  if (alg === 'none') return `${header}.${payload}.`;
  const key: KeyObject = (claims.forged ? unpublished : published).privateKey;
  const signature = createSign('RSA-SHA256').update(`${header}.${payload}`).sign(key).toString('base64url');
  return `${header}.${payload}.${signature}`;
}

/** A local stand-in for the channel's OpenID metadata and signing keys (a JWKS entry with `kid`, `n`, `e`),
 * which a bot started with `trust` verifies tokens against instead of Microsoft's. */
export class TestChannelKeys {
  private constructor(private readonly server: Server, readonly trust: ChannelTrust) {}

  static async start(): Promise<TestChannelKeys> {
    const jwk = published.publicKey.export({ format: 'jwk' });
    let base = '';
    const server = createServer((req, res) => {
      const body = req.url === '/openid-configuration' ? { issuer: CHANNEL_ISSUER, jwks_uri: `${base}/keys` } : req.url === '/keys' ? { keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e }] } : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return new TestChannelKeys(server, { openIdMetadataUrl: `${base}/openid-configuration`, tokenIssuer: CHANNEL_ISSUER });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
