import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../scenarios/types';

export const DEFAULT_NOW = '2026-12-01T10:00:00Z';

/** Every flow's public scenarios, from test/scenarios/<flowId>.ts. */
export function allScenarios(): { flowId: string; scenario: Scenario }[] {
  const dir = join(__dirname, '..', 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'types.ts')
    .flatMap((f) => {
      const flowId = f.replace(/\.ts$/, '');
      const { scenarios } = require(join(dir, f)) as { scenarios: Scenario[] };
      return scenarios.map((scenario) => ({ flowId, scenario }));
    });
}

export const isErrorScenario = (s: Scenario): boolean => 'errorQuestionIds' in s.expected;

/** The answers of one public scenario, for tests that need a real path through a flow. */
export function scenarioAnswers(flowId: string, id: string): Scenario['answers'] {
  const found = allScenarios().find((s) => s.flowId === flowId && s.scenario.id === id);
  if (!found) throw new Error(`no public scenario ${id} in ${flowId}`);
  return found.scenario.answers;
}
