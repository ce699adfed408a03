import type { Request } from 'restify';

const normalise = (address: string): string => address.trim().replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/** The address a request comes from. Behind reverse proxies named in TRUSTED_PROXIES, it is the nearest
 * address in X-Forwarded-For that is not one of them; otherwise X-Forwarded-For is ignored, since anyone
 * can write it. */
export function clientAddress(req: Request, trustedProxies: readonly string[] = []): string {
  const trusted = new Set(trustedProxies.map(normalise));
  let address = normalise(req.socket?.remoteAddress ?? 'unknown');
  const header = req.headers['x-forwarded-for'];
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map(normalise).filter(Boolean);
  while (trusted.has(address) && forwarded.length > 0) address = forwarded.pop()!;
  return address;
}
