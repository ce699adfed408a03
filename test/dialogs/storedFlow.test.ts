import { MemoryStorage } from 'botbuilder';
import { stateKeyOf } from '../../bot/state/dialogState';
import { cardTexts, Conversation, lastCard, pending, submitFor, texts } from '../support/conversation';

const NOW = new Date('2026-12-01T10:00:00Z');

/** A conversation saved by the release before this one: S.42 with question 1 answered "no" and question 2
 * pending, each flow a component dialog (a 'flowLoop' waterfall with an 'answer' prompt on top). */
const savedBeforeUpgrade = {
  dialogStack: [
    {
      id: 'main',
      state: {
        dialogs: {
          dialogStack: [
            { id: 'route', state: { options: {}, values: { instanceId: 'route-1' }, stepIndex: 0 } },
            {
              id: 'flow',
              state: {
                dialogs: {
                  dialogStack: [
                    { id: 'flowLoop', state: { options: { flowId: 's42', answers: { immediate_danger: 'no' }, history: ['immediate_danger'] }, values: { instanceId: 'loop-1' }, stepIndex: 0 } },
                    { id: 'answer', state: { options: { flowId: 's42', questionId: 'age_18_plus', ask: 'Fb0yaU8O', number: 2, maxQuestions: 8, canGoBack: true }, shownCards: ['card-2'] } },
                  ],
                },
                version: '958390100',
              },
            },
          ],
        },
        version: '-469032721',
      },
    },
  ],
};

const key = () => stateKeyOf({ channelId: 'test', conversationId: 'conversation-1' });

async function upgradedConversation() {
  const storage = new MemoryStorage();
  await storage.write({ [key()]: { dialogState: structuredClone(savedBeforeUpgrade), lastActivity: NOW.getTime() - 60_000 } });
  return new Conversation({ storage, now: NOW });
}

const question2 = { flow: 's42', question: 'age_18_plus', ask: 'Fb0yaU8O' };

describe('a check saved before the upgrade carries on', () => {
  test('the pending question takes its answer from the old card, which is then marked answered', async () => {
    const chat = await upgradedConversation();
    const replies = await chat.send(submitFor(question2, 'yes'));
    expect(pending(replies)).toMatchObject({ flow: 's42', question: 'received_at' });
    expect(chat.takeUpdates().map((u) => u.id)).toEqual(['card-2']);
  });

  test('"back" goes to question 1, with its answer forgotten', async () => {
    const chat = await upgradedConversation();
    const replies = await chat.send('back');
    expect(pending(replies)).toMatchObject({ flow: 's42', question: 'immediate_danger' });
  });

  test('"help" explains the pending question and asks it again', async () => {
    const chat = await upgradedConversation();
    const replies = await chat.send('help');
    expect(replies.some((r) => r.attachments && cardTexts(lastCard([r])!).includes('About question 2'))).toBe(true);
    expect(pending(replies)).toMatchObject(question2);
  });

  test('a refused answer keeps the old card among those that showed the question, and both are marked answered', async () => {
    const chat = await upgradedConversation();
    const refused = await chat.send(submitFor(question2, 'maybe'));
    const again = pending(refused);
    expect(again).toMatchObject({ flow: 's42', question: 'age_18_plus' });
    chat.takeUpdates();
    await chat.send(submitFor(again, 'yes'));
    const updated = chat.takeUpdates().map((u) => u.id);
    expect(updated[0]).toBe('card-2');
    expect(updated).toHaveLength(2);
  });

  test('a stack that held the router alone (no check in progress) is simply empty now', async () => {
    const storage = new MemoryStorage();
    const routerOnly = structuredClone(savedBeforeUpgrade);
    routerOnly.dialogStack[0].state.dialogs.dialogStack.splice(1);
    await storage.write({ [key()]: { dialogState: routerOnly, lastActivity: NOW.getTime() - 60_000 } });
    const chat = new Conversation({ storage, now: NOW });
    const replies = await chat.send('s42');
    expect(texts(replies).join('\n')).not.toMatch(/could not carry on/);
    expect(pending(replies)).toMatchObject({ flow: 's42', question: 'immediate_danger' });
  });
});

describe('a check that cannot be read is closed with a word to the user, and the message is taken as a new one', () => {
  const damaged: [string, (saved: typeof savedBeforeUpgrade) => unknown][] = [
    ['a flow without its question', (saved) => ((saved.dialogStack[0].state.dialogs.dialogStack[1].state as unknown) = { dialogs: { dialogStack: [] }, version: '1' })],
    ['a dialog this version does not know', (saved) => (saved.dialogStack[0] = { id: 'retired', state: {} } as never)],
    ['a question without its asking token', (saved) => delete (saved.dialogStack[0].state.dialogs.dialogStack[1].state.dialogs!.dialogStack[1].state.options as Record<string, unknown>).ask],
  ];

  test.each(damaged)('%s', async (_name, damage) => {
    const storage = new MemoryStorage();
    const saved = structuredClone(savedBeforeUpgrade);
    damage(saved);
    await storage.write({ [key()]: { dialogState: saved, lastActivity: NOW.getTime() - 60_000 } });
    const chat = new Conversation({ storage, now: NOW });
    const replies = await chat.send('does this meet s42?');
    expect(texts(replies)[0]).toMatch(/could not carry on with your earlier check/);
    expect(pending(replies)).toMatchObject({ flow: 's42', question: 'immediate_danger' });
  });
});
