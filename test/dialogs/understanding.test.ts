import type { Activity } from 'botbuilder';
import { cardOf, cardTexts, Conversation, lastCard, pendingQuestion, submitsOf, type Card } from '../support/conversation';

const explanationOf = (replies: Partial<Activity>[]): Card | undefined =>
  replies.map(cardOf).find((c): c is Card => !!c && cardTexts(c)[0]?.startsWith('What '));
const textsOf = (replies: Partial<Activity>[]): string[] => replies.map((r) => r.text ?? '').filter(Boolean);

describe('term questions get an explanation card, not a check', () => {
  it('"what is MAPPA category 3?" explains the category, cites its sources and offers the MAPPA check', async () => {
    const replies = await new Conversation().send('what is MAPPA category 3?');
    const card = explanationOf(replies)!;
    const texts = cardTexts(card);
    expect(texts[1]).toBe('MAPPA Category 3');
    expect(texts.join(' ')).toMatch(/serious harm/);
    expect(texts).toContain('Where this comes from');
    expect(texts.some((t) => t.startsWith('§6.11–6.14'))).toBe(true);
    expect(submitsOf(card)).toContainEqual({ command: 'start', flow: 'mappa' });
    expect(replies.some((r) => { const c = cardOf(r); return c && pendingQuestion(c); })).toBe(false);
  });

  it.each([
    ['what does level 2 mean', 'MAPPA Level 2'],
    ['What does DSO stand for?', 'DSO (Designated Senior Officer)'],
    ['what is a pace bed', 'PACE bed (transfer from police custody)'],
    ['explain pipot', 'Person in a position of trust (PiPoT)'],
    ['what is REMLAA?', 'REMLAA (remand to local authority accommodation)'],
    ['what is YDA', 'YDA (youth detention accommodation)'],
    ['what is an appropriate adult', 'Appropriate adult (AA)'],
    ['what is visor', 'ViSOR'],
    ['what does looked after mean', 'Looked-after child'],
    ['what is s.47', 'Section 47 enquiry'],
    ['what is a LADO', 'LADO (local authority designated officer)'],
    ['what is the MASH', 'MASH (multi-agency safeguarding hub)'],
    ['what does EDT stand for', 'EDT (emergency duty team)'],
    ['what is a DASH', 'DASH checklist'],
    ['whats an IDVA', 'IDVA (independent domestic violence adviser)'],
    ['define DoLS', 'Deprivation of Liberty Safeguards (DoLS)'],
    ['what is an IMCA?', 'IMCA (independent mental capacity advocate)'],
    ['what is MSP', 'Making Safeguarding Personal (MSP)'],
    ['what is the lead agency', 'Lead agency (MAPPA)'],
    ['what is mappa cat 1', 'MAPPA Category 1'],
    ['what are the s42 criteria', 'The three S.42 conditions'],
    ['what is section 20', 'Section 20 accommodation'],
  ])('%s', async (text, heading) => {
    const replies = await new Conversation().send(text);
    const card = explanationOf(replies);
    expect(card).toBeDefined();
    expect(cardTexts(card!)[1]).toBe(heading);
  });

  it('"what does DSO stand for" spells the acronym out', async () => {
    const texts = cardTexts(explanationOf(await new Conversation().send('what does DSO stand for?'))!);
    expect(texts).toContain('DSO stands for Designated Senior Officer.');
  });

  it('says where the procedures do not define a term', async () => {
    const texts = cardTexts(explanationOf(await new Conversation().send('what is a PACE bed?'))!);
    expect(texts.join(' ')).toMatch(/do not use the terms "PACE bed"/);
  });

  it('says plainly when it has no explanation of a term, and starts no check', async () => {
    const replies = await new Conversation().send('what is a flux capacitor?');
    expect(cardTexts(lastCard(replies)!)).toContain(
      'I have no explanation of "flux capacitor". I can explain terms from the procedures, such as "multi-agency public protection arrangements (MAPPA) category 3" or "remand to local authority accommodation (REMLAA)", and run these checks.',
    );
    expect(pendingQuestion(lastCard(replies)!)).toBeUndefined();
  });

  it('explains both terms of "difference between … and …"', async () => {
    const texts = cardTexts(explanationOf(await new Conversation().send("what's the difference between REMLAA and YDA?"))!);
    expect(texts).toEqual(expect.arrayContaining(['REMLAA (remand to local authority accommodation)', 'YDA (youth detention accommodation)']));
  });
});

describe('a first message starts the right check, with the facts it states', () => {
  it('"13 year old refused bail by police" takes the age and stage and asks the next question, not the age', async () => {
    const conversation = new Conversation();
    const replies = await conversation.send('13 year old refused bail by police');
    expect(textsOf(replies)).toContain(
      'From your message: age: 13; where the child is now: in police custody: charged, refused police bail and to be kept until the next court. Tap Back to change.',
    );
    const pending = pendingQuestion(lastCard(replies)!)!;
    expect(pending).toMatchObject({ flow: 'remand' });
    expect(['child_age', 'stage']).not.toContain(pending.question);
  });

  it('Back reaches the answers taken from the message', async () => {
    const conversation = new Conversation();
    await conversation.send('13 year old refused bail by police');
    const back = await conversation.send('back');
    expect(pendingQuestion(lastCard(back)!)).toMatchObject({ flow: 'remand', question: 'stage' });
  });

  it.each([
    ['custody sergeant wants a secure bed for a 16 year old', 'remand'],
    ['EDT: 16 year old arrested, needs appropriate adult', 'remand'],
    ["mum's new boyfriend has a conviction for sexual offences against children and has moved in", 'rtc'],
    ['safeguarding adult referral', 's42'],
  ])('%s → %s', async (text, flow) => {
    const replies = await new Conversation().send(text);
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow });
  });

  it('asks the safety question even when other facts were taken', async () => {
    const replies = await new Conversation().send('84 year old woman, her son is taking money from her bank account');
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 's42', question: 'immediate_danger' });
  });

  it('offers the likeliest checks as buttons when unsure', async () => {
    const replies = await new Conversation().send('concern re elderly gent, family taking his money');
    const card = lastCard(replies)!;
    expect(pendingQuestion(card)).toBeUndefined();
    const starts = submitsOf(card).filter((d) => d.command === 'start').map((d) => d.flow);
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.length).toBeLessThanOrEqual(3);
    expect(starts).toContain('s42');
  });

  it.each(['thanks', 'what time is it'])('"%s" starts no check', async (text) => {
    const replies = await new Conversation().send(text);
    expect(replies.some((r) => { const c = cardOf(r); return c && pendingQuestion(c); })).toBe(false);
  });
});

describe('during a check', () => {
  it('a term question is answered and the same question shown again', async () => {
    const conversation = new Conversation();
    const first = await conversation.send({ command: 'start', flow: 's42' });
    const asked = pendingQuestion(lastCard(first)!)!;
    const replies = await conversation.send('what does DSO mean?');
    expect(cardTexts(explanationOf(replies)!)[1]).toBe('DSO (Designated Senior Officer)');
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 's42', question: asked.question });
  });

  it('a message naming another check offers to switch and keeps the current one until the user taps', async () => {
    const conversation = new Conversation();
    await conversation.send({ command: 'start', flow: 's42' });
    const replies = await conversation.send('actually the police want a pace bed for a 15 year old');
    const offer = replies.map(cardOf).find((c) => c && submitsOf(c).some((d) => d.command === 'start'))!;
    expect(submitsOf(offer)).toContainEqual({ command: 'start', flow: 'remand', confirm: true });
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ flow: 's42', question: 'immediate_danger' });
    const switched = await conversation.send({ command: 'start', flow: 'remand', confirm: true });
    expect(pendingQuestion(lastCard(switched)!)).toMatchObject({ flow: 'remand' });
  });

  it('takes typed answers as people type them, and says back how a time was read', async () => {
    const conversation = new Conversation({ now: new Date('2026-12-01T02:00:00Z') });
    let replies = await conversation.send('13 year old refused bail by police');
    for (let i = 0; i < 5; i++) {
      const pending = pendingQuestion(lastCard(replies)!)!;
      if (pending.question === 'remand_or_request_at') break;
      replies = await conversation.send({ flow: pending.flow, question: pending.question, ask: pending.ask, answer: pending.question === 'csc_status' ? 'not_open' : 'la_accommodation' });
    }
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ question: 'remand_or_request_at' });
    const answered = await conversation.send('about 1.15am tonight');
    expect(textsOf(answered)).toContain('Taken as Tue 1 Dec 2026, 01:15. If that is wrong, type back.');
  });

  it('refuses an answer it cannot read and asks again', async () => {
    const conversation = new Conversation();
    await conversation.send({ command: 'start', flow: 'remand' });
    const replies = await conversation.send('6 months');
    expect(textsOf(replies).join(' ')).toMatch(/in years/);
    expect(pendingQuestion(lastCard(replies)!)).toMatchObject({ question: 'child_age' });
    const typed = await conversation.send('fourteen');
    expect(pendingQuestion(lastCard(typed)!)).toMatchObject({ question: 'stage' });
  });
});

test('an explanation card spells out every acronym it uses', async () => {
  const texts = cardTexts(explanationOf(await new Conversation().send('what is MAPPA category 3?'))!);
  expect(texts).toContain('Abbreviations: MAPPA: multi-agency public protection arrangements.');
});
