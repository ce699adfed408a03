import { decide, getFlow, nextQuestion, type AnswerValue } from '../../rules';
import { publicScenarios } from './plans';

const DEFAULT_NOW = '2026-12-01T10:00:00Z';

/** Questions asked to reach one outcome of a flow, over the public scenarios that end there. */
export interface OutcomeQuestions {
  flowId: string;
  outcome: string;
  scenarios: number;
  minAsked: number;
  maxAsked: number;
  meanAsked: number;
  /** Every question the flow has. */
  flowQuestions: number;
}

/** Walks each public scenario the way the bot does (next question, its answer, until the flow decides),
 * with the scenario's own `now` and settings, and groups the number of questions asked by outcome. */
export function questionsPerOutcome(flowIds: string[] = []): OutcomeQuestions[] {
  const rows = new Map<string, OutcomeQuestions & { total: number }>();
  for (const [flowId, scenarios] of publicScenarios()) {
    if (flowIds.length && !flowIds.includes(flowId)) continue;
    const flowQuestions = getFlow(flowId)?.questions.length ?? 0;
    for (const scenario of scenarios) {
      if (!('outcome' in scenario.expected)) continue;
      const answered: Record<string, AnswerValue> = {};
      for (let q = nextQuestion(flowId, answered, scenario.settings); q && q.id in scenario.answers; q = nextQuestion(flowId, answered, scenario.settings)) {
        answered[q.id] = scenario.answers[q.id];
      }
      const asked = Object.keys(answered).length;
      const outcome = decide(flowId, answered, { now: new Date(scenario.now ?? DEFAULT_NOW), settings: scenario.settings }).outcome.id;
      const key = `${flowId}\u0000${outcome}`;
      const row = rows.get(key) ?? { flowId, outcome, scenarios: 0, minAsked: Infinity, maxAsked: 0, meanAsked: 0, total: 0, flowQuestions };
      row.scenarios++;
      row.total += asked;
      row.minAsked = Math.min(row.minAsked, asked);
      row.maxAsked = Math.max(row.maxAsked, asked);
      row.meanAsked = row.total / row.scenarios;
      rows.set(key, row);
    }
  }
  return [...rows.values()].map(({ total: _total, ...row }) => row);
}
