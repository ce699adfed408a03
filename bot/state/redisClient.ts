import { Cluster, Redis, type ClusterOptions, type RedisOptions } from 'ioredis';
import type { Logger } from '../log';

/** A single Redis (directly or through Sentinel) or a Redis Cluster: every state module takes either. */
export type RedisClient = Redis | Cluster;

/** Every Redis call of a turn must fail well inside Teams' 15 s; these bound one call to about 2 s. */
const REDIS_TIMEOUTS = { connectMs: 2_000, commandMs: 2_000 };

/** How the bot reaches Redis (REDIS_URL and its companions in bot/config). */
export interface RedisConnection {
  /** One URL; with `cluster` the seed nodes, with `sentinelName` the sentinels. */
  urls: string[];
  cluster?: boolean;
  sentinelName?: string;
  /** The name the server's TLS certificate is checked against (default: the host of the first URL). */
  tlsServername?: string;
  /** Cluster over TLS: resolve node names with the system's DNS (default: use them as given, as Azure Cache
   * for Redis and ElastiCache need, so that the certificate's name matches). */
  clusterResolveDns?: boolean;
}

interface Node {
  host: string;
  port: number;
}

function parse(url: string): { node: Node; tls: boolean; username?: string; password?: string; db: number } {
  const u = new URL(url);
  const text = (s: string) => (s ? decodeURIComponent(s) : undefined);
  return {
    node: { host: u.hostname.replace(/^\[(.*)\]$/, '$1'), port: u.port ? Number(u.port) : 6379 },
    tls: u.protocol === 'rediss:',
    username: text(u.username),
    password: text(u.password),
    db: Number(u.pathname.slice(1) || 0),
  };
}

/** What every connection shares: fail fast while Redis is unreachable instead of queueing turns behind the
 * outage, and send concurrent turns' scripts in one write per tick (fewer syscalls under load). */
const FAIL_FAST = {
  connectTimeout: REDIS_TIMEOUTS.connectMs,
  commandTimeout: REDIS_TIMEOUTS.commandMs,
  maxRetriesPerRequest: 1,
} satisfies RedisOptions;
const retry = (attempt: number) => Math.min(attempt * 200, 1_000);

/** What a connection for another purpose changes (the reminder worker's blocking reads wait as long as they need). */
export type ConnectionOverrides = Pick<RedisOptions, 'commandTimeout' | 'maxRetriesPerRequest' | 'enableOfflineQueue' | 'lazyConnect'>;

/** The ioredis client for `connection`: a Cluster, a Redis found through Sentinel, or one Redis. */
export function redisClientFor(connection: RedisConnection, overrides: ConnectionOverrides = {}): RedisClient {
  const seeds = connection.urls.map(parse);
  const first = seeds[0];
  const tls = first.tls ? { servername: connection.tlsServername ?? first.node.host } : undefined;
  const auth = { username: first.username, password: first.password };
  if (connection.cluster) {
    const options: ClusterOptions = {
      lazyConnect: overrides.lazyConnect ?? true,
      enableOfflineQueue: overrides.enableOfflineQueue ?? false,
      // ioredis's auto-pipelining put scripts of conversations in different slots into one pipeline, which it
      // then refused ("All keys in the pipeline should belong to the same slots allocation group").
      enableAutoPipelining: false,
      clusterRetryStrategy: retry,
      // A failover moves slots: ask again shortly rather than fail at once, within the command timeout.
      retryDelayOnFailover: 200,
      retryDelayOnClusterDown: 200,
      slotsRefreshTimeout: REDIS_TIMEOUTS.connectMs,
      redisOptions: { ...FAIL_FAST, ...auth, ...(tls ? { tls } : {}), ...overrides },
      ...(tls && !connection.clusterResolveDns ? { dnsLookup: (address, callback) => callback(null, address) } : {}),
    };
    return new Cluster(
      seeds.map((s) => s.node),
      options,
    );
  }
  // No auto-pipelining: a turn's two scripts each wait for the one before, so there is nothing to gather, and
  // wrapping every command in a pipeline deferred to the next loop turn cost more CPU per turn than it saved
  // (npm run bench, 50 users: 0.87 against 0.94 ms of server CPU per turn, 58 % against 52 % of the floor).
  const common: RedisOptions = { ...FAIL_FAST, lazyConnect: true, enableOfflineQueue: false, enableAutoPipelining: false, retryStrategy: retry, db: first.db, ...auth, ...overrides };
  if (connection.sentinelName) {
    return new Redis({
      ...common,
      sentinels: seeds.map((s) => s.node),
      name: connection.sentinelName,
      sentinelUsername: auth.username,
      sentinelPassword: auth.password,
      sentinelRetryStrategy: retry,
      ...(tls ? { tls, enableTLSForSentinelMode: true, sentinelTLS: tls } : {}),
    });
  }
  return new Redis({ ...common, ...first.node, ...(tls ? { tls } : {}) });
}

/** The client, connecting in the background and reconnecting after an outage so that conversations resume
 * once Redis is back. */
export function createRedisClient(url: string, log: Logger): Redis;
export function createRedisClient(connection: RedisConnection, log: Logger): RedisClient;
export function createRedisClient(connection: RedisConnection | string, log: Logger): RedisClient {
  const redis = redisClientFor(typeof connection === 'string' ? { urls: [connection] } : connection);
  // Logged on each change of state only, not on every failed reconnect attempt; the URL may hold a password.
  let reachable: boolean | undefined;
  redis.on('ready', () => {
    if (reachable !== true) log.info({ cluster: redis.isCluster }, 'redis reachable');
    reachable = true;
  });
  redis.on('error', (err: Error) => {
    if (reachable !== false) log.error({ err: { name: err.name, message: err.message } }, 'redis unreachable: turns fail with a message until it is back');
    reachable = false;
  });
  redis.connect().catch(() => undefined);
  return redis;
}

/** Readiness: a PING answered within the command timeout (in a cluster, by one of its nodes). */
export async function redisReachable(redis: RedisClient): Promise<boolean> {
  try {
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  }
}
