import { scenarios as s42 } from '../scenarios/s42';
import { scenarios as rtc } from '../scenarios/rtc';
import { Conversation, lastCard, pendingQuestion, submitsOf } from '../support/conversation';

const answersOf = (list: typeof s42, id: string) => list.find((s) => s.id === id)!.answers;

describe('hand-offs between flows', () => {
  test('S.42 "possible domestic abuse" starts the MARAC flow in one click, without asking immediate danger again', async () => {
    const conversation = new Conversation();
    const { outcome } = await conversation.run('s42', answersOf(s42, 's42-07'));
    const start = submitsOf(outcome).find((d) => d.command === 'start' && d.flow === 'marac');
    // Exactly the answer MARAC shares with S.42, and nothing else from the S.42 check.
    expect(start).toEqual({ command: 'start', flow: 'marac', carry: { immediate_danger: 'no' } });
    const replies = await conversation.send(start!);
    const pending = pendingQuestion(lastCard(replies)!);
    expect(pending).toMatchObject({ flow: 'marac', question: 'personally_connected' });
    // Back from the first new question reaches the carried answer, which can be changed.
    const back = await conversation.send({ command: 'back' });
    expect(pendingQuestion(lastCard(back)!)).toMatchObject({ flow: 'marac', question: 'immediate_danger' });
  });

  test('the rtc MAPPA flag offers the mappa flow', async () => {
    const scenario = rtc.find((s) => s.expected && 'flags' in s.expected && s.expected.flags.includes('MAPPA_OFFENDER'));
    expect(scenario).toBeDefined();
    const conversation = new Conversation({ now: new Date(scenario!.now ?? '2026-12-01T10:00:00Z') });
    const { outcome } = await conversation.run('rtc', scenario!.answers);
    const start = submitsOf(outcome).find((d) => d.command === 'start' && d.flow === 'mappa');
    expect(start).toBeDefined();
    const replies = await conversation.send(start!);
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 'mappa' });
  });

  test('a carried answer that does not fit the new flow is ignored, not trusted', async () => {
    const conversation = new Conversation();
    const replies = await conversation.send({ command: 'start', flow: 'marac', carry: { immediate_danger: 'perhaps', other_factors: ['crime_suspected'] } });
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 'marac', question: 'immediate_danger' });
  });
});
