import type { RedisServer } from './redisServer';

export default async function redisGlobalTeardown(): Promise<void> {
  await (globalThis as { __sharedRedis?: RedisServer }).__sharedRedis?.stop();
}
