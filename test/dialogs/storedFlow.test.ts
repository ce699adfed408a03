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

async function upgradedConversation() {
  const storage = new MemoryStorage();
  const key = stateKeyOf({ channelId: 'test', conversationId: 'conversation-1' });
  await storage.write({ [key]: { dialogState: structuredClone(savedBeforeUpgrade), lastActivity: NOW.getTime() - 60_000 } });
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

  test('a state that cannot be read as a check ends it with a plain message, and the next message starts afresh', async () => {
    const storage = new MemoryStorage();
    const key = stateKeyOf({ channelId: 'test', conversationId: 'conversation-1' });
    const broken = structuredClone(savedBeforeUpgrade);
    broken.dialogStack[0].state.dialogs.dialogStack[1].state = { dialogs: { dialogStack: [] }, version: '1' } as never;
    await storage.write({ [key]: { dialogState: broken, lastActivity: NOW.getTime() - 60_000 } });
    const chat = new Conversation({ storage, now: NOW });
    expect(texts(await chat.send(submitFor(question2, 'yes'))).join('\n')).toMatch(/could not carry on with that check/);
    expect(pending(await chat.send('s42'))).toMatchObject({ flow: 's42', question: 'immediate_danger' });
  });
});
