/**
 * CLI over the rules API (DESIGN.md "CLI"):
 *   npm run --silent decide -- <flowId> --answers '<json>' [--now <ISO 8601>] [--settings '<json>']
 *   npm run --silent decide -- --list [<flowId> --table]
 *   npm run --silent decide -- --help
 * Prints JSON on stdout and exits 0; bad input exits 2 with a JSON list of problems on stderr, each naming the
 * values accepted there and their labels.
 */
import { z } from 'zod';
import { decide, flows, getFlow, InvalidAnswersError, type FlowDefinition, type Problem } from '../rules';
import { parseInstant } from '../rules/calendar';

const answersSchema = z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]));
const settingsSchema = z.record(z.string(), z.unknown());

export const USAGE = `Safeguarding Decision Assistant: the rules from the command line.

Usage:
  npm run --silent decide -- <flow> --answers '<json>' [--now <date-time>] [--settings '<json>']
      Prints the decision as JSON. Answers are option values by question id, e.g. '{"immediate_danger":"no"}'.
      --now     ISO 8601; without an offset it is London time (default: now)
      --settings the deployment's area settings, e.g. '{"mappa":{"category4":"off"}}'
  npm run --silent decide -- --list
      Every check with its questions, option values and outcomes, as JSON (for tools).
  npm run --silent decide -- --list <flow> --table
      One check's questions and options as a readable table.
  npm run --silent decide -- --help
      This text.

Checks: ${flows.map((f) => `${f.id} (${f.title})`).join(', ')}.
Bad input exits 2 with the problems as JSON on stderr, each with the values accepted there and their labels.`;

/** A problem, with what is accepted there: the flows for an unknown flow, the options for a question. */
interface CliProblem extends Problem {
  accepted?: { value: string; label: string }[];
}

class UsageError extends Error {
  constructor(readonly problems: CliProblem[]) {
    super('usage');
  }
}

const flowChoices = () => flows.map((f) => ({ value: f.id, label: f.title }));

function withAccepted(flowId: string, problems: Problem[]): CliProblem[] {
  const flow = getFlow(flowId);
  return problems.map((p) => {
    if (p.questionId === 'flow') return { ...p, accepted: flowChoices() };
    const options = flow?.questions.find((q) => q.id === p.questionId)?.options;
    return options?.length ? { ...p, accepted: options.map((o) => ({ value: o.value, label: o.label })) } : p;
  });
}

/** One flow's questions as a table a person can read: id, type, text, and each option as "value: label". */
function flowTable(flow: FlowDefinition): string {
  const lines = [`${flow.title} (${flow.id}, rules ${flow.rulesVersion})`, ''];
  for (const q of flow.questions) {
    lines.push(`${q.id}  [${q.type}]`, `  ${q.text}`);
    for (const o of q.options ?? []) lines.push(`    ${o.value.padEnd(28)} ${o.label}`);
    lines.push('');
  }
  lines.push('Outcomes:');
  for (const [id, o] of Object.entries(flow.outcomes)) lines.push(`  ${id.padEnd(36)} ${o.label}`);
  return lines.join('\n');
}

function list(argv: string[]): string {
  const i = argv.indexOf('--list');
  const flowId = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[i + 1] : undefined;
  if (!flowId) return JSON.stringify(listFlows(), null, 2);
  const flow = getFlow(flowId);
  if (!flow) throw new UsageError([{ questionId: 'flow', message: `unknown flow "${flowId}"`, accepted: flowChoices() }]);
  return argv.includes('--table') ? flowTable(flow) : JSON.stringify(listFlows().filter((f) => f.id === flowId), null, 2);
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
    if (argv.includes('--help') || argv.includes('-h')) return { code: 0, stdout: USAGE };
    if (argv.includes('--list')) return { code: 0, stdout: list(argv) };
    const [flowId, ...rest] = argv;
    if (!flowId || flowId.startsWith('--')) throw new UsageError([{ questionId: 'flow', message: 'give a flow id first, --list or --help', accepted: flowChoices() }]);
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
    if (err instanceof UsageError) return { code: 2, stderr: JSON.stringify(err.problems, null, 2) };
    if (err instanceof InvalidAnswersError) return { code: 2, stderr: JSON.stringify(withAccepted(argv[0], err.problems), null, 2) };
    throw err;
  }
}

if (require.main === module) {
  const result = run(process.argv.slice(2));
  if (result.stdout) process.stdout.write(result.stdout + '\n');
  if (result.stderr) process.stderr.write(result.stderr + '\n');
  process.exitCode = result.code;
}
