import { readFileSync } from 'node:fs';
import { validateTeamsApp } from '../manifest/validate';

/** `npm run validate:teams [-- <zip>]`: checks an app package offline before it is uploaded to Teams.
 * Exits 0 when valid, 1 with each problem listed, 2 when the file cannot be read. */
async function main(path = 'dist/teams-app.zip'): Promise<number> {
  let zip: Buffer;
  try {
    zip = readFileSync(path);
  } catch (err) {
    process.stderr.write(`Cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    return 2;
  }
  const problems = await validateTeamsApp(zip);
  if (problems.length) {
    process.stderr.write(`${path} is not a valid Teams app package:\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`${path} is a valid Teams app package\n`);
  return 0;
}

main(process.argv[2]).then((code) => process.exit(code));
