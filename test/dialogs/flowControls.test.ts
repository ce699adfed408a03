import type { Activity } from 'botbuilder';
import { messages } from '../../dialogs';
import { cardOf, cardTexts, Conversation, lastCard, pending, pendingQuestion, submitFor, submitsOf, texts, type SubmitData } from '../support/conversation';

const allCardText = (replies: Partial<Activity>[]) => replies.flatMap((r) => (cardOf(r) ? cardTexts(cardOf(r)!) : [])).join('\n');

async function startS42(conversation = new Conversation()) {
  const replies = await conversation.send('does this meet S.42?');
  return { conversation, first: pending(replies) };
}

describe('routing typed text to a flow', () => {
  test.each(['does this meet S.42?', 's42', 'adult safeguarding', 'Section 42', 'Is this a safeguarding concern?'])('"%s" starts the S.42 flow', async (text) => {
    const replies = await new Conversation().send(text);
    expect(pending(replies)).toMatchObject({ flow: 's42', question: 'immediate_danger' });
  });

  test('anything else shows the menu with one button per flow', async () => {
    const replies = await new Conversation().send('hello');
    const card = lastCard(replies)!;
    expect(cardTexts(card)).toContain('Does this meet S.42?');
    expect(pendingQuestion(card)).toBeUndefined();
  });
});

describe('controls at any point', () => {
  test('"help" mid-flow shows help and re-asks the same question', async () => {
    const { conversation, first } = await startS42();
    await conversation.send(submitFor(first, 'no'));
    const replies = await conversation.send('help');
    expect(allCardText(replies)).toContain('How this works');
    expect(pending(replies)).toMatchObject({ question: 'age_18_plus' });
    // The re-asked card is the same asking: its buttons still work.
    const after = await conversation.send(submitFor(pending(replies), 'yes'));
    expect(pending(after).question).toBe('received_at');
  });

  test('"back" returns to the previous question, and a new answer there takes effect', async () => {
    const { conversation, first } = await startS42();
    const second = pending(await conversation.send(submitFor(first, 'no')));
    const back = await conversation.send({ command: 'back' });
    expect(pending(back).question).toBe('immediate_danger');
    const outcome = await conversation.send(submitFor(pending(back), 'yes'));
    expect(cardTexts(lastCard(outcome)!)[0]).toBe('Call 999 now');
    expect(second.question).toBe('age_18_plus');
  });

  test('typed "back" on the first question says there is nothing to go back to', async () => {
    const { conversation } = await startS42();
    const replies = await conversation.send('back');
    expect(texts(replies)).toContain(messages.nothingToGoBackTo);
    expect(pending(replies).question).toBe('immediate_danger');
  });

  test('a stale card changes nothing and says so', async () => {
    const { conversation, first } = await startS42();
    const second = pending(await conversation.send(submitFor(first, 'no')));
    const replies = await conversation.send(submitFor(first, 'yes'));
    expect(texts(replies)).toContain(messages.stale);
    expect(pending(replies)).toEqual({ ...second, answer: 'yes' });
  });

  test('the same card submitted twice is applied once', async () => {
    const { conversation, first } = await startS42();
    await conversation.send(submitFor(first, 'no'));
    const again = await conversation.send(submitFor(first, 'no'));
    expect(texts(again)).toContain(messages.stale);
    expect(pending(again).question).toBe('age_18_plus');
  });

  test('"cancel" ends the flow; its old cards then change nothing', async () => {
    const { conversation, first } = await startS42();
    const replies = await conversation.send('cancel');
    expect(texts(replies)).toContain(messages.cancelled);
    const late = await conversation.send(submitFor(first, 'no'));
    expect(texts(late)).toContain(messages.finishedCard);
    expect(pendingQuestion(lastCard(late)!)).toBeUndefined();
  });

  test('"restart" starts the same flow again from its first question', async () => {
    const { conversation, first } = await startS42();
    await conversation.send(submitFor(first, 'no'));
    const replies = await conversation.send({ command: 'restart' });
    const again = pending(replies);
    expect(again.question).toBe('immediate_danger');
    expect(again.ask).not.toBe(first.ask);
  });

  test('"menu" leaves the flow and shows the menu', async () => {
    const { conversation } = await startS42();
    const replies = await conversation.send('menu');
    expect(allCardText(replies)).toContain('Does this meet S.42?');
    expect(pendingQuestion(lastCard(replies)!)).toBeUndefined();
  });
});

describe('typed answers', () => {
  test('yes/no, option numbers and option labels are understood', async () => {
    const { conversation } = await startS42();
    expect(pending(await conversation.send('No')).question).toBe('age_18_plus');
    expect(pending(await conversation.send('1')).question).toBe('received_at');
    expect(pending(await conversation.send('10/03/2026 10:00')).question).toBe('concern_relates');
    expect(pending(await conversation.send('not sure yet')).question).toBe('care_support_needs');
  });

  test('"now" answers a date-time question with the time of the turn', async () => {
    const conversation = new Conversation({ now: new Date('2026-07-01T08:30:00Z') });
    const { first } = await startS42(conversation);
    await conversation.send(submitFor(first, 'no'));
    await conversation.send('yes');
    const replies = await conversation.send('now');
    expect(pending(replies).question).toBe('concern_relates');
  });
});

describe('bad input never crashes a turn and changes nothing', () => {
  const cases: [string, (p: SubmitData) => Record<string, unknown> | string | Partial<Activity>, string | RegExp][] = [
    ['a malformed submit', () => ({ foo: 'bar' }), messages.malformed],
    ['a submit with an object as answer', (p) => ({ ...p, answer: { nested: true } }), messages.malformed],
    ['an unknown question id', (p) => ({ ...p, question: 'no_such_question', answer: 'yes' }), messages.stale],
    ['an unknown flow', (p) => ({ ...p, flow: 'nope', answer: 'yes' }), messages.stale],
    ['a wrong answer for the type', (p) => ({ ...p, answer: 'maybe' }), /must be one of: "Yes", "No"/],
    ['a number for a yes/no question', (p) => ({ ...p, answer: 7 }), /must be one of/],
    ['an empty message', () => ({ type: 'message', text: '   ' }), messages.empty],
    ['text that matches no option', () => 'purple', /could not match/],
    ['an unknown command', () => ({ command: 'format-disk' }), messages.malformed],
  ];

  test.each(cases)('%s gets a clear message and the same question', async (_name, make, expected) => {
    const { conversation, first } = await startS42();
    const replies = await conversation.send(make(first));
    const said = texts(replies).join('\n');
    if (typeof expected === 'string') expect(said).toContain(expected);
    else expect(said).toMatch(expected);
    expect(pending(replies)).toMatchObject({ question: 'immediate_danger', ask: first.ask });
    expect(said).not.toMatch(/Error|at .*\.ts:\d+/);
  });

  test('a date-time without its time is refused with a plain reason', async () => {
    const { conversation, first } = await startS42();
    await conversation.send(submitFor(first, 'no'));
    const ask = pending(await conversation.send('yes'));
    const replies = await conversation.send({ ...ask, answer: '2026-03-10' });
    expect(texts(replies)).toContain('Please give the time as well as the date.');
    expect(pending(replies).question).toBe('received_at');
  });

  test('a multichoice with "none" and another option is refused', async () => {
    const { conversation } = await startS42();
    for (const text of ['no', 'yes', '10/03/2026 10:00', 'yes', 'yes', 'yes', 'yes']) await conversation.send(text);
    const card = pending(await conversation.send('help'));
    expect(card.question).toBe('other_factors');
    const replies = await conversation.send({ ...card, answer: 'none,crime_suspected' });
    expect(texts(replies).join('\n')).toMatch(/"None of these" cannot be combined/);
    expect(pending(replies).question).toBe('other_factors');
  });
});

describe('help, starting again and old cards', () => {
  test('"help" on a question explains that question first, with its sections, then the general help', async () => {
    const { conversation, first } = await startS42();
    await conversation.send(submitFor(first, 'no'));
    const replies = await conversation.send('help');
    const cards = replies.map(cardOf).filter((c) => c !== undefined);
    const about = cardTexts(cards[0]!);
    expect(about[0]).toBe('About question 2');
    expect(about[1]).toMatch(/^Is the person at risk aged 18 or over\?/);
    expect(cardTexts(cards[1]!)).toContain('How this works');
    expect(pending(replies).question).toBe('age_18_plus');
  });

  test('a check tapped on the menu while another is in progress asks first; "No, carry on" keeps the answers', async () => {
    const { conversation, first } = await startS42();
    await conversation.send(submitFor(first, 'no'));
    const asked = await conversation.send({ command: 'start', flow: 'marac' });
    const confirm = lastCard(asked)!;
    expect(cardTexts(confirm)[0]).toBe('Close the check in progress?');
    expect(pendingQuestion(confirm)).toBeUndefined();
    const carryOn = submitsOf(confirm).find((d) => d.command === 'resume')!;
    expect(pending(await conversation.send(carryOn)).question).toBe('age_18_plus');

    const again = await conversation.send({ command: 'start', flow: 'marac' });
    const yes = submitsOf(lastCard(again)!).find((d) => d.command === 'start')!;
    expect(yes).toMatchObject({ flow: 'marac', confirm: true });
    expect(pending(await conversation.send(yes))).toMatchObject({ flow: 'marac' });
  });

  test('"Start again" on an old outcome while a check is in progress asks before throwing it away', async () => {
    const conversation = new Conversation();
    const { outcome } = await conversation.run('s42', { immediate_danger: 'yes' });
    const restart = submitsOf(outcome).find((d) => d.command === 'start')!;
    await conversation.send(restart);
    const replies = await conversation.send(restart);
    expect(cardTexts(lastCard(replies)!)[0]).toBe('Close the check in progress?');
    expect(submitsOf(lastCard(replies)!).find((d) => d.command === 'start')).toMatchObject({ flow: 's42', confirm: true });
  });

  test('question cards left behind by back, restart or cancel are updated to show they are closed', async () => {
    const { conversation, first } = await startS42();
    conversation.takeUpdates();
    const second = await conversation.send(submitFor(first, 'no'));
    conversation.takeUpdates();
    await conversation.send({ command: 'back' });
    const closed = conversation.takeUpdates();
    expect(closed).toHaveLength(1);
    expect(closed[0].id).toBe(second.find((r) => cardOf(r))!.id);
    const closedCard = cardOf(closed[0].activity)!;
    expect(cardTexts(closedCard)).toContain('Closed:');
    expect(submitsOf(closedCard)).toEqual([]);

    await conversation.send({ command: 'restart' });
    expect(cardTexts(cardOf(conversation.takeUpdates()[0].activity)!)).toContain(messages.closedByRestart);
    await conversation.send('cancel');
    expect(cardTexts(cardOf(conversation.takeUpdates()[0].activity)!)).toContain(messages.closedByStop);
  });
});
