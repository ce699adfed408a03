import { scenarios as mappa } from '../scenarios/mappa';
import { Conversation, lastCard, pendingQuestion, submitsOf } from '../support/conversation';

describe('hand-off from MAPPA to the risk to children check (issue 15)', () => {
  test('children in the household: the MAPPA card offers the risk to children check in one click', async () => {
    const scenario = mappa.find((s) => s.id === 'mappa-26')!;
    const conversation = new Conversation({ now: new Date(scenario.now ?? '2026-12-01T10:00:00Z') });
    const { outcome } = await conversation.run('mappa', scenario.answers);
    const start = submitsOf(outcome).find((d) => d.command === 'start' && d.flow === 'rtc');
    expect(start).toBeDefined();
    const replies = await conversation.send(start!);
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 'rtc', question: 'immediate_risk' });
  });

  test('no children in the household: no risk to children check is offered', async () => {
    const scenario = mappa.find((s) => s.id === 'mappa-04')!;
    const conversation = new Conversation({ now: new Date(scenario.now ?? '2026-12-01T10:00:00Z') });
    const { outcome } = await conversation.run('mappa', scenario.answers);
    expect(submitsOf(outcome).find((d) => d.command === 'start' && d.flow === 'rtc')).toBeUndefined();
  });
});
