/**
 * CLI over the rules API (DESIGN.md "CLI"):
 *   npm run --silent decide -- <flowId> --answers '<json>' [--now <ISO 8601>] [--settings '<json>']
 *   npm run --silent decide -- --list
 * Prints JSON on stdout and exits 0; bad input exits 2 with a JSON list of problems on stderr.
 */
import { z } from 'zod';
import { decide, flows, InvalidAnswersError, type Problem } from '../rules';
import { parseInstant } from '../rules/calendar';

const answersSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));
const settingsSchema = z.record(z.string(), z.unknown());

class UsageError extends Error {
  constructor(readonly problems: Problem[]) {
    super('usage');
  }
}

function listFlows() {
  return flows.map((f) => ({
    id: f.id,
    title: f.title,
    rulesVersion: f.rulesVersion,
    triggers: f.triggers,
    questions: f.questions.map((q) => ({
      id: q.id,
      text: q.text,
      type: q.type,
      options: (q.options ?? []).map((o) => ({ value: o.value, label: o.label })),
    })),
    outcomes: Object.entries(f.outcomes).map(([id, o]) => ({ id, label: o.label })),
  }));
}

function parseJson(flag: string, text: string | undefined, schema: z.ZodType): unknown {
  if (text === undefined) throw new UsageError([{ questionId: flag, message: `${flag} needs a value` }]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError([{ questionId: flag, message: `${flag} is not valid JSON` }]);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(parsed.error.issues.map((i) => ({ questionId: [flag, ...i.path].join('.'), message: i.message })));
  }
  return parsed.data;
}

/** Read as the answers' date-times are (rules/calendar parseInstant): without an offset it is London time, not
 * the time zone of whatever machine runs the CLI. */
const nowSchema = z.string().transform((text, ctx) => {
  const instant = parseInstant(text);
  if (instant) return instant;
  ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 date-time (without an offset: London time)' });
  return z.NEVER;
});

function parseNow(text: string | undefined): Date {
  if (text === undefined) throw new UsageError([{ questionId: '--now', message: '--now needs a value' }]);
  const parsed = nowSchema.safeParse(text);
  if (!parsed.success) throw new UsageError([{ questionId: '--now', message: parsed.error.issues[0].message }]);
  return parsed.data;
}

export function run(argv: string[]): { code: number; stdout?: string; stderr?: string } {
  try {
    if (argv.includes('--list')) return { code: 0, stdout: JSON.stringify(listFlows(), null, 2) };
    const [flowId, ...rest] = argv;
    if (!flowId || flowId.startsWith('--')) throw new UsageError([{ questionId: 'flow', message: 'give a flow id first, or --list' }]);
    const value = (flag: string) => {
      const i = rest.indexOf(flag);
      return i < 0 ? undefined : rest[i + 1];
    };
    const known = new Set(['--answers', '--now', '--settings']);
    const unknownFlags = rest.filter((a, i) => a.startsWith('--') && !known.has(a) && !known.has(rest[i - 1]));
    if (unknownFlags.length) throw new UsageError(unknownFlags.map((f) => ({ questionId: f, message: 'unknown option' })));
    const answers = parseJson('--answers', value('--answers'), answersSchema) as Record<string, string | number | string[]>;
    const settings = rest.includes('--settings') ? (parseJson('--settings', value('--settings'), settingsSchema) as Record<string, unknown>) : undefined;
    const now = rest.includes('--now') ? parseNow(value('--now')) : new Date();
    return { code: 0, stdout: JSON.stringify(decide(flowId, answers, { now, settings }), null, 2) };
  } catch (err) {
    if (err instanceof UsageError || err instanceof InvalidAnswersError) {
      return { code: 2, stderr: JSON.stringify(err.problems, null, 2) };
    }
    throw err;
  }
}

if (require.main === module) {
  const result = run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  if (result.stderr) process.stderr.write(result.stderr + '\n');
  process.exitCode = result.code;
}
