import { parseTypedAnswer } from '../../dialogs/typedAnswer';
import { answerHints, extractEntities, factsFromMessage, getFlow, readDate, readDateTime, readQuantity, type Question } from '../../rules';

const question = (flowId: string, questionId: string): Question => {
  const q = getFlow(flowId)?.questions.find((x) => x.id === questionId);
  if (!q) throw new Error(`${flowId} has no question ${questionId}`);
  return q;
};
const factsOf = (flowId: string, text: string, now?: Date) =>
  Object.fromEntries(factsFromMessage(flowId, text, now).map((f) => [f.questionId, f.value]));

describe('entities in a first message', () => {
  it.each([
    ['13 year old refused bail by police', 13],
    ['a fourteen-year-old remanded to local authority accommodation', 14],
    ['16yo arrested last night', 16],
    ['boy aged 15 in the cells', 15],
    ['17 yr old charged with robbery', 17],
    ['eighty four year old man, son taking money', 84],
  ])('age: %s → %d', (text, age) => {
    expect(extractEntities(text).age).toBe(age);
  });

  it.each([
    'new partner with 2 kids aged 4 and 7',
    '15 year old brother and 12 year old sister',
    'baby 18 months old',
  ])('takes no age when the message gives two, or none in years: %s', (text) => {
    expect(extractEntities(text).age).toBeUndefined();
  });

  it.each([
    ['13 year old refused bail by police', 'police_custody_refused_bail'],
    ['bail denied, held for court in the morning', 'police_custody_refused_bail'],
    ['custody sergeant wants a secure bed for a 16 year old', 'police_custody_refused_bail'],
    ['EDT: 16 year old arrested, needs appropriate adult', 'police_custody_other'],
    ['remanded to local authority accommodation this afternoon', 'remanded_la'],
    ['REMLAA for a 15 year old', 'remanded_la'],
    ['remanded to YDA', 'remanded_yda'],
    ['court has remanded him to youth detention', 'remanded_yda'],
  ])('stage: %s → %s', (text, stage) => {
    expect(extractEntities(text).stage).toBe(stage);
  });

  it.each([
    ['DASH 15 ticks', 15],
    ['she scored 12 on the dash', 12],
    ['dash score of 9 but escalating', 9],
    ['fourteen ticks on the DASH', 14],
  ])('DASH count: %s → %d', (text, count) => {
    expect(extractEntities(text).dashCount).toBe(count);
  });

  it.each([
    ['sentenced to 2 years in prison for GBH', 24, 'custody'],
    ['got 18 months suspended', 18, 'suspended'],
    ['jailed for 6 months', 6, 'custody'],
  ])('sentence length: %s → %d months (%s)', (text, months, kind) => {
    expect(extractEntities(text)).toMatchObject({ sentenceMonths: months, sentenceKind: kind });
  });

  it('does not read "for the last 6 months" or "2 years ago" as a sentence', () => {
    expect(extractEntities('he has been on licence for the last 6 months').sentenceMonths).toBeUndefined();
    expect(extractEntities('convicted 2 years ago').sentenceMonths).toBeUndefined();
  });

  it('takes "no immediate danger" only in so many words', () => {
    expect(extractEntities('no immediate danger, son taking her money').immediateDanger).toBe('no');
    expect(extractEntities('not sure if she is in immediate danger').immediateDanger).toBeUndefined();
    expect(extractEntities('son taking her money').immediateDanger).toBeUndefined();
  });
});

describe('facts taken for a flow', () => {
  it('answers the remand questions a message states, as typed answers would', () => {
    expect(factsOf('remand', '13 year old refused bail by police')).toEqual({ child_age: 13, stage: 'police_custody_refused_bail' });
    expect(factsOf('remand', 'custody sergeant wants a secure bed for a 16 year old')).toEqual({
      child_age: 16,
      stage: 'police_custody_refused_bail',
      police_request: 'secure',
    });
  });

  it('says each fact back in words', () => {
    const texts = factsFromMessage('remand', '13 year old refused bail by police').map((f) => f.text);
    expect(texts[0]).toBe('age: 13');
    expect(texts[1]).toMatch(/^where the child is now: in police custody/);
  });

  it('drops a fact that fails the question\'s own check, so that the question is asked', () => {
    expect(factsOf('marac', 'dash 30 ticks').dash_yes_count).toBeUndefined();
    expect(factsOf('marac', 'DASH 15 ticks')).toEqual({ dash_status: 'completed', dash_yes_count: 15 });
  });

  it('never answers the safety question unless the message does in so many words', () => {
    expect(factsOf('s42', '84 year old man, son taking his money')).toEqual({ age_18_plus: 'yes' });
    expect(factsOf('s42', 'no immediate danger, 84 year old man')).toEqual({ immediate_danger: 'no', age_18_plus: 'yes' });
  });
});

describe('typed numbers', () => {
  it.each([
    ['fourteen', undefined, 14],
    ['14 years old', 'years', 14],
    ['6 months', 'months', 6],
    ['18 months', 'months', 18],
    ['2 years', 'months', 24],
    ['1 year 6 months', 'months', 18],
    ['twenty-one', undefined, 21],
  ] as const)('%s (%s) → %d', (text, unit, value) => {
    expect(readQuantity(text, unit)).toEqual({ ok: true, value });
  });

  it('refuses a length in a unit that does not convert exactly, rather than rounding it', () => {
    expect(readQuantity('6 weeks', 'months')).toMatchObject({ ok: false, reason: 'other unit' });
    expect(readQuantity('6 months', 'years')).toMatchObject({ ok: false, reason: 'other unit' });
  });

  it('takes "fourteen" for the child\'s age and "2 years" for a sentence in months', () => {
    expect(parseTypedAnswer(question('remand', 'child_age'), 'fourteen', new Date(), answerHints('remand', 'child_age'))).toEqual({ ok: true, value: 14 });
    expect(parseTypedAnswer(question('mappa', 'sentence_months'), '2 years', new Date(), answerHints('mappa', 'sentence_months'))).toEqual({ ok: true, value: 24 });
    expect(parseTypedAnswer(question('mappa', 'sentence_months'), '6 months', new Date(), answerHints('mappa', 'sentence_months'))).toEqual({ ok: true, value: 6 });
  });

  it('asks again, with the unit, for "6 months" as an age', () => {
    const parsed = parseTypedAnswer(question('remand', 'child_age'), '6 months', new Date(), answerHints('remand', 'child_age'));
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/in years/) });
  });
});

describe('typed dates and times, in London against the turn\'s clock', () => {
  // 02:00 on Tue 1 Dec 2026 (GMT) and 02:00 BST on Wed 1 Jul 2026.
  const winter = new Date('2026-12-01T02:00:00Z');
  const summer = new Date('2026-07-01T01:00:00Z');

  it.each([
    ['01:15', 'past', '2026-12-01T01:15'],
    ['1.15am', 'past', '2026-12-01T01:15'],
    ['tonight 1:15', 'past', '2026-12-01T01:15'],
    ['about 1.15am tonight', 'past', '2026-12-01T01:15'],
    ['yesterday 6pm', 'past', '2026-11-30T18:00'],
    ['25/11 14:30', 'past', '2026-11-25T14:30'],
    ['Friday 4pm', 'past', '2026-11-27T16:00'],
    ['Friday 4pm', 'next', '2026-12-04T16:00'],
    ['03:00', 'past', '2026-11-30T03:00'],
    ['03:00', 'next', '2026-12-01T03:00'],
    ['at 10 last night', 'past', '2026-11-30T22:00'],
    ['now', 'past', '2026-12-01T02:00'],
  ] as const)('%s (%s) → %s', (text, direction, value) => {
    expect(readDateTime(text, winter, direction)).toMatchObject({ ok: true, value });
  });

  it('reads "today" as the London day in summer time', () => {
    expect(readDateTime('01:15', summer, 'past')).toMatchObject({ ok: true, value: '2026-07-01T01:15' });
  });

  it('echoes the full date and time back', () => {
    expect(readDateTime('01:15', winter, 'past')).toMatchObject({ echo: 'Tue 1 Dec 2026, 01:15' });
  });

  it('asks for the time when only a day is given, and refuses what it cannot read', () => {
    expect(readDateTime('yesterday', winter, 'past')).toEqual({ ok: false, reason: 'no time', date: '2026-11-30' });
    expect(readDateTime('sometime last week', winter, 'past')).toMatchObject({ ok: false });
    const parsed = parseTypedAnswer(question('remand', 'remand_or_request_at'), 'yesterday', winter, answerHints('remand', 'remand_or_request_at'));
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/add the time/) });
  });

  it('takes "yesterday" for a date question', () => {
    expect(readDate('yesterday', winter, 'past')).toBe('2026-11-30');
    expect(readDate('3 March', winter, 'past')).toBe('2026-03-03');
  });

  it('turns a typed time into an answer the question accepts, with the echo', () => {
    const parsed = parseTypedAnswer(question('remand', 'remand_or_request_at'), 'about 1.15am tonight', winter, answerHints('remand', 'remand_or_request_at'));
    expect(parsed).toEqual({ ok: true, value: '2026-12-01T01:15', echo: 'Taken as Tue 1 Dec 2026, 01:15. If that is wrong, type back.' });
  });
});

describe('a time the first message ties to an event', () => {
  const now = new Date('2026-12-01T02:00:00Z');

  it('answers the remand time from "police asked us at about 1.15am tonight", said back in full', () => {
    const facts = factsFromMessage('remand', 'police asked us at about 1.15am tonight for a bed for a 15 year old refused bail', now);
    expect(facts.find((f) => f.questionId === 'remand_or_request_at')).toEqual({
      questionId: 'remand_or_request_at',
      value: '2026-12-01T01:15',
      text: 'remanded or asked at: Tue 1 Dec 2026, 01:15',
    });
  });

  it('answers when an adult concern was received', () => {
    expect(factsOf('s42', 'concern received yesterday 6pm about an 80 year old', now)).toMatchObject({ received_at: '2026-11-30T18:00' });
  });

  it('takes no time that is still to come, none without a word tying it to the event, and none without a clock', () => {
    expect(extractEntities('13 year old remanded to LA accommodation at 14:30 today', now).when).toBeUndefined();
    expect(extractEntities('16 year old arrested at 10pm, refused bail', now).when).toBeUndefined();
    expect(extractEntities('police asked us at 01:15').when).toBeUndefined();
  });
});
