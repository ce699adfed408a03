import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PackagingEnvError, packagingValues } from '../manifest/env';
import { buildTeamsApp, UnknownPlaceholderError } from '../manifest/package';
import { validateTeamsApp } from '../manifest/validate';
import { version } from '../package.json';

const USAGE = 'usage: npm run package:teams [-- --env <path>] [--out <zip path>]';

/** `npm run package:teams`: fills manifest/manifest.json from the environment (or an env file), checks
 * the result offline as validate:teams does, and writes the app package that a Teams administrator
 * uploads. Bad settings exit 2 with each problem listed; a package that fails the check exits 1. */
async function main(argv: string[]): Promise<number> {
  let out = 'dist/teams-app.zip';
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if ((flag === '--out' || flag === '--env') && value) {
      if (flag === '--out') out = value;
      else if (!loadEnvFile(value)) return 2;
      i++;
    } else {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
  }
  try {
    const { zip } = await buildTeamsApp(packagingValues(process.env, version));
    const problems = await validateTeamsApp(zip);
    if (problems.length) {
      process.stderr.write(`The package would not be valid, so it was not written:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
      return 1;
    }
    const path = resolve(out);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, zip);
    process.stdout.write(`wrote ${out} (${zip.length} bytes)\n`);
    return 0;
  } catch (err) {
    if (err instanceof PackagingEnvError || err instanceof UnknownPlaceholderError) {
      process.stderr.write(`${err.message}\nSee .env.example (Teams app package) for each setting.\n`);
      return 2;
    }
    throw err;
  }
}

function loadEnvFile(path: string): boolean {
  try {
    process.loadEnvFile(path);
    return true;
  } catch (err) {
    process.stderr.write(`Cannot read the env file ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return false;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
