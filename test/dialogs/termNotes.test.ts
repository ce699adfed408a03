import { cardOf, cardTexts, Conversation, lastCard, pendingQuestion } from '../support/conversation';

test('"Schedule 1" starts the risk-to-children check with a card that explains the term is no longer used, and why, with its source', async () => {
  const conversation = new Conversation({ settings: { procedureUrls: { 'rtc-procedure-1-4-15': 'https://procedures.example/1-4-15' } } });
  const replies = await conversation.send('Is he a Schedule 1 offender?');
  const notice = cardOf(replies[0])!;
  const texts = cardTexts(notice);
  expect(texts[0]).toBe('About the term you used');
  expect(texts[1]).toMatch(/no longer used/);
  expect(texts[1]).toMatch(/past offending rather than by any ongoing risk/);
  expect(texts.some((t) => t.includes('](https://procedures.example/1-4-15)'))).toBe(true);
  expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 'rtc' });
});

test('the same check started another way shows no note', async () => {
  const replies = await new Conversation().send('risk to children');
  expect(replies.filter((r) => cardOf(r))).toHaveLength(1);
  expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 'rtc' });
});
