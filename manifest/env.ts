import { z } from 'zod';

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
// Environment values are strings or absent, so a type error can only mean the variable is missing.
const text = () => z.string({ error: 'is required' });
const guid = text().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, 'must be a GUID');
const httpsUrl = text().url().startsWith('https://', 'must start with https://').max(2048);
const hostName = text()
  .max(253)
  .regex(/^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/, 'must be the host name the bot is reached at, e.g. sda.example.org (no https://, no path)');
const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version like 1.0.0');

/** The settings that go into the Teams app package (.env.example documents each). The bot itself reads
 * none of them except MicrosoftAppId, which must be the same registration. */
export const packagingEnvSchema = z.object({
  MicrosoftAppId: z.preprocess(blankIsUnset, guid),
  TEAMS_APP_ID: z.preprocess(blankIsUnset, guid.optional()),
  TEAMS_APP_VERSION: z.preprocess(blankIsUnset, semver.optional()),
  BOT_NAME: z.preprocess(blankIsUnset, z.string().max(30, 'must be at most 30 characters (Teams shows the short name)').default('Safeguarding Assistant')),
  BOT_FULL_NAME: z.preprocess(blankIsUnset, z.string().max(100).default('Safeguarding Decision Assistant')),
  BOT_DOMAIN: z.preprocess(blankIsUnset, hostName),
  DEVELOPER_NAME: z.preprocess(blankIsUnset, text().max(32, 'must be at most 32 characters')),
  DEVELOPER_WEBSITE_URL: z.preprocess(blankIsUnset, httpsUrl),
  PRIVACY_URL: z.preprocess(blankIsUnset, httpsUrl),
  TERMS_URL: z.preprocess(blankIsUnset, httpsUrl),
});

export type PackagingEnv = z.infer<typeof packagingEnvSchema>;

export class PackagingEnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cannot build the Teams app package:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackagingEnvError';
  }
}

/** The placeholder values for manifest.json; `version` is the project's own when TEAMS_APP_VERSION is unset. */
export function packagingValues(env: NodeJS.ProcessEnv, defaultVersion: string): Record<string, string> {
  const parsed = packagingEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new PackagingEnvError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    MicrosoftAppId: e.MicrosoftAppId,
    TEAMS_APP_ID: e.TEAMS_APP_ID ?? e.MicrosoftAppId,
    TEAMS_APP_VERSION: e.TEAMS_APP_VERSION ?? defaultVersion,
    BOT_NAME: e.BOT_NAME,
    BOT_FULL_NAME: e.BOT_FULL_NAME,
    BOT_DOMAIN: e.BOT_DOMAIN,
    DEVELOPER_NAME: e.DEVELOPER_NAME,
    DEVELOPER_WEBSITE_URL: e.DEVELOPER_WEBSITE_URL,
    PRIVACY_URL: e.PRIVACY_URL,
    TERMS_URL: e.TERMS_URL,
  };
}
