import { decide, InvalidAnswersError, nextQuestion, resolveReference } from '../../rules';
import type { Answers, Decision, DecisionSettings, Due, FlowDefinition, Ref } from '../../rules';
import type { Scenario } from '../scenarios/types';
import { DEFAULT_NOW } from './scenarios';

/** When to decide (ISO 8601, DEFAULT_NOW unless given) and with which settings. A Scenario is one. */
export interface RunOptions {
  now?: string;
  settings?: DecisionSettings;
}

/** The rule-test helpers of one flow. */
export function flowTester(flowId: string) {
  const run = (answers: Answers, { now = DEFAULT_NOW, settings }: RunOptions = {}): Decision =>
    decide(flowId, answers, { now: new Date(now), settings });

  /** The question ids the answers are refused for; fails if they are accepted. */
  function problemsOf(answers: Answers, options?: RunOptions): string[] {
    try {
      run(answers, options);
    } catch (error) {
      if (error instanceof InvalidAnswersError) return error.problems.map((p) => p.questionId);
      throw error;
    }
    throw new Error('expected the answers to be refused');
  }

  /** The questions the bot would ask, in order, when the user gives these answers one at a time. */
  function askedPath(answers: Answers, settings?: DecisionSettings): string[] {
    const given: Record<string, Answers[string]> = {};
    const asked: string[] = [];
    for (let q = nextQuestion(flowId, given, settings); q; q = nextQuestion(flowId, given, settings)) {
      if (asked.includes(q.id) || answers[q.id] === undefined) break;
      asked.push(q.id);
      given[q.id] = answers[q.id];
    }
    return asked;
  }

  return { run, problemsOf, askedPath };
}

/** A Due in the scenario vocabulary: London date, London date-time (when `expected` is one: hour rules),
 * 'immediately', 'none' (no deadline given) or 'stated' (a rule with no date). */
export function dueAs(due: Due, expected: string): string {
  if (due.rule === 'immediately') return 'immediately';
  if (due.rule === 'no deadline given') return 'none';
  if (expected.includes('T')) return due.at?.slice(0, 16) ?? 'stated';
  return due.date ?? 'stated';
}

export const step = (decision: Decision, id: string) => decision.nextSteps.find((s) => s.id === id);
export const stepIds = (decision: Decision) => decision.nextSteps.map((s) => s.id);
export const flagIds = (decision: Decision) => decision.flags.map((f) => f.id);
export const flagText = (decision: Decision, id: string) => decision.flags.find((f) => f.id === id)?.text ?? '';
export const fact = (decision: Decision, id: string) => decision.facts.find((f) => f.id === id)?.value;

/** One public scenario, decided at its own `now` with its own settings: the error's question ids, or the outcome,
 * exactly its flags in order, the decider, each expected step with its owner and due, the references and the facts. */
export function expectScenario(flowId: string, scenario: Scenario): void {
  const { run, problemsOf } = flowTester(flowId);
  const { expected } = scenario;
  if ('errorQuestionIds' in expected) {
    expect(problemsOf(scenario.answers, scenario)).toEqual(expect.arrayContaining(expected.errorQuestionIds));
    return;
  }
  const decision = run(scenario.answers, scenario);
  expect(decision.outcome.id).toBe(expected.outcome);
  expect(flagIds(decision)).toEqual(expected.flags);
  expect(decision.outcome.decidedBy.role).toContain(expected.decidedBy);
  for (const [id, want] of Object.entries(expected.steps ?? {})) {
    const got = step(decision, id);
    expect({ id, present: got !== undefined }).toEqual({ id, present: true });
    if (!got) continue;
    if (want.owner) expect(`${got.owner.role} ${got.owner.agency ?? ''}`).toContain(want.owner);
    if (want.due) expect({ id, due: dueAs(got.due, want.due) }).toEqual({ id, due: want.due });
  }
  if (expected.orderedSteps) {
    const got = decision.nextSteps.map((s) => {
      const want = expected.orderedSteps?.find((w) => w.id === s.id);
      return {
        id: s.id,
        owner: { role: s.owner.role, agency: s.owner.agency ?? '' },
        due: want ? dueAs(s.due, want.due) : s.due.at ?? s.due.date ?? s.due.rule,
        ...(s.due.overdue ? { overdue: true } : {}),
      };
    });
    expect(got).toEqual(expected.orderedSteps);
  }
  const cited = decision.references.map((r) => `${r.docId} §${r.section}`);
  expect(cited).toEqual(expect.arrayContaining(expected.references ?? []));
  for (const [id, value] of Object.entries(expected.facts ?? {})) {
    expect({ id, value: fact(decision, id) }).toEqual({ id, value: expect.stringContaining(value) });
  }
}

/** The scenarios marked to run through the bot: `count` of them, no error, each with its own outcome. */
export function expectConversationPicks(scenarios: Scenario[], count: number): void {
  const chosen = scenarios.filter((s) => s.conversation);
  expect(chosen).toHaveLength(count);
  const outcomes = chosen.map((s) => ('outcome' in s.expected ? s.expected.outcome : 'error'));
  expect(new Set(outcomes).size).toBe(count);
  expect(outcomes).not.toContain('error');
}

/** Every reference a flow cites, with where it is cited ("question Q1", "step N4", …). */
export const flowRefs = (flow: FlowDefinition): { where: string; ref: Ref }[] => [
  ...flow.questions.flatMap((q) => q.refs.map((ref) => ({ where: `question ${q.id}`, ref }))),
  ...flow.rules.flatMap((r) => r.refs.map((ref) => ({ where: `rule ${r.id}`, ref }))),
  ...Object.entries(flow.outcomes).flatMap(([id, o]) => o.refs.map((ref) => ({ where: `outcome ${id}`, ref }))),
  ...flow.flags.flatMap((f) => f.refs.map((ref) => ({ where: `flag ${f.id}`, ref }))),
  ...Object.entries(flow.steps).flatMap(([id, s]) => s.refs.map((ref) => ({ where: `step ${id}`, ref }))),
  ...(flow.termNotes ?? []).flatMap((n) => n.refs.map((ref) => ({ where: `term note ${n.phrase}`, ref }))),
];

/** Whether the reference names a document and section in the catalogue. */
export function resolves(ref: Ref): boolean {
  try {
    resolveReference(ref);
    return true;
  } catch {
    return false;
  }
}
