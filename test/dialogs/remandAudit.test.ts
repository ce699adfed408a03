import { dueText } from '../../cards';
import { decide, getFlow } from '../../rules';
import type { AnswerValue } from '../../rules';
import { cardTexts, Conversation, lastCard, submitsOf } from '../support/conversation';

/** Issue 13: the two audit findings that matter most at 2 a.m. (E1, E2), through the bot with card submits, as a
 * duty manager would answer them. The card must say what `decide` says at the bot's own clock. */

const flow = getFlow('remand')!;

/** The outcome card's texts, then those of its "All steps" card (the steps not due now or by the next working day). */
async function outcomeCard(now: string, answers: Record<string, AnswerValue>) {
  const at = new Date(now);
  const conversation = new Conversation({ now: at });
  const { outcome, asked } = await conversation.run('remand', answers);
  const more = submitsOf(outcome).find((d) => d.command === 'steps');
  const allSteps = more ? cardTexts(lastCard(await conversation.send(more))!) : [];
  return { texts: [...cardTexts(outcome), ...allSteps], asked, decision: decide('remand', answers, { now: at }) };
}

describe('remand audit through the bot', () => {
  test('remand audit E1: a bed request typed in at 16:30 Friday and answered at 02:00 Saturday routes to the Out of Hours team', async () => {
    const answers = {
      child_age: 14,
      stage: 'police_custody_refused_bail',
      remand_or_request_at: '2026-12-04T16:30',
      csc_status: 'not_open',
      police_request: 'la_accommodation',
      aa_needed: 'no',
    };
    const { texts, asked, decision } = await outcomeCard('2026-12-05T02:00:00Z', answers);
    expect(asked).toEqual(['child_age', 'stage', 'remand_or_request_at', 'csc_status', 'police_request', 'aa_needed']);
    expect(texts[0]).toBe(flow.outcomes.PACE_TRANSFER_LA_ACCOMMODATION.label);
    const outOfHours = flow.flags.find((f) => f.id === 'ROUTE_CSC_OUT_OF_HOURS')!.label;
    const inHours = flow.flags.find((f) => f.id === 'ROUTE_IN_HOURS')!.label;
    expect(texts).toContain(outOfHours);
    expect(texts).not.toContain(inHours);
    expect(decision.flags.map((f) => f.id)).toContain('ROUTE_CSC_OUT_OF_HOURS');
  });

  test('remand audit E1: remanded at 16:00, asked at 02:00: the card says daytime CSC owns the duties and to ring the Out of Hours team now', async () => {
    const answers = { child_age: 15, stage: 'remanded_la', remand_or_request_at: '2026-12-04T16:00', csc_status: 'not_open', tagging_proposed: 'no' };
    const { texts, decision } = await outcomeCard('2026-12-05T02:00:00Z', answers);
    const all = texts.join('\n');
    expect(all).toContain('Remanded at 16:00 Fri 4 Dec 2026');
    expect(all).toContain('It is now out of hours, so ring the');
    const tellCourt = decision.nextSteps.find((s) => s.id === 'yos_tells_court_placement')!;
    expect(tellCourt.due.rule).toBe('now if the court is still sitting; otherwise when it next sits (offices open 09:00 Mon 7 Dec 2026)');
    expect(texts.some((t) => t.includes(dueText(tellCourt.due)))).toBe(true);
  });

  test('remand audit E2: an 11-year-old reported as remanded to youth detention gets the remand duties and their dates on the card', async () => {
    const answers = { child_age: 11, stage: 'remanded_yda', remand_or_request_at: '2026-12-03T15:00', csc_status: 'not_open' };
    const { texts, asked, decision } = await outcomeCard('2026-12-03T15:30:00Z', answers);
    // At 11 the youth detention placement questions are not asked.
    expect(asked).toEqual(['child_age', 'stage', 'remand_or_request_at', 'csc_status']);
    expect(texts[0]).toBe(flow.outcomes.REMLAA_LOOKED_AFTER.label);
    const all = texts.join('\n');
    expect(all).toContain('At 10 or 11 a remand can only be to local authority accommodation');
    expect(all).not.toContain('Not remanded yet');
    for (const id of ['initial_placement_meeting', 'care_plan_5wd']) {
      const due = decision.nextSteps.find((s) => s.id === id)!.due;
      expect(due.date).toBeDefined();
      expect({ id, shown: texts.some((t) => t.includes(dueText(due))) }).toEqual({ id, shown: true });
    }
  });
});
