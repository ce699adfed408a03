import { dueText, footerText } from '../../cards';
import { inUsersWords } from '../../cards/plainWords';
import { decide, getFlow, pathOf } from '../../rules';
import { cardTexts, Conversation, lastCard, submitsOf } from '../support/conversation';
import { allScenarios, DEFAULT_NOW, isErrorScenario } from '../support/scenarios';

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
    for (const flag of decision.flags) expect(texts).toContain(inUsersWords(flag.label));
    // The steps not on the outcome card come with "All steps (N)".
    const more = submitsOf(outcome).find((d) => d.command === 'steps');
    const all = more ? cardTexts(lastCard(await conversation.send(more))!) : texts;
    for (const step of decision.nextSteps) expect(all.some((t) => t.includes(dueText(step.due)))).toBe(true);
    expect(texts).toContain(footerText(decision));
    // Said once: the card, with a one-line summary, and no text for clients that show cards.
    const last = replies[replies.length - 1];
    expect(replies.filter((r) => r.text && r.text.length > 300)).toEqual([]);
    expect(last.text).toBeUndefined();
    expect(last.summary).toContain(inUsersWords(flow.outcomes[expected.outcome].label));
    expect(last.summary).not.toContain('\n');
  });

  test('a channel that cannot show cards gets the outcome, decider and steps as text as well', async () => {
    const { flowId, answers, now, settings } = cases.find((c) => c.id === 's42-03')!;
    const conversation = new Conversation({ now: new Date(now ?? DEFAULT_NOW), settings, channelId: 'sms' });
    const { replies } = await conversation.run(flowId, answers);
    const plain = replies[replies.length - 1].text ?? '';
    expect(plain).toContain('S.42 criteria indicated');
    expect(plain).toContain('Designated Senior Officer');
    expect(plain).toContain('Next steps:');
  });

  test('every flow with scenarios has at least two run through a conversation', () => {
    const byFlow = new Map<string, number>();
    for (const c of cases) byFlow.set(c.flowId, (byFlow.get(c.flowId) ?? 0) + 1);
    for (const { flowId } of allScenarios()) expect(byFlow.get(flowId) ?? 0).toBeGreaterThanOrEqual(2);
  });
});

test('a channel without cards gets the menu, help and questions as text too; a channel with cards never does', async () => {
  const sms = new Conversation({ channelId: 'sms' });
  const menu = await sms.send('hello');
  expect(menu[menu.length - 1].text).toMatch(/I can run these checks:\n- Does this meet S\.42\?/);
  const question = await sms.send('does this meet S.42?');
  expect(question[question.length - 1].text).toMatch(/^1\. Is anyone in immediate danger/);
  const teams = new Conversation({ channelId: 'msteams' });
  for (const replies of [await teams.send('hello'), await teams.send('does this meet S.42?'), await teams.send('help')]) {
    for (const r of replies.filter((x) => x.attachments?.length)) {
      expect(r.text).toBeUndefined();
      expect(r.summary).toBeTruthy();
    }
  }
});
