import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';

export const MANIFEST_DIR = __dirname;
export const ICON_FILES = ['color.png', 'outline.png'] as const;

/** A fixed timestamp for every zip entry, so the same inputs always give the same package. */
const ENTRY_DATE = new Date('2026-01-01T00:00:00Z');
const PLACEHOLDER = /\$\{\{([A-Za-z_][A-Za-z0-9_]*)\}\}/g;

export class UnknownPlaceholderError extends Error {
  constructor(readonly names: string[]) {
    super(`manifest.json uses placeholders with no value: ${names.join(', ')}`);
    this.name = 'UnknownPlaceholderError';
  }
}

/** Fills every `${{NAME}}` in the manifest's string values. Substitution is on parsed strings, never on
 * the JSON text, so a value cannot change the manifest's structure. */
export function fillManifest(template: unknown, values: Record<string, string>): unknown {
  const missing = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
        missing.add(name);
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    return node;
  };
  const filled = fill(template);
  if (missing.size) throw new UnknownPlaceholderError([...missing].sort());
  return filled;
}

export function readManifestTemplate(dir = MANIFEST_DIR): unknown {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/** The app package Teams accepts: manifest.json and the two icons at the root of a zip. */
export async function buildTeamsApp(values: Record<string, string>, dir = MANIFEST_DIR): Promise<{ zip: Buffer; manifest: unknown }> {
  const manifest = fillManifest(readManifestTemplate(dir), values);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ENTRY_DATE });
  for (const icon of ICON_FILES) zip.file(icon, readFileSync(join(dir, icon)), { date: ENTRY_DATE });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  return { zip: buffer, manifest };
}
