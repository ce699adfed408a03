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

/** The record's opening for s42-03 at 11:30 on Tue 10 Mar 2026, typed from the questions' wording and the
 * scenario's answers (not produced by the code under test). */
const S42_03_OPENING = [
  'Decision support record (Safeguarding Decision Assistant)',
  'Date and time: 11:30 Tue 10 Mar 2026 (UK time)',
  'Check: Does this meet S.42?',
  '',
  'Answers:',
  '- Is anyone in immediate danger and needing police or medical help right now? No',
  '- Is the person at risk aged 18 or over? Yes',
  '- When did adult social care receive this concern? 2026-03-10T10:00',
  '- Does the concern relate to possible abuse or neglect, including self-neglect? Yes',
  '- Is there reasonable cause to suspect the adult has needs for care and support? Yes',
  '- Is there reasonable cause to suspect the adult is experiencing abuse or neglect, or is at risk of it? Yes',
  '- Is there reasonable cause to suspect that, because of those needs, the adult cannot protect themselves from the abuse or neglect, or the risk of it? Yes',
  '- Do any of these apply? Tick all that do. A crime may have been committed, however minor; The adult may lack capacity about the concern, or may have substantial difficulty taking part in an enquiry',
  '',
  'Outcome: S.42 criteria indicated (DSO decides)',
].join('\n');

describe('the decision record on the outcome card', () => {
  test('is offered behind a "Decision record" button as one block of plain text to copy', async () => {
    const conversation = new Conversation({ now });
    const { outcome } = await conversation.run('s42', answers);
    const record = recordOnCard(outcome);
    expect(record.title).toBe('Decision record');
    expect(record.text.startsWith(`${S42_03_OPENING}\n`)).toBe(true);
    expect(record.text).toMatch(/\nRules version: s42-\d{4}\.\d+\.\d+\nDecision support only: the decision rests with Designated Senior Officer \(DSO\), KCC Adult Social Care\.$/);
  });

  test('holds the date and time, the check, every question with its answer, the outcome, steps, references and rules version', () => {
    const text = decisionRecordText(decide('s42', answers, { now }));
    expect(text.startsWith(`${S42_03_OPENING}\n`)).toBe(true);
    expect(text).toContain('\nDecided by: Designated Senior Officer (DSO), KCC Adult Social Care (this is an indication, not a decision)\n');
    expect(text).toContain('\nResponsible agency: KCC Adult Social Care\n');
    expect(text).toContain('\nNext steps:\n1. ');
    // The triage step, its owner and its deadline in words, one working day after the concern came in.
    expect(text).toMatch(/\n\d+\. Triage the concern\. .*\(Area Referral Service or community team, KCC Adult Social Care; By 17:00 Wed 11 Mar 2026 \(within 1 working day of receipt\)\)\n/);
    expect(text).toContain('\nProcedure references:\n- ');
    for (const section of ['§1.1.1 Section 42 (1) Care Act 2014', '§1.1.2 Section 42 (2) Care Act 2014', '§6.2 Criminal Offences']) expect(text).toContain(section);
    expect(text).toMatch(/\nRules version: s42-\d{4}\.\d+\.\d+\n/);
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
