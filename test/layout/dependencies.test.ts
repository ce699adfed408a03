import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** README "Layout": dependencies point one way, bot -> dialogs -> cards -> rules; inside bot/, the wiring at
 * the top uses the wings (http, state, audit, webchat, reminders, log, config) and no wing imports the wiring. */
const ROOT = resolve(__dirname, '..', '..');
const LAYERS = ['rules', 'cards', 'dialogs', 'bot'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative import of a file, as a path from the repository root (without extension). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return Array.from(text.matchAll(/from '(\.{1,2}\/[^']+)'/g), (m) => relative(ROOT, resolve(dirname(file), m[1])));
}

const all = LAYERS.flatMap((layer) => sources(join(ROOT, layer)).map((file) => ({ file: relative(ROOT, file), imports: importsOf(file) })));

describe('dependencies point one way', () => {
  test('no layer imports a layer above it', () => {
    const upward = all.flatMap(({ file, imports }) =>
      imports
        .filter((target) => LAYERS.indexOf(target.split(sep)[0]) > LAYERS.indexOf(file.split(sep)[0]))
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });

  test('rules imports no botbuilder, no node I/O and nothing outside rules', () => {
    const rules = all.filter(({ file }) => file.startsWith(`rules${sep}`));
    const offending = rules.filter(({ file }) => /from '(botbuilder[^']*|node:(fs|net|http|https|child_process))'/.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offending.map(({ file }) => file)).toEqual([]);
    expect(rules.flatMap(({ file, imports }) => imports.filter((t) => !t.startsWith(`rules${sep}`)).map((t) => `${file} -> ${t}`))).toEqual([]);
  });

  test("no wing of bot/ imports the bot's wiring at its top", () => {
    const inWings = all.filter(({ file }) => file.split(sep).length > 2 && file.startsWith(`bot${sep}`));
    const upward = inWings.flatMap(({ file, imports }) =>
      imports.filter((target) => target.startsWith(`bot${sep}`) && target.split(sep).length === 2 && existsSync(join(ROOT, `${target}.ts`))).map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
