import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

// The schemas that @microsoft/app-manifest ships: validation never fetches one from the network.
const SCHEMAS = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** Every manifest schema version bundled, oldest first (the preview schema is not a version). */
export function bundledManifestVersions(): string[] {
  const key = (v: string) => v.split('.').map(Number);
  return readdirSync(SCHEMAS)
    .filter((d) => /^v\d+\.\d+$/.test(d))
    .map((d) => d.slice(1))
    .sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

function bundledSchema(version: string): object | undefined {
  const file = join(SCHEMAS, `v${version}`, 'MicrosoftTeams.schema.json');
  return /^\d+\.\d+$/.test(version) && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

export async function validateManifest(manifest: unknown): Promise<string[]> {
  const version = (manifest as { manifestVersion?: unknown })?.manifestVersion;
  const schema = typeof version === 'string' ? bundledSchema(version) : undefined;
  if (!schema) return [`manifestVersion ${JSON.stringify(version)} is not one of the bundled schema versions (${bundledManifestVersions().join(', ')})`];
  return AppManifestUtils.validateAgainstSchema(manifest as never, schema as never);
}

/** Teams' icon rules: colour 192x192; outline 32x32, white where drawn and transparent elsewhere. */
export function iconProblems(name: 'color' | 'outline', png: Buffer): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch {
    return [`${name} icon is not a PNG`];
  }
  const size = name === 'color' ? 192 : 32;
  if (image.width !== size || image.height !== size) return [`${name} icon must be ${size}x${size}, is ${image.width}x${image.height}`];
  if (name === 'outline') {
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b, a] = image.data.subarray(i, i + 4);
      if (a > 0 && (r !== 255 || g !== 255 || b !== 255)) return ['outline icon must be white on transparent'];
    }
  }
  return [];
}

/** Everything Teams checks that can be checked offline: the files at the zip root, the manifest against
 * its bundled schema, and the icons it names. Returns the problems; none means valid. */
export async function validateTeamsApp(zipFile: Buffer): Promise<string[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipFile);
  } catch {
    return ['not a zip file'];
  }
  const entry = zip.file('manifest.json');
  if (!entry) return ['manifest.json is not at the root of the zip'];
  let manifest: { icons?: { color?: unknown; outline?: unknown } };
  try {
    manifest = JSON.parse(await entry.async('string'));
  } catch {
    return ['manifest.json is not valid JSON'];
  }
  const problems = await validateManifest(manifest);
  for (const name of ['color', 'outline'] as const) {
    const path = manifest.icons?.[name];
    const icon = typeof path === 'string' ? zip.file(path) : null;
    if (!icon) problems.push(`${name} icon ${JSON.stringify(path)} is not in the zip`);
    else problems.push(...iconProblems(name, await icon.async('nodebuffer')));
  }
  return problems;
}
