import { dueText, footerText } from '../../cards';
import { inUsersWords } from '../../cards/plainWords';
import { decide, pathOf, type Decision } from '../../rules';
import type { Scenario } from '../scenarios/types';
import { cardTexts, Conversation, lastCard, submitsOf, type Card } from '../support/conversation';
import { dueOf, dueWords, isStep, pastAt, stepsOnCard, type CardStep } from '../support/outcomeCard';
import { allScenarios, DEFAULT_NOW, isErrorScenario } from '../support/scenarios';

type OutcomeExpected = Extract<Scenario['expected'], { outcome: string }>;

/** The outcome labels the flows' specs give in their outcome tables, typed here so that the
 * card is compared with the spec, not with the flow that drew it. */
const SPEC_LABELS: Record<string, string> = {
  'mappa.CAT1': 'MAPPA Category 1: registered sexual offender',
  'mappa.CAT3_CANDIDATE': 'Possible MAPPA Category 3: refer to the MAPPA Co-ordinator',
  'mappa.CAT4_CONFIRM': 'Possibly MAPPA Category 4: confirm with counter-terrorism police or probation',
  'marac.MARAC_REFERRAL_VISIBLE_HIGH_RISK': 'MARAC referral indicated: visible high risk (14+ ticks)',
  'marac.MARAC_NOT_INDICATED': 'MARAC referral not indicated on these answers',
  'remand.PACE_TRANSFER_LA_ACCOMMODATION': 'Police custody transfer: the local authority must provide accommodation (CSC decides the type)',
  'remand.REMLAA_LOOKED_AFTER': 'Remanded to local authority accommodation: the child is looked after (CSC decides the placement)',
  'remand.YDA_REMAND_LOOKED_AFTER': 'Remanded to youth detention: the child is looked after for the remand',
  'rtc.YP_NOTIFY_CSC': "Young person accused or convicted of an offence against a child: tell Children's Social Care",
  'rtc.CP_REFERRAL_S47': 'Child protection referral: Section 47 Enquiry',
  's42.EMERGENCY': 'Call 999 now',
  's42.NOT_ADULT_SAFEGUARDING': "Not adult safeguarding: use children's safeguarding",
  's42.S42_CRITERIA_INDICATED': 'S.42 criteria indicated (DSO decides)',
  's42.S42_UNDETERMINED_GATHER_INFO': 'Not yet known if S.42 is met: gather information, do not close (DSO decides)',
  's42.S42_NOT_MET_CAN_PROTECT_SELF': 'S.42 may not be met: adult may be able to protect themselves. Complete the risk assessment before any closure (DSO judgement)',
  's42.NON_STATUTORY_ENQUIRY_CARER': 'Non-statutory enquiry indicated: carer at risk (DSO decides)',
  's42.NON_STATUTORY_ENQUIRY_YOUNG_ADULT': 'Non-statutory enquiry indicated: young adult at risk (DSO decides)',
  's42.S42_NOT_MET_NO_CARE_SUPPORT_NEEDS': 'S.42 not indicated: no care and support needs (DSO decides)',
  's42.CLOSE_AT_CONCERN_NOT_ABUSE': 'Closure at concern indicated: not about abuse or neglect (DSO decides)',
  's42.S42_NOT_MET_NO_ABUSE_OR_RISK': 'S.42 not indicated: no suspected abuse, neglect or risk (DSO decides)',
};

/** Every step of the Decision is on the outcome card (shown, or folded away) or on its "All steps" card, and each
 * step shown carries its own deadline beside it: the one the scenario types for that step where it gives one, and
 * otherwise that step's own (not another step's). */
function expectStepsWithTheirDeadlines(card: Card, allSteps: Card | undefined, decision: Decision, expected: OutcomeExpected, now: Date): void {
  const onCard = stepsOnCard(card);
  const onAll = allSteps ? stepsOnCard(allSteps) : [];
  const stepOf = (c: CardStep) => decision.nextSteps.find((s) => isStep(c, s.action));
  for (const c of [...onCard, ...onAll]) expect({ onCard: c.action, inDecision: stepOf(c) !== undefined }).toEqual({ onCard: c.action, inDecision: true });
  const listed = new Set([...onCard, ...onAll].map((c) => stepOf(c)?.id));
  expect(decision.nextSteps.map((s) => s.id).filter((id) => !listed.has(id))).toEqual([]);
  const shown = [...onCard.filter((s) => s.visible), ...onAll];
  expect(onCard.filter((s) => s.visible).length).toBeGreaterThan(0);
  for (const cardStep of shown) {
    const step = stepOf(cardStep)!;
    const ordered = expected.orderedSteps?.find((s) => s.id === step.id);
    const typed = expected.steps?.[step.id]?.due;
    const words = ordered ? dueWords(ordered.due, ordered.overdue === true) : typed ? dueWords(typed, pastAt(typed, now)) : undefined;
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
    const label = SPEC_LABELS[`${flowId}.${expected.outcome}`];
    expect(label).toBeDefined();
    expect(texts[0]).toBe(label);
    expect(texts.join('\n')).toContain(expected.decidedBy);

    const decision = decide(flowId, answers, { now: at, settings });
    expect(decision.outcome.id).toBe(expected.outcome);
    expect(decision.flags.map((f) => f.id)).toEqual(expected.flags);
    for (const flag of decision.flags) expect(texts).toContain(inUsersWords(flag.label));
    // The steps not on the outcome card come with "All steps (N)", a card of their own.
    const more = submitsOf(outcome).find((d) => d.command === 'steps');
    const allSteps = more ? lastCard(await conversation.send(more)) : undefined;
    expectStepsWithTheirDeadlines(outcome, allSteps, decision, expected, at);
    expect(texts).toContain(footerText(decision));
    // Said once: the card, with a one-line summary, and no text for clients that show cards.
    const last = replies[replies.length - 1];
    expect(replies.filter((r) => r.text && r.text.length > 300)).toEqual([]);
    expect(last.text).toBeUndefined();
    expect(last.summary).toContain(inUsersWords(label));
    expect(last.summary).not.toContain('\n');
  });

  test('a channel that cannot show cards gets the outcome, decider and steps as text as well', async () => {
    const { flowId, answers, now, settings } = cases.find((c) => c.id === 's42-03')!;
    const conversation = new Conversation({ now: new Date(now ?? DEFAULT_NOW), settings, channelId: 'sms' });
    const { replies } = await conversation.run(flowId, answers);
    const plain = replies[replies.length - 1].text ?? '';
    // Plain text too spells each acronym out at its first use.
    expect(plain).toContain('S.42 criteria indicated (Designated Senior Officer (DSO) decides)');
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
