/**
 * Exports the decision records (the audit stream in Redis) as CSV on stdout:
 *   npm run --silent audit:export -- --since <date or ISO 8601 time> [--until <date or time>]
 * Records are selected by when they were written. Reads REDIS_URL and REDIS_KEY_PREFIX like the bot. Bad arguments or settings exit 2 with the problems on
 * stderr; Redis out of reach exits 1.
 */
import { Redis } from 'ioredis';
import { z } from 'zod';
import { csvHeader, csvRow } from '../bot/audit/auditCsv';
import { auditStreamKey, readAuditStream } from '../bot/audit/auditLog';
import { redisClientFor, type RedisClient } from '../bot/state/redisClient';

const when = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/, 'must be a date (YYYY-MM-DD) or an ISO 8601 time')
  .transform((text, ctx) => {
    const date = new Date(text);
    // Date accepts 2026-02-30 as 2 March: a date that does not read back the same is not a real one.
    if (Number.isNaN(date.getTime()) || (text.length === 10 && date.toISOString().slice(0, 10) !== text)) {
      ctx.addIssue({ code: 'custom', message: 'is not a real date' });
      return z.NEVER;
    }
    return date;
  });

const argsSchema = z
  .object({ since: when, until: when.optional() })
  .strict()
  .refine((a) => !a.until || a.until > a.since, { message: 'must be after --since', path: ['until'] });

const envSchema = z.object({
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be set to the bot\'s Redis (redis:// or rediss://): with in-memory state there is no stored record to export'),
  REDIS_KEY_PREFIX: z.preprocess((v) => (v === '' ? undefined : v), z.string().default('sda:')),
  REDIS_CLUSTER: z.string().optional(),
  REDIS_SENTINEL_NAME: z.string().optional(),
  REDIS_TLS_SERVERNAME: z.string().optional(),
  REDIS_CLUSTER_RESOLVE_DNS: z.string().optional(),
});

const yes = (v: string | undefined) => ['true', '1', 'yes'].includes(v ?? '');

/** One Redis as before; a Redis Cluster or a Redis behind Sentinel as the bot reaches it (README, "Scaling out"). */
function clientFor(env: z.infer<typeof envSchema>): RedisClient {
  const urls = env.REDIS_URL.split(',').map((u) => u.trim()).filter(Boolean);
  if (yes(env.REDIS_CLUSTER) || env.REDIS_SENTINEL_NAME) {
    return redisClientFor({ urls, cluster: yes(env.REDIS_CLUSTER), sentinelName: env.REDIS_SENTINEL_NAME || undefined, tlsServername: env.REDIS_TLS_SERVERNAME || undefined, clusterResolveDns: yes(env.REDIS_CLUSTER_RESOLVE_DNS) });
  }
  return new Redis(urls[0], { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 5_000, retryStrategy: () => null });
}

/** `--name value` pairs; anything else is reported by the schema as an unknown key or a missing value. */
function flags(argv: string[]): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.startsWith('--') ? arg.slice(2) : `(argument ${i + 1}: ${arg.slice(0, 40)})`;
    const value = argv[i + 1];
    if (arg.startsWith('--') && value !== undefined && !value.startsWith('--')) {
      out[name] = value;
      i++;
    } else out[name] = arg.startsWith('--') ? undefined : arg;
  }
  return out;
}

const problemsOf = (error: z.ZodError, prefix: string) =>
  error.issues.map((i) => `${prefix}${i.path.map(String).join('.') || i.code}: ${i.message}`);

async function main(): Promise<number> {
  const args = argsSchema.safeParse(flags(process.argv.slice(2)));
  const env = envSchema.safeParse(process.env);
  const problems = [...(args.success ? [] : problemsOf(args.error, '--')), ...(env.success ? [] : problemsOf(env.error, ''))];
  if (!args.success || !env.success) {
    process.stderr.write(`${problems.join('\n')}\nUsage: npm run --silent audit:export -- --since <YYYY-MM-DD> [--until <YYYY-MM-DD>]\n`);
    return 2;
  }
  const redis = clientFor(env.data);
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    process.stdout.write(`${csvHeader()}\n`);
    for await (const record of readAuditStream(redis, auditStreamKey(env.data.REDIS_KEY_PREFIX), args.data.since, args.data.until)) process.stdout.write(`${csvRow(record)}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`Could not read the decision records from Redis: ${(err as Error).message}\n`);
    return 1;
  } finally {
    redis.disconnect();
  }
}

void main().then((code) => {
  process.exitCode = code;
});
