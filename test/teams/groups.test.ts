import { Conversation, lastCard, pendingQuestion, submitFor } from '../support/conversation';
import { mentioning } from './support';

const THREAD_ROOT = '1700000000001';
const CHANNEL_THREAD = `19:abc123@thread.tacv2;messageid=${THREAD_ROOT}`;

describe('in a channel the bot replies in the thread it was asked in', () => {
  test('every reply keeps the thread\'s conversation id and answers the message it was sent', async () => {
    const chat = new Conversation({ conversationType: 'channel', channelId: 'msteams', conversationId: CHANNEL_THREAD });
    const started = await chat.send({ ...mentioning('s42'), id: THREAD_ROOT });
    expect(started.length).toBeGreaterThan(0);
    for (const reply of started) {
      expect(reply.conversation?.id).toBe(CHANNEL_THREAD);
      expect(reply.replyToId).toBe(THREAD_ROOT);
    }

    const pending = pendingQuestion(lastCard(started)!)!;
    const answered = await chat.send({ type: 'message', id: '1700000000002', value: submitFor(pending, 'no') });
    expect(answered.length).toBeGreaterThan(0);
    for (const reply of answered) {
      expect(reply.conversation?.id).toBe(CHANNEL_THREAD);
      expect(reply.replyToId).toBe('1700000000002');
    }
    const updates = chat.takeUpdates();
    expect(updates).toHaveLength(1);
    expect(updates[0].activity.conversation?.id).toBe(CHANNEL_THREAD);
  });
});

describe.each(['groupChat', 'channel'] as const)('in a %s each user\'s flow is their own', (conversationType) => {
  const conversationId = conversationType === 'channel' ? CHANNEL_THREAD : '19:group@thread.v2';

  test('two people run different checks side by side; typed answers go to each one\'s own question', async () => {
    const chat = new Conversation({ conversationType, channelId: 'msteams', conversationId });
    const alex = pendingQuestion(lastCard(await chat.send(mentioning('s42'), 'alex'))!)!;
    const sam = pendingQuestion(lastCard(await chat.send(mentioning('marac'), 'sam'))!)!;
    expect([alex.flow, sam.flow]).toEqual(['s42', 'marac']);

    expect([alex.question, sam.question]).toEqual(['immediate_danger', 'immediate_danger']);

    const alexNext = pendingQuestion(lastCard(await chat.send(mentioning('no'), 'alex'))!)!;
    expect(alexNext).toEqual(expect.objectContaining({ flow: 's42', question: 'age_18_plus' }));

    // Both checks open on the same yes/no question: had Alex's "no" reached Sam's check, Sam would now be past it.
    const samNow = pendingQuestion(lastCard(await chat.send(mentioning('help'), 'sam'))!)!;
    expect(samNow).toEqual(expect.objectContaining({ flow: 'marac', question: 'immediate_danger' }));
    const samNext = pendingQuestion(lastCard(await chat.send(mentioning('no'), 'sam'))!)!;
    expect(samNext).toEqual(expect.objectContaining({ flow: 'marac', question: 'personally_connected' }));
    // And Sam's "no" did not reach Alex's check: Alex is still on the age question.
    const alexNow = pendingQuestion(lastCard(await chat.send(mentioning('help'), 'alex'))!)!;
    expect(alexNow).toEqual(expect.objectContaining({ flow: 's42', question: 'age_18_plus' }));
  });

  test('someone else pressing a button on my card changes nothing in my check', async () => {
    const chat = new Conversation({ conversationType, channelId: 'msteams', conversationId });
    const alex = pendingQuestion(lastCard(await chat.send(mentioning('s42'), 'alex'))!)!;

    const bystander = await chat.send(submitFor(alex, 'yes'), 'sam');
    expect(bystander.some((r) => pendingQuestion(lastCard([r]) ?? {}))).toBe(false);
    expect(chat.takeUpdates()).toEqual([]);

    const own = await chat.send(submitFor(alex, 'no'), 'alex');
    expect(own.map((r) => r.text ?? '').join('\n')).not.toMatch(/out of date/);
    expect(pendingQuestion(lastCard(own)!)!.question).not.toBe(alex.question);
  });
});
