import { loadConfig } from '../../bot/config';

describe('hardening settings', () => {
  test('defaults: 30 turns a minute, 100,000 decision records, no HMAC key without Redis', () => {
    const config = loadConfig({});
    expect(config.RATE_LIMIT_PER_MINUTE).toBe(30);
    expect(config.AUDIT_STREAM_MAXLEN).toBe(100_000);
    expect(config.AUDIT_HMAC_KEY).toBeUndefined();
  });

  test('AUDIT_HMAC_KEY is required with REDIS_URL, and must be at least 32 characters', () => {
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/AUDIT_HMAC_KEY: required when REDIS_URL is set/);
    expect(() => loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', AUDIT_HMAC_KEY: 'short' })).toThrow(/AUDIT_HMAC_KEY: must be at least 32 characters/);
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379', AUDIT_HMAC_KEY: 'k'.repeat(32) }).AUDIT_HMAC_KEY).toHaveLength(32);
  });

  test('limits must be whole numbers in range', () => {
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: '0' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_PER_MINUTE/);
    expect(() => loadConfig({ AUDIT_STREAM_MAXLEN: '10' })).toThrow(/AUDIT_STREAM_MAXLEN/);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '120', AUDIT_STREAM_MAXLEN: '5000' })).toMatchObject({ RATE_LIMIT_PER_MINUTE: 120, AUDIT_STREAM_MAXLEN: 5000 });
  });
});
