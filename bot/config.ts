import { z } from 'zod';
import { settingsProblems } from '../rules';

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
  HOST: z.preprocess(blankIsUnset, z.string().default('0.0.0.0')),
  MicrosoftAppId: opt(z.string().uuid('must be the bot registration\'s app id (a GUID)')),
  MicrosoftAppPassword: opt(z.string()),
  MicrosoftAppType: z.preprocess(blankIsUnset, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
  MicrosoftAppTenantId: opt(z.string()),
  REDIS_URL: opt(z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')),
  REDIS_KEY_PREFIX: z.preprocess(blankIsUnset, z.string().default('sda:')),
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
});

export type Config = z.infer<typeof schema>;

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
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** The web chat page is for trying the bot: on by default only when no Azure registration is configured. */
export const webChatEnabled = (config: Config): boolean => config.WEBCHAT_ENABLED ?? !config.MicrosoftAppId;
