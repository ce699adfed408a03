/** Redis could not be reached (refused, reset, timed out, or not yet reconnected). The turn is answered with a
 * plain message and nothing is reset: once Redis is back the conversation carries on from its last save. */
export class StorageUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`conversation storage unreachable: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'StorageUnavailableError';
  }
}

/** Whether an ioredis failure means "Redis is not there" rather than a bug. Redis's own replies (a script error,
 * a wrong type) are bugs, except those a restarting or failing-over server sends; every other ioredis failure
 * (refused, reset, timed out, offline, retries exhausted) is about reaching it. */
export function isConnectionFailure(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'ReplyError') return /^(LOADING|MASTERDOWN|READONLY|CLUSTERDOWN|TRYAGAIN)\b/.test(err.message);
  return true;
}

/** Runs a Redis call, turning connection failures into StorageUnavailableError. */
export async function onRedis<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw isConnectionFailure(err) ? new StorageUnavailableError(err) : err;
  }
}

/** botbuilder's wording for a refused conditional write (MemoryStorage and RedisStorage alike). */
export const isETagConflict = (err: unknown): boolean => err instanceof Error && /due to eTag conflict/.test(err.message);
