import { RedisServer } from './redisServer';

/** Starts the redis-server every storage test shares (persistence off, a free port on 127.0.0.1); the tests
 * find it through TEST_REDIS_URL. Fails the whole run, with how to install it, when redis-server is missing. */
export default async function redisGlobalSetup(): Promise<void> {
  const server = await RedisServer.start();
  (globalThis as { __sharedRedis?: RedisServer }).__sharedRedis = server;
  process.env.TEST_REDIS_URL = server.url;
}
