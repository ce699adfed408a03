import { dueText, footerText } from '../../cards';
import { decide, getFlow, pathOf, type Decision } from '../../rules';
import type { Scenario } from '../scenarios/types';
import { cardTexts, Conversation, type Card } from '../support/conversation';
import { dueOf, dueWords, pastAt, stepsOnCard } from '../support/outcomeCard';
import { allScenarios, DEFAULT_NOW, isErrorScenario } from '../support/scenarios';

type OutcomeExpected = Extract<Scenario['expected'], { outcome: string }>;

/** Every step of the Decision is on the card (shown, or folded away), and each step shown carries its own
 * deadline beside it: the one the scenario types for that step where it gives one, and otherwise that
 * step's own (not another step's). */
function expectStepsWithTheirDeadlines(card: Card, decision: Decision, expected: OutcomeExpected, now: Date): void {
  const onCard = stepsOnCard(card);
  expect(onCard.map((s) => s.action).sort()).toEqual(decision.nextSteps.map((s) => s.action).sort());
  const shown = onCard.filter((s) => s.visible);
  expect(shown.length).toBeGreaterThan(0);
  for (const cardStep of shown) {
    const step = decision.nextSteps.find((s) => s.action === cardStep.action)!;
    const ordered = expected.orderedSteps?.find((s) => s.id === step.id);
    const listed = expected.steps?.[step.id]?.due;
    const words = ordered ? dueWords(ordered.due, ordered.overdue === true) : listed ? dueWords(listed, pastAt(listed, now)) : undefined;
    expect({ step: step.id, due: dueOf(cardStep) }).toEqual({ step: step.id, due: words ? expect.stringMatching(words) : dueText(step.due) });
  }
}

/** Public scenarios through the bot with card submits: every s42 scenario, and those marked
 * `conversation: true` in the other flows. The card must say what `decide` says. */
const cases = allScenarios()
  .filter(({ flowId, scenario }) => !isErrorScenario(scenario) && (flowId === 's42' || scenario.conversation))
  .map(({ flowId, scenario }) => ({ flowId, ...scenario }));

describe('public scenarios through a conversation', () => {
  test.each(cases)('$id $title', async ({ flowId, answers, now, settings, expected }) => {
    if (!('outcome' in expected)) throw new Error('unreachable');
    const at = new Date(now ?? DEFAULT_NOW);
    const conversation = new Conversation({ now: at, settings });
    const { outcome, asked, replies } = await conversation.run(flowId, answers);

    expect(asked).toEqual(pathOf(flowId, answers, settings));
    const texts = cardTexts(outcome);
    const flow = getFlow(flowId)!;
    expect(texts[0]).toBe(flow.outcomes[expected.outcome].label);
    expect(texts.join('\n')).toContain(expected.decidedBy);

    const decision = decide(flowId, answers, { now: at, settings });
    expect(decision.outcome.id).toBe(expected.outcome);
    expect(decision.flags.map((f) => f.id)).toEqual(expected.flags);
    for (const flag of decision.flags) expect(texts).toContain(flag.label);
    expectStepsWithTheirDeadlines(outcome, decision, expected, at);
    expect(texts).toContain(footerText(decision));
    // Clients without cards get the same outcome, decider and steps as text.
    const plain = replies[replies.length - 1].text ?? '';
    expect(plain).toContain(flow.outcomes[expected.outcome].label);
    expect(plain).toContain(decision.outcome.decidedBy.role);
  });

  test('every flow with scenarios has at least two run through a conversation', () => {
    const byFlow = new Map<string, number>();
    for (const c of cases) byFlow.set(c.flowId, (byFlow.get(c.flowId) ?? 0) + 1);
    for (const { flowId } of allScenarios()) expect(byFlow.get(flowId) ?? 0).toBeGreaterThanOrEqual(2);
  });
});
