import type { Activity } from 'botbuilder';
import { getFlow } from '../../rules';
import { messages } from '../../dialogs';
import { cardOf, cardTexts, Conversation, lastCard, pendingQuestion, submitFor, submitsOf, walkCard, type Card } from '../support/conversation';

function questionReply(replies: Partial<Activity>[]): { id: string; pending: NonNullable<ReturnType<typeof pendingQuestion>> } {
  const reply = [...replies].reverse().find((r) => cardOf(r) && pendingQuestion(cardOf(r)!));
  if (!reply?.id) throw new Error('no question card in the replies');
  return { id: reply.id, pending: pendingQuestion(cardOf(reply)!)! };
}

function actionsOf(card: Card): unknown[] {
  const found: unknown[] = [];
  walkCard(card, (o) => {
    if (typeof o.type === 'string' && o.type.startsWith('Action.')) found.push(o);
    if (o.selectAction) found.push(o.selectAction);
  });
  return found;
}

const s42First = () => getFlow('s42')!.questions.find((q) => q.id === 'immediate_danger')!;

describe('after an answer the question card is updated in place', () => {
  test('a button answer turns the card into the question and the chosen answer, with no buttons', async () => {
    const chat = new Conversation();
    const asked = questionReply(await chat.send({ command: 'start', flow: 's42' }));
    expect(asked.pending.question).toBe('immediate_danger');

    const next = await chat.send(submitFor(asked.pending, 'no'));
    const updates = chat.takeUpdates();
    expect(updates.map((u) => u.id)).toEqual([asked.id]);
    const card = cardOf(updates[0].activity)!;
    expect(actionsOf(card)).toEqual([]);
    expect(submitsOf(card)).toEqual([]);
    const texts = cardTexts(card);
    expect(texts).toContain(s42First().text);
    expect(texts).toContain('No');
    expect(texts).toContain('Answered:');
    expect(updates[0].activity.text).toBeUndefined();
    expect(questionReply(next).pending.question).not.toBe('immediate_danger');
  });

  test('a typed answer updates the card too', async () => {
    const chat = new Conversation();
    const asked = questionReply(await chat.send('does this meet s42?'));
    await chat.send('no');
    expect(chat.takeUpdates().map((u) => u.id)).toEqual([asked.id]);
  });

  test('when the question was shown again after a refused answer, every copy is updated', async () => {
    const chat = new Conversation();
    const first = questionReply(await chat.send({ command: 'start', flow: 's42' }));
    const again = questionReply(await chat.send('purple'));
    expect(again.id).not.toBe(first.id);
    expect(chat.takeUpdates()).toEqual([]);

    await chat.send(submitFor(again.pending, 'no'));
    expect(chat.takeUpdates().map((u) => u.id).sort()).toEqual([first.id, again.id].sort());
  });

  test('a refused answer leaves the card as it was', async () => {
    const chat = new Conversation();
    await chat.send({ command: 'start', flow: 's42' });
    await chat.send('purple');
    await chat.send('help');
    expect(chat.takeUpdates()).toEqual([]);
  });

  test('a client that cannot update cards still gets the next question, and the old card is refused as stale', async () => {
    const chat = new Conversation({ failUpdates: true });
    const asked = questionReply(await chat.send({ command: 'start', flow: 's42' }));
    const next = questionReply(await chat.send(submitFor(asked.pending, 'no')));
    expect(next.pending.question).not.toBe('immediate_danger');

    const stale = await chat.send(submitFor(asked.pending, 'yes'));
    expect(stale[0].text).toBe(messages.stale);
    const current = pendingQuestion(lastCard(stale)!)!;
    expect(current).toEqual(next.pending);
  });
});
