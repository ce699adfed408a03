import { decide, type AnswerValue } from '../../rules';
import { decisionRecordText } from '../../cards/decisionRecord';
import { Conversation, walkCard, type Card } from '../support/conversation';
import { scenarioAnswers } from '../support/scenarios';

/** s42-03 of the public scenarios: S.42 criteria indicated, with two extra factors. */
const answers: Record<string, AnswerValue> = scenarioAnswers('s42', 's42-03');
const now = new Date('2026-03-10T11:30:00Z');

function recordOnCard(card: Card): { title: unknown; text: string } {
  let found: { title: unknown; text: string } | undefined;
  walkCard(card, (o) => {
    if (o.type !== 'Action.ShowCard') return;
    walkCard(o.card, (inner) => {
      if (inner.type === 'Input.Text' && inner.id === 'decisionRecord') found = { title: o.title, text: String(inner.value) };
    });
  });
  if (!found) throw new Error('the outcome card offers no decision record');
  return found;
}

describe('the decision record on the outcome card', () => {
  test('is offered behind a "Decision record" button as one block of plain text to copy', async () => {
    const conversation = new Conversation({ now });
    const { outcome } = await conversation.run('s42', answers);
    const record = recordOnCard(outcome);
    expect(record.title).toBe('Decision record');
    expect(record.text).toBe(decisionRecordText(decide('s42', answers, { now })));
  });

  test('holds the date and time, the check, every question with its answer, the outcome, steps, references and rules version', () => {
    const decision = decide('s42', answers, { now });
    const text = decisionRecordText(decision);
    expect(text).toContain('Date and time: 11:30 Tue 10 Mar 2026 (UK time)');
    expect(text).toContain(`Check: ${decision.flowTitle}`);
    for (const t of decision.trace) expect(text).toContain(`- ${t.question} ${t.answerLabel}`);
    expect(text).toContain(`Outcome: ${decision.outcome.label}`);
    expect(text).toContain('Designated Senior Officer');
    decision.nextSteps.forEach((s, i) => expect(text).toContain(`${i + 1}. ${s.action}`));
    expect(text).toContain('Wed 11 Mar 2026');
    expect(decision.references.length).toBeGreaterThan(0);
    for (const r of decision.references) expect(text).toContain(`§${r.section} ${r.heading}`);
    expect(text).toContain(`Rules version: ${decision.rulesVersion}`);
    expect(text).not.toMatch(/[<>*_]{2}|\[.*\]\(/);
  });

  test('a citation of a whole document reads "Whole document", as on the card, not "§(whole document)"', () => {
    const decision = decide('marac', scenarioAnswers('marac', 'marac-04'), { now });
    const whole = decision.references.filter((r) => r.section.startsWith('('));
    expect(whole.length).toBeGreaterThan(0);
    const text = decisionRecordText(decision);
    expect(text).not.toContain('§(');
    for (const r of whole) expect(text).toMatch(new RegExp(`^- .+, Whole document${r.url ? ' \\(' : '$'}`, 'm'));
  });

  test('in summer the time is London time (BST), not UTC', () => {
    const text = decisionRecordText(decide('s42', answers, { now: new Date('2026-07-01T08:05:00Z') }));
    expect(text).toContain('Date and time: 09:05 Wed 1 Jul 2026 (UK time)');
  });
});
