import { Cluster, Redis } from 'ioredis';
import { redisClientFor } from '../../bot/state/redisClient';

/** The client each setting gives (nothing connects: the clients are lazy). */
describe('redisClientFor', () => {
  test('one URL: one Redis, with its credentials, database and TLS from the URL', () => {
    const redis = redisClientFor({ urls: ['rediss://user:p%40ss@cache.example:6380/2'] }) as Redis;
    expect(redis).toBeInstanceOf(Redis);
    expect(redis.options).toMatchObject({ host: 'cache.example', port: 6380, db: 2, username: 'user', password: 'p@ss', tls: { servername: 'cache.example' }, enableOfflineQueue: false });
  });

  test('a cluster over TLS (Azure Cache for Redis): every seed, the certificate name, and node names used as given', async () => {
    const cluster = redisClientFor({ urls: ['rediss://:key@c1.example:6380', 'rediss://:key@c2.example:6380'], cluster: true, tlsServername: 'cache.example' }) as Cluster;
    expect(cluster).toBeInstanceOf(Cluster);
    expect(cluster.options.redisOptions).toMatchObject({ password: 'key', tls: { servername: 'cache.example' } });
    const looked = await new Promise((resolve) => cluster.options.dnsLookup!('c1.example', (_err, address) => resolve(address)));
    expect(looked).toBe('c1.example');
    expect((cluster as unknown as { startupNodes: unknown[] }).startupNodes).toEqual([
      { host: 'c1.example', port: 6380 },
      { host: 'c2.example', port: 6380 },
    ]);
  });

  test('sentinels: the master is found by name through them', () => {
    const redis = redisClientFor({ urls: ['redis://:pw@s1:26379', 'redis://:pw@s2:26379'], sentinelName: 'mymaster' }) as Redis;
    expect(redis.options).toMatchObject({ name: 'mymaster', sentinels: [{ host: 's1', port: 26379 }, { host: 's2', port: 26379 }], password: 'pw', sentinelPassword: 'pw' });
  });
});
