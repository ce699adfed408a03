import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario } from '../../test/scenarios/types';

/** One simulated user's errand: a flow and the answers of one of its public scenarios. */
export interface Plan {
  flowId: string;
  scenarioId: string;
  answers: Scenario['answers'];
}

/** Every flow's public scenarios (test/scenarios/<flowId>.ts, or the compiled .js under dist/), keyed by flow. */
export function publicScenarios(): Map<string, Scenario[]> {
  const dir = join(__dirname, '..', '..', 'test', 'scenarios');
  const byFlow = new Map<string, Scenario[]>();
  for (const file of readdirSync(dir).sort()) {
    const match = /^([a-z0-9_-]+)\.(ts|js)$/.exec(file);
    if (!match || match[1] === 'types' || file.endsWith('.d.ts')) continue;
    const { scenarios } = require(join(dir, file)) as { scenarios?: Scenario[] };
    if (Array.isArray(scenarios)) byFlow.set(match[1], scenarios);
  }
  return byFlow;
}

/** The scenarios that end in a decision (not those that test refusals), for the chosen flows. Scenarios with
 * their own area settings are left out: the bench server runs with the default settings. */
export function plansFor(flowIds: string[]): Plan[] {
  const all = publicScenarios();
  const unknown = flowIds.filter((id) => !all.has(id));
  if (unknown.length) throw new Error(`no public scenarios for flow(s) ${unknown.join(', ')}; known: ${[...all.keys()].join(', ')}`);
  const chosen = flowIds.length ? flowIds : [...all.keys()];
  return chosen.flatMap((flowId) =>
    (all.get(flowId) ?? [])
      .filter((s) => 'outcome' in s.expected && !s.settings)
      .map((s) => ({ flowId, scenarioId: s.id, answers: s.answers })),
  );
}
