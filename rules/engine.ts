import { answerLabel, checkAnswer } from './answers';
import { computeDue } from './deadlines';
import { flowDefinitions } from './flows';
import type {
  Answers,
  AnswerValue,
  Decision,
  DecisionSettings,
  Dynamic,
  FlowContext,
  FlowDefinition,
  Problem,
  Question,
  Reference,
  Ref,
} from './model';
import { resolveReferences } from './references';

export const flows: readonly FlowDefinition[] = flowDefinitions;

export class InvalidAnswersError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Invalid answers: ${problems.map((p) => `${p.questionId} ${p.message}`).join('; ')}`);
    this.name = 'InvalidAnswersError';
  }
}

export function getFlow(flowId: string): FlowDefinition | undefined {
  return flows.find((f) => f.id === flowId);
}

function requireFlow(flowId: string): FlowDefinition {
  const flow = getFlow(flowId);
  if (!flow) throw new InvalidAnswersError([{ questionId: 'flow', message: `unknown flow "${flowId}"` }]);
  return flow;
}

/** Keys of DecisionSettings that are not a flow's own. */
const DEPLOYMENT_KEYS = new Set(['procedureUrls', 'procedureNames', 'office']);

/** Problems with a deployment's area settings, named `settings.<flow>.<path>`: unknown flows and values
 * the flow's schema refuses. A wrong setting is refused, never silently replaced by a default. */
export function settingsProblems(settings?: DecisionSettings): Problem[] {
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(settings ?? {})) {
    if (DEPLOYMENT_KEYS.has(key) || value === undefined) continue;
    const flow = getFlow(key);
    if (!flow) {
      problems.push({ questionId: `settings.${key}`, message: 'is not a flow' });
      continue;
    }
    const parsed = flow.settingsSchema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ questionId: ['settings', key, ...issue.path.map(String)].join('.'), message: issue.message });
      }
    }
  }
  return problems;
}

export function flowSettings<S>(flow: FlowDefinition<S>, settings?: DecisionSettings): S {
  const own = settings?.[flow.id];
  if (own !== undefined) {
    const problems = settingsProblems({ [flow.id]: own });
    if (problems.length) throw new InvalidAnswersError(problems);
  }
  return { ...flow.defaultSettings, ...(own as Partial<S> | undefined) } as S;
}

interface PathStep {
  question: Question;
  /** The raw answer given, if any. */
  raw: unknown;
  problem?: string;
}

interface Walk {
  path: PathStep[];
  /** The valid answers on the path, in path order. */
  answers: Record<string, AnswerValue>;
}

/** Walks the questions in order: each is on the path when its condition holds on the valid answers
 * to the earlier questions on the path. Answers to questions off the path are ignored. */
function walk(flow: FlowDefinition, given: Answers, settings: unknown, now?: Date): Walk {
  const answers: Record<string, AnswerValue> = {};
  const path: PathStep[] = [];
  for (const question of flow.questions) {
    const ctx: FlowContext = { answers, settings: settings as Record<string, unknown>, now };
    if (question.askedWhen && !question.askedWhen(ctx)) continue;
    const raw = Object.prototype.hasOwnProperty.call(given, question.id) ? given[question.id] : undefined;
    const check = checkAnswer(question, raw);
    if (check.ok) {
      answers[question.id] = check.value;
      path.push({ question, raw });
    } else {
      path.push({ question, raw, problem: check.message });
    }
  }
  return { path, answers };
}

export interface NextQuestion {
  question: Question;
  /** 1-based position on the path. */
  number: number;
  maxQuestions: number;
  /** The answer already given but refused, if any (the question is asked again). */
  problem?: string;
}

/** The next question to ask: the first on the path that has no valid answer yet. */
export function nextQuestion(flowId: string, answers: Answers, settings?: DecisionSettings): Question | undefined {
  return nextQuestionOnPath(flowId, answers, settings)?.question;
}

export function nextQuestionOnPath(flowId: string, answers: Answers, settings?: DecisionSettings): NextQuestion | undefined {
  const flow = requireFlow(flowId);
  const { path } = walk(flow, answers, flowSettings(flow, settings));
  const index = path.findIndex((s) => s.problem !== undefined);
  if (index < 0) return undefined;
  const step = path[index];
  return {
    question: step.question,
    number: index + 1,
    maxQuestions: Math.max(flow.maxQuestions, index + 1),
    problem: step.raw === undefined ? undefined : step.problem,
  };
}

/** Question ids on the path for these answers, in order (answered ones first). */
export function pathOf(flowId: string, answers: Answers, settings?: DecisionSettings): string[] {
  const flow = requireFlow(flowId);
  return walk(flow, answers, flowSettings(flow, settings)).path.map((s) => s.question.id);
}

function resolve<T>(value: Dynamic<T>, ctx: FlowContext, outcomeId: string): T {
  return typeof value === 'function' ? (value as (c: FlowContext, o: string) => T)(ctx, outcomeId) : value;
}

function dedupeReferences(refs: Reference[]): Reference[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.docId}\u0000${r.section}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface DecideOptions {
  now: Date;
  settings?: DecisionSettings;
}

export function decide(flowId: string, given: Answers, options: DecideOptions): Decision {
  const flow = requireFlow(flowId);
  if (!(options?.now instanceof Date) || Number.isNaN(options.now.getTime())) {
    throw new InvalidAnswersError([{ questionId: 'now', message: 'must be a valid date-time' }]);
  }
  const settings = flowSettings(flow, options.settings);
  const { now } = options;
  const { path, answers } = walk(flow, given, settings, now);
  const ctx: FlowContext = { answers, settings: settings as Record<string, unknown>, now };

  const problems: Problem[] = path
    .filter((s) => s.problem !== undefined)
    .map((s) => ({ questionId: s.question.id, message: s.problem as string }));
  problems.push(...(flow.validate?.(ctx) ?? []));
  if (problems.length > 0) throw new InvalidAnswersError(problems);

  const rule = flow.rules.find((r) => r.when(ctx));
  if (!rule) throw new Error(`flow ${flow.id}: no rule matched (the last rule must be "otherwise")`);
  const outcomeId = rule.outcome;
  const outcome = flow.outcomes[outcomeId];
  if (!outcome) throw new Error(`flow ${flow.id}: rule ${rule.id} names unknown outcome ${outcomeId}`);

  const urls = options.settings?.procedureUrls;
  const refs = (list: Ref[]) => resolveReferences(list, urls);
  const firedFlags = flow.flags.filter((f) => f.when(ctx, outcomeId));
  const officeCloses = flow.officeCloses?.(settings) ?? options.settings?.office?.closes ?? '17:00';

  const stepOrigins: { id: string; flag?: string }[] = [];
  const seenSteps = new Set<string>();
  const addSteps = (ids: string[], flag?: string) => {
    for (const id of ids) {
      if (seenSteps.has(id)) continue;
      seenSteps.add(id);
      if (flow.steps[id]?.appliesWhen?.(ctx) === false) continue;
      stepOrigins.push({ id, flag });
    }
  };
  addSteps(resolve(outcome.steps, ctx, outcomeId));
  for (const flag of firedFlags) addSteps(resolve(flag.steps, ctx, outcomeId), flag.id);

  const nextSteps = stepOrigins.map(({ id, flag }) => {
    const step = flow.steps[id];
    if (!step) throw new Error(`flow ${flow.id}: unknown step ${id}`);
    const due = computeDue(resolve(step.due, ctx, outcomeId), {
      resolveAnchor: (name) => (name === 'now' ? now.toISOString() : flow.anchors[name]?.resolve(ctx)),
      anchorLabel: (name) => (name === 'now' ? 'now' : flow.anchors[name]?.label ?? name),
      now,
      officeCloses,
    });
    return {
      id,
      action: resolve(step.action, ctx, outcomeId),
      owner: resolve(step.owner, ctx, outcomeId),
      due,
      ref: refs(step.refs),
      ...(flag ? { flag } : {}),
      ...(step.lawNow ? { lawNow: true } : {}),
    };
  });

  const flags = firedFlags.map((f) => ({
    id: f.id,
    label: f.label,
    text: resolve(f.text, ctx, outcomeId),
    ref: refs(f.refs),
    ...(f.startsFlow ? { startsFlow: f.startsFlow } : {}),
    ...(f.lawNow ? { lawNow: true } : {}),
  }));
  const askerTeam = flow.askerTeam?.(ctx);
  const facts = (flow.facts?.(ctx, outcomeId) ?? []).map((f) => ({ id: f.id, label: f.label, value: f.value, ref: refs(f.refs) }));

  const references = dedupeReferences([
    ...refs(rule.refs),
    ...refs(outcome.refs),
    ...flags.flatMap((f) => f.ref),
    ...facts.flatMap((f) => f.ref),
    ...nextSteps.flatMap((s) => s.ref),
  ]);

  return {
    flowId: flow.id,
    flowTitle: flow.title,
    rulesVersion: flow.rulesVersion,
    outcome: {
      id: outcomeId,
      label: outcome.label,
      tone: outcome.tone,
      summary: outcome.summary,
      decidedBy: outcome.decidedBy,
      indicative: outcome.indicative,
      agency: resolve(outcome.agency, ctx, outcomeId),
      notes: outcome.notes ? resolve(outcome.notes, ctx, outcomeId) : [],
      ...(outcome.lawNow ? { lawNow: true } : {}),
    },
    flags,
    facts,
    nextSteps,
    ...(askerTeam ? { askerTeam } : {}),
    references,
    trace: path.map(({ question }) => ({
      questionId: question.id,
      question: question.text,
      answer: answers[question.id],
      answerLabel: answerLabel(question, answers[question.id]),
    })),
    ruleId: rule.id,
    decidedAt: now.toISOString(),
  };
}
