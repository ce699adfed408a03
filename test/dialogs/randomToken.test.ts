import { createHmac } from 'node:crypto';
import { UserHasher } from '../../bot/audit/decisionRecord';
import { randomToken } from '../../dialogs/randomToken';

describe('random tokens drawn from a pool', () => {
  test('are the asked length, never repeat across refills, and use every base64url character', () => {
    const tokens = Array.from({ length: 5000 }, () => randomToken(6));
    expect(tokens.every((t) => /^[A-Za-z0-9_-]{8}$/.test(t))).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(new Set(tokens.join('')).size).toBe(64);
  });

  test('a request larger than the pool is refused rather than padded', () => {
    expect(() => randomToken(5000)).toThrow(RangeError);
  });
});

describe('user hashes', () => {
  test('are HMAC-SHA256 of the user key with the configured key, as before it was prepared once', () => {
    const hasher = new UserHasher('k€y');
    expect(hasher.hash('emulator/user-1')).toBe(createHmac('sha256', 'k€y').update('emulator/user-1').digest('hex'));
  });
});
