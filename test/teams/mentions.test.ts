import { cardOf, cardTexts, Conversation, lastCard, pendingQuestion, submitsOf } from '../support/conversation';
import { mentioning } from './support';

describe('the bot\'s @mention is removed before routing', () => {
  test.each(['groupChat', 'channel'] as const)('in a %s, "@bot help" is the help command', async (conversationType) => {
    const chat = new Conversation({ conversationType, channelId: 'msteams' });
    const replies = await chat.send(mentioning('help'));
    const help = lastCard(replies)!;
    expect(cardTexts(help)[0]).toBe('How this works');
    expect(cardTexts(help)).toEqual(expect.arrayContaining(['back: go to the previous question', 'cancel: stop this check', '• Does this meet S.42?']));
    expect(submitsOf(help)).toEqual([{ command: 'menu' }]);
  });

  test.each(['groupChat', 'channel'] as const)('in a %s, a typed answer after the mention answers the question', async (conversationType) => {
    const chat = new Conversation({ conversationType, channelId: 'msteams' });
    const started = pendingQuestion(lastCard(await chat.send(mentioning('does this meet s42?')))!)!;
    expect(started.flow).toBe('s42');

    const replies = await chat.send(mentioning('no'));
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toMatch(/could not match/);
    const next = pendingQuestion(lastCard(replies)!)!;
    expect(next.flow).toBe('s42');
    expect(next.question).not.toBe(started.question);
  });

  test('a mention at the end of the message is removed too', async () => {
    const chat = new Conversation({ conversationType: 'groupChat', channelId: 'msteams' });
    const replies = await chat.send(mentioning('menu', 'end'));
    expect(cardOf(replies[0])).toBeDefined();
    expect(replies.map((r) => r.text ?? '').join('\n')).not.toMatch(/I can help with these checks/);
  });

  test('a mention of someone else is left in the text, so it is not taken as an answer', async () => {
    const chat = new Conversation({ conversationType: 'groupChat', channelId: 'msteams' });
    await chat.send(mentioning('s42'));
    const replies = await chat.send({
      type: 'message',
      text: '<at>Alex</at> no',
      entities: [{ type: 'mention', text: '<at>Alex</at>', mentioned: { id: 'someone-else', name: 'Alex' } }],
    });
    expect(replies[0].text).toMatch(/could not match/);
  });
});
