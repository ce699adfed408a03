import { errorCard, footerText, helpCard, menuCard, outcomeCard, questionCard, stepsCard } from '../../cards';
import { decide, flows } from '../../rules';
import { expectValidCard } from '../support/cardSchema';
import { cardTexts, submitsOf, walkCard, type Card } from '../support/conversation';
import { S42_ANSWERS } from '../support/s42Walk';
import { allScenarios, DEFAULT_NOW, isErrorScenario } from '../support/scenarios';

const flowTitles = Object.fromEntries(flows.map((f) => [f.id, f.title]));

describe('every card validates against the Adaptive Cards 1.5 schema', () => {
  test('menu, help and error cards', () => {
    for (const card of [menuCard(flows), helpCard(flows), errorCard('Title', 'Message')]) expectValidCard(card);
  });

  test.each(flows.flatMap((f) => f.questions.map((q) => ({ flow: f, q, name: `${f.id}.${q.id}` }))))('question card $name', ({ flow, q }) => {
    const card = questionCard({ flow, next: { question: q, number: 2, maxQuestions: flow.maxQuestions }, ask: 'ask-token', canGoBack: true, problem: 'must be one of: yes, no' });
    expectValidCard(card);
    const submits = submitsOf(card as Card).filter((d) => d.question === q.id);
    expect(submits.length).toBeGreaterThan(0);
    for (const d of submits) expect(d).toMatchObject({ flow: flow.id, question: q.id, ask: 'ask-token' });
    if (q.type === 'yesno' || q.type === 'choice') {
      expect(q.options?.length).toBeGreaterThan(1);
      for (const o of q.options!) expect(submits.some((d) => d.answer === o.value)).toBe(true);
    }
    expect(cardTexts(card as Card)).toContain(`Question 2 of at most ${flow.maxQuestions}`);
  });

  const outcomes = allScenarios().filter(({ scenario }) => !isErrorScenario(scenario));
  test.each(outcomes.map(({ flowId, scenario }) => ({ flowId, ...scenario })))('outcome card $id', ({ flowId, answers, now, settings }) => {
    const decision = decide(flowId, answers, { now: new Date(now ?? DEFAULT_NOW), settings });
    expectValidCard(outcomeCard({ decision, flowTitles }));
  });
});

describe('the outcome card', () => {
  const answers = { ...S42_ANSWERS, received_at: '2026-11-24T10:00' };
  const decision = decide('s42', answers, { now: new Date('2026-11-24T12:00:00Z'), settings: { procedureUrls: { 'kcc-asc-safeguarding-pg': 'https://intranet.example/kcc-pg' } } });
  const card = outcomeCard({ decision, flowTitles }) as Card;
  const texts = cardTexts(card);

  test('opens with the outcome label in the tone colour', () => {
    let first: Record<string, unknown> | undefined;
    walkCard(card.body, (o) => {
      if (!first && o.type === 'TextBlock') first = o;
    });
    expect(first).toMatchObject({ text: 'S.42 criteria indicated (DSO decides)', color: 'Warning' });
  });

  test('names who decides straight under the outcome, the agency, and says it is decision support', () => {
    expect(texts[1]).toBe('Decided by: Designated Senior Officer (DSO), Kent County Council (KCC) Adult Social Care (this is an indication, not a decision)');
    expect(texts.join('\n')).toMatch(/Responsible agency: KCC Adult Social Care/);
    expect(texts).toContain('Rules s42-2026.12.3 · decision support: the decision rests with Designated Senior Officer (DSO), KCC Adult Social Care');
    expect(texts).toContain('Raise the concern whatever this card shows.');
  });

  test('gives each step its deadline (an absolute London date and time) and its owner once', () => {
    expect(texts).toContain('**1.** By Wed 25 Nov 2026 (within 1 working day of receipt) · Area Referral Service or community team, KCC Adult Social Care');
    expect(texts.some((t) => t.includes('No deadline given in the procedures'))).toBe(true);
  });

  test('shows the steps due by the next working day first, and the rest under "All steps (N)"', () => {
    const heading = texts.indexOf('By the end of the next working day');
    expect(heading).toBeGreaterThan(0);
    const toggles: Record<string, unknown>[] = [];
    walkCard(card, (o) => o.type === 'Action.ToggleVisibility' && toggles.push(o));
    expect(toggles.map((t) => t.title)).toEqual([`All steps (${decision.nextSteps.length})`, 'Why?', 'Sources']);
    let hidden: Record<string, unknown> | undefined;
    walkCard(card, (o) => o.id === 'otherSteps' && (hidden = o));
    expect(hidden).toMatchObject({ isVisible: false });
    const later = cardTexts(hidden as Card);
    const soon = decision.nextSteps.filter((s) => s.due.date === '2026-11-25');
    expect(soon.length).toBeGreaterThan(0);
    for (const s of soon) expect(later.some((t) => t.startsWith(s.action.slice(0, 20)))).toBe(false);
    expect(later.some((t) => t.startsWith(decision.nextSteps[decision.nextSteps.length - 1].action.slice(0, 20)))).toBe(true);
    expect(later.filter((t) => t.includes('No deadline given')).length).toBe(decision.nextSteps.filter((s) => s.due.rule === 'no deadline given').length);
  });

  test('steps due now or overdue come first, under "Do now"', () => {
    const late = decide('s42', answers, { now: new Date('2026-11-27T12:00:00Z') });
    const lateTexts = cardTexts(outcomeCard({ decision: late, flowTitles }) as Card);
    // Under the outcome, who decides, the summary and the two notes (raise the concern; how the dates are read).
    expect(lateTexts.indexOf('Do now')).toBe(5);
    expect(lateTexts[6]).toMatch(/^\*\*1\.\*\* Was due Wed 25 Nov 2026/);
  });

  test('shows flags as their own items, and the answers behind the outcome, with dates read as dates, on "Why?"', () => {
    expect(texts).toContain(decision.flags[0].label);
    expect(texts).toContain(`${decision.trace[0].question}: No`);
    expect(texts).toContain('When did adult social care receive this concern?: 10:00 Tue 24 Nov 2026');
  });

  test('names the documents it rests on, with their publisher and date, for a worker in another area', () => {
    const based = texts.find((t) => t.startsWith('Based on: '));
    expect(based).toMatch(/^Based on: Practice Guidance: Kent County Council Adult Social Care guidance .* \(Kent County Council Adult Social Care/);
    const renamed = cardTexts(outcomeCard({ decision, flowTitles, documentNames: { 'kcc-asc-safeguarding-pg': 'Our adult safeguarding guidance (2025)' } }) as Card);
    expect(renamed.find((t) => t.startsWith('Based on: '))).toMatch(/^Based on: Our adult safeguarding guidance \(2025\);/);
  });

  test('keeps the order: outcome, decider, steps, flags, agency, "Why", references, rules version', () => {
    const order = ['S.42 criteria indicated (DSO decides)', 'By the end of the next working day', decision.flags[0].label, 'Responsible agency: KCC Adult Social Care', `${decision.trace[0].question}: No`, 'Practice Guidance: Kent County Council Adult Social Care guidance on adult safeguarding duties under the Care Act 2014', footerText(decision)];
    const positions = order.map((t) => texts.indexOf(t));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test('links references to the deployment\'s copy, and shows the others as text', () => {
    expect(texts.some((t) => t.startsWith('[') && t.includes('](https://intranet.example/kcc-pg)'))).toBe(true);
    expect(texts.some((t) => t.includes('§') && !t.startsWith('['))).toBe(true);
  });

  test('offers the record and all the steps by the decision\'s id, and no record without one', () => {
    const withId = outcomeCard({ decision, flowTitles, decisionId: 'd-1' }) as Card;
    expect(submitsOf(withId)).toContainEqual({ command: 'record', decision: 'd-1' });
    expect(submitsOf(withId)).toContainEqual({ command: 'steps', decision: 'd-1' });
    let folded = 0;
    walkCard(withId, (o) => o.id === 'otherSteps' && folded++);
    expect(folded).toBe(0);
    const all = cardTexts(stepsCard(decision, 'd-1') as Card);
    expect(all[0]).toBe(`All steps (${decision.nextSteps.length})`);
    expect(all.filter((t) => /^\*\*\d+\.\*\* /.test(t))).toHaveLength(decision.nextSteps.length);
    expect(submitsOf(card).some((d) => d.command === 'record')).toBe(false);
  });

  test('offers to start again or ask another question', () => {
    const commands = submitsOf(card).map((d) => d.command);
    expect(commands).toEqual(expect.arrayContaining(['start', 'menu']));
  });
});
