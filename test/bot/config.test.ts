import { ConfigError, loadConfig, webChatEnabled } from '../../bot/config';

describe('configuration from the environment', () => {
  test('defaults: port 3978, in-memory state, office hours 09:00-17:00, web chat on', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.STATE_TTL_SECONDS).toBe(86400);
    expect([config.OFFICE_OPENS, config.OFFICE_CLOSES]).toEqual(['09:00', '17:00']);
    expect(webChatEnabled(config)).toBe(true);
  });

  test('blank values count as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: ' ' }).PORT).toBe(3978);
  });

  test('startup fails listing every bad variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', OFFICE_CLOSES: '5pm', REDIS_URL: 'localhost:6379', PROCEDURE_URLS: '{"x": "not a url"}', FLOW_SETTINGS: '[1]' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const text = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'OFFICE_CLOSES', 'REDIS_URL', 'PROCEDURE_URLS', 'FLOW_SETTINGS']) expect(text).toContain(name);
  });

  test('an app id without its password is refused; with it, web chat is off by default', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(() => loadConfig({ MicrosoftAppId: id })).toThrow(/MicrosoftAppPassword/);
    expect(webChatEnabled(loadConfig({ MicrosoftAppId: id, MicrosoftAppPassword: 'x' }))).toBe(false);
    expect(webChatEnabled(loadConfig({ MicrosoftAppId: id, MicrosoftAppPassword: 'x', WEBCHAT_ENABLED: 'true' }))).toBe(true);
  });

  test('FLOW_SETTINGS is checked against each flow\'s settings at startup', () => {
    expect(() => loadConfig({ FLOW_SETTINGS: '{"mappa":{"category4":"maybe"}}' })).toThrow(/FLOW_SETTINGS: mappa\.category4/);
    expect(() => loadConfig({ FLOW_SETTINGS: '{"mapa":{}}' })).toThrow(/FLOW_SETTINGS: mapa is not a flow/);
  });

  test('PROCEDURE_URLS and FLOW_SETTINGS are JSON objects', () => {
    const config = loadConfig({ PROCEDURE_URLS: '{"kcc-asc-safeguarding-pg":"https://intranet.example/kcc-pg"}', FLOW_SETTINGS: '{"mappa":{"category4":"off"}}' });
    expect(config.PROCEDURE_URLS).toEqual({ 'kcc-asc-safeguarding-pg': 'https://intranet.example/kcc-pg' });
    expect(config.FLOW_SETTINGS).toEqual({ mappa: { category4: 'off' } });
  });

  test('Redis: a key prefix with a brace is refused (Redis Cluster hashes the first {...} of a key); several URLs need cluster or sentinel mode', () => {
    const key = { AUDIT_HMAC_KEY: 'k'.repeat(32) };
    expect(() => loadConfig({ ...key, REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: 'sda{x}:' })).toThrow(/REDIS_KEY_PREFIX: may not contain \{ or \}/);
    expect(() => loadConfig({ ...key, REDIS_URL: 'redis://a:6379,redis://b:6379' })).toThrow(/REDIS_URL: several URLs need REDIS_CLUSTER=true/);
    expect(() => loadConfig({ ...key, REDIS_URL: 'rediss://a:6380,redis://b:6379', REDIS_CLUSTER: 'true' })).toThrow(/REDIS_URL: use redis:\/\/ or rediss:\/\/ for every node/);
    expect(() => loadConfig({ ...key, REDIS_URL: 'redis://a:26379', REDIS_CLUSTER: 'true', REDIS_SENTINEL_NAME: 'mymaster' })).toThrow(/set one or the other/);
    const cluster = loadConfig({ ...key, REDIS_URL: 'rediss://:secret@a.example:6380, rediss://:secret@b.example:6380', REDIS_CLUSTER: 'true' });
    expect(cluster.REDIS_URL).toEqual(['rediss://:secret@a.example:6380', 'rediss://:secret@b.example:6380']);
    expect(cluster.REDIS_CLUSTER).toBe(true);
  });
});
