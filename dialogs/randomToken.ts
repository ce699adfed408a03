import { randomFillSync } from 'node:crypto';

/** Random bytes drawn from the system's secure generator a few kilobytes at a time: each separate call costs
 * more than the bytes it returns, and every question card and every kept decision needs a few. */
const pool = Buffer.alloc(4096);
let used = pool.length;

/** `bytes` unpredictable bytes as base64url text (card answer tokens, kept-decision ids). */
export function randomToken(bytes: number): string {
  if (bytes > pool.length) throw new RangeError(`at most ${pool.length} bytes`);
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const token = pool.toString('base64url', used, used + bytes);
  // Never handed out twice.
  pool.fill(0, used, used + bytes);
  used += bytes;
  return token;
}
