import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { renderColorIcon, renderOutlineIcon } from '../../manifest/icons';
import { fillManifest, MANIFEST_DIR, UnknownPlaceholderError } from '../../manifest/package';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const SCHEMAS = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const settings = {
  MicrosoftAppId: '6f1c2b3a-9d4e-4f5a-8b7c-1d2e3f4a5b6c',
  BOT_DOMAIN: 'sda.example.org',
  DEVELOPER_NAME: 'Example Council',
  DEVELOPER_WEBSITE_URL: 'https://www.example.org/safeguarding',
  PRIVACY_URL: 'https://www.example.org/privacy',
  TERMS_URL: 'https://www.example.org/terms',
};

/** The environment of the test run without any packaging setting a developer may have exported. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of [...Object.keys(settings), 'TEAMS_APP_ID', 'TEAMS_APP_VERSION', 'BOT_NAME', 'BOT_FULL_NAME']) delete env[k];
  return env;
}

/** An npm script as a user runs it: @microsoft/app-manifest loads an ES module with require(), which
 * Node supports and jest's module loader does not, so validation runs in its own process. */
async function npmRun(script: string, args: string[], env: NodeJS.ProcessEnv = baseEnv()) {
  return run('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

const packageTeams = (env: NodeJS.ProcessEnv, out: string) => npmRun('package:teams', ['--out', out], env);

const bundledVersions = () =>
  readdirSync(SCHEMAS)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .map((v) => v.split('.').map(Number))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map((v) => v.join('.'));


function pixels(png: Buffer): PNG {
  return PNG.sync.read(png);
}

describe('npm run package:teams', () => {
  let dir: string;
  let zip: JSZip;
  let manifest: Record<string, any>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'teams-app-'));
    const result = await packageTeams({ ...baseEnv(), ...settings }, join(dir, 'teams-app.zip'));
    expect(result).toMatchObject({ code: 0 });
    zip = await JSZip.loadAsync(readFileSync(join(dir, 'teams-app.zip')));
    manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
  }, 60000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('the zip holds the manifest and both icons at its root, and nothing else', () => {
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  test('the package validates offline against the schema of its version bundled in @microsoft/app-manifest', async () => {
    const result = await npmRun('validate:teams', [join(dir, 'teams-app.zip')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
  }, 60000);

  test('the same validation rejects a package whose manifest breaks the schema, so it is not a formality', async () => {
    const broken = { ...manifest, name: { short: 'x'.repeat(31) }, bots: [{ ...manifest.bots[0], botId: 'not-a-guid' }] };
    zip.file('manifest.json', JSON.stringify(broken));
    writeFileSync(join(dir, 'broken.zip'), await zip.generateAsync({ type: 'nodebuffer' }));
    const result = await npmRun('validate:teams', [join(dir, 'broken.zip')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\/bots\/0\/botId must match pattern/);
    expect(result.stderr).toMatch(/\/name\/short must NOT have more than 30 characters/);
  }, 60000);

  test('the manifest uses the newest schema version the package bundles, 1.17 or later', () => {
    const newest = bundledVersions().at(-1)!;
    expect(manifest.manifestVersion).toBe(newest);
    expect(Number(newest.split('.')[1])).toBeGreaterThanOrEqual(17);
    expect(manifest.$schema).toContain(`/v${newest}/MicrosoftTeams.schema.json`);
  });

  test('placeholders are filled from the environment, with defaults where a setting is optional', () => {
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(manifest.id).toBe(settings.MicrosoftAppId);
    expect(manifest.bots[0].botId).toBe(settings.MicrosoftAppId);
    expect(manifest.validDomains).toEqual([settings.BOT_DOMAIN]);
    expect(manifest.developer).toEqual({
      name: settings.DEVELOPER_NAME,
      websiteUrl: settings.DEVELOPER_WEBSITE_URL,
      privacyUrl: settings.PRIVACY_URL,
      termsOfUseUrl: settings.TERMS_URL,
    });
    expect(manifest.name.short).toBe('Safeguarding Assistant');
    expect(manifest.version).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    expect(manifest.bots[0].scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
  });

  test('the colour icon is 192x192 and the outline icon 32x32, white on transparent', async () => {
    const color = pixels(await zip.file('color.png')!.async('nodebuffer'));
    expect([color.width, color.height]).toEqual([192, 192]);

    const outline = pixels(await zip.file('outline.png')!.async('nodebuffer'));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    let solid = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = outline.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) solid++;
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.3);
    expect(solid).toBeGreaterThan(32 * 32 * 0.1);
  });
});

describe('package:teams with bad settings', () => {
  test('exits 2 and names each missing or invalid setting, without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teams-app-'));
    try {
      const env = { ...baseEnv(), ...settings, MicrosoftAppId: 'abc', BOT_DOMAIN: 'https://sda.example.org/' } as NodeJS.ProcessEnv;
      delete env.PRIVACY_URL;
      const result = await packageTeams(env, join(dir, 'teams-app.zip'));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/MicrosoftAppId: must be a GUID/);
      expect(result.stderr).toMatch(/BOT_DOMAIN: must be the host name/);
      expect(result.stderr).toMatch(/PRIVACY_URL: is required/);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60000);
});

describe('manifest template', () => {
  test('a value is placed inside its string and cannot change the manifest structure', () => {
    const filled = fillManifest({ name: { short: '${{BOT_NAME}}' }, list: ['${{BOT_NAME}}!'] }, { BOT_NAME: '", "x": "y' });
    expect(filled).toEqual({ name: { short: '", "x": "y' }, list: ['", "x": "y!'] });
  });

  test('a placeholder with no value is an error that names it', () => {
    expect(() => fillManifest({ a: '${{NOPE}}' }, {})).toThrow(UnknownPlaceholderError);
    expect(() => fillManifest({ a: '${{NOPE}}' }, {})).toThrow(/NOPE/);
  });

  test('the committed icons are the ones manifest/icons.ts draws (npm run icons:teams)', () => {
    for (const [file, render] of [['color.png', renderColorIcon], ['outline.png', renderOutlineIcon]] as const) {
      const committed = pixels(readFileSync(join(MANIFEST_DIR, file)));
      const drawn = pixels(render());
      expect([committed.width, committed.height]).toEqual([drawn.width, drawn.height]);
      expect(Buffer.compare(committed.data, drawn.data)).toBe(0);
    }
  });
});
