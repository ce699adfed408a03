import { decide, type AnswerValue } from '../../rules';
import { decisionRecordText } from '../../cards';
import { messages } from '../../dialogs';
import { Conversation, submitsOf, walkCard } from '../support/conversation';
import { scenarioAnswers } from '../support/scenarios';

/** s42-03 of the public scenarios: S.42 criteria indicated, with two extra factors. */
const answers: Record<string, AnswerValue> = scenarioAnswers('s42', 's42-03');
const now = new Date('2026-03-10T11:30:00Z');

describe('the decision record', () => {
  test('"Copy for the case file" sends it as a plain message, by the decision\'s id, with no text box', async () => {
    const conversation = new Conversation({ now });
    const { outcome } = await conversation.run('s42', answers);
    const record = submitsOf(outcome).find((d) => d.command === 'record');
    expect(record).toMatchObject({ command: 'record', decision: expect.stringMatching(/^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{16}$/) });
    let textBoxes = 0;
    walkCard(outcome, (o) => o.type === 'Input.Text' && textBoxes++);
    expect(textBoxes).toBe(0);
    const replies = await conversation.send(record!);
    expect(replies).toHaveLength(1);
    expect(replies[0].attachments ?? []).toHaveLength(0);
    expect(replies[0].text).toContain(messages.recordIntro);
    expect(replies[0].text).toContain(decisionRecordText(decide('s42', answers, { now })).split('\n')[3]);
  });

  test('still works after the conversation\'s state has expired, and says plainly when the decision is no longer kept', async () => {
    const conversation = new Conversation({ now });
    const { outcome } = await conversation.run('s42', answers);
    const record = submitsOf(outcome).find((d) => d.command === 'record')!;
    conversation.setNow(new Date(now.getTime() + 3 * 86_400_000));
    const later = await conversation.send(record);
    expect(later.map((r) => r.text).join('\n')).toContain('Outcome: S.42 criteria indicated');
    conversation.setNow(new Date(now.getTime() + 31 * 86_400_000));
    const gone = await conversation.send(record);
    expect(gone.map((r) => r.text)).toContain(messages.recordGone);
    expect((await conversation.send({ command: 'record', decision: 'no-such-decision' })).map((r) => r.text)).toContain(messages.recordGone);
  });

  test('holds the date and time, the check, every question with its answer, the outcome, steps, references and rules version', () => {
    const decision = decide('s42', answers, { now });
    const text = decisionRecordText(decision);
    expect(text).toContain('Date and time: 11:30 Tue 10 Mar 2026 (UK time)');
    expect(text).toContain('Check: Does this meet S.42?');
    // Typed from the questions' wording and the scenario's answers, not produced by the code under test.
    for (const line of [
      '- Is anyone in immediate danger and needing police or medical help right now? No',
      '- Is the person at risk aged 18 or over? Yes',
      '- When did adult social care receive this concern? 10:00 Tue 10 Mar 2026',
      '- Does the concern relate to possible abuse or neglect, including self-neglect? Yes',
      '- Is there reasonable cause to suspect the adult has needs for care and support? Yes',
      '- Is there reasonable cause to suspect the adult is experiencing abuse or neglect, or is at risk of it? Yes',
    ])
      expect(text).toContain(line);
    expect(text).toMatch(/^Based on: Practice Guidance: Kent County Council/m);
    expect(text).not.toMatch(/Rule applied|\bR\d+\b/);
    expect(text).toContain('Outcome: S.42 criteria indicated (DSO decides)');
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
