import { z } from 'zod';
import { settingsProblems } from '../../rules';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)');
const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const jsonObject = z.string().transform((text, ctx) => {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    /* reported below */
  }
  ctx.addIssue({ code: 'custom', message: 'must be a JSON object' });
  return z.NEVER;
});
const list = z.string().transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());

/** Every setting, read from the environment once at startup (.env.example documents each). */
const schema = z.object({
  PORT: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(65535).default(3978)),
  /** Unset: 127.0.0.1 without an app id (nothing is authenticated then), all interfaces with one. */
  HOST: opt(z.string()),
  /** Reverse proxies whose X-Forwarded-For is believed (local web chat: token limit per client address). */
  TRUSTED_PROXIES: opt(list),
  MicrosoftAppId: opt(z.string().uuid('must be the bot registration\'s app id (a GUID)')),
  MicrosoftAppPassword: opt(z.string()),
  MicrosoftAppType: z.preprocess(blankIsUnset, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
  MicrosoftAppTenantId: opt(z.string()),
  /** One URL, or with REDIS_CLUSTER or REDIS_SENTINEL_NAME the seed nodes (or sentinels), comma-separated. */
  REDIS_URL: opt(list.pipe(z.array(z.string().regex(/^rediss?:\/\/\S+$/, 'must start with redis:// or rediss://')).min(1))),
  // Redis Cluster hashes only a key's first {...}: a brace in the prefix would put every key in one slot.
  REDIS_KEY_PREFIX: z.preprocess(blankIsUnset, z.string().regex(/^[^{}]*$/, 'may not contain { or } (Redis Cluster hashes the first {...} of a key)').default('sda:')),
  REDIS_CLUSTER: opt(bool),
  REDIS_SENTINEL_NAME: opt(z.string()),
  REDIS_TLS_SERVERNAME: opt(z.string()),
  REDIS_CLUSTER_RESOLVE_DNS: opt(bool),
  STATE_TTL_SECONDS: z.preprocess(blankIsUnset, z.coerce.number().int().min(60).max(30 * 86400).default(86400)),
  OFFICE_OPENS: z.preprocess(blankIsUnset, time.default('09:00')),
  OFFICE_CLOSES: z.preprocess(blankIsUnset, time.default('17:00')),
  PROCEDURE_URLS: opt(jsonObject.pipe(z.record(z.string(), z.string().url()))),
  PROCEDURE_NAMES: opt(jsonObject.pipe(z.record(z.string(), z.string().min(1).max(300)))),
  FLOW_SETTINGS: opt(jsonObject),
  ALLOWED_TENANT_IDS: opt(list),
  WEBCHAT_ENABLED: opt(bool),
  LOG_LEVEL: z.preprocess(blankIsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  RATE_LIMIT_PER_MINUTE: z.preprocess(blankIsUnset, z.coerce.number().int().min(1).max(100_000).default(30)),
  AUDIT_HMAC_KEY: opt(z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)')),
  AUDIT_STREAM_MAXLEN: z.preprocess(blankIsUnset, z.coerce.number().int().min(100).max(100_000_000).default(100_000)),
  REMINDERS_ENABLED: z.preprocess(blankIsUnset, bool.default(true)),
  REMINDER_LEAD_MINUTES: z.preprocess(blankIsUnset, z.coerce.number().int().min(0).max(1_440).default(15)),
});

/** HOST is always set once loaded (see loadConfig). */
export type Config = Omit<z.infer<typeof schema>, 'HOST'> & { HOST: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const config = parsed.data;
  const problems: string[] = settingsProblems(config.FLOW_SETTINGS).map((p) => `FLOW_SETTINGS: ${p.questionId.replace(/^settings\./, '')} ${p.message}`);
  if (config.MicrosoftAppId && config.MicrosoftAppType !== 'UserAssignedMSI' && !config.MicrosoftAppPassword) {
    problems.push('MicrosoftAppPassword: required when MicrosoftAppId is set (except with UserAssignedMSI)');
  }
  if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
    problems.push('MicrosoftAppTenantId: required for a SingleTenant bot');
  }
  // Decision records in Redis outlive the process and are shared by every instance: their user hashes must
  // come from one key that stays the same. In memory a key made for the process is enough.
  if (config.REDIS_URL && !config.AUDIT_HMAC_KEY) {
    problems.push('AUDIT_HMAC_KEY: required when REDIS_URL is set (the decision records keep an HMAC of each user id)');
  }
  const redisUrls = config.REDIS_URL ?? [];
  if (redisUrls.length > 1 && !config.REDIS_CLUSTER && !config.REDIS_SENTINEL_NAME) {
    problems.push('REDIS_URL: several URLs need REDIS_CLUSTER=true (seed nodes) or REDIS_SENTINEL_NAME (sentinels)');
  }
  if (config.REDIS_CLUSTER && config.REDIS_SENTINEL_NAME) problems.push('REDIS_CLUSTER and REDIS_SENTINEL_NAME: set one or the other');
  if (new Set(redisUrls.map((u) => u.slice(0, u.indexOf(':')))).size > 1) problems.push('REDIS_URL: use redis:// or rediss:// for every node, not both');
  if (problems.length) throw new ConfigError(problems);
  return { ...config, HOST: config.HOST ?? (config.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1') };
}

const LOOPBACK_HOSTS = /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i;

/** localhost, 127.0.0.0/8 or ::1: this machine only. */
export const isLoopbackHost = (host: string): boolean => LOOPBACK_HOSTS.test(host);

/** Settings that are allowed but leave the bot open: logged as warnings at startup. */
export function startupWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (!config.MicrosoftAppId && !isLoopbackHost(config.HOST)) {
    warnings.push(`HOST is ${config.HOST} without MicrosoftAppId: anyone who can reach this port can use the bot unauthenticated`);
  }
  if (!config.MicrosoftAppId && config.ALLOWED_TENANT_IDS?.length) {
    warnings.push('ALLOWED_TENANT_IDS is set without MicrosoftAppId: the tenant comes from the caller, unchecked, so the allow-list protects nothing');
  }
  return warnings;
}

/** The web chat page is for trying the bot: on by default only when no Azure registration is configured. */
export const webChatEnabled = (config: Config): boolean => config.WEBCHAT_ENABLED ?? !config.MicrosoftAppId;
